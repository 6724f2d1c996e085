// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisController.h"
#include "Document.h"
#include "EditController.h"
#include "FileController.h"
#include "MainWindow.h"
#include "PgServer.h"
#include "SmallEstate.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/ConflictsPanel.h"
#include "analysis/PlanPanel.h"
#include "exchange/EstateJson.h"
#include "graph/GraphScene.h"
#include "graph/GraphWidget.h"
#include "graph/PathCalloutItem.h"
#include "itemmodels/ComponentFilterModel.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/ConflictTableModel.h"
#include "itemmodels/DependencyTableModel.h"
#include "itemmodels/PlanTreeModel.h"
#include "panels/ComponentDetailsPanel.h"
#include "panels/DependenciesPanel.h"
#include "panels/HistoryPanel.h"
#include "panels/InventoryPanel.h"
#include "storage/ProjectFile.h"
#include "storage/ServerProject.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWidgetAction>
#include <QtTest>

using namespace planner;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSample();
    void statusBarSaysWhatTheAnalysisDoes();
    void historyViewShowsEachSave();
    void colleaguesSaveShowsInAnUnchangedWindow();
    void titleShowsFileAndModifiedState();
    void saveAsProposesTheDocumentsFolder();
    void filtersByKindSiteAndText();
    void addAndRemoveComponentsWithUndo();
    void removeDependencyThroughTheAction();
    void aConflictsComponentsAreNotOfferedForRemoval();
    void selectionDrivesDetailsAndDependencies();
    void graphShowDetailsBringsTheDockBack();
    void ctrlZInADetailsFieldUndoesTheDocument();
    void toolBarUndoKeepsItsLabel();
    void toolBarActionsHaveIcons();
    void viewsFollowTheAnalysis();
    void noTabWidensASmallWindow();
    void rememberedRecentFiles();

private:
    QString estatePath();
    int shownRows() const;
    QString statusCounts() const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Recent files go to QSettings: keep them out of the user's configuration.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    // Save As proposes the documents folder: a home of the test's own, with one.
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home/Documents"))));
}

void tst_MainWindow::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindow::cleanup()
{
    // Leave without the unsaved-changes question.
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

QString tst_MainWindow::estatePath()
{
    const QString sample = QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
    if (QFile::exists(sample))
        return sample;
    const QString path = m_dir.filePath(QStringLiteral("sample-estate.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(writeEstateJson(test::smallEstate()));
    return path;
}

int tst_MainWindow::shownRows() const
{
    return m_window->inventory()->tableView()->model()->rowCount();
}

QString tst_MainWindow::statusCounts() const
{
    QStringList texts;
    for (const QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('|'));
}

void tst_MainWindow::opensTheSample()
{
    QVERIFY(m_window->openFile(estatePath()));
    const Estate &estate = m_window->document()->estate();
    QVERIFY(estate.componentCount() > 0);
    QCOMPARE(shownRows(), estate.componentCount());
    QVERIFY(m_window->dependencies()->tableModel()->rowCount() == estate.dependencyCount());
    QVERIFY(statusCounts().contains(QStringLiteral("%1 components").arg(estate.componentCount())));
    QVERIFY(
        statusCounts().contains(QStringLiteral("%1 dependencies").arg(estate.dependencyCount())));
}

void tst_MainWindow::statusBarSaysWhatTheAnalysisDoes()
{
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("analysisStatus"));
    QVERIFY(status);
    QVERIFY(m_window->openFile(estatePath()));
    AnalysisRunner *runner = m_window->analysis()->runner();
    // While the edits settle or the workers run, it says so; then how long it took and what
    // it found.
    QVERIFY(runner->isBusy());
    QVERIFY2(status->text().startsWith(QStringLiteral("Anal")), qPrintable(status->text()));
    QVERIFY(!status->text().contains(QStringLiteral("Analysed in")));
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isBusy(), 30000);
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Analysed in ")));
    int open = 0;
    for (const Conflict &c : runner->findings())
        open += !c.waived;
    QVERIFY2(status->text().endsWith(QStringLiteral(": %1 open findings").arg(open)),
             qPrintable(status->text()));
}

void tst_MainWindow::historyViewShowsEachSave()
{
    QVERIFY(m_window->openFile(estatePath()));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->history()->tree()->topLevelItemCount(), 0); // untitled: none yet

    const QString project = m_dir.filePath(QStringLiteral("history.uplan"));
    QVERIFY(m_window->document()->saveAs(project));
    QTRY_COMPARE(m_window->history()->tree()->topLevelItemCount(), 1);
    // An edit, saved: a second save with the change under it, shown first.
    EditController *edit = m_window->findChild<EditController *>();
    QVERIFY(edit);
    const int before = m_window->document()->estate().componentCount();
    edit->addComponentAction()->trigger();
    QCOMPARE(m_window->document()->estate().componentCount(), before + 1);
    QVERIFY(m_window->document()->save());
    QTRY_COMPARE(m_window->history()->tree()->topLevelItemCount(), 2);
    const QTreeWidgetItem *newest = m_window->history()->tree()->topLevelItem(0);
    QVERIFY2(newest->text(0).startsWith(QStringLiteral("Save 2")), qPrintable(newest->text(0)));
    QCOMPARE(newest->childCount(), 1);
    QCOMPARE(newest->child(0)->text(1), QStringLiteral("added"));
    // UPLAN_SCREENSHOT_DIR=DIR keeps pictures of the window with the History view, at the two
    // sizes the views are checked at.
    if (const QString dir = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        m_window->history()->tree()->expandAll();
        for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
            m_window->resize(size);
            QTest::qWait(200);
            QVERIFY(m_window->grab().save(
                QStringLiteral("%1/history-%2.png").arg(dir).arg(size.width())));
        }
    }
}

