// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixtures.h"

#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleReport.h"
#include "schedule/Scheduler.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_ScheduleJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractFields();
    void unscheduledAndConflicts();
    void explanationFields();
    void textReport();
};

void tst_ScheduleJson::contractFields()
{
    Estate e = berlinEstate();
    Component pg = component("pg", 30, 45, 60, 30, 60, {"dba"});
    pg.reversible = false;
    pg.backup = BackupInfo{QStringLiteral("dump"), {}, 100, {}, {}, {}};
    e.appendComponent(pg);
    StaffMember rivera;
    rivera.name = QStringLiteral("A. Rivera");
    rivera.roles = QStringList{QStringLiteral("dba")};
    e.staff << rivera;
    e.windows << window("sat-night", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("pg");

    const QJsonObject o = scheduleToJson(scheduleUpgrade(e, plan));
    QCOMPARE(o.value("windowsUsed").toInt(), 1);
    QCOMPARE(o.value("finish").toString(), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(o.value("unscheduled").toArray().size(), 0);
    QCOMPARE(o.value("timezone").toString(), QStringLiteral("Europe/Berlin"));
    const QJsonArray steps = o.value("steps").toArray();
    QCOMPARE(steps.size(), 1);
    const QJsonObject s = steps.first().toObject();
    QCOMPARE(s.value("component").toString(), QStringLiteral("pg"));
    QCOMPARE(s.value("from").toString(), QStringLiteral("1.0"));
    QCOMPARE(s.value("to").toString(), QStringLiteral("2.0"));
    QCOMPARE(s.value("window").toString(), QStringLiteral("sat-night"));
    QCOMPARE(s.value("occurrence").toString(), QStringLiteral("sat-night-20270109"));
    QCOMPARE(s.value("start").toString(), QStringLiteral("2027-01-09T22:00"));
    QCOMPARE(s.value("end").toString(), QStringLiteral("2027-01-10T00:45"));
    QCOMPARE(s.value("pointOfNoReturn").toString(), QStringLiteral("2027-01-10T02:20"));
    QCOMPARE(s.value("rollbackEnd").toString(), QStringLiteral("2027-01-10T02:40"));
    QCOMPARE(s.value("rollbackMinutes").toInt(), 100);
    QVERIFY(s.value("rollbackIsRestore").toBool());
    QCOMPARE(s.value("lane").toInt(), 1);
    QCOMPARE(s.value("staff").toArray().first().toString(), QStringLiteral("A. Rivera"));
    QCOMPARE(s.value("phases").toObject().value("execute").toString(),
             QStringLiteral("2027-01-09T23:15"));

    QCOMPARE(s.value("pointOfNoReturnBy").toString(), QStringLiteral("window"));
    QCOMPARE(s.value("windowPointOfNoReturn").toString(), QStringLiteral("2027-01-10T02:20"));
    QVERIFY(!s.contains("dependent"));
    QVERIFY(!s.contains("notEarlier")); // the first window it could use

    const QJsonObject w = o.value("windows").toArray().first().toObject();
    QCOMPARE(w.value("worstCaseEnd").toString(), QStringLiteral("2027-01-10T02:40"));
    QCOMPARE(w.value("minutes").toInt(), 360);
    QCOMPARE(o.value("criticalPath").toArray().size(), 1);
}

void tst_ScheduleJson::unscheduledAndConflicts()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 120, 60, 60));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T02:00");
    UpgradePlan plan;
    plan.steps << step("a");
    const QJsonObject o = scheduleToJson(scheduleUpgrade(e, plan));
    QVERIFY(o.value("finish").isNull());
    QCOMPARE(o.value("windowsUsed").toInt(), 0);
    const QJsonObject u = o.value("unscheduled").toArray().first().toObject();
    QCOMPARE(u.value("component").toString(), QStringLiteral("a"));
    QCOMPARE(u.value("reason").toString(),
             QStringLiteral("longest window is 4 h (sat Sat 2027-01-09 22:00), the step needs "
                            "5 h 15 min with rollback"));
    const QJsonObject c = o.value("conflicts").toArray().first().toObject();
    QCOMPARE(c.value("type").toString(), QStringLiteral("window-too-short"));
    QCOMPARE(c.value("severity").toString(), QStringLiteral("error"));
    QCOMPARE(c.value("components").toArray().first().toString(), QStringLiteral("a"));
    QCOMPARE(c.value("state").toString(), QStringLiteral("target"));
    QCOMPARE(c.value("key").toString(), QStringLiteral("window-too-short:target:a:2.0"));
    QCOMPARE(c.value("waived").toBool(), false);
}

