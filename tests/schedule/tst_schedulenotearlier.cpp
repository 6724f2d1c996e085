// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixtures.h"

#include "schedule/Scheduler.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

// Why a scheduled step is not earlier: the earliest occurrence that turned it down (after the waves
// before it ended) and what failed there, or the wave it waited for.
class tst_ScheduleNotEarlier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstWindowItFits();
    void tooShortWindowsBefore();
    void waveBeforeEndsInTheWindow();
    void everyEarlierWindowEndsBeforeTheWave();
    void peakInTheEarlierWindow();
    void groupWeighedByItsLongestMember();
};

namespace {
// Four Saturday nights of 6 h, then one 10-hour night.
Estate nightsEstate()
{
    Estate e = berlinEstate();
    e.windows << window("sat-night", "2027-01-09T22:00", "2027-01-10T04:00", 4)
              << window("long", "2027-02-06T20:00", "2027-02-07T06:00");
    return e;
}
} // namespace

void tst_ScheduleNotEarlier::firstWindowItFits()
{
    Estate e = nightsEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    UpgradePlan plan;
    plan.steps << step("a");
    const Schedule s = scheduleUpgrade(e, plan);
    const ScheduledStep *a = placed(s, "a");
    QVERIFY(a);
    QCOMPARE(a->notEarlierWindow, -1);
    QVERIFY(a->notEarlierCause.isEmpty());
    QVERIFY(a->notEarlier.isEmpty());
}

void tst_ScheduleNotEarlier::tooShortWindowsBefore()
{
    // 6 h 15 min with rollback: only the long night takes it.
    Estate e = nightsEstate();
    e.appendComponent(component("a", 30, 30, 180, 60, 60));
    UpgradePlan plan;
    plan.steps << step("a");
    const Schedule s = scheduleUpgrade(e, plan);
    const ScheduledStep *a = placed(s, "a");
    QVERIFY(a);
    QCOMPARE(s.windows[a->window].window, QStringLiteral("long"));
    QCOMPARE(a->notEarlierWindow, 0);
    QCOMPARE(a->notEarlierCause, QStringLiteral("duration"));
    QCOMPARE(a->notEarlier,
             QStringLiteral("sat-night Sat 2027-01-09 22:00: the window is 6 h, the step needs "
                            "6 h 15 min with rollback; the same in 3 later windows"));
}

void tst_ScheduleNotEarlier::waveBeforeEndsInTheWindow()
{
    // Wave 2 may start at a's decision, 00:45: c fits after it, b does not and takes the next
    // Saturday.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.appendComponent(component("c", 10, 10, 20, 10, 30));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 2, 2);
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("b", 2) << step("c", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    const ScheduledStep *b = placed(s, "b");
    QVERIFY(b);
    QCOMPARE(text(b->start), QStringLiteral("2027-01-16T22:00"));
    QCOMPARE(b->notEarlierWindow, 0);
    QCOMPARE(b->notEarlierCause, QStringLiteral("order"));
    QCOMPARE(b->notEarlier,
             QStringLiteral("sat Sat 2027-01-09 22:00: wave 1 ends 00:45 with a 1.0 -> 2.0, too "
                            "late for the 4 h 15 min it needs before 04:00"));
    QCOMPARE(placed(s, "c")->notEarlierWindow,
             -1); // fits right after the wave before
}

void tst_ScheduleNotEarlier::everyEarlierWindowEndsBeforeTheWave()
{
    // p needs the long night; q (wave 2) fits there after p's decision at 01:15, and every Saturday
    // before ended before that.
    Estate e = nightsEstate();
    e.windows.back().parallel = 2;
    e.appendComponent(component("p", 30, 30, 180, 60, 60));
    e.appendComponent(component("q", 10, 10, 20, 10, 30));
    UpgradePlan plan;
    plan.steps << step("p", 1) << step("q", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    const ScheduledStep *q = placed(s, "q");
    QVERIFY(q);
    QCOMPARE(text(q->start), QStringLiteral("2027-02-07T01:15"));
    QCOMPARE(q->notEarlierWindow, 0);
    QCOMPARE(q->notEarlierCause, QStringLiteral("order"));
    QCOMPARE(q->notEarlier,
             QStringLiteral("sat-night Sat 2027-01-09 22:00 and the 3 windows after it end "
                            "before wave 1 ends 2027-02-07 01:15 with p 1.0 -> 2.0"));
}

void tst_ScheduleNotEarlier::peakInTheEarlierWindow()
{
    // pg affects Card payments (Mon-Fri 08:00-18:00): Wednesday 06-12 leaves two hours before the
    // peak, Saturday has none.
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
    e.windows << window("wed", "2027-01-13T06:00", "2027-01-13T12:00")
              << window("sat", "2027-01-16T06:00", "2027-01-16T12:00");
    UpgradePlan plan;
    plan.steps << step("pg");
    const Schedule s = scheduleUpgrade(e, plan);
    const ScheduledStep *pg = placed(s, "pg");
    QVERIFY(pg);
    QCOMPARE(text(pg->start), QStringLiteral("2027-01-16T06:00"));
    QCOMPARE(pg->notEarlierWindow, 0);
    QCOMPARE(pg->notEarlierCause, QStringLiteral("peak"));
    QCOMPARE(pg->notEarlier,
             QStringLiteral("wed Wed 2027-01-13 06:00: its 4 h 15 min from 06:00 would run into "
                            "a peak of Card payments at 08:00"));
}

void tst_ScheduleNotEarlier::groupWeighedByItsLongestMember()
{
    // a (6 h 15 min) and b (3 h 30 min) move together: only the long night takes them, and
    // b's reason names a, whose length ruled out the Saturdays.
    Estate e = nightsEstate();
    e.appendComponent(component("a", 30, 30, 180, 60, 60));
    e.appendComponent(component("b", 30, 30, 60, 30, 45));
    UpgradePlan plan;
    plan.steps << step("a", 1, 0) << step("b", 1, 0);
    plan.groups << PlanGroup{0, {"a", "b"}, QStringLiteral("cycle")};
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    const ScheduledStep *b = placed(s, "b");
    QCOMPARE(s.windows[b->window].window, QStringLiteral("long"));
    QCOMPARE(b->notEarlierCause, QStringLiteral("duration"));
    QCOMPARE(b->notEarlier,
             QStringLiteral("sat-night Sat 2027-01-09 22:00: for a 1.0 -> 2.0 in its group, the "
                            "window is 6 h, the step needs 6 h 15 min with rollback; the same "
                            "in 3 later windows"));
}

QTEST_GUILESS_MAIN(tst_ScheduleNotEarlier)
#include "tst_schedulenotearlier.moc"
