// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner schedule PROJECT [--json] [--fixes N]
#include "CommandSupport.h"

#include "changes/SmallestFix.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleReport.h"
#include "schedule/Scheduler.h"

#include <QCommandLineParser>
#include <QIODevice>

namespace planner::cli {

namespace {

// The fixes of each unscheduled step, and for each conflict of the schedule those of its step.
ScheduleFixes scheduleFixes(const Schedule &schedule, const FixLists &lists)
{
    ScheduleFixes fixes;
    for (const std::optional<QList<Fix>> &list : lists)
        fixes.unscheduled.append(list ? std::optional(fixesToJson(*list)) : std::nullopt);
    for (const Conflict &c : schedule.conflicts) {
        std::optional<QJsonArray> found;
        for (qsizetype i = 0; i < schedule.unscheduled.size() && isBlockingConflict(c); ++i)
            if (schedule.unscheduled[i].cause == c.type
                && c.components.contains(schedule.unscheduled[i].component)) {
                found = fixes.unscheduled.value(i);
                break;
            }
        fixes.conflicts.append(found);
    }
    return fixes;
}

QString fixesText(const Schedule &schedule, const FixLists &lists)
{
    QString text;
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (!lists[i] || lists[i]->isEmpty())
            continue;
        const UnscheduledStep &u = schedule.unscheduled[i];
        if (text.isEmpty())
            text += u'\n' + Tr::tr("Smallest fixes (each checked by scheduling again):") + u'\n';
        text += QStringLiteral("  %1 %2 -> %3:\n").arg(u.component, u.from.text(), u.to.text());
        for (const Fix &fix : *lists[i])
            text += QStringLiteral("    [%1] %2\n").arg(fix.kind, fix.description);
    }
    return text;
}

} // namespace

int runSchedule(const QStringList &arguments)
{
    const QString command = QStringLiteral("schedule");
    const QCommandLineOption fixes = fixesOption();
    return runReportCommand(
        command,
        Tr::tr("Places the steps of the upgrade order in the maintenance windows: each step\n"
               "with its phases, go/no-go decision and rollback reserve inside its window,\n"
               "avoiding freezes, business peaks and absent staff, and proposes the smallest\n"
               "fixes for a step that does not fit. Exit code 1 when a step cannot be\n"
               "scheduled."),
        Tr::tr("Print the schedule as JSON (fields in docs/cli.md)."), arguments, {fixes},
        [&](const Estate &estate, bool json,
            const QCommandLineParser &parser) -> std::optional<Report> {
            const std::optional<int> wanted = fixesWanted(parser, fixes, estate, command);
            if (!wanted)
                return std::nullopt;
            const UpgradePlan plan = orderUpgrade(estate);
            const Schedule schedule = scheduleUpgrade(estate, plan);
            const FixLists lists = fixesForSchedule(estate, plan, schedule, *wanted);
            if (json)
                return Report{QString(), !schedule.isComplete(),
                              [schedule,
                               extra = scheduleFixes(schedule, lists)](JsonStream &stream) {
                                  writeScheduleJson(stream, schedule, extra);
                              }};
            return Report{scheduleToText(schedule) + fixesText(schedule, lists),
                          !schedule.isComplete(),
                          {}};
        });
}

} // namespace planner::cli
