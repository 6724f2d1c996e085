// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps a step out of a window: freezes, the peaks of the business processes it
// touches, and staff who are away, missing or busy in another lane.
#include "ScheduleFixtures.h"

#include "schedule/Scheduler.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

// Every step below prepares, backs up, executes and verifies, then takes the 15-minute go/no-go
// decision, then keeps its rollback reserve: "need" is the sum, which must fit in the window.
class tst_ScheduleConstraints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freezeSkipsWindows();
    void freezeLeavesNoWindow();
    void peakOfTransitivelyAffectedProcess();
    void peakInEveryWindow();
    void takenUntilPeak();
    void staffAbsenceMovesToLaterWindow();
    void staffBackAfterMidnight();
    void staffMissing_data();
    void staffMissing();
    void staffBusyInOtherLane();
};

namespace {
Estate freezeEstate(int repeats)
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    // Saturdays 20 and 27 March, 3 and 10 April 2027; the freeze covers 27 March and 3 April.
    e.windows << window("sat", "2027-03-20T22:00", "2027-03-21T04:00", repeats);
    e.freezes << Freeze{{QDate(2027, 3, 25), QDate(2027, 4, 5)}, QStringLiteral("quarter close")};
    return e;
}
} // namespace

void tst_ScheduleConstraints::freezeSkipsWindows()
{
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(freezeEstate(4), plan);
    QVERIFY(s.isComplete());
    QCOMPARE(text(placed(s, "a")->start), QStringLiteral("2027-03-20T22:00"));
    // b does not fit after a's decision (00:45 + 4 h 15 min > 04:00); the next two are frozen.
    QCOMPARE(text(placed(s, "b")->start), QStringLiteral("2027-04-10T22:00"));
    QCOMPARE(s.windows[1].freeze, QStringLiteral("quarter close, 2027-03-25 to 2027-04-05"));
    QCOMPARE(s.windows[2].freeze, s.windows[1].freeze);
    QVERIFY(!s.windows[1].isUsed());
}

void tst_ScheduleConstraints::freezeLeavesNoWindow()
{
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const Schedule s = scheduleUpgrade(freezeEstate(3), plan);
    QVERIFY(placed(s, "a"));
    const UnscheduledStep *b = unplaced(s, "b");
    QVERIFY(b);
    QCOMPARE(b->reason, QStringLiteral("every window before the freeze is full "
                                       "(quarter close, 2027-03-25 to 2027-04-05); closest: "
                                       "sat Sat 2027-03-27 22:00: it falls in the freeze "
                                       "quarter close, 2027-03-25 to 2027-04-05"));
    QCOMPARE(b->cause, QStringLiteral("freeze-violation"));
    QCOMPARE(s.conflicts.size(), 1);
    QCOMPARE(s.conflicts.front().type, QStringLiteral("freeze-violation"));
    QCOMPARE(s.conflicts.front().components, QStringList{"b"});
}

namespace {
// Card payments use ledger-app, which depends on pg and cache: steps on those touch the
// process; wiki is unrelated. Peak Mon-Fri 08:00-18:00; windows Wednesday and Saturday 06-12.
Estate peakEstate(bool saturday)
{
    Estate e = berlinEstate();
    e.appendComponent(component("ledger-app", 20, 20, 30, 20, 30));
    e.appendComponent(component("pg", 30, 30, 60, 30, 90));
    e.appendComponent(component("cache", 10, 10, 20, 10, 30));
    e.appendComponent(component("wiki", 30, 30, 60, 30, 90));
    for (const char *to : {"pg", "cache"}) {
        Dependency d;
        d.from = QStringLiteral("ledger-app");
        d.to = QString::fromLatin1(to);
        e.appendDependency(d);
    }
    BusinessProcess payments;
    payments.id = QStringLiteral("payments");
    payments.name = QStringLiteral("Card payments");
    payments.uses = QStringList{QStringLiteral("ledger-app")};
    payments.peaks << Peak{*parseDays(QStringLiteral("Mon-Fri")), QTime(8, 0), QTime(18, 0)};
    e.processes << payments;
    e.windows << window("wed", "2027-01-13T06:00", "2027-01-13T12:00");
    if (saturday)
        e.windows << window("sat", "2027-01-16T06:00", "2027-01-16T12:00");
    return e;
}
} // namespace

