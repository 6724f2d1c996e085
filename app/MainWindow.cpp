// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AnalysisController.h"
#include "ContextMenuController.h"
#include "Document.h"
#include "EditController.h"
#include "ExchangeController.h"
#include "FileController.h"
#include "HelpController.h"
#include "PlanController.h"
#include "ProjectController.h"
#include "RecoveryController.h"
#include "ScenarioController.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/ConflictsPanel.h"
#include "analysis/PlanPanel.h"
#include "changes/ChangePanel.h"
#include "graph/GraphWidget.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentFilterModel.h"
#include "itemmodels/ComponentSelection.h"
#include "panels/ComponentDetailsPanel.h"
#include "panels/DependenciesPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/InventoryPanel.h"
#include "panels/PreferencesDialog.h"
#include "timeline/CalendarEditor.h"
#include "timeline/TimelinePanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace planner {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_analysis(new AnalysisController(m_document, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    buildCentralArea();
    buildDocks();
    m_file = new FileController(m_document, this);
    m_recovery = new RecoveryController(m_document, this);
    m_edit = new EditController(m_document, m_dependencies, this);
    m_planFiles = new PlanController(m_document, this);
    m_project = new ProjectController(m_document, this);
    m_scenarios = new ScenarioController(m_document, this);
    m_exchange = new ExchangeController(m_document, m_file, this);
    m_help = new HelpController(m_tabs, this);
    m_contextMenus = new ContextMenuController(m_document, m_edit, m_inventory, m_dependencies,
                                               m_tabs, m_graph, this);
    buildMenus();

    statusBar()->addPermanentWidget(m_planFiles->statusLabel());
    // What the analysis is doing: waiting for edits to settle, running, or done and how long
    // it took, with what it found.
    m_analysisStatus = new QLabel(this);
    m_analysisStatus->setObjectName(QStringLiteral("analysisStatus"));
    statusBar()->addPermanentWidget(m_analysisStatus);
    connect(m_analysis->runner(), &AnalysisRunner::busyChanged, this,
            &MainWindow::updateAnalysisStatus);
    connect(m_analysis->runner(), &AnalysisRunner::runStarted, this,
            &MainWindow::updateAnalysisStatus);
    connect(m_analysis->runner(), &AnalysisRunner::findingsChanged, this,
            &MainWindow::updateAnalysisStatus);
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_file, &FileController::message, this, showMessage);
    connect(m_recovery, &RecoveryController::message, this, showMessage);
    connect(m_planFiles, &PlanController::message, this, showMessage);
    connect(m_project, &ProjectController::message, this, showMessage);
    connect(m_scenarios, &ScenarioController::message, this, showMessage);
    connect(m_document, &Document::scenarioChanged, this, &MainWindow::updateTitle);
    connect(m_exchange, &ExchangeController::message, this, showMessage);
    connect(m_inventory, &InventoryPanel::message, this, showMessage);
    connect(m_dependencies, &DependenciesPanel::message, this, showMessage);
    connect(m_inventory, &InventoryPanel::shownCountChanged, this, &MainWindow::updateCounts);
    connect(m_document->store(), &EstateStore::changed, this, &MainWindow::updateCounts);
    connect(m_document, &Document::fileChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileChanged, m_inventory, &InventoryPanel::selectFirstIfNone);
    // Each project's graph reopens as it was left (zoom and centre), an untitled one fitted.
    connect(m_document, &Document::fileChanged, m_graph,
            [this] { m_graph->setProjectPath(m_document->filePath()); });
    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    const auto historyChanged = [this] {
        m_historyStale = true;
        reloadHistory();
    };
    connect(m_document, &Document::fileChanged, this, historyChanged);
    connect(m_document, &Document::sharedProjectSaved, this, historyChanged);
    connect(m_document, &Document::modifiedChanged, this, [historyChanged](bool modified) {
        if (!modified)
            historyChanged(); // saved (or undone back to the saved state: read anyway)
    });
    connect(m_edit, &EditController::componentAdded, this, [this] {
        m_tabs->setCurrentWidget(m_inventory);
        m_details->nameEdit()->setFocus();
        m_details->nameEdit()->selectAll();
    });
    updateTitle();
    updateCounts();
    updateAnalysisStatus();
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(available.boundedTo(QSize(1600, 1000)) * 0.95);
}