// A window showing a shared project without edits of its own shows a colleague's save within
// moments, reading only what changed; the selection stays, nothing is left to undo.
void tst_MainWindow::colleaguesSaveShowsInAnUnchangedWindow()
{
    QString why;
    if (!test::pgPort(&why))
        QFAIL(qPrintable(why));
    const QString url = test::serverUrl(test::uniqueProject("window"));
    QVERIFY(saveProject(url, test::smallEstate()));
    QVERIFY(m_window->openFile(url));
    m_window->document()->selection()->setSelection({QStringLiteral("ldap")});

    // A colleague's program (the command line here) saves a change of the runtime's owner.
    const qint64 revision = m_window->document()->sharedRevision();
    Estate theirs = test::smallEstate();
    Component jvm = *theirs.find(QStringLiteral("jvm"));
    jvm.owner = QStringLiteral("Middleware team");
    theirs.replaceComponent(theirs.indexOf(jvm.id), jvm);
    const QString file = m_dir.filePath(QStringLiteral("colleague.uplan"));
    QVERIFY(saveProject(file, theirs));
    QProcess colleague;
    colleague.start(QStringLiteral(UPLAN_BINARY_DIR "/bin/upgrade-planner"),
                    {QStringLiteral("publish"), QStringLiteral("--replace"), file, url});
    QVERIFY(colleague.waitForFinished(60000));
    QVERIFY2(colleague.exitCode() == 0, colleague.readAllStandardError().constData());

    QTRY_COMPARE_WITH_TIMEOUT(m_window->document()->estate().find(QStringLiteral("jvm"))->owner,
                              QStringLiteral("Middleware team"), 10000);
    QCOMPARE(m_window->document()->sharedRevision(), revision + 1);
    QVERIFY(!m_window->document()->isModified());
    QVERIFY(!m_window->document()->undoStack()->canUndo());
    QCOMPARE(m_window->document()->selection()->selectedIds(), QStringList{QStringLiteral("ldap")});
    QVERIFY(
        m_window->statusBar()->currentMessage().contains(QLatin1String("it is shown as saved")));
}

void tst_MainWindow::titleShowsFileAndModifiedState()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Untitled[*] — Upgrade Planner"));
    QVERIFY(m_window->openFile(estatePath()));
    // An imported estate has no project file until it is saved: the title names none.
    QCOMPARE(m_window->windowTitle(),
             QStringLiteral("Untitled (imported from sample-estate.json)[*] — Upgrade Planner"));
    QVERIFY(!m_window->isWindowModified());
    m_window->editController()->addComponentAction()->trigger();
    QVERIFY(m_window->isWindowModified());
    m_window->editController()->undoAction()->trigger();
    QVERIFY(!m_window->isWindowModified());

    m_window->editController()->addComponentAction()->trigger();
    const QString project = m_dir.filePath(QStringLiteral("bank.uplan"));
    QVERIFY(m_window->document()->saveAs(project));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("bank.uplan[*] — Upgrade Planner"));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->fileController()->maybeSave()); // nothing to ask
    // The graph keeps its view under the project's file: saved, it has one; imported, none.
    QCOMPARE(m_window->graph()->projectPath(), project);
    QVERIFY(m_window->openFile(estatePath()));
    QVERIFY(m_window->graph()->projectPath().isEmpty());
    QVERIFY(m_window->openFile(project));
    QCOMPARE(m_window->graph()->projectPath(), project);
}

