// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QTabWidget;
class QWidget;

namespace planner {

class GuideDialog;

/// The Help menu: Guide (F1) opens the short guide (docs/guide.md, compiled in) at the section
/// of what the user is looking at (the tab shown, or the panel the focus is in), About Upgrade
/// Planner (version, licences, data sources) and About Qt.
class HelpController : public QObject
{
    Q_OBJECT
public:
    /// @p tabs is the main window's views; @p window parents the dialogs.
    HelpController(QTabWidget *tabs, QWidget *window);

    void populateMenu(QMenu *menu);

    QAction *guideAction() const { return m_guide; }
    QAction *aboutAction() const { return m_about; }
    QAction *aboutQtAction() const { return m_aboutQt; }

    /// The guide's section about what the user is looking at: the panel holding the focus
    /// (conflicts, dependencies, details), else the tab shown ("Timeline").
    QString contextSection() const;
    /// Shows the guide (one window, raised when already open) at @p section, or at the top.
    GuideDialog *showGuide(const QString &section = {});
    void showAbout();

private:
    QTabWidget *m_tabs;
    QWidget *m_window;
    QAction *m_guide;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<GuideDialog> m_guideDialog;
};

} // namespace planner