void MainWindow::reloadHistory()
{
    if (!m_historyStale || !m_historyDock->isVisible())
        return;
    m_historyStale = false;
    if (m_document->isUntitled()) {
        m_history->showMessage(tr("The history starts with the project's first save"));
        return;
    }
    const Expected<QList<HistoryEntry>> entries = loadHistory(m_document->filePath());
    if (!entries)
        m_history->showMessage(tr("Cannot read the history: %1").arg(entries.error().text()));
    else
        m_history->setEntries(*entries);
}

void MainWindow::buildCentralArea()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_inventory = new InventoryPanel(m_document->store(), m_document->undoStack(),
                                     m_document->selection(), m_tabs);
    m_tabs->addTab(m_inventory, tr("Inventory"));
    m_graph = new GraphWidget(m_document->store(), m_document->undoStack(), m_document->selection(),
                              m_tabs);
    m_tabs->addTab(m_graph, tr("Graph"));
    m_plan = new PlanPanel(m_document->selection(), m_analysis->runner(), m_tabs);
    m_tabs->addTab(m_plan, tr("Plan"));
    m_timeline = new TimelinePanel(m_document->store(), m_document->selection(),
                                   m_analysis->runner(), m_tabs);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    connect(m_plan, &PlanPanel::timelineRequested, this, [this](int step) {
        m_tabs->setCurrentWidget(m_timeline);
        m_timeline->showPlanStep(step);
    });
    m_tabs->addTab(new CalendarEditor(m_document->store(), m_document->undoStack(), m_tabs),
                   tr("Calendar"));
    m_change = new ChangePanel(m_document->store(), m_document->undoStack(), m_analysis->runner(),
                               m_tabs);
    m_tabs->addTab(m_change, tr("Change"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_change),
                          tr("The controlled change: readiness, risk, impact and the records"));
    // Double-click in a change page: the component in the inventory, with its details.
    connect(m_change, &ChangePanel::componentRequested, this, [this](const QString &id) {
        m_document->selection()->setSelection({id});
        m_tabs->setCurrentWidget(m_inventory);
    });
    m_analysis->setInventoryModel(m_inventory->tableModel());
    m_analysis->setGraph(m_graph);
    setCentralWidget(m_tabs);
}

void MainWindow::buildDocks()
{
    m_details = new ComponentDetailsPanel(m_document->store(), m_document->undoStack(), this);
    auto *detailsDock = new QDockWidget(tr("Component Details"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    detailsDock->setWidget(m_details);
    detailsDock->setMinimumWidth(340);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    connect(m_document->selection(), &ComponentSelection::selectionChanged, m_details,
            [this] { m_details->setComponentId(m_document->selection()->current()); });
    // "Show details" in the graph's context menu: the component is selected already; bring
    // its details forward even when the user closed the dock.
    connect(m_graph, &GraphWidget::detailsRequested, detailsDock, [detailsDock] {
        detailsDock->show();
        detailsDock->raise();
    });

    m_dependencies = new DependenciesPanel(m_document->store(), m_document->undoStack(),
                                           m_document->selection(), this);
    auto *dependenciesDock = new QDockWidget(tr("Dependencies"), this);
    dependenciesDock->setObjectName(QStringLiteral("dependenciesDock"));
    dependenciesDock->setWidget(m_dependencies);
    addDockWidget(Qt::BottomDockWidgetArea, dependenciesDock);
    m_conflicts = new ConflictsPanel(m_document->store(), m_document->undoStack(),
                                     m_document->selection(), m_analysis->runner(), this);
    auto *conflictsDock = new QDockWidget(tr("Conflicts"), this);
    conflictsDock->setObjectName(QStringLiteral("conflictsDock"));
    conflictsDock->setWidget(m_conflicts);
    addDockWidget(Qt::BottomDockWidgetArea, conflictsDock);
    tabifyDockWidget(dependenciesDock, conflictsDock);
    // Who changed what: read when it shows, after every save (this window's or another's).
    m_history = new HistoryPanel(this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    tabifyDockWidget(conflictsDock, m_historyDock);
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown && m_historyStale)
            reloadHistory();
    });
    connect(m_history, &HistoryPanel::refreshRequested, this, [this] {
        m_historyStale = true;
        reloadHistory();
    });
    conflictsDock->raise();
    resizeDocks({dependenciesDock}, {240}, Qt::Vertical);
    resizeDocks({detailsDock}, {380}, Qt::Horizontal);
}

