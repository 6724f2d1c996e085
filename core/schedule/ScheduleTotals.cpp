// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulerRun.h"

#include "CertificateExpiry.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"

#include <algorithm>
#include <numeric>

namespace planner::schedule_detail {

namespace {
QDateTime wallSeconds(qint64 wall)
{
    return QDateTime::fromSecsSinceEpoch(wall, Qt::UTC);
}
} // namespace

Schedule SchedulerRun::assemble()
{
    Schedule out;
    out.timezone = m_clock.hasTimeZone() ? m_estate.project.timezone : QString();

    out.windows.reserve(qsizetype(m_occurrences.size()));
    for (const Occurrence &o : m_occurrences) {
        WindowOccurrence w;
        w.window = m_estate.windows[o.window].id;
        w.repeat = o.repeat;
        w.start = wallSeconds(o.wallStart);
        w.end = wallSeconds(o.wallEnd);
        w.minutes = int(o.span() / 60);
        w.parallel = o.parallel;
        if (o.freeze >= 0)
            w.freeze = freezeText(o.freeze);
        out.windows.push_back(std::move(w));
    }

    // Steps by start, then window and lane; `after` links follow the new order.
    std::vector<int> order(m_placed.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const Placement &x = m_placed[size_t(a)];
        const Placement &y = m_placed[size_t(b)];
        return std::tie(x.start, x.occurrence, x.lane) < std::tie(y.start, y.occurrence, y.lane);
    });
    std::vector<int> newIndex(m_placed.size());
    for (size_t k = 0; k < order.size(); ++k)
        newIndex[size_t(order[k])] = int(k);

    const std::vector<int> dependents = firstDependents();
    out.steps.reserve(qsizetype(order.size()));
    qint64 finish = never;
    int last = -1;
    for (int k : order) {
        const Placement &p = m_placed[size_t(k)];
        const StepNeeds &s = m_needs[size_t(p.step)];
        const PlanStep &plan = m_plan.steps[s.planStep];
        const Occurrence &o = m_occurrences[size_t(p.occurrence)];
        ScheduledStep st;
        st.planStep = s.planStep;
        st.component = plan.component;
        st.from = plan.from;
        st.to = plan.to;
        st.wave = plan.wave;
        st.group = plan.group;
        st.window = p.occurrence;
        st.lane = p.lane;
        st.start = m_clock.wallDateTime(p.start);
        st.backupStart = m_clock.wallDateTime(p.start + s.toBackup);
        st.executeStart = m_clock.wallDateTime(p.start + s.toExecute);
        st.verifyStart = m_clock.wallDateTime(p.start + s.toVerify);
        st.end = m_clock.wallDateTime(p.start + s.toEnd);
        st.decided = m_clock.wallDateTime(p.start + s.toDecided);
        // The step's own rollback must end inside the window; and once a step depending on it
        // starts changing the system, rolling it back means rolling that one back too.
        const qint64 windowLimit = std::max(p.start + s.toDecided,
                                            o.realEnd - (s.need - s.toDecided));
        st.windowPointOfNoReturn = m_clock.wallDateTime(windowLimit);
        st.pointOfNoReturn = st.windowPointOfNoReturn;
        if (const int d = dependents[size_t(k)]; d >= 0) {
            const Placement &dp = m_placed[size_t(d)];
            const qint64 execute = dp.start + m_needs[size_t(dp.step)].toExecute;
            if (execute < windowLimit) {
                st.pointOfNoReturn = m_clock.wallDateTime(execute);
                st.pointOfNoReturnBy = ScheduledStep::PointOfNoReturnBy::Dependent;
                st.dependent = newIndex[size_t(d)];
            }
        }
        if (p.notEarlier.kind != Verdict::None) {
            st.notEarlierWindow = p.notEarlier.occurrence;
            st.notEarlierCause = QLatin1String(causeWord(p.notEarlier.kind));
            st.notEarlier = notEarlierText(p);
        }
        st.rollbackEnd = m_clock.wallDateTime(p.start + s.need);
        st.realStart = p.start;
        st.rollbackMinutes = int((s.need - s.toDecided) / 60);
        st.restore = s.restore;
        for (int person : p.staff)
            st.staff << m_estate.staff[person].name;
        st.after = p.after >= 0 ? newIndex[size_t(p.after)] : -1;
        const int index = int(out.steps.size());
        out.windows[p.occurrence].steps << index;
        if (p.start + s.toEnd > finish) {
            finish = p.start + s.toEnd;
            last = index;
        }
        out.steps.push_back(std::move(st));
    }

