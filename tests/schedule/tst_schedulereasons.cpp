// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixtures.h"

#include "schedule/Scheduler.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

// An unscheduled step's reason names the window occurrence that came closest and what failed there,
// with its figures, and what the step waited for. Steps below need prepare + backup + execute +
// verify, the 15-minute decision and the rollback reserve.
class tst_ScheduleReasons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closestByDuration();
    void closestByPeak();
    void closestByFreeze();
    void closestByStaffBusy();
    void closestWhileAwayIsTheFirst();
    void closestByLanes();
    void waitedForTheWaveBefore();
    void noWindowLeftAfterTheWave();
    void waitedForAnUnscheduledStep();
};

namespace {
int occurrenceIndex(const Schedule &s, const QString &key)
{
    for (int i = 0; i < s.windows.size(); ++i)
        if (s.windows[i].key() == key)
            return i;
    return -1;
}
} // namespace

void tst_ScheduleReasons::closestByDuration()
{
    // 5 h 15 min needed; the Sunday window, 5 h, lacks the least.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 120, 60, 60));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T02:00", 2)
              << window("sun", "2027-01-10T06:00", "2027-01-10T11:00");
    UpgradePlan plan;
    plan.steps << step("a");
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *a = unplaced(s, "a");
    QVERIFY(a);
    QCOMPARE(a->reason, QStringLiteral("longest window is 5 h (sun Sun 2027-01-10 06:00), the step "
                                       "needs 5 h 15 min with rollback"));
    QCOMPARE(a->cause, QStringLiteral("window-too-short"));
    QCOMPARE(a->closestWindow, occurrenceIndex(s, "sun-20270110"));
    QCOMPARE(a->closestCause, QStringLiteral("duration"));
    QCOMPARE(a->waitedForWave, 0); // wave 1 waits for nothing
    QVERIFY(a->waitedForStep.isEmpty());
}

void tst_ScheduleReasons::closestByPeak()
{
    // Card payments (through ledger-app) peak Mon-Fri 08:00-18:00; the Wednesday 06-12 window
    // leaves pg (4 h 15 min) two hours before the peak.
    Estate e = berlinEstate();
    e.appendComponent(component("ledger-app", 20, 20, 30, 20, 30));
    e.appendComponent(component("pg", 30, 30, 60, 30, 90));
    Dependency d;
    d.from = QStringLiteral("ledger-app");
    d.to = QStringLiteral("pg");
    e.appendDependency(d);
    BusinessProcess payments;
    payments.id = QStringLiteral("payments");
    payments.name = QStringLiteral("Card payments");
    payments.uses = QStringList{QStringLiteral("ledger-app")};
    payments.peaks << Peak{*parseDays(QStringLiteral("Mon-Fri")), QTime(8, 0), QTime(18, 0)};
    e.processes << payments;
    e.windows << window("wed", "2027-01-13T06:00", "2027-01-13T12:00");
    UpgradePlan plan;
    plan.steps << step("pg");
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *pg = unplaced(s, "pg");
    QVERIFY(pg);
    QCOMPARE(pg->reason,
             QStringLiteral("every window overlaps a peak of Card payments (Mon-Fri "
                            "08:00-18:00); "
                            "closest: wed Wed 2027-01-13 06:00: its 4 h 15 min from 06:00 would "
                            "run into a peak of Card payments at 08:00"));
    QCOMPARE(pg->cause, QStringLiteral("peak-violation"));
    QCOMPARE(pg->closestWindow, 0);
    QCOMPARE(pg->closestCause, QStringLiteral("peak"));
}

void tst_ScheduleReasons::closestByFreeze()
{
    // Saturdays 20 and 27 March, 3 April 2027; the freeze covers the last two. a takes the first
    // until 00:45, too late for b; b would fit the first frozen one.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-03-20T22:00", "2027-03-21T04:00", 3);
    e.freezes << Freeze{{QDate(2027, 3, 25), QDate(2027, 4, 5)}, QStringLiteral("quarter close")};
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->reason,
             QStringLiteral("every window before the freeze is full (quarter close, 2027-03-25 "
                            "to 2027-04-05); closest: sat Sat 2027-03-27 22:00: it falls in the "
                            "freeze quarter close, 2027-03-25 to 2027-04-05"));
    QCOMPARE(b->cause, QStringLiteral("freeze-violation"));
    QCOMPARE(b->closestWindow, occurrenceIndex(s, "sat-20270327"));
    QCOMPARE(b->closestCause, QStringLiteral("freeze"));
}

