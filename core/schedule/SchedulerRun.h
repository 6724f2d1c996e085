// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/schedule: the state of one scheduleUpgrade() call. Times inside are real
// seconds since the epoch (true UTC); they become wall-clock QDateTimes only in the result.

#include "FirstFitTree.h"
#include "Schedule.h"
#include "Scheduler.h"
#include "WallClock.h"

#include <QCoreApplication>
#include <QSet>

#include <limits>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace planner {

class Estate;
struct UpgradePlan;

namespace schedule_detail {

/// "No time yet": earlier than any real moment, yet safe to add durations to.
inline constexpr qint64 never = std::numeric_limits<qint64>::min() / 4;

/// One window occurrence while scheduling.
struct Occurrence
{
    int window = 0; ///< index into Estate::windows
    int repeat = 0;
    qint64 wallStart = 0;
    qint64 wallEnd = 0;
    qint64 realStart = 0;
    qint64 realEnd = 0;
    int parallel = 1;
    int freeze = -1; ///< index into Estate::freezes of the first freeze it overlaps
    // Lanes, created on first use: when each is free, the last step placed in it, and a
    // min-heap of (free from, lane) whose outdated entries are dropped when they surface.
    std::vector<qint64> laneFree;
    std::vector<int> laneLast; ///< placement, -1 when empty
    std::vector<std::pair<qint64, int>> laneHeap;

    qint64 span() const { return realEnd - realStart; }
};

/// What one plan step needs, in seconds.
struct StepNeeds
{
    int planStep = -1;
    int component = -1;   ///< estate row, -1 when unknown
    qint64 toBackup = 0;  ///< prepare
    qint64 toExecute = 0; ///< + backup
    qint64 toVerify = 0;  ///< + execute
    qint64 toEnd = 0;     ///< + verify
    qint64 toDecided = 0; ///< + decision
    qint64 need = 0;      ///< + rollback reserve: everything that must fit in the window
    bool restore = false;
    std::vector<int> roles;         ///< indices into SchedulerRun::m_roles
    std::vector<int> peakProcesses; ///< affected processes that have peaks
};

struct Booking
{
    qint64 end = 0;
    int occurrence = -1;
    int lane = 0;
};

/// Why an occurrence that is long enough did not take a step.
enum class Cause { Full, Peak, StaffAway, StaffBusy };

struct Rejection
{
    Cause cause = Cause::Full;
    int index = -1;  ///< process (Peak) or role (Staff*)
    int person = -1; ///< StaffAway: who is away; StaffBusy: who was busy (-1: not known)
    int range = -1;  ///< StaffAway: which of their absences
    /// Peak: the step could not start at the window's start (lanes taken, or the previous wave
    /// still running) and by the time it could, a peak was too close.
    bool late = false;
    /// The wave before, not the lane, fixed when the step could begin (Full, late Peak).
    bool byWave = false;
    qint64 free = 0;  ///< when the lane and the wave before let the step begin there
    qint64 start = 0; ///< the start it was pushed to when it no longer fitted (start + need > end)
    qint64 from = 0;  ///< Peak: the peak that stopped it begins; StaffBusy: the busy step ends
    qint64 until = 0; ///< Peak: that peak ends
};

/// What turned one step down in one occurrence, with the figures to say it in words.
struct Verdict
{
    enum Kind : char { None, Order, Duration, Freeze, Peak, Staff, Lanes };
    Kind kind = None;
    int occurrence = -1;
    Rejection why;      ///< details (Peak, Staff; free and start for every kind)
    qint64 missing = 0; ///< how much longer the occurrence would have to be (0: it would fit)
};

/// The schedulecause word of a verdict ("order", "duration"...); empty for None.
const char *causeWord(Verdict::Kind kind);

struct Placement
{
    int step = -1; ///< index into m_needs
    int occurrence = -1;
    int lane = 0;
    qint64 start = 0;
    int after = -1; ///< placement that fixed the start (critical path)
    std::vector<int> staff;
    // Why not earlier: the first occurrence after the wave before ended that turned it down
    // (or the order verdict when every earlier one ended before it), and how many occurrences
    // between that one and its own turned it down for the same reason.
    Verdict notEarlier;
    int sameCause = 0;
    int verdictStep = -1; ///< whose needs the verdict weighs: in a group, its longest member
    qint64 barrier = 0;   ///< when the waves before were decided (never: none)
    int barrierStep = -1; ///< the placement that decided last among them
};

/// The occurrences that turned down one step or group, and what the failing step needed.
struct Diagnosis
{
    int step = -1; ///< the member whose needs are described (longest need)
    qint64 barrier = 0;
    int barrierWave = 0;
    int barrierStep = -1;          ///< the placement that decided last in the waves before
    int first = 0;                 ///< first occurrence index considered
    std::vector<int> missingRoles; ///< roles nobody on the staff holds
    bool group = false;            ///< a group: "full" may mean too short for all together
    std::vector<std::pair<int, Rejection>> rejected; ///< (occurrence, why)
};

/// An unscheduled step's reason in words and what backs it.
struct Explanation
{
    QString reason;
    QString type;    ///< conflict type
    Verdict closest; ///< the occurrence that came closest (kind None: none)
};

class SchedulerRun
{
public:
    SchedulerRun(const Estate &estate, const UpgradePlan &plan, const ScheduleOptions &options);
    Schedule run();

private:
    // SchedulerRun.cpp: setup and the placement loop
    void expandOccurrences();
    void prepareSteps();
    void placeAll();
    bool placeUnit(const std::vector<int> &unit, qint64 barrier, int barrierStep, int wave);
    bool placeIn(int occurrence, int step, qint64 barrier, int barrierStep, Rejection *why);
    qint64 tryLane(int occurrence, int lane, const StepNeeds &s, qint64 barrier,
                   std::vector<int> *assigned, Rejection *why, bool *peaked);
    void ensureLanes(Occurrence &o);
    static int freeLane(Occurrence &o);
    void refreshTree(int occurrence);
    int firstOccurrenceEndingAfter(qint64 real) const;
    void unschedule(int step, const QString &reason, const QString &cause,
                    const Verdict &closest = {}, int waitedForStep = -1);

