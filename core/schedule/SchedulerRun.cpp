// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulerRun.h"

#include "PlannedMinutes.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace planner {

Schedule scheduleUpgrade(const Estate &estate, const UpgradePlan &plan,
                         const ScheduleOptions &options)
{
    return schedule_detail::SchedulerRun(estate, plan, options).run();
}

namespace schedule_detail {

namespace {
constexpr qint64 minute = 60;
constexpr qint64 week = 7 * 86400;
} // namespace

SchedulerRun::SchedulerRun(const Estate &estate, const UpgradePlan &plan,
                           const ScheduleOptions &options)
    : m_estate(estate)
    , m_plan(plan)
    , m_options(options)
    , m_clock(estate.project.timezone)
{
}

Schedule SchedulerRun::run()
{
    if (m_estate.project.timezone.isEmpty()) {
        m_notes << SchedulerText::tr(
            "The project has no time zone: times are plain wall-clock times and "
            "every night is as long as the clock says.");
    } else if (!m_clock.hasTimeZone()) {
        m_notes << SchedulerText::tr(
                       "Time zone %1 is unknown: times are plain wall-clock times and every "
                       "night is as long as the clock says.")
                       .arg(m_estate.project.timezone);
    }
    expandOccurrences();
    prepareSteps();
    computeAffectedProcesses();
    prepareStaff();
    placeAll();
    return assemble();
}

void SchedulerRun::expandOccurrences()
{
    QDate notBefore = m_options.notBefore.isValid() ? m_options.notBefore : m_estate.project.start;
    const qint64 firstWall = notBefore.isValid() ? WallClock::midnight(notBefore.toJulianDay())
                                                 : never;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (int w = 0; w < m_estate.windows.size(); ++w) {
        const MaintenanceWindow &window = m_estate.windows[w];
        if (!window.start.isValid() || !window.end.isValid())
            continue;
        const qint64 start = window.start.toSecsSinceEpoch();
        const qint64 end = std::max(start, window.end.toSecsSinceEpoch());
        for (int r = 0; r < std::max(1, window.repeatWeekly); ++r) {
            Occurrence o;
            o.window = w;
            o.repeat = r;
            o.wallStart = start + r * week;
            o.wallEnd = end + r * week;
            o.parallel = std::max(1, window.parallel);
            if (o.wallStart < firstWall)
                continue;
            lo = std::min(lo, o.wallStart);
            hi = std::max(hi, o.wallEnd);
            m_occurrences.push_back(std::move(o));
        }
    }
    if (m_occurrences.empty())
        return;
    m_clock.cover(lo, hi);

    for (Occurrence &o : m_occurrences) {
        o.realStart = m_clock.toReal(o.wallStart);
        o.realEnd = std::max(o.realStart, m_clock.toReal(o.wallEnd));
        // A freeze covers whole days: the occurrence overlaps it when any day it touches is in it.
        const qint64 firstDay = WallClock::julianDay(o.wallStart);
        const qint64 lastDay = WallClock::julianDay(std::max(o.wallStart, o.wallEnd - 1));
        for (int f = 0; f < m_estate.freezes.size() && o.freeze < 0; ++f) {
            const DateRange &days = m_estate.freezes[f].days;
            if (days.start.toJulianDay() <= lastDay && days.end.toJulianDay() >= firstDay)
                o.freeze = f;
        }
    }
    std::stable_sort(m_occurrences.begin(), m_occurrences.end(),
                     [](const Occurrence &a, const Occurrence &b) {
                         return a.realStart < b.realStart;
                     });

    m_tree = FirstFitTree(int(m_occurrences.size()));
    m_prefixMaxEnd.resize(m_occurrences.size());
    qint64 maxEnd = never;
    for (size_t i = 0; i < m_occurrences.size(); ++i) {
        const Occurrence &o = m_occurrences[i];
        maxEnd = std::max(maxEnd, o.realEnd);
        m_prefixMaxEnd[i] = maxEnd;
        m_longest = std::max(m_longest, o.span());
        // A frozen occurrence never takes a step: it stays out of the tree.
        m_tree.set(int(i), o.freeze >= 0 ? -1 : o.span());
    }
}

void SchedulerRun::prepareSteps()
{
    const int decision = std::max(0, m_estate.project.decisionMinutes);
    m_needs.resize(m_plan.steps.size());
    m_placementOf.assign(m_plan.steps.size(), -1);
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        StepNeeds &s = m_needs[size_t(i)];
        s.planStep = i;
        s.component = m_estate.indexOf(m_plan.steps[i].component);
        if (s.component < 0)
            continue;
        const Component &c = m_estate.component(s.component);
        const auto mins = [&](Phase p) {
            return qint64(std::max(0, plannedMinutes(m_estate, c, p))) * minute;
        };
        qint64 rollback = mins(Phase::Rollback);
        if (!c.reversible) {
            s.restore = true;
            if (c.backup && c.backup->restoreMinutes)
                rollback = std::max(rollback,
                                    qint64(std::max(0, *c.backup->restoreMinutes)) * minute);
        }
        s.toBackup = mins(Phase::Prepare);
        s.toExecute = s.toBackup + mins(Phase::Backup);
        s.toVerify = s.toExecute + mins(Phase::Execute);
        s.toEnd = s.toVerify + mins(Phase::Verify);
        s.toDecided = s.toEnd + decision * minute;
        s.need = s.toDecided + rollback;
        m_longestNeed = std::max(m_longestNeed, s.need);
    }
}

