// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"

#include <QDate>
#include <QFlags>
#include <QList>

namespace planner {

class Estate;
class Lifecycle;
class RequirementChecker;

/// What checkCompatibility() looks at and the dates it judges against.
struct CheckOptions
{
    enum StateFlag {
        CurrentState = 0x1,      ///< today's versions: what is broken already
        TargetState = 0x2,       ///< the targets: whether the plan can end well
        IntermediateState = 0x4, ///< the states the upgrade passes through
        AllStates = 0x7
    };
    Q_DECLARE_FLAGS(States, StateFlag)

    States states = AllStates;
    /// The day the plan starts; null: the estate's project.start. Dates are judged against the
    /// plan, never against today's clock, so the same estate always gives the same answer.
    QDate planStart;
    /// The day the plan completes (set from the schedule); null: planStart.
    QDate planFinish;
    /// The end-of-support data; null: the data bundled with the application.
    const Lifecycle *lifecycle = nullptr;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(CheckOptions::States)

/// Finds what will break when the estate moves from its current versions to its targets, each
/// conflict with a stable type and key, a severity, the components involved and a message:
/// unsatisfied requirements (dependency ranges and catalog rules) in the current, target and
/// intermediate states, targets without an upgrade path, dependency cycles, ended support,
/// drift of a product's versions across sites, references to things that do not exist, and
/// irreversible steps whose backups were never or too long ago restored. Conflicts covered by
/// a waiver of the estate that has not expired by the plan start are marked waived.
/// The order of the result is deterministic: structure first, then state by state.
/// A pure function of its arguments: call it from any thread.
QList<Conflict> checkCompatibility(const Estate &estate, const CheckOptions &options = {});

/// The same, reusing a checker built from @p estate (e.g. one the ordering also uses).
QList<Conflict> checkCompatibility(const Estate &estate, const RequirementChecker &checker,
                                   const CheckOptions &options = {});

/// True when some conflict is an error that no waiver covers: the plan should not go ahead.
bool hasBlockingConflict(const QList<Conflict> &conflicts);

} // namespace planner
