// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduler on hand-made estates: rollback reserves, groups, lanes, waves, windows too
// short or full, daylight saving nights, totals and blocked upgrades.
#include "ScheduleFixtures.h"

#include "schedule/Scheduler.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

// Every step below prepares, backs up, executes and verifies, then takes the 15-minute go/no-go
// decision, then keeps its rollback reserve: "need" is the sum, which must fit in the window.
class tst_Scheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollbackDecidesTheWindow_data();
    void rollbackDecidesTheWindow();
    void restoreIsTheReserveOfIrreversibleSteps();
    void groupMovesTogether();
    void groupFitsNowhere();
    void parallelLanes_data();
    void parallelLanes();
    void waveOrderAndCriticalPath();
    void tooShortAndFollowers_data();
    void tooShortAndFollowers();
    void everyWindowFull();
    void springForwardNight();
    void fallBackNight();
    void noTimeZoneMeansWallClock();
    void worstCaseAndTotals();
    void windowsBeforeProjectStartAreSkipped();
    void blockedUpgradesAreUnscheduled();
};

void tst_Scheduler::rollbackDecidesTheWindow_data()
{
    QTest::addColumn<int>("rollback");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("pointOfNoReturn");
    QTest::addColumn<QString>("rollbackEnd");
    // 150 min of work + 15 decision: with a 90-minute rollback 4 h 15 min, more than the
    // 4-hour window; with 45 minutes 3 h 30 min, which fits the first, shorter window.
    QTest::newRow("90 min rollback: longer window") << 90 << "long"
                                                    << "2027-01-16T22:00"
                                                    << "2027-01-17T00:30"
                                                    << "2027-01-17T02:30"
                                                    << "2027-01-17T02:15";
    QTest::newRow("45 min rollback: first window") << 45 << "short"
                                                   << "2027-01-09T22:00"
                                                   << "2027-01-10T00:30"
                                                   << "2027-01-10T01:15"
                                                   << "2027-01-10T01:30";
}

void tst_Scheduler::rollbackDecidesTheWindow()
{
    QFETCH(int, rollback);
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, rollback));
    e.windows << window("short", "2027-01-09T22:00", "2027-01-10T02:00")
              << window("long", "2027-01-16T22:00", "2027-01-17T04:00");
    UpgradePlan plan;
    plan.steps << step("a");

    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    QCOMPARE(s.steps.size(), 1);
    const ScheduledStep &st = s.steps.front();
    QTEST(s.windows[st.window].window, "window");
    QTEST(text(st.start), "start");
    QTEST(text(st.end), "end");
    QTEST(text(st.pointOfNoReturn), "pointOfNoReturn");
    QTEST(text(st.rollbackEnd), "rollbackEnd");
    QCOMPARE(st.rollbackMinutes, rollback);
    QCOMPARE(s.windowsUsed, 1);
}

void tst_Scheduler::restoreIsTheReserveOfIrreversibleSteps()
{
    Estate e = berlinEstate();
    Component pg = component("pg", 30, 45, 60, 30, 60);
    pg.reversible = false;
    pg.backup = BackupInfo{QStringLiteral("pg_basebackup"), QDate(2026, 10, 2), 100, {}, {}, {}};
    e.appendComponent(pg);
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("pg");

    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.steps.size(), 1);
    const ScheduledStep &st = s.steps.front();
    QVERIFY(st.restore);
    QCOMPARE(st.rollbackMinutes, 100); // the restore takes longer than the rollback figure
    QCOMPARE(text(st.start), QStringLiteral("2027-01-09T22:00"));
    QCOMPARE(text(st.executeStart), QStringLiteral("2027-01-09T23:15"));
    QCOMPARE(text(st.end), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(text(st.decided), QStringLiteral("2027-01-10T01:00"));
    QCOMPARE(text(st.pointOfNoReturn), QStringLiteral("2027-01-10T02:20"));
    QCOMPARE(text(st.rollbackEnd), QStringLiteral("2027-01-10T02:40"));

    // A restore quicker than the rollback figure: the larger one stays the reserve.
    pg.backup->restoreMinutes = 40;
    e.replaceComponent(0, pg);
    QCOMPARE(scheduleUpgrade(e, plan).steps.front().rollbackMinutes, 60);
}

