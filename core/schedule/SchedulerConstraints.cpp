// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulerRun.h"

#include "ProcessReach.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"

#include <algorithm>
#include <limits>

namespace planner::schedule_detail {

void SchedulerRun::computeAffectedProcesses()
{
    // A process depends on the components it uses and, transitively, on everything they depend
    // on (ProcessReach.h); only components with a step are recorded.
    std::vector<char> hasStep(static_cast<size_t>(m_estate.componentCount()), 0);
    for (const StepNeeds &s : m_needs)
        if (s.component >= 0)
            hasStep[size_t(s.component)] = 1;
    ProcessReach reach = reachProcesses(m_estate, hasStep);
    m_edges = std::move(reach.edges); // kept for the points of no return
    m_affectedStart = std::move(reach.start);
    m_affected = std::move(reach.processes);

    for (StepNeeds &s : m_needs) {
        if (s.component < 0)
            continue;
        for (int e = m_affectedStart[size_t(s.component)];
             e < m_affectedStart[size_t(s.component) + 1]; ++e) {
            const int p = m_affected[size_t(e)];
            if (!m_estate.processes[p].peaks.isEmpty())
                s.peakProcesses.push_back(p);
        }
    }
}

void SchedulerRun::prepareStaff()
{
    for (StepNeeds &s : m_needs) {
        if (s.component < 0)
            continue;
        for (const QString &role : m_estate.component(s.component).roles) {
            int index = int(m_roles.indexOf(role));
            if (index < 0) {
                index = int(m_roles.size());
                m_roles << role;
            }
            if (std::find(s.roles.begin(), s.roles.end(), index) == s.roles.end())
                s.roles.push_back(index);
        }
    }
    m_roleHolders.resize(size_t(m_roles.size()));
    m_absences.resize(size_t(m_estate.staff.size()));
    m_bookings.resize(size_t(m_estate.staff.size()));
    for (int m = 0; m < m_estate.staff.size(); ++m) {
        const StaffMember &member = m_estate.staff[m];
        for (const QString &role : member.roles) {
            const int index = int(m_roles.indexOf(role));
            if (index >= 0)
                m_roleHolders[size_t(index)].push_back(m);
        }
        for (const DateRange &r : member.unavailable)
            m_absences[size_t(m)].emplace_back(r.start.toJulianDay(), r.end.toJulianDay());
    }
}

const std::vector<std::pair<qint64, qint64>> &SchedulerRun::peakIntervals(int occurrence,
                                                                          int process)
{
    const qint64 key = qint64(occurrence) * qint64(m_estate.processes.size()) + process;
    auto it = m_peakCache.find(key);
    if (it != m_peakCache.end())
        return it->second;
    std::vector<std::pair<qint64, qint64>> list;
    const Occurrence &o = m_occurrences[size_t(occurrence)];
    // Peaks are wall-clock hours on days of the week; one may start the day before the window.
    const qint64 firstDay = WallClock::julianDay(o.wallStart) - 1;
    const qint64 lastDay = WallClock::julianDay(o.wallEnd);
    for (const Peak &peak : m_estate.processes[process].peaks) {
        if (!peak.from.isValid() || !peak.to.isValid())
            continue;
        const qint64 from = peak.from.msecsSinceStartOfDay() / 1000;
        qint64 to = peak.to.msecsSinceStartOfDay() / 1000;
        if (to <= from)
            to += 86400; // runs past midnight
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            const int weekday = int((day % 7 + 7) % 7); // Julian day 0 was a Monday
            if (!(peak.days & (1u << weekday)))
                continue;
            const qint64 a = m_clock.toReal(WallClock::midnight(day) + from);
            const qint64 b = m_clock.toReal(WallClock::midnight(day) + to);
            if (a < o.realEnd && b > o.realStart)
                list.emplace_back(a, b);
        }
    }
    std::sort(list.begin(), list.end());
    return m_peakCache.emplace(key, std::move(list)).first->second;
}

qint64 SchedulerRun::pushPastPeaks(int occurrence, const StepNeeds &s, qint64 t, int *process,
                                   std::pair<qint64, qint64> *peak)
{
    // No step's [start, rollback end] may overlap a peak of a process it affects.
    bool moved = true;
    while (moved) {
        moved = false;
        for (int p : s.peakProcesses) {
            for (const auto &[a, b] : peakIntervals(occurrence, p)) {
                if (t < b && t + s.need > a) {
                    t = b;
                    *process = p;
                    *peak = {a, b};
                    moved = true;
                }
            }
        }
    }
    return t;
}