void tst_ScheduleConstraints::peakOfTransitivelyAffectedProcess()
{
    UpgradePlan plan;
    plan.steps << step("pg") << step("cache") << step("wiki");
    const Schedule s = scheduleUpgrade(peakEstate(true), plan);
    QVERIFY(s.isComplete());
    // pg would run into the 08:00 peak on Wednesday: Saturday has none.
    QCOMPARE(text(placed(s, "pg")->start), QStringLiteral("2027-01-16T06:00"));
    // cache is affected too but short: done with its rollback reserve by 07:35.
    QCOMPARE(text(placed(s, "cache")->start), QStringLiteral("2027-01-13T06:00"));
    QCOMPARE(text(placed(s, "cache")->rollbackEnd), QStringLiteral("2027-01-13T07:35"));
    // wiki does not touch payments: it runs through the peak right after cache's decision.
    QCOMPARE(text(placed(s, "wiki")->start), QStringLiteral("2027-01-13T07:05"));

    // Downtime of payments: execute + verify of pg (90) and cache (30); worst case to the end
    // of each rollback reserve: 195 + 75.
    QCOMPARE(s.downtime.size(), 1);
    QCOMPARE(s.downtime.front().minutes, 120);
    QCOMPARE(s.downtime.front().worstCaseMinutes, 270);
    QCOMPARE(s.downtime.front().steps, 2);
}

void tst_ScheduleConstraints::peakInEveryWindow()
{
    UpgradePlan plan;
    plan.steps << step("pg");
    const Schedule s = scheduleUpgrade(peakEstate(false), plan);
    QCOMPARE(s.unscheduled.size(), 1);
    QCOMPARE(s.unscheduled.front().reason,
             QStringLiteral("every window overlaps a peak of Card payments (Mon-Fri 08:00-18:00); "
                            "closest: wed Wed 2027-01-13 06:00: its 4 h 15 min from 06:00 would "
                            "run into a peak of Card payments at 08:00"));
    QCOMPARE(s.unscheduled.front().cause, QStringLiteral("peak-violation"));
    QCOMPARE(s.conflicts.front().type, QStringLiteral("peak-violation"));
}

void tst_ScheduleConstraints::takenUntilPeak()
{
    // wiki holds the only lane until 06:45; pg would then run into the 08:00 peak, although at
    // 04:00 it would have fitted.
    Estate e = peakEstate(false);
    e.windows = {window("wed", "2027-01-13T04:00", "2027-01-13T12:00")};
    UpgradePlan plan;
    plan.steps << step("wiki") << step("pg");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(text(placed(s, "wiki")->start), QStringLiteral("2027-01-13T04:00"));
    QCOMPARE(unplaced(s, "pg")->reason,
             QStringLiteral("every window is taken until too close to a peak of Card payments "
                            "(Mon-Fri 08:00-18:00); closest: wed Wed 2027-01-13 04:00: every "
                            "lane is taken until 06:45, and its 4 h 15 min from 06:45 would run "
                            "into a peak of Card payments at 08:00"));
    QCOMPARE(unplaced(s, "pg")->cause, QStringLiteral("peak-violation"));
}

namespace {
StaffMember person(const QString &name, const QDate &awayFrom = {}, const QDate &awayTo = {})
{
    StaffMember m;
    m.name = name;
    m.roles = QStringList{QStringLiteral("dba")};
    if (awayFrom.isValid())
        m.unavailable << DateRange{awayFrom, awayTo};
    return m;
}
} // namespace