void SchedulerRun::unschedule(int step, const QString &reason, const QString &cause,
                              const Verdict &closest, int waitedForStep)
{
    const PlanStep &p = m_plan.steps[step];
    UnscheduledStep u;
    u.planStep = step;
    u.component = p.component;
    u.from = p.from;
    u.to = p.to;
    u.wave = p.wave;
    u.reason = *m_unscheduledTexts.insert(reason);
    u.cause = cause;
    if (closest.kind != Verdict::None) {
        u.closestWindow = closest.occurrence;
        u.closestCause = QLatin1String(causeWord(closest.kind));
    }
    if (waitedForStep >= 0) {
        u.waitedForWave = m_plan.steps[waitedForStep].wave;
        if (m_waitedForStep != waitedForStep) {
            m_waitedForStep = waitedForStep;
            m_waitedForText = stepText(waitedForStep);
        }
        u.waitedForStep = m_waitedForText;
    }
    m_unscheduled.push_back(std::move(u));
}

int SchedulerRun::firstOccurrenceEndingAfter(qint64 real) const
{
    const auto it = std::upper_bound(m_prefixMaxEnd.begin(), m_prefixMaxEnd.end(), real);
    return int(it - m_prefixMaxEnd.begin());
}

void SchedulerRun::ensureLanes(Occurrence &o)
{
    if (!o.laneFree.empty())
        return;
    o.laneFree.assign(size_t(o.parallel), o.realStart);
    o.laneLast.assign(size_t(o.parallel), -1);
    o.laneHeap.reserve(size_t(o.parallel));
    for (int lane = 0; lane < o.parallel; ++lane)
        o.laneHeap.emplace_back(o.realStart, lane); // ascending: already a min-heap
}

int SchedulerRun::freeLane(Occurrence &o)
{
    // Lanes only get busier, so an entry older than its lane's free time is outdated.
    while (o.laneHeap.front().first != o.laneFree[size_t(o.laneHeap.front().second)]) {
        std::pop_heap(o.laneHeap.begin(), o.laneHeap.end(), std::greater<>());
        o.laneHeap.pop_back();
    }
    return o.laneHeap.front().second;
}

void SchedulerRun::refreshTree(int occurrence)
{
    Occurrence &o = m_occurrences[size_t(occurrence)];
    m_tree.set(occurrence, o.freeze >= 0 ? -1 : o.realEnd - o.laneFree[size_t(freeLane(o))]);
}