void tst_ScheduleReasons::closestByStaffBusy()
{
    // One DBA, two lanes: b cannot run beside a (same person, busy until a's rollback reserve ends
    // at 02:15) nor after a's decision in a's lane (00:45 + 4 h 15 min > 04:00).
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90, {"dba"}));
    e.appendComponent(component("b", 30, 30, 60, 30, 90, {"dba"}));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 1, 2);
    StaffMember rivera;
    rivera.name = QStringLiteral("A. Rivera");
    rivera.roles = QStringList{QStringLiteral("dba")};
    e.staff << rivera;
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->reason,
             QStringLiteral("no dba available: busy in another lane in every window; closest: "
                            "sat Sat 2027-01-09 22:00: no dba is free: A. Rivera is busy in "
                            "another lane until 02:15"));
    QCOMPARE(b->cause, QStringLiteral("staff-unavailable"));
    QCOMPARE(b->closestWindow, 0);
    QCOMPARE(b->closestCause, QStringLiteral("staff"));
}

void tst_ScheduleReasons::closestWhileAwayIsTheFirst()
{
    // The only DBA is away for all three Saturdays: no window comes closer than another, so
    // the first is named, not the last one before she returns.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90, {"dba"}));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 3);
    StaffMember rivera;
    rivera.name = QStringLiteral("A. Rivera");
    rivera.roles = QStringList{QStringLiteral("dba")};
    rivera.unavailable << DateRange{QDate(2027, 1, 1), QDate(2027, 3, 31)};
    e.staff << rivera;
    UpgradePlan plan;
    plan.steps << step("a");
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *a = unplaced(s, "a");
    QVERIFY(a);
    QCOMPARE(a->cause, QStringLiteral("staff-unavailable"));
    QCOMPARE(a->closestWindow, occurrenceIndex(s, "sat-20270109"));
    QCOMPARE(a->closestCause, QStringLiteral("staff"));
    QVERIFY2(a->reason.contains(QStringLiteral("A. Rivera is away 2027-01-01 to 2027-03-31")),
             qPrintable(a->reason));
}

void tst_ScheduleReasons::closestByLanes()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->reason, QStringLiteral("every window is full; closest: sat Sat 2027-01-09 22:00: "
                                       "every lane is taken until 00:45, too late for the 4 h "
                                       "15 min it needs before 04:00"));
    QCOMPARE(b->cause, QStringLiteral("window-too-short"));
    QCOMPARE(b->closestCause, QStringLiteral("lanes"));
}

void tst_ScheduleReasons::waitedForTheWaveBefore()
{
    // b (wave 2) may start only at a's decision, 00:45, in the one window there is: the only window
    // long enough is left too late, and says so.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 1, 2);
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("b", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->reason,
             QStringLiteral("only one window long enough is left after wave 1 ends (2027-01-10 "
                            "00:45); closest: sat Sat 2027-01-09 22:00: wave 1 ends 00:45 with a "
                            "1.0 -> 2.0, too late for the 4 h 15 min it needs before 04:00"));
    QCOMPARE(b->cause, QStringLiteral("window-too-short"));
    QCOMPARE(b->closestCause, QStringLiteral("order"));
    QCOMPARE(b->waitedForWave, 1);
    QCOMPARE(b->waitedForStep, QStringLiteral("a 1.0 -> 2.0"));
}

void tst_ScheduleReasons::noWindowLeftAfterTheWave()
{
    // The 10-hour window comes first but is frozen; a takes the first 6-hour one, and after it only
    // 6-hour windows are left, too short for b's 8 h 15 min.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 300, 60, 60));
    e.windows << window("big", "2027-01-05T20:00", "2027-01-06T06:00")
              << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 2);
    e.freezes << Freeze{{QDate(2027, 1, 5), QDate(2027, 1, 6)}, QStringLiteral("new year")};
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("b", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->reason,
             QStringLiteral("no window long enough is left after wave 1 ends (2027-01-10 00:45); "
                            "closest: sat Sat 2027-01-09 22:00: the window is 6 h, the step "
                            "needs 8 h 15 min with rollback"));
    QCOMPARE(b->closestCause, QStringLiteral("duration"));
    QCOMPARE(b->waitedForWave, 1);
    QCOMPARE(b->waitedForStep, QStringLiteral("a 1.0 -> 2.0"));
}

void tst_ScheduleReasons::waitedForAnUnscheduledStep()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 240, 60, 60)); // 7 h 15 min: fits nowhere
    e.appendComponent(component("b", 10, 10, 20, 10, 30));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 2);
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("b", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->cause, QStringLiteral("after-unscheduled"));
    QCOMPARE(b->waitedForWave, 1);
    QCOMPARE(b->waitedForStep, QStringLiteral("a 1.0 -> 2.0"));
    QCOMPARE(b->closestWindow, -1); // never tried
    // The cause itself: the longest window is 6 h, the closest the first of them.
    QCOMPARE(unplaced(s, "a")->closestWindow, 0);
    QCOMPARE(unplaced(s, "a")->closestCause, QStringLiteral("duration"));
}

QTEST_GUILESS_MAIN(tst_ScheduleReasons)
#include "tst_schedulereasons.moc"
