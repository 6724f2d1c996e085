// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"
#include "versions/Version.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

/// One occurrence of a maintenance window: a weekly repeat of MaintenanceWindow, with its own
/// date. Times are wall-clock times in the project's time zone (QDateTime with Qt::UTC spec, as
/// everywhere in the estate); `minutes` is its real length, an hour shorter or longer on the
/// night the clocks change.
struct WindowOccurrence
{
    QString window; ///< MaintenanceWindow::id
    int repeat = 0; ///< 0 for the first occurrence, 1 a week later...
    QDateTime start;
    QDateTime end;
    int minutes = 0;  ///< real length
    int parallel = 1; ///< lanes: steps that may run at the same time
    QString freeze;   ///< reason of a freeze it overlaps (then it is never used); empty if none

    /// Steps placed in it (indices into Schedule::steps, by start); empty: not used.
    QList<int> steps;
    /// If every step in it rolls back: each lane runs its steps one after another, every step
    /// taking its full time including the rollback, and the next one waiting for it. The latest
    /// lane end. Null when the occurrence is not used.
    QDateTime worstCaseEnd;
    /// Minutes worstCaseEnd lies past the window's end (0 when it stays inside).
    int overrunMinutes = 0;

    bool isUsed() const { return !steps.isEmpty(); }
    /// Stable name of the occurrence: "<window id>-<yyyyMMdd of its start>".
    QString key() const { return window + u'-' + start.date().toString(u"yyyyMMdd"); }
};

/// A plan step with its place in time. All times are wall-clock times (see WindowOccurrence).
/// The step runs prepare, backup, execute, verify and the go/no-go decision back to back; the
/// rollback reserve after the decision is planned time that must also end inside the window.
struct ScheduledStep
{
    int planStep = -1; ///< index into UpgradePlan::steps
    QString component;
    Version from;
    Version to;
    int wave = 1;
    int group = -1;
    int window = -1; ///< index into Schedule::windows
    int lane = 0;    ///< 0-based lane inside the window occurrence

    QDateTime start; ///< preparation begins
    QDateTime backupStart;
    QDateTime executeStart;
    QDateTime verifyStart;
    QDateTime end;     ///< verification done: complete if nothing fails
    QDateTime decided; ///< go/no-go decision taken; the lane is free for the next step
    /// The latest moment this step alone can be rolled back: the earlier of
    /// windowPointOfNoReturn and the execute start of the first dependent step (see
    /// pointOfNoReturnBy). Never earlier than `decided`.
    QDateTime pointOfNoReturn;
    QDateTime rollbackEnd;   ///< worst case: rollback started right after the decision
    qint64 realStart = 0;    ///< `start` as seconds since the epoch (true UTC), for drawing
    int rollbackMinutes = 0; ///< the reserve: rollback, or the restore for irreversible steps
    bool restore = false;    ///< the rollback is a restore of the backup (reversible: false)
    QStringList staff;       ///< who carries it out, one per needed role
    /// The scheduled step that fixed this one's start (previous step in its lane, or the step
    /// ending the previous wave), or -1: the link followed by the critical path.
    int after = -1;

    /// What fixes pointOfNoReturn: PointOfNoReturnBy::Window (later, the step's own rollback
    /// would not end inside the window) or PointOfNoReturnBy::Dependent (later, a step that
    /// depends on this one has started, so rolling this one back means rolling that one back
    /// too: a cascade). `windowPointOfNoReturn` keeps the window's limit alone.
    /// Dependents are the scheduled steps that start at or after this step's decision and whose
    /// component depends directly on this step's component (a dependency from it to this one),
    /// and the same component's next step; steps of the same group roll back together and do
    /// not count. The first of them to reach its execute phase fixes the point when that comes
    /// before the window's limit.
    enum class PointOfNoReturnBy { Window, Dependent };
    PointOfNoReturnBy pointOfNoReturnBy = PointOfNoReturnBy::Window;
    /// The first dependent step to start (index into Schedule::steps) when
    /// pointOfNoReturnBy is Dependent, else -1.
    int dependent = -1;
    /// window end - rollback reserve: the latest moment to start the rollback and still end
    /// inside the window, the limit of the window alone. Never earlier than `decided`.
    QDateTime windowPointOfNoReturn;

    /// Why the step is not earlier: the earliest window occurrence that turned it down (index
    /// into Schedule::windows), or -1 when it runs in the first occurrence it could use at all.
    /// That is the first occurrence ending after the waves before it were decided, when it is
    /// not the step's own; else, when earlier occurrences all ended before that, the first of
    /// them with cause `order`. `notEarlierCause` is one of the schedulecause words ("order",
    /// "duration", "freeze", "peak", "staff", "lanes"); `notEarlier` says it in words for a
    /// person, naming the occurrence and what failed there, and how many later occurrences
    /// (before its own) turned it down for the same reason ("sat-night Sat 2027-02-27 22:00:
    /// the window is 6 h, the step needs 6 h 15 min with rollback; the same in 11 later
    /// windows").
    int notEarlierWindow = -1;
    QString notEarlierCause;
    QString notEarlier;
};