namespace {
// a and b need 3 h 30 min each (2 h 45 min to their decision): one fits the 4-hour window, not
// both one after the other.
Estate groupEstate(bool secondWindow)
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 45));
    e.appendComponent(component("b", 30, 30, 60, 30, 45));
    e.windows << window("short", "2027-01-09T22:00", "2027-01-10T02:00");
    if (secondWindow)
        e.windows << window("long", "2027-01-16T22:00", "2027-01-17T06:00");
    return e;
}

UpgradePlan groupPlan(bool grouped)
{
    UpgradePlan plan;
    plan.steps << step("a", 1, grouped ? 0 : -1) << step("b", 1, grouped ? 0 : -1);
    if (grouped)
        plan.groups << PlanGroup{0, {"a", "b"}, QStringLiteral("cycle")};
    return plan;
}
} // namespace

void tst_Scheduler::groupMovesTogether()
{
    Schedule s = scheduleUpgrade(groupEstate(true), groupPlan(false));
    QCOMPARE(s.windows[placed(s, "a")->window].window, QStringLiteral("short"));
    QCOMPARE(s.windows[placed(s, "b")->window].window, QStringLiteral("long"));

    s = scheduleUpgrade(groupEstate(true), groupPlan(true));
    QVERIFY(s.isComplete());
    QCOMPARE(text(placed(s, "a")->start), QStringLiteral("2027-01-16T22:00"));
    QCOMPARE(text(placed(s, "b")->start), QStringLiteral("2027-01-17T00:45"));
    QVERIFY(!s.windows[0].isUsed());
    QCOMPARE(s.windowsUsed, 1);
}

void tst_Scheduler::groupFitsNowhere()
{
    const Schedule s = scheduleUpgrade(groupEstate(false), groupPlan(true));
    QVERIFY(s.steps.isEmpty());
    QCOMPARE(s.unscheduled.size(), 2);
    const QString reason = QStringLiteral(
        "group 1 (a, b) moves together and fits no window: no window has room for all of them; "
        "closest: short Sat 2027-01-09 22:00: every lane is taken until 00:45, too late for the "
        "3 h 30 min it needs before 02:00");
    QCOMPARE(s.unscheduled[0].reason, reason);
    QCOMPARE(s.unscheduled[1].reason, reason);
    QCOMPARE(s.conflicts.size(), 1);
    QCOMPARE(s.conflicts.front().components, (QStringList{"a", "b"}));
}

void tst_Scheduler::parallelLanes_data()
{
    QTest::addColumn<int>("parallel");
    QTest::addColumn<QString>("bStart");
    QTest::addColumn<int>("bLane");
    QTest::addColumn<int>("downtime");
    QTest::newRow("parallel 2") << 2 << "2027-01-09T22:00" << 1 << 90;
    QTest::newRow("parallel 1") << 1 << "2027-01-10T00:45" << 0 << 180;
}

void tst_Scheduler::parallelLanes()
{
    QFETCH(int, parallel);
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T06:00", 1, parallel);
    BusinessProcess p;
    p.id = QStringLiteral("portal");
    p.uses = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    e.processes << p;
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    QCOMPARE(text(placed(s, "a")->start), QStringLiteral("2027-01-09T22:00"));
    QTEST(text(placed(s, "b")->start), "bStart");
    QTEST(placed(s, "b")->lane, "bLane");
    // Execute + verify run side by side in two lanes: the portal is down 90 minutes, not 180.
    QTEST(s.downtime.front().minutes, "downtime");
}

void tst_Scheduler::waveOrderAndCriticalPath()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.appendComponent(component("c", 10, 10, 20, 10, 30));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 2, 2);
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("b", 2) << step("c", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    // Wave 2 waits for a's decision at 00:45 although a lane is free: c fits after it, b does
    // not (00:45 + 4 h 15 min > 04:00) and moves to the next Saturday.
    QCOMPARE(text(placed(s, "c")->start), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(text(placed(s, "b")->start), QStringLiteral("2027-01-16T22:00"));
    QCOMPARE(text(s.finish), QStringLiteral("2027-01-17T00:30"));
    QCOMPARE(s.criticalPath.size(), 2);
    QCOMPARE(s.steps[s.criticalPath[0]].component, QStringLiteral("a"));
    QCOMPARE(s.steps[s.criticalPath[1]].component, QStringLiteral("b"));
    QCOMPARE(s.windowsUsed, 2);
}

void tst_Scheduler::tooShortAndFollowers_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("execute");
    QTest::addColumn<QString>("reason");
    // 30 + 30 + execute + 60 + 15 decision + 60 rollback
    QTest::newRow("4 h window") << "2027-01-10T02:00" << 120
                                << "longest window is 4 h (sat Sat 2027-01-09 22:00), the step "
                                   "needs 5 h 15 min with rollback";
    QTest::newRow("6 h window") << "2027-01-10T04:00" << 225
                                << "longest window is 6 h (sat Sat 2027-01-09 22:00), the step "
                                   "needs 7 h with rollback";
}