    // SchedulerConstraints.cpp: processes, peaks, staff
    void computeAffectedProcesses();
    void prepareStaff();
    const std::vector<std::pair<qint64, qint64>> &peakIntervals(int occurrence, int process);
    qint64 pushPastPeaks(int occurrence, const StepNeeds &s, qint64 t, int *process,
                         std::pair<qint64, qint64> *peak);
    qint64 fitStaff(int occurrence, int lane, const StepNeeds &s, qint64 t,
                    std::vector<int> *assigned, Rejection *why) const;
    qint64 roleKey(int occurrence, int role) const
    {
        return qint64(occurrence) * qint64(m_roles.size()) + role;
    }
    qint64 earliestFor(int person, int occurrence, int lane, qint64 need, qint64 t,
                       Rejection *why) const;

    // ScheduleVerdicts.cpp: what turned a step down in one occurrence, in words
    Verdict verdictAt(int occurrence, const StepNeeds &s, qint64 barrier, const Rejection *rejected);
    /// Why a unit of @p d placed in @p occurrence is not earlier, and how many occurrences
    /// after that one and before its own turned it down for the same reason.
    std::pair<Verdict, int> notEarlier(const Diagnosis &d, int occurrence);
    QString occurrenceText(int occurrence) const;
    QString verdictText(const Verdict &v, const StepNeeds &s, qint64 barrier, int barrierStep) const;
    QString notEarlierText(const Placement &p) const;
    /// "wave 3 ends <when> with pg 14 -> 16": the end of the waves before a step.
    QString waveEndText(const QString &when, int barrierStep) const;
    QString withinText(qint64 real, int occurrence) const;

    // SchedulePointOfNoReturn.cpp: the first dependent step to start after each decision
    std::vector<int> firstDependents() const;

