// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios in the workbench (issue 17): the switcher, edits going to the current scenario as
// undoable steps, create/rename/delete, saving folds the edits back, the comparison window
// stays current; and the smallest fix applied from the Conflicts panel with one click.
#include "AnalysisController.h"
#include "Document.h"
#include "MainWindow.h"
#include "ScenarioController.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/ConflictsPanel.h"
#include "analysis/FixesPanel.h"
#include "changes/ScenarioCompareDialog.h"
#include "changes/WhatIf.h"
#include "commands/EditComponentCommand.h"
#include "commands/ReplaceSectionCommand.h"
#include "inventory/EstateStore.h"
#include "inventory/Scenario.h"
#include "itemmodels/ConflictFilterModel.h"
#include "itemmodels/ConflictTableModel.h"
#include "storage/ProjectFile.h"
#include "timeline/TimelineView.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

namespace {

QString sample()
{
    return QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
}

// Sets the target of component @p id in the estate shown, as the details panel does.
void setTarget(Document *document, const QString &id, const char *target)
{
    const int row = document->estate().indexOf(id);
    QVERIFY(row >= 0);
    Component c = document->estate().component(row);
    c.target = *Version::parse(QString::fromLatin1(target));
    document->undoStack()->push(
        new EditComponentCommand(document->store(), document->estate().component(row), c));
}

void waitForAnalysis(AnalysisRunner *runner)
{
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isBusy() && runner->hasResults(), 60000);
}

} // namespace

class tst_ScenarioController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editsGoToTheCurrentScenario();
    void createRenameDeleteAreUndoable();
    void saveKeepsBaselineAndScenario();
    void comparisonShowsTableAndTimelinesAndFollowsEdits();
    void fixIsAppliedWithOneClickAndUndone();
    void screenshots();

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_ScenarioController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
}

void tst_ScenarioController::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(sample()));
}

void tst_ScenarioController::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

void tst_ScenarioController::editsGoToTheCurrentScenario()
{
    Document *document = m_window->document();
    ScenarioController *scenarios = m_window->scenarioController();
    const Estate baseline = document->estate();
    const QString db = QStringLiteral("pg-ledger");
    const Version baseTarget = *baseline.find(db)->target;

    QVERIFY(scenarios->create(QStringLiteral("stay-on-14"), QString()));
    QCOMPARE(document->scenario(), QStringLiteral("stay-on-14"));
    QCOMPARE(scenarios->switcher()->currentText(), QStringLiteral("stay-on-14"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("stay-on-14")));
    setTarget(document, db, "14.13");
    QCOMPARE(document->estate().find(db)->target->text(), QStringLiteral("14.13"));

    // The project keeps the baseline's target and holds the change in the scenario.
    const Estate project = document->projectEstate();
    QCOMPARE(*project.find(db)->target, baseTarget);
    const Scenario *variant = findScenario(project, QStringLiteral("stay-on-14"));
    QVERIFY(variant);
    QCOMPARE(variant->components.size(), 1);
    QCOMPARE(variant->components[0].component, db);

    // Switching back shows the baseline's target; the switch itself is a step of the stack.
    QVERIFY(scenarios->switchTo(QString()));
    QCOMPARE(*document->estate().find(db)->target, baseTarget);
    QCOMPARE(scenarios->switcher()->currentIndex(), 0);
    document->undoStack()->undo(); // back into the scenario
    QCOMPARE(document->scenario(), QStringLiteral("stay-on-14"));
    QCOMPARE(document->estate().find(db)->target->text(), QStringLiteral("14.13"));
    document->undoStack()->undo(); // the edit
    QCOMPARE(*document->estate().find(db)->target, baseTarget);
    document->undoStack()->undo(); // the creation
    QVERIFY(document->scenario().isEmpty());
    QVERIFY(document->estate().scenarios.isEmpty());
    QVERIFY(document->estate() == baseline);

    // The switcher itself: choosing an entry switches.
    QVERIFY(scenarios->create(QStringLiteral("b"), QString()));
    scenarios->switcher()->setCurrentIndex(0);
    Q_EMIT scenarios->switcher()->activated(0);
    QVERIFY(document->scenario().isEmpty());
}

