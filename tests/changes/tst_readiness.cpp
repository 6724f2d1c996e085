// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFixtures.h"

#include "changes/ChangeAnalysis.h"
#include "changes/Readiness.h"

#include <QTest>

#include <functional>

using namespace planner;
using namespace planner::testing;

Q_DECLARE_METATYPE(std::function<void(planner::Estate &)>)
using Edit = std::function<void(Estate &)>;

class tst_Readiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRecordsAtAll();
    void complete();
    void oneGap_data();
    void oneGap();
    void analyseChangeRunsEverything();
};

namespace {

/// "kind component/window/process" for each item: what it is and what it names.
QStringList summary(const Readiness &r)
{
    QStringList out;
    for (const ReadinessItem &i : r.items) {
        QString subject = i.component;
        if (!i.window.isEmpty())
            subject = QStringLiteral("window=") + i.window;
        if (!i.process.isEmpty())
            subject = QStringLiteral("process=") + i.process;
        out << (subject.isEmpty() ? i.kind : i.kind + u' ' + subject);
    }
    return out;
}

Readiness readiness(const Estate &e)
{
    const UpgradePlan plan = bankPlan();
    const Schedule s = scheduleUpgrade(e, plan);
    return assessReadiness(e, plan, &s);
}

} // namespace

// The bank as it was before issue 14: no reason, no records. Every expected item is listed,
// the plan first, then each component in plan order, then the window.
void tst_Readiness::noRecordsAtAll()
{
    const Estate e = bankEstate();
    QVERIFY(e.records.isEmpty());
    const Readiness r = readiness(e);
    QVERIFY(!r.isReady());
    const QStringList expected = {"reason",
                                  "reason",
                                  "reason",
                                  "impact process=payments",
                                  "impact process=reports",
                                  "backup db",
                                  "rollback-plan db",
                                  "acceptance db",
                                  "monitoring db",
                                  "configuration db",
                                  "pilot db", // critical
                                  "backup app",
                                  "rollback-plan app",
                                  "acceptance app",
                                  "monitoring app",
                                  "configuration app",
                                  "backup web",
                                  "rollback-plan web",
                                  "acceptance web",
                                  "monitoring web",
                                  "configuration web",
                                  "communication window=sat",
                                  "communication window=sat"};
    QCOMPARE(summary(r), expected);
    QCOMPARE(r.items[5].planStep, 0);
    QCOMPARE(r.items[11].planStep, 1);
    QCOMPARE(r.items[0].reason,
             QStringLiteral("the project gives no reason for the change (security, "
                            "end-of-support, compliance...)"));
    QCOMPARE(r.items[3].reason, QStringLiteral("process Card payments is affected but its user "
                                               "groups and service level are not recorded"));
    QCOMPARE(r.items[10].reason, QStringLiteral("db needs a pilot before production (it is of "
                                                "critical criticality): none is recorded"));
    QCOMPARE(r.items[21].reason,
             QStringLiteral("no message tells the affected users before window sat"));
    QCOMPARE(r.forComponent(QStringLiteral("web")).size(), 5);
}

void tst_Readiness::complete()
{
    const Readiness r = readiness(completeBank());
    QVERIFY2(r.isReady(), qPrintable(summary(r).join(u'\n')));
}

// Each rule on the complete bank: one gap, one item.
void tst_Readiness::oneGap_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("reason");

    QTest::newRow("purpose") << Edit([](Estate &e) { e.project.purpose.clear(); }) << "reason"
                             << "the project states no purpose: what the change is meant to "
                                "achieve";
    QTest::newRow("backup")
        << Edit([](Estate &e) {
               Component c = *e.find("app");
               c.backup.reset();
               e.replaceComponent(e.indexOf("app"), c);
           })
        << "backup app"
        << "app has no backup recorded: method, location, retention and when it is taken";
    QTest::newRow("restore") << Edit([](Estate &e) {
        Component c = *e.find("web");
        c.backup->lastRestoreTest = QDate();
        e.replaceComponent(e.indexOf("web"), c);
    }) << "restore-test web"
                             << "the restore of web's backup (snapshot) was never tested";
    QTest::newRow("rollback decider")
        << Edit([](Estate &e) { e.records.rollbacks[1].decider.clear(); }) << "rollback-plan app"
        << "the rollback plan of app does not say who decides";
    QTest::newRow("acceptance") << Edit([](Estate &e) { e.records.acceptance.removeAt(0); })
                                << "acceptance db"
                                << "no acceptance check is defined for db: nobody can say it "
                                   "works after the upgrade";
    QTest::newRow("monitoring") << Edit([](Estate &e) { e.records.monitoring.removeAt(2); })
                                << "monitoring web"
                                << "no monitoring is planned for web after the release: "
                                   "metric, baseline, how long";
    QTest::newRow("config not backed up")
        << Edit([](Estate &e) { e.records.configuration[0].backedUp = false; })
        << "configuration db"
        << "config of db (parameter) is not backed up";
    QTest::newRow("certificate")
        << Edit([](Estate &e) {
               ConfigItem cert;
               cert.component = QStringLiteral("web");
               cert.kind = QStringLiteral("certificate");
               cert.name = QStringLiteral("www");
               cert.backedUp = true;
               cert.expires = QDate(2027, 1, 9);
               e.records.configuration << cert;
           })
        << "certificate web"
        << "www of web expires on 2027-01-09, before the plan ends (2027-01-10 02:20): renew it "
           "or finish earlier";
    QTest::newRow("pilot failed") << Edit([](Estate &e) {
        e.records.pilots[0].passed = false;
        e.records.pilots[0].result = QStringLiteral("replication broke");
    }) << "pilot db"
                                  << "the pilot of db did not pass: replication broke";
    QTest::newRow("stricter needs pilot")
        << Edit([](Estate &e) { e.records.pilots.removeAt(2); }) << "pilot web"
        << "web needs a pilot before production (it affects a process of a stricter "
           "category): none is recorded";
    QTest::newRow("outage too long")
        << Edit([](Estate &e) { e.processes[1].maxOutageMinutes = 60; }) << "impact db"
        << "the step of db stops processes longer than their service level allows: Reports "
           "(1 h 20 min, allowed 1 h)";
    QTest::newRow("after message")
        << Edit([](Estate &e) { e.records.messages.removeAt(1); }) << "communication window=sat"
        << "no message tells the affected users after window sat";
}

void tst_Readiness::oneGap()
{
    QFETCH(Edit, edit);
    QFETCH(QString, item);
    QFETCH(QString, reason);
    Estate e = completeBank();
    edit(e);
    const Readiness r = readiness(e);
    QCOMPARE(summary(r), QStringList{item});
    QCOMPARE(r.items[0].reason, reason);
}

void tst_Readiness::analyseChangeRunsEverything()
{
    Estate e = completeBank();
    // The ordering needs the catalog's view of the versions: keep it simple with no catalog.
    const ChangeAnalysis a = analyseChange(e);
    QCOMPARE(a.plan.steps.size(), 3);
    QCOMPARE(a.schedule.steps.size(), 3);
    QCOMPARE(a.impact.steps.size(), 3);
    QCOMPARE(a.risk.steps.size(), 3);
    QCOMPARE(a.messages.size(), 2);
    QVERIFY2(a.readiness.isReady(), qPrintable(summary(a.readiness).join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Readiness)
#include "tst_readiness.moc"
