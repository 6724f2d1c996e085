// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QTextBrowser;

namespace planner {

/// Help > Guide: the short guide to the workbench (docs/guide.md, compiled in under
/// :/help/guide.md) with its sections listed on the left. Each `##` heading of the guide is a
/// section: one per view (Inventory, Graph, Plan, Timeline, Calendar) and one per subject
/// (conflicts, signing, the command line...). showSection() scrolls to one, so that F1 can
/// open the guide where the user is.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);

    /// The section headings, in the guide's order.
    QStringList sections() const { return m_sections; }
    /// The section shown at the top (the list's current entry); the introduction above the
    /// first heading belongs to the first section.
    QString currentSection() const;
    /// Scrolls to the section headed @p heading; false (nothing moves) when there is none.
    bool showSection(const QString &heading);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

    /// The guide's Markdown text as compiled into the program.
    static QString guideText();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scrollTo(const QString &heading);

    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QStringList m_sections;
    QString m_pending; ///< asked for before the text was laid out
};

} // namespace planner