void tst_ScenarioController::createRenameDeleteAreUndoable()
{
    Document *document = m_window->document();
    ScenarioController *scenarios = m_window->scenarioController();
    QString problem;
    QVERIFY(!scenarios->create(QStringLiteral("baseline"), QString(), &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(scenarios->create(QStringLiteral("a"), QStringLiteral("first")));
    setTarget(document, QStringLiteral("pg-ledger"), "14.13");
    // A copy of the current scenario, changes included.
    QVERIFY(scenarios->create(QStringLiteral("b"), QString()));
    QCOMPARE(document->estate().find(QStringLiteral("pg-ledger"))->target->text(),
             QStringLiteral("14.13"));
    QCOMPARE(scenarios->switcher()->count(), 3);
    QVERIFY(!scenarios->rename(QStringLiteral("b"), QStringLiteral("a"), &problem));
    QVERIFY(scenarios->rename(QStringLiteral("b"), QStringLiteral("c")));
    QCOMPARE(document->scenario(), QStringLiteral("c"));
    QVERIFY(scenarios->remove(QStringLiteral("c")));
    QVERIFY(document->scenario().isEmpty());
    QCOMPARE(document->estate().scenarios.size(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->scenario(), QStringLiteral("c"));
    document->undoStack()->undo();
    QCOMPARE(document->scenario(), QStringLiteral("b"));
    QCOMPARE(document->estate().scenarios.size(), 2);
}

void tst_ScenarioController::saveKeepsBaselineAndScenario()
{
    Document *document = m_window->document();
    ScenarioController *scenarios = m_window->scenarioController();
    QVERIFY(scenarios->create(QStringLiteral("stay-on-14"), QStringLiteral("PostgreSQL 14 only")));
    setTarget(document, QStringLiteral("pg-ledger"), "14.13");
    const QString path = m_dir.filePath(QStringLiteral("bank.uplan"));
    QVERIFY(document->saveAs(path).ok());
    QVERIFY(!document->isModified());
    const Expected<Estate> saved = loadProject(path);
    QVERIFY(saved);
    QCOMPARE(saved->find(QStringLiteral("pg-ledger"))->target->text(), QStringLiteral("16.6"));
    QCOMPARE(saved->scenarios.size(), 1);
    QCOMPARE(saved->scenarios[0].description, QStringLiteral("PostgreSQL 14 only"));
    const Estate variant = applyScenario(*saved, saved->scenarios[0]);
    QCOMPARE(variant.find(QStringLiteral("pg-ledger"))->target->text(), QStringLiteral("14.13"));
}

void tst_ScenarioController::comparisonShowsTableAndTimelinesAndFollowsEdits()
{
    Document *document = m_window->document();
    ScenarioController *scenarios = m_window->scenarioController();
    QVERIFY(scenarios->create(QStringLiteral("one-lane"), QString()));
    // Every window takes one step at a time in this scenario.
    Estate shown = document->estate();
    for (MaintenanceWindow &w : shown.windows)
        w.parallel = 1;
    document->undoStack()->push(new ReplaceSectionCommand(document->store(), shown.windows));
    scenarios->compare();
    ScenarioCompareDialog *dialog = scenarios->compareDialog();
    QVERIFY(dialog);
    QSignalSpy compared(dialog, &ScenarioCompareDialog::compared);
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);
    QCOMPARE(dialog->figuresTable()->columnCount(), 2);
    QCOMPARE(dialog->timelines().size(), 2);
    QVERIFY(dialog->timelines()[0]->barCount() > 0);
    QVERIFY(dialog->movedTable()->rowCount() > 0);
    // The finish row says how much later the single lane ends.
    QVERIFY(dialog->figuresTable()->item(1, 1)->text().contains(QLatin1Char('+')));
    const int movedBefore = int(dialog->comparison().moved.size());

    // An edit in the scenario: the comparison runs again by itself.
    compared.clear();
    document->undoStack()->undo(); // two lanes again
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty() && !dialog->isBusy(), 60000);
    QVERIFY(dialog->comparison().moved.size() < movedBefore);
    dialog->close();
}

void tst_ScenarioController::fixIsAppliedWithOneClickAndUndone()
{
    Document *document = m_window->document();
    AnalysisRunner *runner = m_window->analysis()->runner();
    waitForAnalysis(runner);
    ConflictsPanel *panel = m_window->findChild<ConflictsPanel *>();
    QVERIFY(panel);
    // teller-app's staff conflict: select it as a user would.
    const int row = panel->tableModel()->rowOf(
        QStringLiteral("staff-unavailable:target:teller-app:7.0"));
    QVERIFY(row >= 0);
    const QModelIndex index = panel->filterModel()->mapFromSource(
        panel->tableModel()->index(row, 0));
    QVERIFY(index.isValid());
    panel->tableView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
    FixesPanel *fixes = panel->fixesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!fixes->fixes().isEmpty() && !fixes->isBusy(), 60000);
    QCOMPARE(fixes->applyButtons().size(), fixes->fixes().size());
    QCOMPARE(fixes->fixes().first().kind, QStringLiteral("assign-role"));

    const Estate before = document->estate();
    fixes->applyButtons().first()->click();
    QVERIFY(!(document->estate() == before));
    waitForAnalysis(runner);
    bool scheduled = false;
    for (const ScheduledStep &s : runner->schedule().steps)
        scheduled |= s.component == QLatin1String("teller-app");
    QVERIFY(scheduled);
    document->undoStack()->undo();
    QVERIFY(document->estate() == before);
}

