// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner schedule PROJECT [--json], and the `ics` export format
#include "CommandSupport.h"

#include "exchange/IcsCalendar.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleReport.h"
#include "schedule/Scheduler.h"

#include <QIODevice>

namespace planner::cli {

int runSchedule(const QStringList &arguments)
{
    return runReportCommand(
        QStringLiteral("schedule"),
        Tr::tr("Places the steps of the upgrade order in the maintenance windows: each step\n"
               "with its phases, go/no-go decision and rollback reserve inside its window,\n"
               "avoiding freezes, business peaks and absent staff. Exit code 1 when a step\n"
               "cannot be scheduled."),
        Tr::tr("Print the schedule as JSON (fields in docs/cli.md)."), arguments,
        [](const Estate &estate, bool json) {
            const Schedule schedule = scheduleUpgrade(estate, orderUpgrade(estate));
            if (json)
                return Report{QString(), !schedule.isComplete(), [schedule](JsonStream &stream) {
                                  writeScheduleJson(stream, schedule);
                              }};
            return Report{scheduleToText(schedule), !schedule.isComplete(), {}};
        });
}

} // namespace planner::cli
