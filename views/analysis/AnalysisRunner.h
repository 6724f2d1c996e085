// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Compatibility.h"
#include "compat/Conflict.h"
#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/Schedule.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

template<typename T>
class QFutureWatcher;

namespace planner {

class EstateStore;

/// Keeps the analysis of an open document up to date: after every edit of the estate (the
/// store's changed()), and a short pause in which more edits may follow, it checks the
/// compatibility of a copy of the estate, orders its upgrade and then schedules that order into
/// the maintenance windows, in worker threads so that the window never freezes, and hands the
/// results to the panels that show them: one analysis per estate generation, which every view
/// shows (the conflict list, the plan, the timeline), as `check`, `order` and `schedule` do.
///
/// Only the newest estate counts: results of a run that an edit has made stale are dropped,
/// never shown. One run at a time: an edit during a run waits for it and then starts one run
/// for the estate as it is by then, however many edits came in between.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    /// Watches @p store (it owns nothing); the first analysis starts after the pause.
    explicit AnalysisRunner(EstateStore *store, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    /// How long to wait after an edit before analysing (default 300 ms): typing in a table
    /// runs one analysis, not one per keystroke.
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_debounce.interval(); }

    /// What the compatibility check looks at (states, plan dates, restore age). Takes effect
    /// with the next run; call reanalyse() to start one. A `lifecycle` given here is read from
    /// the workers: it must outlive the runner and not change.
    void setCheckOptions(const CheckOptions &options);
    const CheckOptions &checkOptions() const { return m_options; }

    /// True from an edit until the results for it are in: what the panels show is out of date.
    bool isBusy() const { return m_busy; }
    /// True while a run is at work in the workers (its results may yet turn out stale).
    bool isRunning() const { return m_runGeneration != 0; }
    /// Whether a run has finished for the estate as it is now (or as it was at the last run).
    bool hasResults() const { return m_hasResults; }
    /// The latest results that match the newest estate analysed.
    const QList<Conflict> &conflicts() const { return m_conflicts; }
    const UpgradePlan &plan() const { return m_plan; }
    /// The estate the newest results were computed from: what plan(), schedule() and the
    /// findings describe, even when the store already holds a newer one (an edit whose
    /// analysis is still running). Join results with this, never with the store's estate.
    const Estate &analysedEstate() const { return m_analysedEstate; }
    /// The schedule of plan() (scheduleUpgrade), for the same estate generation.
    const Schedule &schedule() const { return m_schedule; }
    /// Everything found about the estate: conflicts() followed by the scheduling findings of
    /// schedule() (window too short, freeze, peak, staff; waivers applied alike) once the
    /// schedule of the same generation is in. What the conflict list and its counts show,
    /// as the signed plan lists them.
    QList<Conflict> findings() const;
    /// Counts edits: each edit makes the results of earlier generations stale.
    quint64 generation() const { return m_generation; }
    /// The generation the current results belong to (0: none yet).
    quint64 resultGeneration() const { return m_resultGeneration; }
    /// Wall time of the last completed run, in milliseconds (-1: none yet).
    qint64 lastRunMilliseconds() const { return m_lastRunMs; }

    /// Analyses now, without waiting for the pause (e.g. after changing the options).
    void reanalyse();

Q_SIGNALS:
    /// The conflicts of the newest estate; each conflict's `waived` reflects the estate's waivers.
    void conflictsReady(const QList<planner::Conflict> &conflicts);
    /// The upgrade order of the newest estate.
    void planReady(const planner::UpgradePlan &plan);
    /// The schedule of that order, computed after it in the same run (dropped when stale).
    void scheduleReady(const planner::Schedule &schedule);
    /// findings() changed: the conflicts or the schedule of the newest estate came in.
    void findingsChanged();
    /// Turns true when an edit makes the shown results stale, false when fresh ones are in.
    void busyChanged(bool busy);
    /// A run for @p generation went to the workers (for a status bar: "Analysing...").
    void runStarted(quint64 generation);

private:
    void estateChanged();
    void startRun();
    void conflictsFinished();
    void planFinished();
    void scheduleFinished();
    void runFinished();
    void setBusy(bool busy);

    EstateStore *m_store;
    QTimer m_debounce;
    CheckOptions m_options;

    quint64 m_generation = 0;
    /// The newest generation, readable from the workers: a stale run skips work it has not
    /// begun yet.
    std::shared_ptr<std::atomic<quint64>> m_latest;

    QFutureWatcher<QList<Conflict>> *m_conflictsWatcher = nullptr;
    QFutureWatcher<UpgradePlan> *m_planWatcher = nullptr;
    QFutureWatcher<Schedule> *m_scheduleWatcher = nullptr;
    Estate m_runEstate;          ///< the estate the running run analyses (for the scheduling task)
    Estate m_analysedEstate;     ///< the estate of the newest results taken in
    quint64 m_runGeneration = 0; ///< generation of the running run (0: none)
    int m_runPending = 0;        ///< tasks of the running run still at work
    QElapsedTimer m_runClock;

    bool m_busy = false;
    bool m_hasResults = false;
    QList<Conflict> m_conflicts;
    UpgradePlan m_plan;
    Schedule m_schedule;
    quint64 m_conflictsGeneration = 0; ///< generation of m_conflicts
    quint64 m_scheduleGeneration = 0;  ///< generation of m_schedule
    quint64 m_resultGeneration = 0;
    qint64 m_lastRunMs = -1;
};

} // namespace planner
