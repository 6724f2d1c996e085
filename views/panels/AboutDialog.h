// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace planner {

/// Help > About Upgrade Planner: the version, the program's licence (GPL-3.0-or-later), where
/// its data comes from (the endoflife.date lifecycle data, MIT, and how recent it is) and the
/// third-party software and fonts it uses with their licences, plus "About Qt".
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text shown, as plain text (for tests and screen readers).
    QString text() const;
    QTextBrowser *browser() const { return m_browser; }
    QPushButton *aboutQtButton() const { return m_aboutQt; }

    /// The text as HTML.
    static QString html();

private:
    QTextBrowser *m_browser;
    QPushButton *m_aboutQt;
};

} // namespace planner
