// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The smallest fix (issue 17): for a step the schedule could not place and for a blocking
// conflict, the changes that would resolve it, each checked by planning again with the change
// made. Kinds, and how they are ordered, in docs/cli.md ("Fixes").

#include "compat/Conflict.h"
#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/Schedule.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace planner {

/// The stable names of the kinds of fix, as `check --json` and `schedule --json` write them.
namespace fixkind {
inline constexpr char shortenPhase[] = "shorten-phase"; ///< a phase of the step N minutes shorter
inline constexpr char longerWindow[] = "longer-window"; ///< one window occurrence N minutes longer
inline constexpr char moreLanes[] = "more-lanes";     ///< one occurrence runs one more step at once
inline constexpr char laterWindow[] = "later-window"; ///< a window repeated N more weeks
inline constexpr char assignRole[] = "assign-role";   ///< someone already on the staff takes a role
inline constexpr char addStaff[] = "add-staff"; ///< a new person with the roles the step needs
inline constexpr char steppingStone[] = "stepping-stone"; ///< the upgrade stops at an earlier release
inline constexpr char waiver[] = "waiver";                ///< the rule waived, with who and why
} // namespace fixkind

/// One change that resolves a problem, checked by planning again with it made.
struct Fix
{
    QString kind;        ///< fixkind::*
    QString description; ///< what to change and what planning again showed, for a person
    /// Smaller first: the kind's rank (a change to the step itself, then to one window, to a
    /// series of windows, to the staff, to the target, and a waiver last), then the amount
    /// (minutes, weeks, releases skipped).
    int rank = 0;
    qint64 amount = 0;
    /// For a step: the window occurrence it is then placed in ("sat-night-20271002").
    QString scheduledIn;
    Estate estate; ///< the estate with the change made: applying the fix is replacing it
};

/// Who records a waiver a fix proposes, and why.
struct FixOptions
{
    QString who;
    QString why;
    int maxFixes = 6; ///< at most this many per problem, the smallest
};

/// A conflict that stops the plan: an error no waiver covers.
bool isBlockingConflict(const Conflict &conflict);

/// The fixes for @p step, one of @p schedule's unscheduled steps (scheduleUpgrade(estate, plan)),
/// smallest first. Each places the step when the estate is scheduled again and leaves every step
/// that was placed still placed. A step that waits for an unscheduled one gets the fixes of the
/// step it waits for that place it too.
QList<Fix> fixesForUnscheduled(const Estate &estate, const UpgradePlan &plan,
                               const Schedule &schedule, const UnscheduledStep &step,
                               const FixOptions &options = {});

/// The fixes for a blocking @p conflict of checkCompatibility(estate) or of @p schedule,
/// smallest first: for a conflict of the schedule those of its unscheduled step; for the others
/// another target where one resolves it without a new error, and a waiver.
QList<Fix> fixesForConflict(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                            const Conflict &conflict, const FixOptions &options = {});

/// Fixes for many problems at once, in the order of the problems; a problem past the limit has
/// none looked for (std::nullopt).
using FixLists = QList<std::optional<QList<Fix>>>;

/// The fixes of @p conflicts' blocking ones, for the first @p limit of them.
FixLists fixesForConflicts(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                           const QList<Conflict> &conflicts, int limit,
                           const FixOptions &options = {});
/// The fixes of every unscheduled step of @p schedule, for the first @p limit of them.
FixLists fixesForSchedule(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                          int limit, const FixOptions &options = {});

/// [{"kind", "description", "scheduledIn"?}], as the `fixes` member of `check --json` and
/// `schedule --json`.
QJsonArray fixesToJson(const QList<Fix> &fixes);

} // namespace planner