    // Worst case per used occurrence: in each lane every step rolls back and the next waits.
    for (int w = 0; w < out.windows.size(); ++w) {
        WindowOccurrence &window = out.windows[w];
        if (window.steps.isEmpty())
            continue;
        ++out.windowsUsed;
        std::vector<qint64> laneEnd(size_t(window.parallel), never);
        qint64 worst = never;
        for (int index : std::as_const(window.steps)) {
            const Placement &p = m_placed[size_t(order[size_t(index)])];
            qint64 &t = laneEnd[size_t(p.lane)];
            t = std::max(t, p.start) + m_needs[size_t(p.step)].need;
            worst = std::max(worst, t);
        }
        const Occurrence &o = m_occurrences[size_t(w)];
        window.worstCaseEnd = m_clock.wallDateTime(worst);
        window.overrunMinutes = int(std::max<qint64>(0, worst - o.realEnd) / 60);
    }

    if (last >= 0) {
        out.finish = out.steps[last].end;
        for (int k = last; k >= 0; k = out.steps[k].after)
            out.criticalPath.prepend(k);
    }

    std::sort(m_unscheduled.begin(), m_unscheduled.end(),
              [](const UnscheduledStep &a, const UnscheduledStep &b) {
                  return a.planStep < b.planStep;
              });
    // Upgrades the plan could not order have no steps; they are not done either.
    for (const BlockedUpgrade &b : m_plan.blocked) {
        UnscheduledStep u;
        u.component = b.component;
        if (const Component *c = m_estate.find(b.component)) {
            u.from = c->version;
            u.to = c->finalVersion();
        }
        u.wave = 0;
        u.reason = SchedulerText::tr("blocked in the plan: %1").arg(b.reason);
        u.cause = QStringLiteral("blocked");
        m_unscheduled.push_back(std::move(u));
    }
    out.unscheduled = QList<UnscheduledStep>(m_unscheduled.begin(), m_unscheduled.end());
    // A waiver holds until the end of its expiry day (judged against the project start), as for
    // the compatibility conflicts; a waived conflict stays listed.
    const QDate start = m_estate.project.start;
    for (Conflict &c : m_conflicts) {
        for (const Waiver &w : m_estate.waivers) {
            if (w.conflict == c.key
                && (!w.expires.isValid() || !start.isValid() || w.expires >= start)) {
                c.waived = true;
                c.waiverReason = w.reason;
            }
        }
    }
    out.conflicts = QList<Conflict>(m_conflicts.begin(), m_conflicts.end());
    out.conflicts += certificateExpiryConflicts(m_estate, planEnd(out));
    out.notes = m_notes;
    addDowntime(out);
    return out;
}

void SchedulerRun::addDowntime(Schedule &out) const
{
    // Per process, the union of [execute start, verify end) of the steps affecting it, and of
    // [execute start, rollback end) for the worst case.
    const int processes = int(m_estate.processes.size());
    std::vector<std::vector<std::pair<qint64, qint64>>> down(static_cast<size_t>(processes));
    std::vector<std::vector<std::pair<qint64, qint64>>> worst(static_cast<size_t>(processes));
    for (const Placement &p : m_placed) {
        const StepNeeds &s = m_needs[size_t(p.step)];
        for (int e = m_affectedStart[size_t(s.component)];
             e < m_affectedStart[size_t(s.component) + 1]; ++e) {
            const int process = m_affected[size_t(e)];
            down[size_t(process)].emplace_back(p.start + s.toExecute, p.start + s.toEnd);
            worst[size_t(process)].emplace_back(p.start + s.toExecute, p.start + s.need);
        }
    }
    const auto unionSeconds = [](std::vector<std::pair<qint64, qint64>> &list) {
        std::sort(list.begin(), list.end());
        qint64 total = 0;
        qint64 coveredTo = never;
        for (const auto &[a, b] : list) {
            const qint64 from = std::max(a, coveredTo);
            if (b > from)
                total += b - from;
            coveredTo = std::max(coveredTo, b);
        }
        return total;
    };
    for (int p = 0; p < processes; ++p) {
        ProcessDowntime d;
        d.process = m_estate.processes[p].id;
        d.name = m_estate.processes[p].name;
        d.steps = int(down[size_t(p)].size());
        d.minutes = int(unionSeconds(down[size_t(p)]) / 60);
        d.worstCaseMinutes = int(unionSeconds(worst[size_t(p)]) / 60);
        out.downtime.push_back(std::move(d));
    }
}

} // namespace planner::schedule_detail