void tst_MainWindow::saveAsProposesTheDocumentsFolder()
{
    QVERIFY(m_window->openFile(estatePath()));
    // What the Save As dialog proposes, read while it is open, then cancelled.
    QString folder;
    QStringList files;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        folder = dialog->directory().absolutePath();
        files = dialog->selectedFiles();
        dialog->reject();
    });
    QVERIFY(!m_window->fileController()->saveAs());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(folder, QDir(documents).absolutePath());
    QCOMPARE(files, QStringList{QDir(documents).filePath(QStringLiteral("sample-estate.uplan"))});
    QVERIFY(m_window->document()->isUntitled());
}

void tst_MainWindow::filtersByKindSiteAndText()
{
    QVERIFY(m_window->openFile(estatePath()));
    const Estate &estate = m_window->document()->estate();
    int databases = 0;
    for (const Component &c : estate.components())
        databases += c.kind == ComponentKind::Database ? 1 : 0;
    QVERIFY(databases > 0);

    QComboBox *kind = m_window->inventory()->kindFilterCombo();
    kind->setCurrentIndex(kind->findData(QStringLiteral("database")));
    QCOMPARE(shownRows(), databases);
    QAbstractItemModel *shown = m_window->inventory()->tableView()->model();
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, ComponentTableModel::Kind).data(Qt::EditRole).toString(),
                 QStringLiteral("database"));
    QVERIFY(statusCounts().contains(QStringLiteral("shown of")));

    QComboBox *site = m_window->inventory()->siteFilterCombo();
    QVERIFY(site->count() >= 2); // "All sites" and at least one site
    site->setCurrentIndex(1);
    const QString siteId = site->currentData().toString();
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(ComponentTableModel::SiteIdRole).toString(), siteId);

    m_window->inventory()->clearFilters();
    QCOMPARE(shownRows(), estate.componentCount());
    const Component &first = estate.component(0);
    m_window->inventory()->searchEdit()->setText(first.id);
    QVERIFY(shownRows() >= 1);
    QVERIFY(shownRows() < estate.componentCount());
}

void tst_MainWindow::addAndRemoveComponentsWithUndo()
{
    QVERIFY(m_window->openFile(estatePath()));
    Document *document = m_window->document();
    const Estate original = document->estate();
    EditController *edit = m_window->editController();

    edit->addComponentAction()->trigger();
    QCOMPARE(document->estate().componentCount(), original.componentCount() + 1);
    QCOMPARE(shownRows(), original.componentCount() + 1);
    QCOMPARE(document->selection()->current(), QStringLiteral("new-component"));
    QCOMPARE(m_window->details()->componentId(), QStringLiteral("new-component"));
    QCOMPARE(edit->undoAction()->text(), QStringLiteral("&Undo Add component new-component"));
    edit->undoAction()->trigger();
    QVERIFY(document->estate() == original);

    // Remove a component that has dependencies: they go too, and come back on undo.
    QString busiest;
    int most = 0;
    for (const Component &c : original.components()) {
        const int touching = int(original.dependenciesTouching(c.id).size());
        if (touching > most) {
            most = touching;
            busiest = c.id;
        }
    }
    QVERIFY(most > 0);
    document->selection()->setSelection({busiest});
    QVERIFY(edit->removeComponentsAction()->isEnabled());
    edit->removeComponentsAction()->trigger();
    QCOMPARE(document->estate().indexOf(busiest), -1);
    QCOMPARE(document->estate().dependencyCount(), original.dependencyCount() - most);
    QCOMPARE(shownRows(), original.componentCount() - 1);
    edit->undoAction()->trigger();
    QVERIFY(document->estate() == original);
    edit->redoAction()->trigger();
    QCOMPARE(document->estate().indexOf(busiest), -1);
    edit->undoAction()->trigger();
    QVERIFY(!document->isModified());
}