void SchedulerRun::placeAll()
{
    std::vector<int> order(m_plan.steps.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_plan.steps[a].wave < m_plan.steps[b].wave; });
    std::vector<std::vector<int>> groupMembers(m_plan.groups.size());
    for (int i : order) {
        const int g = m_plan.steps[i].group;
        if (g >= 0 && g < int(groupMembers.size()))
            groupMembers[size_t(g)].push_back(i);
    }
    for (size_t g = 0; g < groupMembers.size(); ++g) {
        const auto &m = groupMembers[g];
        if (!m.empty() && m_plan.steps[m.front()].wave != m_plan.steps[m.back()].wave)
            m_notes << SchedulerText::tr(
                           "Group %1 spans waves %2 to %3: all its steps are placed together "
                           "with wave %2.")
                           .arg(g + 1)
                           .arg(m_plan.steps[m.front()].wave)
                           .arg(m_plan.steps[m.back()].wave);
    }

    std::vector<char> handled(order.size(), 0);
    qint64 barrier = never; // decision of the last step of the waves done so far
    int barrierStep = -1;
    int blockingStep = -1; // first unscheduled step of an earlier wave
    QString waits;         // the reason of every step after it (blockingStep is set once)
    const QString afterUnscheduled = QStringLiteral("after-unscheduled");
    size_t i = 0;
    while (i < order.size()) {
        const int wave = m_plan.steps[order[i]].wave;
        qint64 waveDone = barrier;
        int waveDoneStep = barrierStep;
        int firstFailure = -1;
        for (; i < order.size() && m_plan.steps[order[i]].wave == wave; ++i) {
            const int s = order[i];
            if (handled[size_t(s)])
                continue;
            const int g = m_plan.steps[s].group;
            std::vector<int> unit = g >= 0 && g < int(groupMembers.size()) ? groupMembers[size_t(g)]
                                                                           : std::vector<int>{s};
            for (int u : unit)
                handled[size_t(u)] = 1;
            if (blockingStep >= 0) {
                if (waits.isNull())
                    waits = SchedulerText::tr("waits for wave %1, where %2 is unscheduled")
                                .arg(m_plan.steps[blockingStep].wave)
                                .arg(stepText(blockingStep));
                for (int u : unit)
                    unschedule(u, waits, afterUnscheduled, {}, blockingStep);
                continue;
            }
            if (!placeUnit(unit, barrier, barrierStep, wave)) {
                if (firstFailure < 0)
                    firstFailure = unit.front();
                continue;
            }
            for (int u : unit) {
                const Placement &p = m_placed[size_t(m_placementOf[size_t(u)])];
                const qint64 decided = p.start + m_needs[size_t(u)].toDecided;
                if (decided > waveDone) {
                    waveDone = decided;
                    waveDoneStep = m_placementOf[size_t(u)];
                }
            }
        }
        if (firstFailure >= 0 && blockingStep < 0)
            blockingStep = firstFailure;
        barrier = waveDone;
        barrierStep = waveDoneStep;
    }
}

