// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisEstates.h"
#include "analysis/AnalysisRunner.h"
#include "generator/EstateGenerator.h"
#include "inventory/EstateStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace planner;

namespace {

Dependency dependencyOn(const QString &from, const QString &to)
{
    Dependency d;
    d.from = from;
    d.to = to;
    return d;
}

int countOfType(const QList<Conflict> &conflicts, const char *type)
{
    return int(std::count_if(conflicts.cbegin(), conflicts.cend(),
                             [type](const Conflict &c) { return c.type == QLatin1String(type); }));
}

} // namespace

class tst_AnalysisRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void analysesTheEstateItFinds();
    void schedulesWhatItOrdered();
    void editsWithinThePauseRunOnce();
    void staleResultsAreDropped();
    void eventLoopStaysAliveOnTenThousandComponents();
    void resultsComeWithTheEstateTheyDescribe();
};

void tst_AnalysisRunner::analysesTheEstateItFinds()
{
    EstateStore store;
    store.reset(analysistest::ledgerEstate());
    AnalysisRunner runner(&store);
    QVERIFY(runner.isBusy()); // nothing analysed yet: what a panel would show is out of date
    QSignalSpy plans(&runner, &AnalysisRunner::planReady);
    QSignalSpy busy(&runner, &AnalysisRunner::busyChanged);
    QTRY_COMPARE_WITH_TIMEOUT(plans.count(), 1, 10000);
    // The conflicts and the plan are computed side by side: on a busy machine the conflicts
    // may come in after the plan, and the run ends only with both.
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
    QCOMPARE(busy.count(), 1);
    QCOMPARE(busy.at(0).at(0).toBool(), false);
    QVERIFY(runner.hasResults());
    QCOMPARE(runner.plan().waveCount(), 3);
    QCOMPARE(plans.at(0).at(0).value<UpgradePlan>().steps.size(), 3);
    QCOMPARE(runner.resultGeneration(), runner.generation());
    QVERIFY(runner.lastRunMilliseconds() >= 0);
}

void tst_AnalysisRunner::schedulesWhatItOrdered()
{
    // The ledger with no maintenance window: ordered in three steps, none can be placed.
    EstateStore store;
    store.reset(analysistest::ledgerEstate());
    AnalysisRunner runner(&store);
    runner.setDebounceInterval(10);
    QSignalSpy schedules(&runner, &AnalysisRunner::scheduleReady);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
    QCOMPARE(schedules.count(), 1); // the run ends with its schedule
    QCOMPARE(runner.schedule().unscheduled.size(), runner.plan().steps.size());
    QVERIFY(!runner.schedule().conflicts.isEmpty());
    // The findings are the check's conflicts, then the schedule's, as the signed plan has them.
    QCOMPARE(runner.findings(), runner.conflicts() + runner.schedule().conflicts);
    QCOMPARE(countOfType(runner.conflicts(), conflicttype::windowTooShort), 0);
    QVERIFY(countOfType(runner.findings(), conflicttype::windowTooShort) > 0);

    // A window long enough: an edit schedules every step, and the findings are gone.
    QSignalSpy findings(&runner, &AnalysisRunner::findingsChanged);
    MaintenanceWindow w;
    w.id = QStringLiteral("long-saturday");
    w.start = QDateTime(QDate(2027, 1, 16), QTime(6, 0), Qt::UTC);
    w.end = w.start.addDays(1);
    store.setWindows({w});
    QTRY_VERIFY_WITH_TIMEOUT(schedules.count() == 2 && !runner.isBusy(), 10000);
    QVERIFY(runner.schedule().isComplete());
    QCOMPARE(runner.schedule().steps.size(), runner.plan().steps.size());
    QCOMPARE(countOfType(runner.findings(), conflicttype::windowTooShort), 0);
    QVERIFY(findings.count() >= 2); // the conflicts, then the schedule
}

