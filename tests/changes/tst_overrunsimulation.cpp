// SPDX-License-Identifier: GPL-3.0-or-later
// The odds of an overrun (issue 17): a seeded Monte Carlo run over the schedule, checked
// against closed forms on estates small enough to work out on paper.
#include "ChangeFixtures.h"

#include "changes/OverrunSimulation.h"
#include "planning/UpgradeOrdering.h"

#include <QTest>

#include <cmath>

using namespace planner;
using namespace planner::testing;

namespace {

// One step of 100 minutes of work (prepare 10, backup 10, execute 60, verify 20) and a
// 15-minute decision, alone in a Saturday window 22:00 to 00:30 (150 minutes).
Estate oneStep()
{
    Estate e = berlinEstate();
    e.appendComponent(component(QStringLiteral("db"), 10, 10, 60, 20, 30));
    e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                        QStringLiteral("2027-01-10T00:30"))};
    return e;
}

// P(factor > x) for the triangular distribution (low, mode, high).
double tail(const Spread &s, double x)
{
    if (x <= s.low)
        return 1;
    if (x >= s.high)
        return 0;
    if (x <= s.mode)
        return 1 - (x - s.low) * (x - s.low) / ((s.high - s.low) * (s.mode - s.low));
    return (s.high - x) * (s.high - x) / ((s.high - s.low) * (s.high - s.mode));
}

// The factor below which a share q of the draws fall.
double quantile(const Spread &s, double q)
{
    const double split = (s.mode - s.low) / (s.high - s.low);
    if (q < split)
        return s.low + std::sqrt(q * (s.high - s.low) * (s.mode - s.low));
    return s.high - std::sqrt((1 - q) * (s.high - s.low) * (s.high - s.mode));
}

} // namespace

