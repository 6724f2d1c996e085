// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisEstates.h"
#include "analysis/AnalysisRunner.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace planner;

namespace {

QDateTime wall(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

WindowOccurrence saturday(const char *start, const char *end)
{
    WindowOccurrence w;
    w.window = QStringLiteral("sat-night");
    w.start = wall(start);
    w.end = wall(end);
    w.minutes = int(w.start.secsTo(w.end) / 60);
    return w;
}

/// db upgraded on the first Saturday; crm could not be placed: the second Saturday came
/// closest, and too short; it waited for wave 1, which db ended.
Schedule scheduleWithAnUnscheduledStep()
{
    Schedule s;
    s.windows << saturday("2027-01-16T22:00", "2027-01-17T04:00")
              << saturday("2027-01-23T22:00", "2027-01-24T04:00");
    ScheduledStep db;
    db.component = QStringLiteral("db");
    db.from = Version::fromNumbers({12});
    db.to = Version::fromNumbers({14});
    db.window = 0;
    db.start = wall("2027-01-16T22:00");
    db.backupStart = db.start.addSecs(600);
    db.executeStart = db.start.addSecs(1800);
    db.verifyStart = db.start.addSecs(5400);
    db.end = db.decided = db.start.addSecs(7200);
    db.rollbackEnd = db.end.addSecs(3600);
    db.pointOfNoReturn = wall("2027-01-17T03:00");
    s.windows[0].steps = {0};
    s.steps << db;
    UnscheduledStep crm;
    crm.planStep = 1;
    crm.component = QStringLiteral("crm");
    crm.from = Version::fromNumbers({3});
    crm.to = Version::fromNumbers({4});
    crm.wave = 2;
    crm.reason = QStringLiteral("no window fits: every window is 6 h, the step needs 7 h");
    crm.cause = QStringLiteral("window-too-short");
    crm.closestWindow = 1;
    crm.closestCause = QStringLiteral("duration");
    crm.waitedForWave = 1;
    crm.waitedForStep = QStringLiteral("db 12 → 14");
    s.unscheduled << crm;
    s.windowsUsed = 1;
    s.finish = db.end;
    return s;
}

} // namespace

class tst_TimelinePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unscheduledItemSelectsAndExplains();
    void selectionShowsTheStepDetails();
    void showsTheRunnersSchedule();
};

void tst_TimelinePanel::unscheduledItemSelectsAndExplains()
{
    EstateStore store;
    ComponentSelection selection;
    AnalysisRunner runner(&store);
    TimelinePanel panel(&store, &selection, &runner);
    panel.resize(1200, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showSchedule(Estate(), scheduleWithAnUnscheduledStep());

    QListWidget *list = panel.unscheduledList();
    QCOMPARE(list->count(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QCOMPARE(selection.selectedIds(), QStringList{QStringLiteral("crm")});
    const QString details = panel.detailsText();
    QVERIFY2(details.contains(QStringLiteral("every window is 6 h, the step needs 7 h")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Closest window: sat-night, Sat, 23 Jan 2027 "
                                             "22:00 – Sun, 24 Jan 04:00")),
             qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Waited for wave 1 to end, last with db 12 → 14")),
             qPrintable(details));
    // The timeline shows the window that came closest.
    QVERIFY(panel.view()->visibleFrom() <= wall("2027-01-23T22:00"));
    QVERIFY(panel.view()->visibleTo() >= wall("2027-01-24T04:00"));
    QVERIFY(panel.view()->visibleFrom().secsTo(panel.view()->visibleTo()) < 24 * 3600);
}

void tst_TimelinePanel::selectionShowsTheStepDetails()
{
    EstateStore store;
    ComponentSelection selection;
    AnalysisRunner runner(&store);
    TimelinePanel panel(&store, &selection, &runner);
    panel.showSchedule(Estate(), scheduleWithAnUnscheduledStep());

    // Chosen elsewhere while the timeline looks at another week: its window comes into view.
    panel.view()->setVisibleRange(wall("2027-01-23T20:00"), wall("2027-01-24T06:00"));
    selection.setSelection({QStringLiteral("db")});
    QVERIFY(panel.view()->visibleFrom() <= wall("2027-01-16T22:00"));
    QVERIFY(panel.view()->visibleTo() >= wall("2027-01-17T04:00"));
    const QString details = panel.detailsText();
    QVERIFY2(details.contains(QStringLiteral("sat-night, Sat, 16 Jan 2027 22:00 – Sun, 17 Jan "
                                             "04:00, lane 1 of 1")),
             qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("the rollback must end by the window's end")));
    QVERIFY(panel.unscheduledList()->selectedItems().isEmpty());

    // Selecting crm elsewhere chooses its item in the list.
    selection.setSelection({QStringLiteral("crm")});
    QCOMPARE(panel.unscheduledList()->selectedItems().size(), 1);
    QVERIFY(panel.detailsText().contains(QStringLiteral("not scheduled")));
}

void tst_TimelinePanel::showsTheRunnersSchedule()
{
    // The ledger's three steps in one long Saturday: the panel shows what the runner
    // scheduled, without scheduling on its own.
    Estate estate = analysistest::ledgerEstate();
    MaintenanceWindow w;
    w.id = QStringLiteral("long-saturday");
    w.start = wall("2027-01-16T06:00");
    w.end = wall("2027-01-17T06:00");
    w.parallel = 2;
    estate.windows << w;
    EstateStore store;
    store.reset(estate);
    ComponentSelection selection;
    AnalysisRunner runner(&store);
    runner.setDebounceInterval(10);
    QSignalSpy schedules(&runner, &AnalysisRunner::scheduleReady);
    TimelinePanel panel(&store, &selection, &runner);
    QVERIFY(panel.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
    QCOMPARE(schedules.count(), 1);
    QCOMPARE(runner.schedule().steps.size(), 3);
    QCOMPARE(panel.view()->schedule().steps.size(), 3);
    QVERIFY(panel.summary().contains(QStringLiteral("3 scheduled, 0 not scheduled")));
    QCOMPARE(panel.unscheduledList()->item(0)->text(), QStringLiteral("Every step is scheduled."));
}

QTEST_MAIN(tst_TimelinePanel)
#include "tst_timelinepanel.moc"