void tst_Scheduler::tooShortAndFollowers()
{
    QFETCH(QString, end);
    QFETCH(int, execute);
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, execute, 60, 60));
    e.appendComponent(component("b", 10, 10, 20, 10, 30));
    e.appendComponent(component("c", 10, 10, 20, 10, 30));
    e.windows << window("sat", "2027-01-09T22:00", end, 4);
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("c", 1) << step("b", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(placed(s, "c")); // same wave: independent of a
    QCOMPARE(s.unscheduled.size(), 2);
    QTEST(unplaced(s, "a")->reason, "reason");
    QCOMPARE(unplaced(s, "a")->cause, QStringLiteral("window-too-short"));
    QCOMPARE(unplaced(s, "b")->reason,
             QStringLiteral("waits for wave 1, where a 1.0 -> 2.0 is unscheduled"));
    QCOMPARE(unplaced(s, "b")->cause, QStringLiteral("after-unscheduled"));
    QCOMPARE(s.conflicts.size(), 1); // the cause, not its consequences
    const Conflict &c = s.conflicts.front();
    QCOMPARE(c.type, QStringLiteral("window-too-short"));
    QCOMPARE(c.components, QStringList{"a"});
    QCOMPARE(c.state, Conflict::State::Target);
    QCOMPARE(c.key, QStringLiteral("window-too-short:target:a:2.0"));
    QVERIFY(!c.waived);

    // A waiver naming the key marks it, until its expiry day is before the project start.
    e.waivers << Waiver{c.key, QStringLiteral("accepted: a moves in the summer release"),
                        QDate(2027, 1, 4), QString()};
    const Conflict waived = scheduleUpgrade(e, plan).conflicts.front();
    QVERIFY(waived.waived);
    QCOMPARE(waived.waiverReason, QStringLiteral("accepted: a moves in the summer release"));
    e.waivers.front().expires = QDate(2027, 1, 3);
    QVERIFY(!scheduleUpgrade(e, plan).conflicts.front().waived);
}

void tst_Scheduler::everyWindowFull()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(unplaced(s, "b")->reason,
             QStringLiteral("every window is full; closest: sat Sat 2027-01-09 22:00: every lane "
                            "is taken until 00:45, too late for the 4 h 15 min it needs before "
                            "04:00"));
    QCOMPARE(unplaced(s, "b")->cause, QStringLiteral("window-too-short"));
}

void tst_Scheduler::springForwardNight()
{
    // 27/28 March 2027: at 02:00 the clocks jump to 03:00, the 22:00-04:00 window lasts 5 h.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 60, 60, 60, 60, 15));    // 4 h 30 min with rollback
    e.appendComponent(component("big", 30, 30, 120, 60, 60)); // 5 h 15 min
    e.windows << window("dst", "2027-03-27T22:00", "2027-03-28T04:00");
    UpgradePlan plan;
    plan.steps << step("a") << step("big");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.windows.front().minutes, 300);
    const ScheduledStep *a = placed(s, "a");
    QVERIFY(a);
    QCOMPARE(text(a->executeStart), QStringLiteral("2027-03-28T00:00"));
    QCOMPARE(text(a->verifyStart), QStringLiteral("2027-03-28T01:00"));
    QCOMPARE(text(a->end), QStringLiteral("2027-03-28T03:00")); // one real hour after 01:00
    QCOMPARE(text(a->decided), QStringLiteral("2027-03-28T03:15"));
    QCOMPARE(text(a->pointOfNoReturn), QStringLiteral("2027-03-28T03:45"));
    QCOMPARE(text(a->rollbackEnd), QStringLiteral("2027-03-28T03:30"));
    QCOMPARE(unplaced(s, "big")->reason,
             QStringLiteral("longest window is 5 h (dst Sat 2027-03-27 22:00), the step needs "
                            "5 h 15 min with rollback"));
}

