// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace planner {

class AnalysisController;
class ChangePanel;
class ComponentDetailsPanel;
class ContextMenuController;
class ConflictsPanel;
class HistoryPanel;
class DependenciesPanel;
class ExchangeController;
class GraphWidget;
class PlanPanel;
class TimelinePanel;
class Document;
class EditController;
class FileController;
class HelpController;
class InventoryPanel;
class PlanController;
class ProjectController;
class ScenarioController;
class RecoveryController;

/// The workbench: the inventory table in the middle (with tabs for the graph, plan and
/// timeline views), the selected component's details on the right, its dependencies and the
/// conflicts below. Every view shares the document's selection.
/// Menus and their actions live in the controllers; this class only arranges the widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    FileController *fileController() const { return m_file; }
    RecoveryController *recoveryController() const { return m_recovery; }
    EditController *editController() const { return m_edit; }
    PlanController *planController() const { return m_planFiles; }
    ProjectController *projectController() const { return m_project; }
    ScenarioController *scenarioController() const { return m_scenarios; }
    ExchangeController *exchangeController() const { return m_exchange; }
    HelpController *helpController() const { return m_help; }
    ContextMenuController *contextMenus() const { return m_contextMenus; }
    InventoryPanel *inventory() const { return m_inventory; }
    ComponentDetailsPanel *details() const { return m_details; }
    DependenciesPanel *dependencies() const { return m_dependencies; }
    QTabWidget *tabs() const { return m_tabs; }
    GraphWidget *graph() const { return m_graph; }
    PlanPanel *plan() const { return m_plan; }
    TimelinePanel *timeline() const { return m_timeline; }
    ConflictsPanel *conflicts() const { return m_conflicts; }
    HistoryPanel *history() const { return m_history; }
    /// The controlled change's pages (the "Change" tab; View > Change Records).
    ChangePanel *change() const { return m_change; }
    AnalysisController *analysis() const { return m_analysis; }

    /// Opens a project or imports an estate JSON; errors are shown in a message box.
    bool openFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentralArea();
    void buildDocks();
    void buildMenus();
    void showPreferences();
    void updateTitle();
    void updateCounts();
    void updateAnalysisStatus();
    /// Reads the project's history into the History view, now if it shows, else when it does.
    void reloadHistory();

    Document *m_document;
    QTabWidget *m_tabs = nullptr;
    InventoryPanel *m_inventory = nullptr;
    ComponentDetailsPanel *m_details = nullptr;
    DependenciesPanel *m_dependencies = nullptr;
    FileController *m_file = nullptr;
    RecoveryController *m_recovery = nullptr;
    EditController *m_edit = nullptr;
    PlanController *m_planFiles = nullptr;
    ProjectController *m_project = nullptr;
    ScenarioController *m_scenarios = nullptr;
    ExchangeController *m_exchange = nullptr;
    HelpController *m_help = nullptr;
    ContextMenuController *m_contextMenus = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_analysisStatus = nullptr;
    AnalysisController *m_analysis = nullptr;
    GraphWidget *m_graph = nullptr;
    PlanPanel *m_plan = nullptr;
    TimelinePanel *m_timeline = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    bool m_historyStale = true;
    ChangePanel *m_change = nullptr;
};

} // namespace planner
