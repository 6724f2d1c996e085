// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixtures.h"

#include "schedule/Scheduler.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

// The point of no return: the latest moment this step alone can be rolled back. That is the
// window's end less the rollback reserve, unless a step depending on it (or the same component's
// next step) starts changing the system earlier: after that, rolling back means rolling that one
// back too.
class tst_PointOfNoReturn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowAlone();
    void dependentStartsFirst();
    void sameComponentNextStep();
    void groupMembersRollBackTogether();
};

namespace {
// A 48-hour holiday window from Friday 19:00; db takes 5 h to end at midnight, decides at 00:15 and
// keeps a 120-minute rollback. app depends on db; wiki does not.
Estate holidayEstate()
{
    Estate e = berlinEstate();
    e.appendComponent(component("db", 60, 60, 120, 60, 120));
    e.appendComponent(component("app", 30, 0, 60, 30, 60));
    e.appendComponent(component("wiki", 0, 0, 30, 10, 20));
    Dependency d;
    d.from = QStringLiteral("app");
    d.to = QStringLiteral("db");
    e.appendDependency(d);
    e.windows << window("holiday", "2027-01-08T19:00", "2027-01-10T19:00", 1, 2);
    return e;
}
} // namespace

void tst_PointOfNoReturn::windowAlone()
{
    Estate e = holidayEstate();
    UpgradePlan plan;
    plan.steps << step("db");
    const Schedule s = scheduleUpgrade(e, plan);
    const ScheduledStep *db = placed(s, "db");
    QVERIFY(db);
    QCOMPARE(text(db->end), QStringLiteral("2027-01-09T00:00"));
    QCOMPARE(text(db->pointOfNoReturn), QStringLiteral("2027-01-10T17:00"));
    QCOMPARE(db->windowPointOfNoReturn, db->pointOfNoReturn);
    QCOMPARE(db->pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Window);
    QCOMPARE(db->dependent, -1);
}

void tst_PointOfNoReturn::dependentStartsFirst()
{
    // app (wave 2) starts at db's decision, 00:15, and executes from 00:45: after that, db cannot
    // roll back alone. wiki, also wave 2 and executing from 00:15, does not depend on db.
    Estate e = holidayEstate();
    UpgradePlan plan;
    plan.steps << step("db", 1) << step("app", 2) << step("wiki", 2);
    const Schedule s = scheduleUpgrade(e, plan);
    QVERIFY(s.isComplete());
    const ScheduledStep *db = placed(s, "db");
    const ScheduledStep *app = placed(s, "app");
    QCOMPARE(text(app->start), QStringLiteral("2027-01-09T00:15"));
    QCOMPARE(text(app->executeStart), QStringLiteral("2027-01-09T00:45"));
    QCOMPARE(text(placed(s, "wiki")->executeStart), QStringLiteral("2027-01-09T00:15"));
    QCOMPARE(db->pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Dependent);
    QCOMPARE(text(db->pointOfNoReturn), QStringLiteral("2027-01-09T00:45"));
    QCOMPARE(text(db->windowPointOfNoReturn), QStringLiteral("2027-01-10T17:00"));
    QVERIFY(db->dependent >= 0);
    QCOMPARE(&s.steps[db->dependent], app);
    // app has no dependent: its window's limit holds.
    QCOMPARE(app->pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Window);
    QCOMPARE(text(app->pointOfNoReturn), QStringLiteral("2027-01-10T18:00"));
}

void tst_PointOfNoReturn::sameComponentNextStep()
{
    // veeam 11 -> 12, then 12 -> 13 in the next wave: the second hop ends the first's own rollback.
    Estate e = holidayEstate();
    UpgradePlan plan;
    PlanStep first = step("db", 1);
    first.from = *Version::parse(u"11");
    first.to = *Version::parse(u"12");
    PlanStep second = step("db", 2);
    second.from = *Version::parse(u"12");
    second.to = *Version::parse(u"13");
    plan.steps << first << second;
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.steps.size(), 2);
    const ScheduledStep &a = s.steps[0];
    const ScheduledStep &b = s.steps[1];
    QCOMPARE(a.to.text(), QStringLiteral("12"));
    QCOMPARE(text(b.start), QStringLiteral("2027-01-09T00:15"));
    QCOMPARE(a.pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Dependent);
    QCOMPARE(a.dependent, 1);
    QCOMPARE(a.pointOfNoReturn, b.executeStart);
    QCOMPARE(text(a.pointOfNoReturn), QStringLiteral("2027-01-09T02:15"));
    QCOMPARE(b.pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Window);
}

void tst_PointOfNoReturn::groupMembersRollBackTogether()
{
    // b depends on a and follows it in the one lane. Apart, b's start bounds a's point of no
    // return; in a group they roll back together and the window's limit holds.
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 45));
    e.appendComponent(component("b", 30, 30, 60, 30, 45));
    Dependency d;
    d.from = QStringLiteral("b");
    d.to = QStringLiteral("a");
    e.appendDependency(d);
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T06:00");

    UpgradePlan apart;
    apart.steps << step("a") << step("b");
    Schedule s = scheduleUpgrade(e, apart);
    QCOMPARE(text(placed(s, "b")->start), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(placed(s, "a")->pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Dependent);
    QCOMPARE(text(placed(s, "a")->pointOfNoReturn), QStringLiteral("2027-01-10T01:45"));

    UpgradePlan together;
    together.steps << step("a", 1, 0) << step("b", 1, 0);
    together.groups << PlanGroup{0, {"a", "b"}, QStringLiteral("cycle")};
    s = scheduleUpgrade(e, together);
    QVERIFY(s.isComplete());
    QCOMPARE(text(placed(s, "b")->start), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(placed(s, "a")->pointOfNoReturnBy, ScheduledStep::PointOfNoReturnBy::Window);
    QCOMPARE(placed(s, "a")->dependent, -1);
    QCOMPARE(text(placed(s, "a")->pointOfNoReturn), QStringLiteral("2027-01-10T05:15"));
}

QTEST_GUILESS_MAIN(tst_PointOfNoReturn)
#include "tst_pointofnoreturn.moc"