const std::set<std::pair<qint64, int>> &SchedulerRun::roleQueue(int occurrence, int role) const
{
    auto [it, created] = m_roleQueue.try_emplace(roleKey(occurrence, role));
    if (created) {
        const qint64 start = m_occurrences[size_t(occurrence)].realStart;
        for (int person : m_roleHolders[size_t(role)])
            it->second.emplace(start, person);
    }
    return it->second;
}

qint64 SchedulerRun::fitStaff(int occurrence, int lane, const StepNeeds &s, qint64 t,
                              std::vector<int> *assigned, Rejection *why) const
{
    // For each role, the holder free earliest; the step starts when every role is covered.
    assigned->assign(s.roles.size(), -1);
    qint64 latest = t;
    for (size_t r = 0; r < s.roles.size(); ++r) {
        const int role = s.roles[r];
        // Known: no holder can start a step this long between `from` and `until` here.
        qint64 from = t;
        BusySpan &busy = m_roleBusy[roleKey(occurrence, role)];
        if (busy.until > 0 && t >= busy.from && t < busy.until && s.need >= busy.need)
            from = busy.until;
        qint64 best = -1;
        Rejection failure{Cause::StaffBusy, role};
        qint64 failedAt = std::numeric_limits<qint64>::max(); // the earliest a holder failed at
        Rejection bestWhy{Cause::StaffBusy, role};
        for (const auto &[lastEnd, person] : roleQueue(occurrence, role)) {
            Rejection personWhy{Cause::StaffBusy, role};
            const qint64 at = earliestFor(person, occurrence, lane, s.need, from, &personWhy);
            if (at < 0) {
                // An absence explains more than being busy; of the busy, the one free first.
                if (personWhy.cause == Cause::StaffAway
                    || (failure.cause == Cause::StaffBusy && personWhy.person >= 0
                        && (failure.person < 0 || personWhy.from < failure.from)))
                    failure = personWhy;
                failedAt = std::min(failedAt, personWhy.start);
                continue;
            }
            if (best < 0 || at < best) {
                best = at;
                bestWhy = personWhy;
                (*assigned)[r] = person;
                if (at == from)
                    break; // nobody can start earlier
            }
        }
        if (best < 0) {
            *why = failure;
            why->start = failedAt;
            return -1;
        }
        if (best > from)
            busy = {from, best, s.need}; // every holder is busy from `from` until `best`
        if (best > latest) {
            latest = best;
            *why = bestWhy;
        }
    }
    return latest;
}

qint64 SchedulerRun::earliestFor(int person, int occurrence, int lane, qint64 need, qint64 t,
                                 Rejection *why) const
{
    const Occurrence &o = m_occurrences[size_t(occurrence)];
    const auto &bookings = m_bookings[size_t(person)];
    bool moved = true;
    while (moved) {
        moved = false;
        if (t + need > o.realEnd) {
            why->start = t;
            return -1;
        }
        // Away on any day the step touches (up to its rollback end): wait for the day after.
        const auto &absences = m_absences[size_t(person)];
        const qint64 firstDay = absences.empty() ? 0 : WallClock::julianDay(m_clock.toWall(t));
        const qint64 lastDay = absences.empty()
                                   ? 0
                                   : WallClock::julianDay(m_clock.toWall(t + need - 1));
        for (size_t a = 0; a < absences.size(); ++a) {
            if (absences[a].first <= lastDay && absences[a].second >= firstDay) {
                *why = {Cause::StaffAway, why->index, person, int(a)};
                why->from = t;
                t = m_clock.toReal(WallClock::midnight(absences[a].second + 1));
                moved = true;
                break;
            }
        }
        if (moved)
            continue;
        // Busy on an overlapping step in another lane (steps in the same lane follow each
        // other: the next starts at the previous decision, inside its rollback reserve).
        for (auto it = bookings.lower_bound(t - m_longestNeed);
             it != bookings.end() && it->first < t + need; ++it) {
            const Booking &b = it->second;
            if (b.end > t && !(b.occurrence == occurrence && b.lane == lane)) {
                t = b.end;
                moved = true;
                *why = {Cause::StaffBusy, why->index, person};
                why->from = b.end;
            }
        }
    }
    return t;
}

} // namespace planner::schedule_detail