/// Words for what turned a step down in a window occurrence (JSON and tests use them as they
/// are): `order` the wave before had not ended (or the step it waits for), `duration` the
/// occurrence is shorter than the step's need, `freeze` it touches a freeze, `peak` the step
/// would overlap a peak of a process it affects, `staff` nobody with a needed role is free,
/// `lanes` every lane is taken until too late.
namespace schedulecause {
inline constexpr char order[] = "order";
inline constexpr char duration[] = "duration";
inline constexpr char freeze[] = "freeze";
inline constexpr char peak[] = "peak";
inline constexpr char staff[] = "staff";
inline constexpr char lanes[] = "lanes";
} // namespace schedulecause

/// A plan step the schedule could not place, and why in words for a person; also an upgrade
/// the plan itself blocked (no step: planStep -1, cause `blocked`).
struct UnscheduledStep
{
    int planStep = -1;
    QString component;
    Version from;
    Version to;
    int wave = 1;
    QString reason;
    /// The conflict type of the cause (`window-too-short`, `freeze-violation`, `peak-violation`,
    /// `staff-unavailable`), or `after-unscheduled` for a step of a later wave than an
    /// unscheduled one, `unknown-component`, or `blocked` for an upgrade the plan blocked.
    QString cause;
    /// The window occurrence that came closest to taking it (index into Schedule::windows), or
    /// -1 when none was tried (no window at all, none left after the wave before, a role
    /// nobody holds, a step waiting for an unscheduled one); what failed there as a
    /// schedulecause word. Closest: of the occurrences ending after the waves before were
    /// decided, among those long enough for the step, the one where the least time was
    /// missing (how much longer it would have had to be for the step to fit from when it could
    /// begin there; a frozen one counts as if it were not frozen); when none is long enough,
    /// the longest. Ties go to the earliest; so do occurrences ruled out whole (a freeze, or
    /// the only holders of a role away), where no extra length would help. `reason` is a one-line summary, then "; closest: "
    /// and that occurrence with what failed there, in figures (when every window is too short,
    /// the summary names the longest in place: "longest window is 4 h (sat Sat 2027-01-09
    /// 22:00), the step needs 5 h 15 min with rollback").
    int closestWindow = -1;
    QString closestCause;
    /// What it waited for: the wave whose end it could not start before (0: none) and the
    /// step that ended that wave, as "component from -> to" (empty: none).
    int waitedForWave = 0;
    QString waitedForStep;
};

/// How long a business process goes without one of the components it relies on.
/// `minutes`: time during which at least one component it relies on (used directly or
/// through dependencies) is in its execute or verify phase, overlapping steps counted once.
/// `worstCaseMinutes`: the same from execute to the end of the rollback reserve.
struct ProcessDowntime
{
    QString process;
    QString name;
    int minutes = 0;
    int worstCaseMinutes = 0;
    int steps = 0; ///< scheduled steps affecting it
};

/// The result of scheduleUpgrade(): where each plan step runs, what could not be placed and the
/// totals project leads ask for.
struct Schedule
{
    QString timezone; ///< the project's time zone as used; empty: plain wall-clock time
    QList<WindowOccurrence> windows;    ///< every occurrence considered, by start
    QList<ScheduledStep> steps;         ///< by start, then lane
    QList<UnscheduledStep> unscheduled; ///< in plan order, then the plan's blocked upgrades
    QList<ProcessDowntime> downtime;    ///< every process, in estate order
    /// The chain of steps that determines the finish (indices into steps, first to last): each
    /// starts when the previous one's decision is taken (same lane or end of the previous wave).
    QList<int> criticalPath;
    /// One per cause of unscheduled steps, in the target state, with keys
    /// "<type>:target:<components>:<to>" that waivers can name (a waived one is still listed).
    /// Types: `window-too-short` (no window long enough, or every one full),
    /// `freeze-violation` (the windows that would fit overlap a freeze), `peak-violation`
    /// (every window that fits meets a peak of a process the step affects) and
    /// `staff-unavailable` (nobody with a needed role is free in any window that fits).
    QList<Conflict> conflicts;
    QStringList notes; ///< assumptions worth knowing (time zone, groups...)
    int windowsUsed = 0;
    QDateTime finish; ///< end of the last step (verification done); null if none placed

    bool isComplete() const { return unscheduled.isEmpty(); }
};

} // namespace planner