/// With UPLAN_SCREENSHOT_DIR set: the comparison of the baseline with a scenario in which the
/// first Saturday night is cancelled, and the Conflicts panel with the fixes of teller-app's
/// staff conflict, at 1600x1000 and 1280x720.
void tst_ScenarioController::screenshots()
{
    const QString dir = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set UPLAN_SCREENSHOT_DIR to write the scenario views as PNG");
    QVERIFY(QDir().mkpath(dir));
    Document *document = m_window->document();
    ScenarioController *scenarios = m_window->scenarioController();
    QVERIFY(scenarios->create(QStringLiteral("first-saturday-cancelled"),
                              QStringLiteral("The data centre's power test takes the night of "
                                             "9 January")));
    const std::optional<Estate> cancelled = withoutOccurrence(document->estate(),
                                                              QStringLiteral("sat-night-20270109"));
    QVERIFY(cancelled);
    document->undoStack()->push(new ReplaceSectionCommand(document->store(), cancelled->windows));
    QVERIFY(scenarios->switchTo(QString()));
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
        m_window->resize(size);
        scenarios->compare(
            {QStringLiteral("baseline"), QStringLiteral("first-saturday-cancelled")});
        ScenarioCompareDialog *dialog = scenarios->compareDialog();
        dialog->resize(size);
        QSignalSpy compared(dialog, &ScenarioCompareDialog::compared);
        QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(
            QStringLiteral("%1/compare-scenarios-%2.png").arg(dir).arg(size.width())));
        dialog->close();
        QTest::qWait(50);
    }

    AnalysisRunner *runner = m_window->analysis()->runner();
    waitForAnalysis(runner);
    ConflictsPanel *panel = m_window->findChild<ConflictsPanel *>();
    const int row = panel->tableModel()->rowOf(
        QStringLiteral("staff-unavailable:target:teller-app:7.0"));
    QVERIFY(row >= 0);
    const QModelIndex index = panel->filterModel()->mapFromSource(
        panel->tableModel()->index(row, 0));
    panel->tableView()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                                     | QItemSelectionModel::Rows);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->fixesPanel()->fixes().isEmpty(), 60000);
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
        m_window->resize(size);
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(QStringLiteral("%1/fixes-%2.png").arg(dir).arg(size.width())));
    }
}

QTEST_MAIN(tst_ScenarioController)
#include "tst_scenariocontroller.moc"
