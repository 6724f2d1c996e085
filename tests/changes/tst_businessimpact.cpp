// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFixtures.h"

#include "changes/BusinessImpact.h"
#include "schedule/CertificateExpiry.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_BusinessImpact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void throughTheGraph();
    void withoutSchedule();
    void certificateExpiry();
    void certificateExpiryWithoutPlacedSteps();
};

static QStringList ids(const StepImpact &s)
{
    QStringList out;
    for (const ProcessImpact &p : s.processes)
        out << p.process + u'@' + p.via;
    return out;
}

// Card payments use only the web front end, yet the database step stops them: web needs app,
// app needs db. Reports read the database directly and nothing else.
void tst_BusinessImpact::throughTheGraph()
{
    Estate e = bankEstate();
    e.processes[0].category = QStringLiteral("payment");
    e.processes[0].userGroups = {QStringLiteral("card holders")};
    e.processes[0].externalCustomers = true;
    e.processes[0].serviceLevel = QStringLiteral("99.95 %");
    const UpgradePlan plan = bankPlan();
    const Schedule s = scheduleUpgrade(e, plan);
    QCOMPARE(s.steps.size(), 3);
    const BusinessImpact impact = analyseImpact(e, plan, &s);
    QCOMPARE(impact.steps.size(), 3);
    QCOMPARE(ids(impact.steps[0]), (QStringList{"payments@web", "reports@db"}));
    QCOMPARE(ids(impact.steps[1]), QStringList{"payments@web"});
    QCOMPARE(ids(impact.steps[2]), QStringList{"payments@web"});
    // db: execute 22:30 to verify done 23:50.
    QVERIFY(impact.steps[0].scheduled);
    QCOMPARE(impact.steps[0].downtimeMinutes, 80);
    QVERIFY(impact.steps[0].stricter);
    const ProcessImpact &pay = impact.steps[0].processes[0];
    QCOMPARE(pay.userGroups, QStringList{"card holders"});
    QVERIFY(pay.externalCustomers);
    QCOMPARE(pay.serviceLevel, QStringLiteral("99.95 %"));
    QCOMPARE(pay.criticality, Criticality::Medium);
    // The plan: payments down while db, app and web execute and verify (80 + 50 + 30).
    QCOMPARE(impact.processes.size(), 2);
    QCOMPARE(impact.processes[0].process, QStringLiteral("payments"));
    QCOMPARE(impact.processes[0].downtimeMinutes, 160);
    QCOMPARE(impact.processes[1].downtimeMinutes, 80);
    QCOMPARE(impact.stricter.size(), 1);
    QCOMPARE(impact.stricter[0].process, QStringLiteral("payments"));

    const QList<QList<int>> relying = processesRelyingOn(e);
    QCOMPARE(relying[e.indexOf("db")], (QList<int>{0, 1}));
    QCOMPARE(relying[e.indexOf("web")], QList<int>{0});
}

void tst_BusinessImpact::withoutSchedule()
{
    const Estate e = bankEstate();
    const BusinessImpact impact = analyseImpact(e, bankPlan());
    QVERIFY(!impact.steps[1].scheduled);
    QCOMPARE(impact.steps[1].downtimeMinutes, 50); // app: execute 30 + verify 20
    QCOMPARE(impact.processes[0].downtimeMinutes, 80 + 50 + 30);
    QVERIFY(impact.stricter.isEmpty());
}

// The plan finishes on Sunday 2027-01-10 at 02:20: a certificate expiring that day (or
// before) is a conflict of the schedule; one expiring in February is not.
void tst_BusinessImpact::certificateExpiry()
{
    Estate e = bankEstate();
    ConfigItem cert;
    cert.component = QStringLiteral("app");
    cert.kind = QStringLiteral("certificate");
    cert.name = QStringLiteral("tls-cert");
    cert.expires = QDate(2027, 1, 10);
    ConfigItem later = cert;
    later.name = QStringLiteral("api-key");
    later.expires = QDate(2027, 2, 1);
    e.records.configuration = {cert, later};
    const Schedule s = scheduleUpgrade(e, bankPlan());
    QCOMPARE(text(s.finish), QStringLiteral("2027-01-10T02:20"));
    QCOMPARE(planEnd(s), s.finish);
    QCOMPARE(s.conflicts.size(), 1);
    const Conflict &c = s.conflicts.front();
    QCOMPARE(c.type, QStringLiteral("certificate-expiry"));
    QCOMPARE(c.severity, Conflict::Severity::Error);
    QCOMPARE(c.components, QStringList{"app"});
    QCOMPARE(c.key, QStringLiteral("certificate-expiry:target:app:tls-cert"));
    QVERIFY2(c.message.contains(u"2027-01-10"), qPrintable(c.message));
    QVERIFY(!c.waived);

    e.waivers = {{c.key, QStringLiteral("renewed on the night"), QDate(), QString()}};
    const Schedule waived = scheduleUpgrade(e, bankPlan());
    QCOMPARE(waived.conflicts.size(), 1);
    QVERIFY(waived.conflicts.front().waived);
}

void tst_BusinessImpact::certificateExpiryWithoutPlacedSteps()
{
    // Nothing fits a one-hour window: the plan ends, at the latest, with the last window.
    Estate e = bankEstate();
    e.windows = {window(QStringLiteral("short"), QStringLiteral("2027-01-09T22:00"),
                        QStringLiteral("2027-01-09T23:00"), 2)};
    ConfigItem cert;
    cert.component = QStringLiteral("db");
    cert.kind = QStringLiteral("certificate");
    cert.name = QStringLiteral("tls");
    cert.expires = QDate(2027, 1, 16);
    e.records.configuration = {cert};
    const Schedule s = scheduleUpgrade(e, bankPlan());
    QVERIFY(s.steps.isEmpty());
    QCOMPARE(text(planEnd(s)), QStringLiteral("2027-01-16T23:00"));
    int expiring = 0;
    for (const Conflict &c : s.conflicts)
        expiring += c.type == u"certificate-expiry";
    QCOMPARE(expiring, 1);
}

QTEST_GUILESS_MAIN(tst_BusinessImpact)
#include "tst_businessimpact.moc"