void tst_ScheduleConstraints::staffAbsenceMovesToLaterWindow()
{
    Estate e = berlinEstate();
    e.appendComponent(component("pg", 30, 30, 60, 30, 90, {"dba"}));
    e.windows << window("sat", "2027-01-16T22:00", "2027-01-17T04:00", 3);
    e.staff << person("A. Rivera", QDate(2027, 1, 15), QDate(2027, 1, 20));
    UpgradePlan plan;
    plan.steps << step("pg");

    Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(text(s.steps.front().start), QStringLiteral("2027-01-23T22:00"));
    QCOMPARE(s.steps.front().staff, QStringList{"A. Rivera"});

    // With a second DBA around, the first window does.
    e.staff << person("B. Chen");
    s = scheduleUpgrade(e, plan);
    QCOMPARE(text(s.steps.front().start), QStringLiteral("2027-01-16T22:00"));
    QCOMPARE(s.steps.front().staff, QStringList{"B. Chen"});
}

void tst_ScheduleConstraints::staffBackAfterMidnight()
{
    // Away until Saturday inclusive: the step waits for Sunday 00:00 inside the same window.
    Estate e = berlinEstate();
    e.appendComponent(component("pg", 30, 30, 60, 30, 90, {"dba"}));
    e.windows << window("sat", "2027-01-16T22:00", "2027-01-17T06:00");
    e.staff << person("A. Rivera", QDate(2027, 1, 10), QDate(2027, 1, 16));
    UpgradePlan plan;
    plan.steps << step("pg");
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    QCOMPARE(text(s.steps.front().start), QStringLiteral("2027-01-17T00:00"));
    QCOMPARE(text(s.steps.front().rollbackEnd), QStringLiteral("2027-01-17T04:15"));
}

void tst_ScheduleConstraints::staffMissing_data()
{
    QTest::addColumn<bool>("withRivera");
    QTest::addColumn<QString>("reason");
    QTest::newRow("away") << true
                          << "no dba available: A. Rivera is away 2027-01-15 to 2027-01-20; "
                             "closest: sat Sat 2027-01-16 22:00: no dba is free: A. Rivera is "
                             "away 2027-01-15 to 2027-01-20";
    QTest::newRow("nobody") << false << "no dba available: nobody on the staff has that role";
}

void tst_ScheduleConstraints::staffMissing()
{
    QFETCH(bool, withRivera);
    Estate e = berlinEstate();
    e.appendComponent(component("pg", 30, 30, 60, 30, 90, {"dba"}));
    e.windows << window("sat", "2027-01-16T22:00", "2027-01-17T04:00");
    if (withRivera)
        e.staff << person("A. Rivera", QDate(2027, 1, 15), QDate(2027, 1, 20));
    UpgradePlan plan;
    plan.steps << step("pg");
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.unscheduled.size(), 1);
    QTEST(s.unscheduled.front().reason, "reason");
    QCOMPARE(s.unscheduled.front().cause, QStringLiteral("staff-unavailable"));
    QCOMPARE(s.conflicts.front().type, QStringLiteral("staff-unavailable"));
}

void tst_ScheduleConstraints::staffBusyInOtherLane()
{
    // One DBA, two lanes: b cannot run beside a (same person) but follows it in a's lane right
    // after a's decision; c needs nobody and takes the other lane at once.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90, {"dba"}));
    e.appendComponent(component("b", 30, 30, 60, 30, 90, {"dba"}));
    e.appendComponent(component("c", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T06:00", 1, 2);
    e.staff << person("A. Rivera");
    UpgradePlan plan;
    plan.steps << step("a") << step("b") << step("c");
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    QCOMPARE(placed(s, "a")->lane, 0);
    QCOMPARE(placed(s, "b")->lane, 0);
    QCOMPARE(text(placed(s, "b")->start), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(placed(s, "c")->lane, 1);
    QCOMPARE(text(placed(s, "c")->start), QStringLiteral("2027-01-09T22:00"));
}

QTEST_GUILESS_MAIN(tst_ScheduleConstraints)
#include "tst_scheduleconstraints.moc"