void tst_AnalysisRunner::editsWithinThePauseRunOnce()
{
    EstateStore store;
    store.reset(analysistest::conflictEstate());
    AnalysisRunner runner(&store);
    runner.setDebounceInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
    QCOMPARE(countOfType(runner.conflicts(), conflicttype::unknownReference), 1);

    QSignalSpy conflicts(&runner, &AnalysisRunner::conflictsReady);
    QSignalSpy plans(&runner, &AnalysisRunner::planReady);
    QElapsedTimer clock;
    clock.start();
    // Five edits in quick succession, as when someone types: one analysis, after the last.
    for (int i = 1; i <= 5; ++i) {
        store.insertDependency(store.estate().dependencyCount(),
                               dependencyOn(QStringLiteral("crm"),
                                            QStringLiteral("ghost-%1").arg(i)));
        QVERIFY(runner.isBusy());
        QTest::qWait(20);
    }
    if (clock.elapsed() < 180) // the machine may be too loaded to tell
        QCOMPARE(conflicts.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(plans.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 10000);
    QTest::qWait(400); // and nothing else follows
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(plans.count(), 1);
    const auto found = conflicts.at(0).at(0).value<QList<Conflict>>();
    QCOMPARE(countOfType(found, conflicttype::unknownReference), 6);
    QCOMPARE(runner.resultGeneration(), runner.generation());
    QVERIFY(!runner.isBusy());
}

void tst_AnalysisRunner::staleResultsAreDropped()
{
    EstateStore store;
    store.reset(generateEstate({10000, 1}));
    AnalysisRunner runner(&store);
    runner.setDebounceInterval(10);
    QSignalSpy conflicts(&runner, &AnalysisRunner::conflictsReady);
    QSignalSpy plans(&runner, &AnalysisRunner::planReady);
    // An edit as soon as the run for the generated estate is at work in the workers: that
    // run's results no longer describe the estate and must never show.
    quint64 edited = 0;
    quint64 stale = 0;
    const QString app = store.estate().component(store.estate().componentCount() - 1).id;
    connect(&runner, &AnalysisRunner::runStarted, this, [&](quint64 generation) {
        if (stale != 0)
            return;
        stale = generation;
        store.insertDependency(0, dependencyOn(app, QStringLiteral("ghost")));
        edited = runner.generation();
        QVERIFY(runner.isRunning());
    });

    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 300000);
    QVERIFY(stale != 0 && edited > stale);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(plans.count(), 1);
    QCOMPARE(runner.resultGeneration(), edited);
    const auto found = conflicts.at(0).at(0).value<QList<Conflict>>();
    QCOMPARE(countOfType(found, conflicttype::unknownReference), 1);
    QVERIFY(found == runner.conflicts());
    qInfo("analysis of 10,000 components: %lld ms", runner.lastRunMilliseconds());
}

void tst_AnalysisRunner::eventLoopStaysAliveOnTenThousandComponents()
{
    EstateStore store;
    AnalysisRunner runner(&store);
    runner.setDebounceInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 5000);

    // A timer in the window's thread keeps firing while the workers analyse.
    int ticksWhileRunning = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (runner.isRunning()) {
            ++ticksWhileRunning;
            longestGap = std::max(longestGap, sinceTick.elapsed());
        }
        sinceTick.restart();
    });
    // An event posted as the run starts is handled while the workers are still at it.
    bool handledWhileRunning = false;
    connect(&runner, &AnalysisRunner::runStarted, this, [&] {
        QTimer::singleShot(0, this, [&] { handledWhileRunning = runner.isRunning(); });
    });
    QSignalSpy plans(&runner, &AnalysisRunner::planReady);
    sinceTick.start();
    ticker.start();
    store.reset(generateEstate({10000, 1}));
    QTRY_COMPARE_WITH_TIMEOUT(plans.count(), 1, 300000);
    ticker.stop();

    qInfo("run %lld ms; timer fired %d times meanwhile, longest gap %lld ms",
          runner.lastRunMilliseconds(), ticksWhileRunning, longestGap);
    QVERIFY2(handledWhileRunning, "the event loop stood still while the analysis ran");
    // A run done in the window's thread would let the timer fire only afterwards.
    QVERIFY2(ticksWhileRunning >= 1, "the event loop stood still while the analysis ran");
    QCOMPARE(plans.at(0).at(0).value<UpgradePlan>().steps.size(), runner.plan().steps.size());
    QVERIFY(!runner.plan().steps.isEmpty());
}

// The plan and the estate it was made for go together: while an edit's analysis is pending
// the store holds the new estate, the runner still the one its results describe, so that a
// view joining the two (the wave highlight, the timeline) never mixes generations.
void tst_AnalysisRunner::resultsComeWithTheEstateTheyDescribe()
{
    EstateStore store;
    store.reset(analysistest::ledgerEstate());
    AnalysisRunner runner(&store);
    QTRY_VERIFY_WITH_TIMEOUT(runner.hasResults() && !runner.isBusy(), 10000);
    runner.setDebounceInterval(60000); // the edit below stays pending
    QVERIFY(runner.analysedEstate() == store.estate());
    const Estate before = store.estate();
    Component extra = before.component(0);
    extra.id = QStringLiteral("new-component");
    QVERIFY(store.insertComponent(store.estate().componentCount(), extra));
    QVERIFY(runner.isBusy());
    QVERIFY(runner.analysedEstate() == before);
    QCOMPARE(runner.analysedEstate().indexOf(QStringLiteral("new-component")), -1);
    QVERIFY(store.estate().indexOf(QStringLiteral("new-component")) >= 0);
    runner.reanalyse();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
    QVERIFY(runner.analysedEstate() == store.estate());
}

QTEST_MAIN(tst_AnalysisRunner)
#include "tst_analysisrunner.moc"