class tst_OverrunSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window ends 150 minutes after the start; the step overruns when 100 f + 15 > 150,
    // that is f > 1.35: P = (1.5 - 1.35)^2 / ((1.5 - 0.9) (1.5 - 1.0)) = 0.075.
    // The finish at p is the start plus 100 times the quantile of p.
    void oneStepAgainstTheClosedForm()
    {
        const Estate e = oneStep();
        const Schedule schedule = scheduleUpgrade(e, orderUpgrade(e));
        QCOMPARE(schedule.steps.size(), 1);
        SimulationOptions options;
        options.runs = 100000;
        options.seed = 7;
        const SimulationResult r = simulateOverruns(e, schedule, options);
        QCOMPARE(r.windows.size(), 1);
        const double expected = tail(options.spread, 1.35);
        QVERIFY(std::abs(expected - 0.075) < 1e-12);
        // 100,000 runs: the standard error is sqrt(p (1 - p) / n) = 0.0008; allow five.
        QVERIFY2(std::abs(r.windows[0].overrunProbability - expected) < 0.004,
                 qPrintable(QString::number(r.windows[0].overrunProbability)));
        QCOMPARE(r.anyOverrunProbability, r.windows[0].overrunProbability);
        const QDateTime start = schedule.steps[0].start;
        const auto minutesAfterStart = [&](const QDateTime &t) { return start.secsTo(t) / 60.0; };
        QVERIFY2(std::abs(minutesAfterStart(r.finishP50) - 100 * quantile(options.spread, 0.5))
                     <= 1.0,
                 qPrintable(r.finishP50.toString(Qt::ISODate)));
        QVERIFY2(std::abs(minutesAfterStart(r.finishP90) - 100 * quantile(options.spread, 0.9))
                     <= 1.0,
                 qPrintable(r.finishP90.toString(Qt::ISODate)));
        QCOMPARE(r.plannedFinish, schedule.finish);
        // The overrun at the 90th percentile: 100 q(0.9) + 15 - 150 minutes, when positive.
        const double p90 = 100 * quantile(options.spread, 0.9) + 15 - 150;
        QVERIFY2(std::abs(r.windows[0].overrunMinutesP90 - std::max(0.0, p90)) <= 1.0,
                 qPrintable(QString::number(r.windows[0].overrunMinutesP90)));
    }

    // Two steps one after the other in one lane: the second starts when the first is decided,
    // so an overrun of the first carries over. With a fixed factor of 1.2 (a spread of one
    // point) the finish is exactly start + 1.2 * 100 + 15 + 1.2 * 100.
    void aLateStepDelaysTheNextInItsLane()
    {
        Estate e = oneStep();
        e.appendComponent(component(QStringLiteral("app"), 10, 10, 60, 20, 30));
        Dependency d;
        d.from = QStringLiteral("app");
        d.to = QStringLiteral("db");
        e.appendDependency(d);
        e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                            QStringLiteral("2027-01-10T06:00"))};
        const Schedule schedule = scheduleUpgrade(e, orderUpgrade(e));
        QCOMPARE(schedule.steps.size(), 2);
        SimulationOptions options;
        options.runs = 10;
        options.spread = Spread{1.2, 1.2, 1.2};
        const SimulationResult r = simulateOverruns(e, schedule, options);
        const QDateTime start = schedule.steps[0].start;
        QCOMPARE(start.secsTo(r.finishP50) / 60, qint64(120 + 15 + 120));
        QCOMPARE(r.finishP90, r.finishP50);
        QCOMPARE(r.windows[0].overrunProbability, 0.0);
    }

    // Recorded steps of a kind are drawn from as recorded: a database that always took twice
    // its plan overruns every time, with no spread involved.
    void recordedStepsGiveTheFactor()
    {
        Estate e = oneStep();
        Component db = e.component(0);
        db.kind = ComponentKind::Database;
        e.replaceComponent(0, db);
        Component old = component(QStringLiteral("old-db"), 10, 10, 60, 20, 30);
        old.kind = ComponentKind::Database;
        old.target.reset();
        e.appendComponent(old);
        ExecutionRecord record;
        record.component = QStringLiteral("old-db");
        QDateTime at = wall(QStringLiteral("2026-11-07T22:00"));
        for (Phase p : {Phase::Prepare, Phase::Backup, Phase::Execute, Phase::Verify}) {
            record.started[size_t(p)] = at;
            at = at.addSecs(2 * 60 * *old.durations[p]);
            record.ended[size_t(p)] = at;
        }
        e.records.executed = {record};
        const Schedule schedule = scheduleUpgrade(e, orderUpgrade(e));
        const SimulationResult r = simulateOverruns(e, schedule);
        QCOMPARE(r.kinds.size(), 1);
        QCOMPARE(r.kinds[0].kind, ComponentKind::Database);
        QCOMPARE(r.kinds[0].recorded.size(), 1);
        QCOMPARE(r.kinds[0].recorded[0], 2.0);
        QCOMPARE(r.windows[0].overrunProbability, 1.0);
        QCOMPARE(schedule.steps[0].start.secsTo(r.finishP50) / 60, qint64(200));
    }

    void sameSeedSameFiguresOtherSeedOthers()
    {
        const Estate e = bankEstate();
        const Schedule schedule = scheduleUpgrade(e, orderUpgrade(e));
        SimulationOptions options;
        options.runs = 2000;
        options.seed = 42;
        options.spread = Spread{0.8, 1.0, 2.5};
        const SimulationResult a = simulateOverruns(e, schedule, options);
        const SimulationResult b = simulateOverruns(e, schedule, options);
        QCOMPARE(a.finishP90, b.finishP90);
        QCOMPARE(a.windows[0].overrunProbability, b.windows[0].overrunProbability);
        options.seed = 43;
        const SimulationResult c = simulateOverruns(e, schedule, options);
        QVERIFY(c.windows[0].overrunProbability != a.windows[0].overrunProbability
                || c.finishP90 != a.finishP90);
    }

    void spreadsAreChecked_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("mode");
        QTest::addColumn<double>("high");
        QTest::addColumn<bool>("fine");
        QTest::newRow("default") << 0.9 << 1.0 << 1.5 << true;
        QTest::newRow("a point") << 1.2 << 1.2 << 1.2 << true;
        QTest::newRow("zero") << 0.0 << 1.0 << 1.5 << false;
        QTest::newRow("mode below low") << 1.0 << 0.9 << 1.5 << false;
        QTest::newRow("high below mode") << 0.9 << 1.6 << 1.5 << false;
        QTest::newRow("absurd") << 0.9 << 1.0 << 1000.0 << false;
        QTest::newRow("not a number") << std::nan("") << 1.0 << 1.5 << false;
    }

    void spreadsAreChecked()
    {
        QFETCH(double, low);
        QFETCH(double, mode);
        QFETCH(double, high);
        QFETCH(bool, fine);
        QCOMPARE(spreadProblem(Spread{low, mode, high}).isEmpty(), fine);
    }
};

QTEST_GUILESS_MAIN(tst_OverrunSimulation)
#include "tst_overrunsimulation.moc"
