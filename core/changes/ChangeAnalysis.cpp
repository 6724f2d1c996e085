// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeAnalysis.h"

#include "compat/Compatibility.h"
#include "inventory/Estate.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"

namespace planner {

ChangeAnalysis analyseChange(const Estate &estate)
{
    ChangeAnalysis a;
    a.plan = orderUpgrade(estate);
    a.schedule = scheduleUpgrade(estate, a.plan);
    CheckOptions options;
    if (a.schedule.finish.isValid())
        options.planFinish = a.schedule.finish.date();
    a.conflicts = checkCompatibility(estate, options);
    a.impact = analyseImpact(estate, a.plan, &a.schedule);
    a.risk = assessRisk(estate, a.plan, a.conflicts, &a.schedule, &a.impact);
    a.backups = backupWarnings(estate, a.plan, &a.schedule);
    a.messages = fillMessages(estate, a.schedule);
    a.comparison = comparePlannedActual(estate);
    a.readiness = assessReadiness(estate, a.plan, &a.schedule, &a.impact);
    return a;
}

} // namespace planner
