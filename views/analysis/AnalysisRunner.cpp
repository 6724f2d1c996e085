// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisRunner.h"

#include "inventory/EstateStore.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace planner {

AnalysisRunner::AnalysisRunner(EstateStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    m_conflictsWatcher = new QFutureWatcher<QList<Conflict>>(this);
    m_planWatcher = new QFutureWatcher<UpgradePlan>(this);
    m_scheduleWatcher = new QFutureWatcher<Schedule>(this);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisRunner::startRun);
    connect(m_conflictsWatcher, &QFutureWatcherBase::finished, this,
            &AnalysisRunner::conflictsFinished);
    connect(m_planWatcher, &QFutureWatcherBase::finished, this, &AnalysisRunner::planFinished);
    connect(m_scheduleWatcher, &QFutureWatcherBase::finished, this,
            &AnalysisRunner::scheduleFinished);
    connect(m_store, &EstateStore::changed, this, &AnalysisRunner::estateChanged);
    estateChanged(); // the estate the store holds already
}

AnalysisRunner::~AnalysisRunner()
{
    // A running task finishes on its own copy of the estate; tell it to skip what is left.
    m_latest->store(~quint64(0));
}

void AnalysisRunner::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(std::max(0, milliseconds));
}

void AnalysisRunner::setCheckOptions(const CheckOptions &options)
{
    m_options = options;
}

void AnalysisRunner::reanalyse()
{
    ++m_generation;
    m_latest->store(m_generation);
    setBusy(true);
    m_debounce.stop();
    startRun();
}

void AnalysisRunner::estateChanged()
{
    ++m_generation;
    m_latest->store(m_generation);
    setBusy(true);
    m_debounce.start();
}

void AnalysisRunner::startRun()
{
    if (m_runGeneration != 0)
        return; // runFinished() starts the next run for the newest estate
    m_runGeneration = m_generation;
    m_runPending = 3; // conflicts; ordering, then scheduling its result
    m_runClock.start();

    // A copy of the estate is cheap (implicitly shared lists) and belongs to the workers alone:
    // edits in the window detach the store's lists and never touch it.
    const Estate estate = m_store->estate();
    m_runEstate = estate;
    const CheckOptions options = m_options;
    const quint64 generation = m_runGeneration;
    const auto latest = m_latest;
    m_conflictsWatcher->setFuture(QtConcurrent::run([estate, options, generation, latest] {
        if (latest->load() != generation)
            return QList<Conflict>();
        return checkCompatibility(estate, options);
    }));
    m_planWatcher->setFuture(QtConcurrent::run([estate, generation, latest] {
        if (latest->load() != generation)
            return UpgradePlan();
        return orderUpgrade(estate);
    }));
    Q_EMIT runStarted(generation);
}

void AnalysisRunner::conflictsFinished()
{
    // Shown as soon as they are in, without waiting for the (usually slower) ordering.
    if (m_runGeneration == m_generation) {
        m_conflicts = m_conflictsWatcher->result();
        m_conflictsGeneration = m_runGeneration;
        m_analysedEstate = m_runEstate;
        Q_EMIT conflictsReady(m_conflicts);
        Q_EMIT findingsChanged();
    }
    runFinished();
}

void AnalysisRunner::planFinished()
{
    if (m_runGeneration != m_generation) {
        // Stale: its schedule would be too, so it is never computed.
        m_runPending -= 1;
        runFinished();
        return;
    }
    m_plan = m_planWatcher->result();
    m_analysedEstate = m_runEstate;
    Q_EMIT planReady(m_plan);
    const quint64 generation = m_runGeneration;
    const auto latest = m_latest;
    m_scheduleWatcher->setFuture(
        QtConcurrent::run([estate = m_runEstate, plan = m_plan, generation, latest] {
            if (latest->load() != generation)
                return Schedule();
            return scheduleUpgrade(estate, plan);
        }));
    runFinished();
}

void AnalysisRunner::scheduleFinished()
{
    if (m_runGeneration == m_generation) {
        m_schedule = m_scheduleWatcher->result();
        m_scheduleGeneration = m_runGeneration;
        m_analysedEstate = m_runEstate;
        Q_EMIT scheduleReady(m_schedule);
        Q_EMIT findingsChanged();
    }
    runFinished();
}

QList<Conflict> AnalysisRunner::findings() const
{
    QList<Conflict> all = m_conflicts;
    if (m_scheduleGeneration != 0 && m_scheduleGeneration == m_conflictsGeneration)
        all += m_schedule.conflicts;
    return all;
}

void AnalysisRunner::runFinished()
{
    if (--m_runPending > 0)
        return;
    const quint64 finished = m_runGeneration;
    m_runGeneration = 0;
    m_runEstate = Estate();
    if (finished == m_generation) {
        m_hasResults = true;
        m_resultGeneration = finished;
        m_lastRunMs = m_runClock.elapsed();
        setBusy(m_debounce.isActive());
    } else if (!m_debounce.isActive()) {
        startRun(); // edits came in while it ran and their pause is over
    }
}

void AnalysisRunner::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace planner