void tst_MainWindow::removeDependencyThroughTheAction()
{
    QVERIFY(m_window->openFile(estatePath()));
    Document *document = m_window->document();
    const Estate original = document->estate();
    DependenciesPanel *panel = m_window->dependencies();
    panel->onlySelectedCheck()->setChecked(false);
    panel->tableView()->selectRow(0);
    QCOMPARE(panel->selectedRows(), QList<int>{0});
    QVERIFY(m_window->editController()->removeDependenciesAction()->isEnabled());
    m_window->editController()->removeDependenciesAction()->trigger();
    QCOMPARE(document->estate().dependencyCount(), original.dependencyCount() - 1);
    m_window->editController()->undoAction()->trigger();
    QVERIFY(document->estate() == original);
}

void tst_MainWindow::aConflictsComponentsAreNotOfferedForRemoval()
{
    QVERIFY(m_window->openFile(estatePath()));
    AnalysisRunner *runner = m_window->analysis()->runner();
    QTRY_VERIFY_WITH_TIMEOUT(runner->hasResults() && !runner->isBusy(), 20000);
    QTableView *conflicts = m_window->conflicts()->tableView();
    int row = 0;
    while (row < conflicts->model()->rowCount()
           && conflicts->model()
                      ->index(row, 0)
                      .data(ConflictTableModel::ComponentsRole)
                      .toStringList()
                      .size()
                  != 2)
        ++row;
    QVERIFY(row < conflicts->model()->rowCount());
    const QStringList both
        = conflicts->model()->index(row, 0).data(ConflictTableModel::ComponentsRole).toStringList();

    // Clicking the conflict selects both components everywhere, but Remove stays off.
    conflicts->selectRow(row);
    Document *document = m_window->document();
    QCOMPARE(document->selection()->selectedIds().size(), 2);
    QVERIFY(!document->selection()->isPicked());
    QAction *remove = m_window->editController()->removeComponentsAction();
    QVERIFY(!remove->isEnabled());
    QCOMPARE(remove->text(), QStringLiteral("Re&move Components"));
    QVERIFY(remove->toolTip().contains(QStringLiteral("conflict")));
    const int components = document->estate().componentCount();
    m_window->editController()->removeSelectedComponents(); // what Delete in the table calls
    QCOMPARE(document->estate().componentCount(), components);

    // The same two picked in the inventory: now they may be removed.
    QTableView *inventory = m_window->inventory()->tableView();
    QItemSelection rows;
    for (int r = 0; r < inventory->model()->rowCount(); ++r) {
        const QModelIndex index = inventory->model()->index(r, 0);
        if (both.contains(index.data(ComponentTableModel::ComponentIdRole).toString()))
            rows.select(index, index);
    }
    inventory->clearSelection();
    inventory->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
    QVERIFY(document->selection()->isPicked());
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text(), QStringLiteral("Re&move 2 Components"));
}