bool SchedulerRun::placeUnit(const std::vector<int> &unit, qint64 barrier, int barrierStep, int wave)
{
    for (int u : unit) {
        if (m_needs[size_t(u)].component < 0) {
            for (int v : unit)
                unschedule(v,
                           v == u ? SchedulerText::tr("component %1 is not in the estate")
                                        .arg(m_plan.steps[u].component)
                                  : SchedulerText::tr(
                                        "moves with %1, whose component is not in the estate")
                                        .arg(m_plan.steps[u].component),
                           QStringLiteral("unknown-component"));
            return false;
        }
    }
    Diagnosis diagnosis;
    diagnosis.step = unit.front();
    for (int u : unit)
        if (m_needs[size_t(u)].need > m_needs[size_t(diagnosis.step)].need)
            diagnosis.step = u;
    diagnosis.barrier = barrier;
    diagnosis.barrierWave = barrierStep >= 0 ? m_plan.steps[m_placed[size_t(barrierStep)].step].wave
                                             : wave - 1;
    diagnosis.barrierStep = barrierStep;
    diagnosis.group = unit.size() > 1;
    const qint64 need = m_needs[size_t(diagnosis.step)].need;

    // A role nobody holds rules out every window: no need to search.
    for (int u : unit)
        for (int role : m_needs[size_t(u)].roles)
            if (m_roleHolders[size_t(role)].empty())
                diagnosis.missingRoles.push_back(role);
    const bool searchable = diagnosis.missingRoles.empty();

    const int first = barrier == never ? 0 : firstOccurrenceEndingAfter(barrier);
    diagnosis.first = first;
    int j = searchable ? m_tree.firstAtLeast(first, need) : -1;
    while (j >= 0) {
        Occurrence &o = m_occurrences[size_t(j)];
        ensureLanes(o);
        // A group either goes in whole or not at all: keep what to restore.
        const auto laneFreeBefore = o.laneFree;
        const auto laneLastBefore = o.laneLast;
        const auto laneHeapBefore = o.laneHeap;
        const size_t placedBefore = m_placed.size();
        Rejection why;
        bool ok = true;
        for (int u : unit) {
            if (!placeIn(j, u, barrier, barrierStep, &why)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            refreshTree(j);
            const auto [verdict, same] = notEarlier(diagnosis, j);
            for (size_t p = placedBefore; p < m_placed.size(); ++p) {
                Placement &pl = m_placed[p];
                pl.notEarlier = verdict;
                pl.sameCause = same;
                pl.verdictStep = diagnosis.step;
                pl.barrier = barrier;
                pl.barrierStep = barrierStep;
            }
            return true;
        }
        if (m_placed.size() > placedBefore) {
            for (size_t p = placedBefore; p < m_placed.size(); ++p) {
                const Placement &pl = m_placed[p];
                m_placementOf[size_t(m_needs[size_t(pl.step)].planStep)] = -1;
                for (int person : pl.staff) {
                    auto &bookings = m_bookings[size_t(person)];
                    auto range = bookings.equal_range(pl.start);
                    for (auto it = range.first; it != range.second; ++it) {
                        if (it->second.occurrence == j && it->second.lane == pl.lane) {
                            bookings.erase(it);
                            break;
                        }
                    }
                }
            }
            m_placed.resize(placedBefore);
            o.laneFree = laneFreeBefore;
            o.laneLast = laneLastBefore;
            o.laneHeap = laneHeapBefore;
        }
        diagnosis.rejected.emplace_back(j, why);
        j = m_tree.firstAtLeast(j + 1, need);
    }

    const Explanation why = explain(diagnosis);
    const QString &reason = why.reason;
    const QString &type = why.type;
    const int waitedFor = barrierStep >= 0 ? m_placed[size_t(barrierStep)].step : -1;
    QStringList ids;
    for (int u : unit)
        ids << m_plan.steps[u].component;
    if (unit.size() == 1) {
        unschedule(unit.front(), reason, type, why.closest, waitedFor);
    } else {
        const int g = m_plan.steps[unit.front()].group;
        const QString text = SchedulerText::tr(
                                 "group %1 (%2) moves together and fits no window: %3")
                                 .arg(g + 1)
                                 .arg(ids.join(QStringLiteral(", ")), reason);
        for (int u : unit)
            unschedule(u, text, type, why.closest, waitedFor);
    }
    Conflict conflict;
    conflict.type = type;
    conflict.severity = Conflict::Severity::Error;
    conflict.state = Conflict::State::Target;
    conflict.components = ids;
    conflict.message = unit.size() == 1 ? stepText(unit.front()) + QStringLiteral(": ") + reason
                                        : m_unscheduled.back().reason;
    conflict.key = QStringLiteral("%1:target:%2:%3")
                       .arg(type, ids.join(u','), m_plan.steps[unit.front()].to.text());
    m_conflicts.push_back(std::move(conflict));
    return false;
}

qint64 SchedulerRun::tryLane(int occurrence, int lane, const StepNeeds &s, qint64 barrier,
                             std::vector<int> *assigned, Rejection *why, bool *peaked)
{
    const Occurrence &o = m_occurrences[size_t(occurrence)];
    const qint64 laneFree = o.laneFree[size_t(lane)];
    const qint64 free = std::max({o.realStart, barrier, laneFree});
    qint64 t = free;
    Rejection cause; // Full: lanes taken, or the previous wave ends too late
    const auto reject = [&](const Rejection &r, qint64 at) {
        *why = r;
        why->free = free;
        why->late = free > o.realStart;
        why->byWave = barrier > o.realStart && barrier >= laneFree;
        why->start = at;
        return qint64(-1);
    };
    for (;;) {
        if (t + s.need > o.realEnd)
            return reject(cause, t);
        int process = -1;
        std::pair<qint64, qint64> peak;
        const qint64 afterPeaks = pushPastPeaks(occurrence, s, t, &process, &peak);
        if (afterPeaks != t) {
            cause = {Cause::Peak, process};
            cause.from = peak.first;
            cause.until = peak.second;
            t = afterPeaks;
            *peaked = true;
            continue;
        }
        Rejection staffWhy;
        const qint64 afterStaff = fitStaff(occurrence, lane, s, t, assigned, &staffWhy);
        if (afterStaff < 0)
            return reject(staffWhy, staffWhy.start);
        if (afterStaff == t)
            return t;
        cause = staffWhy;
        t = afterStaff;
    }
}

bool SchedulerRun::placeIn(int occurrence, int step, qint64 barrier, int barrierStep, Rejection *why)
{
    Occurrence &o = m_occurrences[size_t(occurrence)];
    const StepNeeds &s = m_needs[size_t(step)];
    for (int role : s.roles) {
        const auto it = m_staffExhausted.find(roleKey(occurrence, role));
        if (it != m_staffExhausted.end() && s.need >= it->second.first) {
            *why = it->second.second;
            return false;
        }
    }
    // The lane free first; for a step needing staff also the lanes its role holders last
    // worked in here, where they may carry on right after their previous decision.
    std::vector<int> lanes{freeLane(o)};
    if (o.parallel > 1) {
        for (int role : s.roles) {
            const auto it = m_roleLanes.find(roleKey(occurrence, role));
            if (it == m_roleLanes.end())
                continue;
            for (int l : it->second)
                if (std::find(lanes.begin(), lanes.end(), l) == lanes.end())
                    lanes.push_back(l);
        }
    }
    qint64 start = -1;
    int lane = -1;
    std::vector<int> staff;
    bool peaked = false;
    for (size_t i = 0; i < lanes.size(); ++i) {
        std::vector<int> assigned;
        Rejection laneWhy;
        const qint64 t = tryLane(occurrence, lanes[i], s, barrier, &assigned, &laneWhy, &peaked);
        if (i == 0)
            *why = laneWhy;
        if (t >= 0 && (start < 0 || t < start)) {
            start = t;
            lane = lanes[i];
            staff = std::move(assigned);
        }
    }
    if (start < 0) {
        // Remember a role that ran out here, unless a peak of this step's own processes
        // played a part (another step would not meet it).
        if (!peaked && (why->cause == Cause::StaffBusy || why->cause == Cause::StaffAway)) {
            auto &entry = m_staffExhausted[roleKey(occurrence, why->index)];
            if (entry.first == 0 || s.need < entry.first)
                entry = {s.need, *why};
        }
        return false;
    }

    Placement p;
    p.step = step;
    p.occurrence = occurrence;
    p.lane = lane;
    p.start = start;
    p.staff = std::move(staff);
    // The critical path follows whichever of the lane and the previous wave ended later.
    const int laneBefore = o.laneLast[size_t(lane)];
    const qint64 laneDecided = laneBefore >= 0 ? o.laneFree[size_t(lane)] : never;
    p.after = barrierStep >= 0 && barrier >= laneDecided ? barrierStep : laneBefore;
    const int index = int(m_placed.size());
    for (size_t r = 0; r < p.staff.size(); ++r) {
        const int person = p.staff[r];
        m_bookings[size_t(person)].emplace(start, Booking{start + s.need, occurrence, lane});
        const qint64 key = roleKey(occurrence, s.roles[r]);
        const qint64 personKey = qint64(occurrence) * qint64(m_bookings.size()) + person;
        const auto last = m_personLastEnd.find(personKey);
        const qint64 before = last == m_personLastEnd.end() ? o.realStart : last->second;
        const qint64 after = std::max(before, start + s.need);
        m_personLastEnd[personKey] = after;
        roleQueue(occurrence, s.roles[r]); // creates it with every holder
        auto &queue = m_roleQueue[key];
        queue.erase({before, person});
        queue.emplace(after, person);
        std::vector<int> &recent = m_roleLanes[key];
        recent.erase(std::remove(recent.begin(), recent.end(), lane), recent.end());
        recent.push_back(lane);
        if (recent.size() > 4)
            recent.erase(recent.begin());
    }
    m_placed.push_back(std::move(p));
    m_placementOf[size_t(s.planStep)] = index;

    o.laneFree[size_t(lane)] = start + s.toDecided;
    o.laneLast[size_t(lane)] = index;
    o.laneHeap.emplace_back(start + s.toDecided, lane);
    std::push_heap(o.laneHeap.begin(), o.laneHeap.end(), std::greater<>());
    return true;
}

} // namespace schedule_detail
} // namespace planner
