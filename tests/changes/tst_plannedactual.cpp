// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFixtures.h"

#include "changes/PlannedActual.h"
#include "schedule/PlannedMinutes.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_PlannedActual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plannedMinutesOrder();
    void compareAndAccept();
};

namespace {

Component database(const QString &id)
{
    Component c;
    c.id = id;
    c.kind = ComponentKind::Database;
    c.version = *Version::parse(u"1.0");
    c.target = *Version::parse(u"2.0");
    return c;
}

/// A phase from @p from lasting @p minutes, in true UTC as the record holds it.
void phase(ExecutionRecord &r, Phase p, const QString &from, int minutes)
{
    const QDateTime start = QDateTime::fromString(from, Qt::ISODate).toUTC();
    r.started[size_t(p)] = start;
    r.ended[size_t(p)] = start.addSecs(qint64(minutes) * 60);
}

} // namespace

void tst_PlannedActual::plannedMinutesOrder()
{
    Estate e = berlinEstate();
    Component own = database(QStringLiteral("own"));
    own.durations[Phase::Execute] = 7;
    e.appendComponent(own);
    e.appendComponent(database(QStringLiteral("plain")));
    const auto defaults = defaultDurations(ComponentKind::Database);
    QCOMPARE(plannedMinutes(e, *e.find("own"), Phase::Execute), 7);
    QCOMPARE(plannedMinutes(e, *e.find("plain"), Phase::Execute), defaults[2]);
    KindEstimate accepted;
    accepted.kind = ComponentKind::Database;
    accepted.durations[Phase::Execute] = 99;
    e.records.estimates = {accepted};
    QCOMPARE(plannedMinutes(e, *e.find("own"), Phase::Execute), 7);
    QCOMPARE(plannedMinutes(e, *e.find("plain"), Phase::Execute), 99);
    QCOMPARE(plannedMinutes(e, *e.find("plain"), Phase::Backup), defaults[1]);
}

// Two database upgrades took 90 and 120 minutes to execute, one recorded its preparation
// (20 min). Accepted, the next database step plans 105 min of execution and 20 of preparation;
// the other phases keep their defaults.
void tst_PlannedActual::compareAndAccept()
{
    Estate e = berlinEstate();
    e.appendComponent(database(QStringLiteral("db1")));
    e.appendComponent(database(QStringLiteral("db2")));
    e.appendComponent(database(QStringLiteral("db3")));
    e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T20:00"),
                        QStringLiteral("2027-01-10T08:00"), 4)};
    ExecutionRecord r1;
    r1.component = QStringLiteral("db1");
    phase(r1, Phase::Prepare, QStringLiteral("2026-11-07T21:00:00Z"), 20);
    phase(r1, Phase::Execute, QStringLiteral("2026-11-07T22:00:00Z"), 90);
    ExecutionRecord r2;
    r2.component = QStringLiteral("db2");
    phase(r2, Phase::Execute, QStringLiteral("2026-11-14T22:00:00Z"), 120);
    e.records.executed = {r1, r2};

    const auto defaults = defaultDurations(ComponentKind::Database);
    const PlanComparison before = comparePlannedActual(e);
    QCOMPARE(before.steps.size(), 2);
    QCOMPARE(before.steps[0].component, QStringLiteral("db1"));
    QCOMPARE(before.steps[0].actual[size_t(Phase::Execute)], std::optional<int>(90));
    QCOMPARE(before.steps[0].actual[size_t(Phase::Backup)], std::optional<int>());
    QCOMPARE(before.steps[0].planned[size_t(Phase::Execute)], defaults[2]);
    QCOMPARE(before.steps[0].plannedTotal, defaults[0] + defaults[2]);
    QCOMPARE(before.steps[0].actualTotal, 110);
    QCOMPARE(before.kinds.size(), 1);
    const KindComparison &k = before.kinds[0];
    QCOMPARE(k.kind, ComponentKind::Database);
    QCOMPARE(k.steps, 2);
    QCOMPARE(k.averageActual[size_t(Phase::Execute)], std::optional<double>(105.0));
    QCOMPARE(k.averageActual[size_t(Phase::Prepare)], std::optional<double>(20.0));
    QCOMPARE(k.averagePlanned[size_t(Phase::Execute)], std::optional<double>(defaults[2]));
    QVERIFY(!k.averageActual[size_t(Phase::Verify)]);
    QCOMPARE(*k.ratio, (20.0 + 210.0) / (defaults[0] + 2.0 * defaults[2]));

    UpgradePlan plan;
    plan.steps = {step(QStringLiteral("db3"))};
    const Schedule old = scheduleUpgrade(e, plan);
    QCOMPARE(old.steps.size(), 1);
    QCOMPARE(old.steps[0].executeStart.secsTo(old.steps[0].verifyStart) / 60, qint64(defaults[2]));

    QCOMPARE(acceptEstimates(e, before), 1);
    QCOMPARE(e.records.estimates.size(), 1);
    const KindEstimate &est = e.records.estimates[0];
    QCOMPARE(est.kind, ComponentKind::Database);
    QCOMPARE(est.durations[Phase::Execute], std::optional<int>(105));
    QCOMPARE(est.durations[Phase::Prepare], std::optional<int>(20));
    QVERIFY(!est.durations[Phase::Backup]);
    QCOMPARE(acceptEstimates(e, comparePlannedActual(e)), 0); // nothing new

    const Schedule next = scheduleUpgrade(e, plan);
    QCOMPARE(next.steps.size(), 1);
    const ScheduledStep &s = next.steps[0];
    QCOMPARE(s.start.secsTo(s.backupStart) / 60, qint64(20));
    QCOMPARE(s.backupStart.secsTo(s.executeStart) / 60, qint64(defaults[1]));
    QCOMPARE(s.executeStart.secsTo(s.verifyStart) / 60, qint64(105));
}

QTEST_GUILESS_MAIN(tst_PlannedActual)
#include "tst_plannedactual.moc"