void tst_ScheduleJson::explanationFields()
{
    // app depends on db and follows it after db's decision (00:45), executing from 01:15; c
    // (wave 2) does not fit after app in the one lane and takes the next Saturday; d (wave 3)
    // does not fit after c there, and no window is left.
    Estate e = berlinEstate();
    e.appendComponent(component("db", 30, 30, 60, 30, 90));
    e.appendComponent(component("app", 10, 20, 20, 10, 30));
    e.appendComponent(component("c", 30, 30, 60, 30, 90));
    e.appendComponent(component("d", 30, 30, 150, 30, 90));
    Dependency dep;
    dep.from = QStringLiteral("app");
    dep.to = QStringLiteral("db");
    e.appendDependency(dep);
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00", 2);
    UpgradePlan plan;
    plan.steps << step("db", 1) << step("app", 2) << step("c", 2) << step("d", 3);
    const QJsonObject o = scheduleToJson(scheduleUpgrade(e, plan));
    QJsonObject db, c;
    for (const QJsonValue &v : o.value("steps").toArray()) {
        if (v.toObject().value("component") == QStringLiteral("db"))
            db = v.toObject();
        if (v.toObject().value("component") == QStringLiteral("c"))
            c = v.toObject();
    }
    QCOMPARE(db.value("pointOfNoReturnBy").toString(), QStringLiteral("dependent"));
    QCOMPARE(db.value("pointOfNoReturn").toString(), QStringLiteral("2027-01-10T01:15"));
    QCOMPARE(db.value("windowPointOfNoReturn").toString(), QStringLiteral("2027-01-10T02:30"));
    const QJsonObject dependent = db.value("dependent").toObject();
    QCOMPARE(dependent.value("component").toString(), QStringLiteral("app"));
    QCOMPARE(dependent.value("from").toString(), QStringLiteral("1.0"));
    QCOMPARE(dependent.value("to").toString(), QStringLiteral("2.0"));

    const QJsonObject notEarlier = c.value("notEarlier").toObject();
    QCOMPARE(notEarlier.value("occurrence").toString(), QStringLiteral("sat-20270109"));
    QCOMPARE(notEarlier.value("cause").toString(), QStringLiteral("lanes"));
    QCOMPARE(notEarlier.value("text").toString(),
             QStringLiteral("sat Sat 2027-01-09 22:00: every lane is taken until 02:00, too late "
                            "for the 4 h 15 min it needs before 04:00"));

    const QJsonObject d = o.value("unscheduled").toArray().first().toObject();
    QCOMPARE(d.value("component").toString(), QStringLiteral("d"));
    QCOMPARE(d.value("closest").toObject().value("occurrence").toString(),
             QStringLiteral("sat-20270116"));
    QCOMPARE(d.value("closest").toObject().value("cause").toString(), QStringLiteral("order"));
    QCOMPARE(d.value("waitedFor").toObject().value("wave").toInt(), 2);
    QCOMPARE(d.value("waitedFor").toObject().value("step").toString(),
             QStringLiteral("c 1.0 -> 2.0"));
}

void tst_ScheduleJson::textReport()
{
    Estate e = berlinEstate();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("a") << step("b");
    const QString text = scheduleToText(scheduleUpgrade(e, plan));
    QVERIFY(text.startsWith(QStringLiteral(
        "1 step scheduled in 1 window, 1 unscheduled; finish 2027-01-10 00:30 (Europe/Berlin)")));
    QVERIFY(
        text.contains(QStringLiteral("sat 2027-01-09 22:00 to 2027-01-10 04:00 (6 h, 1 lane)")));
    QVERIFY(text.contains(QStringLiteral("  22:00-00:30  a 1.0 -> 2.0  lane 1, point of no return "
                                         "02:30, rollback done by 02:15\n")));
    QVERIFY(text.contains(QStringLiteral("  if every step rolls back: done 2027-01-10 02:15\n")));
    QVERIFY(text.contains(QStringLiteral("  b 1.0 -> 2.0: every window is full; closest: ")));
    QVERIFY(text.contains(QStringLiteral("Critical path: a\n")));
}

QTEST_GUILESS_MAIN(tst_ScheduleJson)
#include "tst_schedulejson.moc"
