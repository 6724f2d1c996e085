// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner order PROJECT [--json]
#include "CommandSupport.h"

#include "planning/PlanReport.h"
#include "planning/UpgradeOrdering.h"

namespace planner::cli {

int runOrder(const QStringList &arguments)
{
    return runReportCommand(
        QStringLiteral("order"),
        Tr::tr("Computes the upgrade order: waves of steps from current to target versions,\n"
               "stepping stones where a direct jump would break a neighbour, groups that must\n"
               "move together, and what is blocked. Exit code 1 when an upgrade is blocked or\n"
               "a pin cannot hold."),
        Tr::tr("Print the plan as JSON (fields in docs/cli.md)."), arguments,
        [](const Estate &estate, bool json) {
            const UpgradePlan plan = orderUpgrade(estate);
            const bool findings = !plan.blocked.isEmpty() || !plan.pinProblems.isEmpty();
            if (json)
                return Report{QString(), findings,
                              [plan](JsonStream &stream) { writePlanJson(stream, plan); }};
            return Report{planToText(plan), findings, {}};
        });
}

} // namespace planner::cli
