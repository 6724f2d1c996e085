// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessImpact.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/PlannedMinutes.h"
#include "schedule/ProcessReach.h"
#include "schedule/Schedule.h"

#include <QHash>

namespace planner {

bool isStricterCategory(const QString &category)
{
    return !category.isEmpty() && processCategoryNames().contains(category);
}

QList<QList<int>> processesRelyingOn(const Estate &estate)
{
    const ProcessReach reach = reachProcesses(estate);
    QList<QList<int>> out(estate.componentCount());
    for (int c = 0; c < estate.componentCount(); ++c)
        for (int e = reach.start[size_t(c)]; e < reach.start[size_t(c) + 1]; ++e)
            out[c].push_back(reach.processes[size_t(e)]);
    return out;
}

namespace {

ProcessImpact processImpact(const BusinessProcess &p)
{
    ProcessImpact i;
    i.process = p.id;
    i.name = p.name;
    i.criticality = p.criticality;
    i.category = p.category;
    i.stricter = isStricterCategory(p.category);
    i.userGroups = p.userGroups;
    i.externalCustomers = p.externalCustomers;
    i.serviceLevel = p.serviceLevel;
    i.maxOutageMinutes = p.maxOutageMinutes;
    return i;
}

int minutesBetween(const QDateTime &a, const QDateTime &b)
{
    return int(a.secsTo(b) / 60);
}

} // namespace

BusinessImpact analyseImpact(const Estate &estate, const UpgradePlan &plan, const Schedule *schedule)
{
    std::vector<char> moving(size_t(estate.componentCount()), 0);
    for (const PlanStep &s : plan.steps)
        if (const int row = estate.indexOf(s.component); row >= 0)
            moving[size_t(row)] = 1;
    const ProcessReach reach = reachProcesses(estate, moving);

    QHash<int, const ScheduledStep *> placed; // plan step -> its place in time
    if (schedule)
        for (const ScheduledStep &s : schedule->steps)
            placed.insert(s.planStep, &s);

    BusinessImpact out;
    std::vector<char> touched(size_t(estate.processes.size()), 0);
    // Without a schedule, a process's downtime is the sum over its steps (no overlap known).
    std::vector<int> sumDown(size_t(estate.processes.size()), 0);
    std::vector<int> sumWorst(size_t(estate.processes.size()), 0);
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        StepImpact si;
        si.planStep = i;
        si.component = step.component;
        si.from = step.from;
        si.to = step.to;
        const int row = estate.indexOf(step.component);
        int worst = 0;
        if (const ScheduledStep *s = placed.value(i)) {
            si.scheduled = true;
            si.downtimeMinutes = minutesBetween(s->executeStart, s->end);
            worst = minutesBetween(s->executeStart, s->rollbackEnd);
        } else if (row >= 0) {
            const Component &c = estate.component(row);
            si.downtimeMinutes = plannedMinutes(estate, c, Phase::Execute)
                                 + plannedMinutes(estate, c, Phase::Verify);
            worst = si.downtimeMinutes + std::max(0, estate.project.decisionMinutes)
                    + plannedMinutes(estate, c, Phase::Rollback);
        }
        if (row >= 0) {
            for (int e = reach.start[size_t(row)]; e < reach.start[size_t(row) + 1]; ++e) {
                const int p = reach.processes[size_t(e)];
                ProcessImpact pi = processImpact(estate.processes[p]);
                pi.via = estate.component(reach.via[size_t(e)]).id;
                pi.downtimeMinutes = si.downtimeMinutes;
                pi.worstCaseMinutes = worst;
                si.stricter = si.stricter || pi.stricter;
                touched[size_t(p)] = 1;
                sumDown[size_t(p)] += pi.downtimeMinutes;
                sumWorst[size_t(p)] += pi.worstCaseMinutes;
                si.processes.push_back(std::move(pi));
            }
        }
        out.steps.push_back(std::move(si));
    }

    for (int p = 0; p < estate.processes.size(); ++p) {
        if (!touched[size_t(p)])
            continue;
        ProcessImpact pi = processImpact(estate.processes[p]);
        if (schedule && p < schedule->downtime.size()) {
            pi.downtimeMinutes = schedule->downtime[p].minutes;
            pi.worstCaseMinutes = schedule->downtime[p].worstCaseMinutes;
        } else {
            pi.downtimeMinutes = sumDown[size_t(p)];
            pi.worstCaseMinutes = sumWorst[size_t(p)];
        }
        if (pi.stricter)
            out.stricter.push_back(pi);
        out.processes.push_back(std::move(pi));
    }
    return out;
}

} // namespace planner
