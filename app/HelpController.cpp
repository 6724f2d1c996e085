// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpController.h"

#include "panels/AboutDialog.h"
#include "panels/GuideDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTabWidget>

namespace planner {

namespace {

/// The guide's `##` heading for the widgets that have a section, by class name (the guide is
/// English: headings are matched as written in docs/guide.md).
QString sectionOf(const QObject *widget)
{
    static const QList<std::pair<const char *, const char *>> sections = {
        {"planner::InventoryPanel", "Inventory"},
        {"planner::GraphWidget", "Graph"},
        {"planner::PlanPanel", "Plan"},
        {"planner::TimelinePanel", "Timeline"},
        {"planner::CalendarEditor", "Calendar"},
        {"planner::ChangePanel", "Change"},
        {"planner::ConflictsPanel", "Conflicts and Waivers"},
        {"planner::DependenciesPanel", "Component Details and Dependencies"},
        {"planner::ComponentDetailsPanel", "Component Details and Dependencies"},
    };
    for (const auto &[className, heading] : sections)
        if (widget && widget->inherits(className))
            return QLatin1String(heading);
    return {};
}

} // namespace

HelpController::HelpController(QTabWidget *tabs, QWidget *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_window(window)
    , m_guide(new QAction(tr("&Guide"), this))
    , m_about(new QAction(tr("&About Upgrade Planner"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
{
    m_guide->setShortcut(QKeySequence(Qt::Key_F1));
    m_guide->setStatusTip(tr("What each view is for and how to read it"));
    m_about->setStatusTip(tr("Version, licences and where the data comes from"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_guide, &QAction::triggered, this, [this] { showGuide(contextSection()); });
    connect(m_about, &QAction::triggered, this, &HelpController::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpController::populateMenu(QMenu *menu)
{
    menu->addAction(m_guide);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

QString HelpController::contextSection() const
{
    for (const QObject *w = QApplication::focusWidget(); w; w = w->parent()) {
        if (w == m_tabs)
            break; // inside the tabs: the tab decides
        if (const QString section = sectionOf(w); !section.isEmpty())
            return section;
    }
    return sectionOf(m_tabs->currentWidget());
}

GuideDialog *HelpController::showGuide(const QString &section)
{
    if (!m_guideDialog) {
        // Not modal: the guide stays open beside the workbench while the user tries things.
        m_guideDialog = new GuideDialog(m_window);
        m_guideDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!section.isEmpty())
        m_guideDialog->showSection(section);
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
    return m_guideDialog;
}

void HelpController::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

} // namespace planner