    // ScheduleReasons.cpp: unscheduled reasons in words
    Explanation explain(const Diagnosis &d);
    QString stepText(int step) const;
    QString freezeText(int freeze) const;
    QString processPeakText(int process) const;
    QString wallText(qint64 real) const;

    // ScheduleTotals.cpp: the result
    Schedule assemble();
    void addDowntime(Schedule &out) const;

    const Estate &m_estate;
    const UpgradePlan &m_plan;
    ScheduleOptions m_options;
    WallClock m_clock;

    std::vector<Occurrence> m_occurrences; ///< by real start
    std::vector<qint64> m_prefixMaxEnd;    ///< max realEnd of occurrences [0..i]
    qint64 m_longest = 0;                  ///< longest occurrence, any
    FirstFitTree m_tree;

    std::vector<StepNeeds> m_needs; ///< one per plan step, same index
    std::vector<Placement> m_placed;
    std::vector<int> m_placementOf; ///< plan step -> placement or -1
    std::vector<UnscheduledStep> m_unscheduled;
    // Texts of unscheduled steps, one copy each: after one step fails, every later wave waits
    // with the same words, and 200,000 copies of them would be most of the schedule's memory.
    QSet<QString> m_unscheduledTexts;
    int m_waitedForStep = -1;
    QString m_waitedForText;
    std::vector<Conflict> m_conflicts;
    QStringList m_notes;

    // Components -> processes they affect (CSR over estate rows).
    std::vector<int> m_affectedStart;
    std::vector<int> m_affected;
    /// Dependencies between estate rows: (dependent, what it depends on).
    std::vector<std::pair<int, int>> m_edges;

    QStringList m_roles;                                            ///< every role some step needs
    std::vector<std::vector<int>> m_roleHolders;                    ///< role -> staff indices
    std::vector<std::vector<std::pair<qint64, qint64>>> m_absences; ///< staff -> Julian days
    std::vector<std::multimap<qint64, Booking>> m_bookings;         ///< staff -> by start
    /// (occurrence, role) -> the lanes its holders last worked in there (a few, newest last).
    std::unordered_map<qint64, std::vector<int>> m_roleLanes;
    /// (occurrence, role) -> its holders ordered by when their last step there ends: the order
    /// in which to ask them, so that a free holder is usually the first one asked. Only a hint:
    /// each holder asked is checked exactly.
    mutable std::unordered_map<qint64, std::set<std::pair<qint64, int>>> m_roleQueue;
    std::unordered_map<qint64, qint64> m_personLastEnd; ///< (occurrence, staff) -> end
    /// (occurrence, role) -> the last time every holder was found busy: from `from` until
    /// `until` none could start a step needing `need` or more. Bookings only ever grow, so a
    /// later search in that span for a step as long starts at `until` directly.
    struct BusySpan
    {
        qint64 from = 0;
        qint64 until = 0;
        qint64 need = 0;
    };
    mutable std::unordered_map<qint64, BusySpan> m_roleBusy;
    const std::set<std::pair<qint64, int>> &roleQueue(int occurrence, int role) const;
    /// (occurrence, role) -> the shortest need that found no free holder of the role there, and
    /// why. Bookings, lanes and the wave barrier only ever move later, so any step needing that
    /// role and at least as long fails there too: it is turned down without asking each holder.
    std::unordered_map<qint64, std::pair<qint64, Rejection>> m_staffExhausted;
    qint64 m_longestNeed = 0;

    std::unordered_map<qint64, std::vector<std::pair<qint64, qint64>>> m_peakCache;
    mutable std::vector<QString> m_occurrenceNames; ///< occurrenceText(), made on first use
    /// notEarlierText() of the occurrences ending before a wave: (barrier step, count) -> text.
    mutable std::map<std::pair<int, int>, QString> m_orderTexts;
};

/// Translation context of the scheduler's sentences.
class SchedulerText
{
    Q_DECLARE_TR_FUNCTIONS(SchedulerText)
};

} // namespace schedule_detail
} // namespace planner