void MainWindow::showPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences after = dialog.preferences();
    after.save();
    m_recovery->applyPreferences();
    statusBar()->showMessage(after.language != before.language
                                 ? tr("Preferences saved; the new language applies at the next "
                                      "start")
                                 : tr("Preferences saved"),
                             5000);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_file->populateMenu(file);
    m_exchange->populateMenu(file, m_file->quitAction());
    m_project->populateMenu(file, m_file->quitAction());
    m_planFiles->populateMenu(file, m_file->quitAction());
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_edit->populateMenu(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences..."));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (Ctrl+, on most desktops), Ctrl+, everywhere else.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(keys);
    preferences->setStatusTip(tr("Language, autosave, durations of new components, the window "
                                 "of new projects"));
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_scenarios->populateMenu(menuBar()->addMenu(tr("&Scenario")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *change = view->addAction(tr("&Change Records"));
    change->setObjectName(QStringLiteral("changeRecordsAction"));
    change->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    change->setStatusTip(tr("Readiness, risk, business impact, backups, rollback plans, pilots, "
                            "acceptance checks, messages, monitoring and the upgrade record"));
    connect(change, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_change); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    m_help->populateMenu(menuBar()->addMenu(tr("&Help")));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // Icons beside the words: the words say what the estate's actions do, the icons let the
    // eye find them. Undo and redo are known by their arrows alone (and their tooltips say
    // what they would undo).
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_file->openAction());
    toolBar->addAction(m_file->saveAction());
    toolBar->addSeparator();
    for (QAction *arrow : {m_edit->toolBarUndoAction(), m_edit->toolBarRedoAction()}) {
        toolBar->addAction(arrow);
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(arrow)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_edit->addComponentAction());
    toolBar->addAction(m_edit->removeComponentsAction());
    toolBar->addAction(m_edit->addDependencyAction());
    toolBar->addSeparator();
    m_scenarios->populateToolBar(toolBar);
    // Delete removes the selected rows of the table it is pressed in.
    auto *deleteRows = new QAction(this);
    deleteRows->setShortcut(QKeySequence::Delete);
    deleteRows->setShortcutContext(Qt::WidgetShortcut);
    m_inventory->tableView()->addAction(deleteRows);
    connect(deleteRows, &QAction::triggered, m_edit, &EditController::removeSelectedComponents);
}

MainWindow::~MainWindow()
{
    // The document goes with the window's children, after this window has become a mere
    // QWidget: its undo stack's last "clean changed" must not reach the slots that use
    // MainWindow's members (the history, the title).
    m_document->blockSignals(true);
    m_document->undoStack()->blockSignals(true);
}

bool MainWindow::openFile(const QString &path)
{
    return m_file->openFile(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_file->maybeSave()) {
        m_recovery->discard(); // saved or let go on purpose: nothing to recover
        event->accept();
    } else
        event->ignore();
}

void MainWindow::updateTitle()
{
    // The scenario shown is part of what the window is about: "bank.uplan: slow-db".
    const QString name = m_document->scenario().isEmpty()
                             ? m_document->displayName()
                             : tr("%1: %2").arg(m_document->displayName(), m_document->scenario());
    setWindowTitle(m_document->isReadOnly() ? tr("%1[*] (read-only) — Upgrade Planner").arg(name)
                                            : tr("%1[*] — Upgrade Planner").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateCounts()
{
    const Estate &estate = m_document->estate();
    const int shown = m_inventory->filterModel()->rowCount();
    const int components = estate.componentCount();
    const int dependencies = estate.dependencyCount();
    // Numbers as the locale writes them (1,234 or 1.234), the singular spelled out.
    QString text = components == 1 ? tr("1 component") : tr("%L1 components").arg(components);
    if (shown != estate.componentCount())
        text = tr("%L1 shown of %2").arg(shown).arg(text);
    m_counts->setText(
        text + QStringLiteral(" · ")
        + (dependencies == 1 ? tr("1 dependency") : tr("%L1 dependencies").arg(dependencies)));
}

void MainWindow::updateAnalysisStatus()
{
    const AnalysisRunner *runner = m_analysis->runner();
    if (runner->isBusy()) {
        m_analysisStatus->setText(runner->isRunning()
                                      ? tr("Analysing: checking, ordering, scheduling…")
                                      : tr("Analysis waits for the edits to settle…"));
        return;
    }
    if (!runner->hasResults()) {
        m_analysisStatus->clear();
        return;
    }
    int open = 0;
    for (const Conflict &c : runner->findings())
        open += !c.waived;
    const qint64 ms = runner->lastRunMilliseconds();
    m_analysisStatus->setText(open == 1
                                  ? tr("Analysed in %L1 ms: 1 open finding").arg(ms)
                                  : tr("Analysed in %L1 ms: %L2 open findings").arg(ms).arg(open));
}

} // namespace planner
