// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What if (issue 17): disruptions on the night, and what they do to the plan. A window
// occurrence cancelled is re-planned (what moves, and how far). A step that overruns is
// replayed in its window (what slips, which steps go past their point of no return, which no
// longer fit). A staff member away is re-planned (what moves, who stands in). A wave stopped
// part way leaves a mixed state, checked for compatibility.

#include "compat/Conflict.h"
#include "inventory/Estate.h"
#include "schedule/Schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace planner {

/// The estate with one occurrence of a weekly window taken out: the window is split around it
/// (the weeks before keep its id, the weeks after become "<id>-after-<yyyyMMdd>"). Empty when
/// @p occurrence (a key such as "sat-night-20270116") names no occurrence of the estate.
std::optional<Estate> withoutOccurrence(const Estate &estate, const QString &occurrence);

/// One step that is not where the plan had it, after a disruption.
struct StepShift
{
    QString component;
    QString from;
    QString to;
    QString before; ///< occurrence key in the plan; empty: not scheduled
    QString after;  ///< after the disruption; empty: no longer scheduled
    QDateTime startBefore;
    QDateTime startAfter;
    qint64 minutesLater = 0; ///< 0 when either side is not scheduled
};

/// The plan before and after a change of the estate: the steps that moved, by plan order.
QList<StepShift> shiftedSteps(const Schedule &before, const Schedule &after);

/// The estate with staff member @p person (matched without regard to case) away on @p days,
/// or for the whole plan when @p days is empty. Empty when no staff member has that name.
std::optional<Estate> withAbsence(const Estate &estate, const QString &person,
                                  const std::optional<DateRange> &days);

/// A step that stays where the plan had it but is carried out by other people.
struct Reassignment
{
    QString component;
    QString from;
    QString to;
    QString occurrence;
    QStringList staffBefore;
    QStringList staffAfter;
};

/// The steps placed alike in both plans whose staff differ, by plan order.
QList<Reassignment> reassignedSteps(const Schedule &before, const Schedule &after);

/// The steps @p person carries out in @p schedule, by start: "component from -> to". With
/// @p days, only those touching one of them (from preparation to the end of the rollback
/// reserve, the span an absence blocks).
QStringList stepsOf(const Schedule &schedule, const QString &person,
                    const std::optional<DateRange> &days = std::nullopt);

/// A step that overruns on the night: the steps of its window replayed.
struct OverrunReplay
{
    QString occurrence; ///< the window occurrence of the step
    QDateTime windowEnd;
    /// Each step of the occurrence that ends later than planned: its new start and decision.
    struct Step
    {
        QString component;
        QString from;
        QString to;
        QDateTime plannedDecided;
        QDateTime decided; ///< work and go/no-go decision done, after the overrun
        qint64 minutesLater = 0;
        /// The decision comes after the step's point of no return: a rollback started then
        /// no longer ends inside the window (or would undo a dependent step already begun).
        bool pastPointOfNoReturn = false;
        /// Its work, decision and rollback reserve no longer fit before the window ends: it
        /// should not start tonight.
        bool noLongerFits = false;
    };
    QList<Step> steps;
};

/// Replays the occurrence of @p component's first scheduled step with that step's work taking
/// @p factor times its planned minutes plus @p extraMinutes. Empty when the component has no
/// scheduled step.
std::optional<OverrunReplay> replayOverrun(const Schedule &schedule, const QString &component,
                                           double factor, int extraMinutes);

/// A wave stopped part way: its first @p done scheduled steps (by start) went through, the rest
/// were rolled back; earlier waves are complete.
struct MixedState
{
    int wave = 0;
    QStringList done;       ///< "component from -> to" of the steps that went through
    QStringList rolledBack; ///< those of the wave that did not
    /// Versions the components stand at (only those that differ from today's).
    QList<QPair<QString, QString>> versions;
    /// Errors the mixed state has that today's estate has not: empty when it is compatible.
    QList<Conflict> newErrors;
    bool isCompatible() const { return newErrors.isEmpty(); }
};

/// The mixed state left when wave @p wave of @p schedule stops after @p done of its steps.
MixedState stopWave(const Estate &estate, const Schedule &schedule, int wave, int done);

} // namespace planner