void tst_Scheduler::fallBackNight()
{
    // 30/31 October 2027: at 03:00 the clocks go back to 02:00, the window lasts 7 h.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 240, 60, 15)); // 6 h 30 min with rollback
    e.windows << window("dst", "2027-10-30T22:00", "2027-10-31T04:00");
    UpgradePlan plan;
    plan.steps << step("a");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.windows.front().minutes, 420);
    QVERIFY(s.isComplete());
    const ScheduledStep &a = s.steps.front();
    QCOMPARE(text(a.verifyStart), QStringLiteral("2027-10-31T02:00"));
    QCOMPARE(text(a.end), QStringLiteral("2027-10-31T03:00"));
    QCOMPARE(text(a.rollbackEnd), QStringLiteral("2027-10-31T03:30"));
    QCOMPARE(text(a.pointOfNoReturn), QStringLiteral("2027-10-31T03:45"));
}

void tst_Scheduler::noTimeZoneMeansWallClock()
{
    Estate e = berlinEstate();
    e.project.timezone.clear();
    e.appendComponent(component("a", 60, 60, 60, 60, 15));
    e.windows << window("dst", "2027-03-27T22:00", "2027-03-28T04:00");
    UpgradePlan plan;
    plan.steps << step("a");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.windows.front().minutes, 360);
    QCOMPARE(text(s.steps.front().end), QStringLiteral("2027-03-28T02:00"));
    QVERIFY(s.timezone.isEmpty());
    QCOMPARE(s.notes.size(), 1);
    QVERIFY(s.notes.front().contains(QStringLiteral("wall-clock")));
}

void tst_Scheduler::worstCaseAndTotals()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T06:00", 2);
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.windowsUsed, 1);
    QCOMPARE(text(s.finish), QStringLiteral("2027-01-10T03:15"));
    // Both roll back: a until 02:15, then b's 4 h 15 min: 06:30, half an hour past the end.
    const WindowOccurrence &w = s.windows.front();
    QCOMPARE(w.steps.size(), 2);
    QCOMPARE(text(w.worstCaseEnd), QStringLiteral("2027-01-10T06:30"));
    QCOMPARE(w.overrunMinutes, 30);
    QCOMPARE(w.key(), QStringLiteral("sat-20270109"));
    QVERIFY(!s.windows[1].isUsed());
    QVERIFY(!s.windows[1].worstCaseEnd.isValid());
    QCOMPARE(s.criticalPath.size(), 2);
}

void tst_Scheduler::windowsBeforeProjectStartAreSkipped()
{
    Estate e = berlinEstate();
    e.project.start = QDate(2027, 1, 12);
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 2);
    UpgradePlan plan;
    plan.steps << step("a");
    Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.windows.size(), 1);
    QCOMPARE(text(s.steps.front().start), QStringLiteral("2027-01-16T22:00"));

    ScheduleOptions options;
    options.notBefore = QDate(2027, 1, 1);
    s = scheduleUpgrade(e, plan, options);
    QCOMPARE(text(s.steps.front().start), QStringLiteral("2027-01-09T22:00"));
}

void tst_Scheduler::blockedUpgradesAreUnscheduled()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("ledger", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("a");
    plan.blocked << BlockedUpgrade{QStringLiteral("ledger"),
                                   QStringLiteral("ledger 2.0 requires postgresql >=16")};
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.steps.size(), 1);
    QCOMPARE(s.unscheduled.size(), 1);
    const UnscheduledStep &u = s.unscheduled.front();
    QCOMPARE(u.component, QStringLiteral("ledger"));
    QCOMPARE(u.to.text(), QStringLiteral("2.0"));
    QCOMPARE(u.cause, QStringLiteral("blocked"));
    QCOMPARE(u.reason, QStringLiteral("blocked in the plan: ledger 2.0 requires postgresql >=16"));
    QVERIFY(s.conflicts.isEmpty()); // the ordering reports that one
}

QTEST_GUILESS_MAIN(tst_Scheduler)
#include "tst_scheduler.moc"
