// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The odds of an overrun (issue 17): a seeded Monte Carlo run over the schedule. Each run draws
// a factor for every scheduled step (how much longer or shorter its work takes than planned),
// replays each window occurrence's lanes with those durations, and notes which occurrences run
// past their end and when the last step finishes. The same seed gives the same figures.

#include "inventory/Kinds.h"
#include "schedule/Schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace planner {

class Estate;

/// A triangular distribution of the factor actual / planned: lowest, most likely, highest.
struct Spread
{
    double low = 0.9;
    double mode = 1.0;
    double high = 1.5;
    friend bool operator==(const Spread &, const Spread &) = default;
};

struct SimulationOptions
{
    int runs = 10000;
    quint64 seed = 1;
    /// The factor of a kind without recorded steps (docs/cli.md, simulate).
    Spread spread;
};

/// Where one kind's factors come from: its recorded steps (planned against actual, drawn from
/// as recorded) or the stated spread.
struct KindFactors
{
    ComponentKind kind = ComponentKind::Other;
    int scheduledSteps = 0;
    QList<double> recorded; ///< actual / planned of each recorded step of the kind
};

/// One used window occurrence.
struct WindowOdds
{
    int window = -1; ///< index into Schedule::windows
    QString key;     ///< its occurrence key ("sat-night-20270109")
    QDateTime end;   ///< the window's end
    int steps = 0;
    /// Share of the runs in which a step's work and go/no-go decision end after the window.
    double overrunProbability = 0;
    /// Minutes past the end at the 90th percentile of the runs (0 when 90 % stay inside).
    int overrunMinutesP90 = 0;
};

struct SimulationResult
{
    int runs = 0;
    quint64 seed = 0;
    Spread spread;
    QList<KindFactors> kinds;  ///< the kinds of the scheduled steps, in kind order
    QList<WindowOdds> windows; ///< used occurrences, by start
    QDateTime plannedFinish;   ///< the schedule's finish
    QDateTime finishP50;       ///< the plan's finish in half of the runs
    QDateTime finishP90;       ///< ... in nine runs out of ten
    /// Share of the runs in which at least one window overruns.
    double anyOverrunProbability = 0;
};

/// Simulates @p schedule (scheduleUpgrade of @p estate) @p options.runs times. Steps keep
/// their window and lane; in a lane each step starts at its planned start or when the step
/// before it has been decided, whichever is later. A step's work (preparation to the end of
/// verification) lasts its planned minutes times a factor: drawn from the recorded steps of its
/// kind (estate.records.executed) when there are any, else from the triangular spread.
SimulationResult simulateOverruns(const Estate &estate, const Schedule &schedule,
                                  const SimulationOptions &options = {});

/// Checks a spread: 0 < low <= mode <= high <= 100. Empty when it is fine, else why not.
QString spreadProblem(const Spread &spread);

} // namespace planner