void tst_MainWindow::selectionDrivesDetailsAndDependencies()
{
    QVERIFY(m_window->openFile(estatePath()));
    const Estate &estate = m_window->document()->estate();
    QTableView *table = m_window->inventory()->tableView();
    table->selectRow(0);
    const QString id
        = table->model()->index(0, 0).data(ComponentTableModel::ComponentIdRole).toString();
    QCOMPARE(m_window->document()->selection()->current(), id);
    QCOMPARE(m_window->details()->componentId(), id);
    QCOMPARE(m_window->details()->idEdit()->text(), id);
    QCOMPARE(m_window->dependencies()->tableView()->model()->rowCount(),
             int(estate.dependenciesTouching(id).size()));

    // Edited in place through the view's model: one undoable step, the details follow.
    QVERIFY(table->model()->setData(table->model()->index(0, ComponentTableModel::Owner),
                                    QStringLiteral("Night shift")));
    QCOMPARE(estate.find(id)->owner, QStringLiteral("Night shift"));
    QVERIFY(m_window->isWindowModified());
    m_window->editController()->undoAction()->trigger();
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::graphShowDetailsBringsTheDockBack()
{
    QVERIFY(m_window->openFile(estatePath()));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(dock);
    m_window->show();
    dock->close();
    QVERIFY(!dock->isVisible());
    // What "Show details" in a box's context menu sends.
    Q_EMIT m_window->graph()->detailsRequested(QStringLiteral("pg-ledger"));
    QVERIFY(dock->isVisible());
}

void tst_MainWindow::ctrlZInADetailsFieldUndoesTheDocument()
{
    QVERIFY(m_window->openFile(estatePath()));
    Document *document = m_window->document();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QString id = document->selection()->current();
    QVERIFY(!id.isEmpty());
    const QString name = document->estate().find(id)->name;

    // The name is taken as it is typed: it is the document's to undo.
    QLineEdit *nameEdit = m_window->details()->nameEdit();
    nameEdit->setFocus();
    nameEdit->end(false);
    QTest::keyClicks(nameEdit, QStringLiteral(" II"));
    QCOMPARE(document->estate().find(id)->name, name + QStringLiteral(" II"));
    QTest::keyClick(nameEdit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->estate().find(id)->name, name);
    QCOMPARE(nameEdit->text(), name);
    QVERIFY(!document->isModified());
    QTest::keySequence(nameEdit, m_window->editController()->redoAction()->shortcut());
    QCOMPARE(document->estate().find(id)->name, name + QStringLiteral(" II"));

    // The version is taken when editing finishes: until then Ctrl+Z undoes the typing only.
    QLineEdit *version = m_window->details()->findChild<QLineEdit *>(QString());
    for (QLineEdit *edit : m_window->details()->findChildren<QLineEdit *>())
        if (edit->text() == document->estate().find(id)->version.text())
            version = edit;
    const int index = document->undoStack()->index();
    version->setFocus();
    version->end(false);
    QTest::keyClicks(version, QStringLiteral("9"));
    QTest::keyClick(version, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(version->text(), document->estate().find(id)->version.text());
    QCOMPARE(document->undoStack()->index(), index);
    // Nothing of the field's own left to undo: the document's next.
    QTest::keyClick(version, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->estate().find(id)->name, name);
}

void tst_MainWindow::toolBarUndoKeepsItsLabel()
{
    QVERIFY(m_window->openFile(estatePath()));
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QAction *undo = m_window->editController()->toolBarUndoAction();
    QVERIFY(toolBar->actions().contains(undo));
    QVERIFY(!toolBar->actions().contains(m_window->editController()->undoAction()));
    QVERIFY(!undo->isEnabled());
    const int width = toolBar->widgetForAction(undo)->sizeHint().width();

    m_window->editController()->addComponentAction()->trigger();
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QCOMPARE(toolBar->widgetForAction(undo)->sizeHint().width(), width);
    QVERIFY(undo->toolTip().startsWith(QStringLiteral("Undo Add component new-component")));
    // The Edit menu names the command in full.
    QCOMPARE(m_window->editController()->undoAction()->text(),
             QStringLiteral("&Undo Add component new-component"));
    undo->trigger();
    QCOMPARE(m_window->document()->estate().indexOf(QStringLiteral("new-component")), -1);
    QVERIFY(m_window->editController()->toolBarRedoAction()->toolTip().startsWith(
        QStringLiteral("Redo Add component new-component")));
}

void tst_MainWindow::toolBarActionsHaveIcons()
{
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(toolBar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
    int buttons = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
            continue; // the scenario switcher is a combo box
        ++buttons;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        QVERIFY2(!action->icon().pixmap(QSize(20, 20), 2.0).isNull(), qPrintable(action->text()));
        // The words stay beside the icons, but for undo and redo, whose tooltips say them.
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        QVERIFY(button);
        const bool arrow = action == m_window->editController()->toolBarUndoAction()
                           || action == m_window->editController()->toolBarRedoAction();
        QCOMPARE(button->toolButtonStyle(),
                 arrow ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    }
    QCOMPARE(buttons, 8); // open, save, undo, redo, add, remove, add dependency, compare
    // The same actions in the menus carry the same icons.
    QCOMPARE(m_window->editController()->undoAction()->icon().cacheKey(),
             m_window->editController()->toolBarUndoAction()->icon().cacheKey());
}

void tst_MainWindow::viewsFollowTheAnalysis()
{
    QTabWidget *tabs = m_window->tabs();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles, QStringList({"Inventory", "Graph", "Plan", "Timeline", "Calendar", "Change"}));
    QCOMPARE(tabs->widget(1), m_window->graph());
    QCOMPARE(tabs->widget(2), m_window->plan());
    QCOMPARE(tabs->widget(3), m_window->timeline());

    QVERIFY(m_window->openFile(estatePath()));
    AnalysisRunner *runner = m_window->analysis()->runner();
    QTRY_VERIFY_WITH_TIMEOUT(runner->hasResults() && !runner->isBusy(), 20000);
    // The sample runs PostgreSQL 12, whose support ended in 2024: the badge says so.
    const ComponentTableModel *table = m_window->inventory()->tableModel();
    const QModelIndex pg = table->index(table->rowOf(QStringLiteral("pg-ledger")), 0);
    QVERIFY(pg.data(ComponentTableModel::ConflictLevelRole).toInt() > 0);
    QVERIFY(pg.data(Qt::ToolTipRole).toString().contains(u"postgresql", Qt::CaseInsensitive));
    QVERIFY(m_window->conflicts()->tableModel()->rowCount() > 5);
    QVERIFY(m_window->plan()->treeModel()->rowCount() > 1); // waves, at least
    QVERIFY(!runner->plan().steps.isEmpty());
    // The timeline schedules the runner's plan rather than ordering again.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->timeline()->isBusy(), 20000);
    QVERIFY(m_window->timeline()->view()->barCount() > 0);

    // Selecting the ledger's database, which stops at PostgreSQL 14 while the ledger moves to
    // 5.0: the graph draws that path.
    m_window->document()->selection()->setSelection({QStringLiteral("pg-ledger")});
    const GraphScene *graph = m_window->graph()->scene();
    QCOMPARE(graph->model().upgradePath().component, QStringLiteral("pg-ledger"));
    QVERIFY(graph->model().upgradePath().isMultiHop());
    QVERIFY(graph->model().upgradePath().neighbours.contains(QStringLiteral("ledger-app")));
    QVERIFY(graph->pathCallout());
    QVERIFY(!graph->model().nodeLook(QStringLiteral("ledger-app")).pathMarks.isEmpty());

    // An edit re-runs the analysis: giving pg-ledger no target removes its upgrade steps.
    const int row = table->rowOf(QStringLiteral("pg-ledger"));
    QVERIFY(const_cast<ComponentTableModel *>(table)
                ->setData(table->index(row, ComponentTableModel::Target), QString()));
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isBusy(), 20000);
    for (const PlanStep &s : runner->plan().steps)
        QVERIFY(s.component != u"pg-ledger");
    QVERIFY(graph->model().upgradePath().moves.isEmpty()); // no path left to draw
    QVERIFY(!graph->pathCallout());
}

void tst_MainWindow::noTabWidensASmallWindow()
{
    // A 1280 x 720 screen: whichever view is shown, the window keeps the width it was given.
    m_window->resize(1280, 720);
    QVERIFY(m_window->openFile(estatePath()));
    AnalysisRunner *runner = m_window->analysis()->runner();
    QTRY_VERIFY_WITH_TIMEOUT(runner->hasResults() && !runner->isBusy(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->timeline()->isBusy(), 20000);
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
        QVERIFY2(m_window->width() <= 1280 && m_window->minimumSizeHint().width() <= 1280,
                 qPrintable(QStringLiteral("%1: window %2 wide, needs %3")
                                .arg(tabs->tabText(i))
                                .arg(m_window->width())
                                .arg(m_window->minimumSizeHint().width())));
    }
    // The inventory at that size: names readable, not squeezed to "..." by other columns.
    tabs->setCurrentIndex(0);
    QTableView *table = m_window->inventory()->tableView();
    const QFontMetrics metrics(table->font());
    const int nameWidth = table->horizontalHeader()->sectionSize(ComponentTableModel::Name);
    QVERIFY2(nameWidth >= metrics.horizontalAdvance(QStringLiteral("ESXi host fra-01")),
             qPrintable(QString::number(nameWidth)));
}

void tst_MainWindow::rememberedRecentFiles()
{
    QVERIFY(m_window->openFile(estatePath()));
    QCOMPARE(FileController::recentFiles().value(0), QFileInfo(estatePath()).absoluteFilePath());
    QVERIFY(FileController::recentFiles().size() <= FileController::maxRecentFiles);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
