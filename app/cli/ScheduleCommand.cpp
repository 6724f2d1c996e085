// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner schedule PROJECT [--json], and the `ics` export format
#include "CommandSupport.h"

#include "exchange/IcsCalendar.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleReport.h"
#include "schedule/Scheduler.h"

#include <QCommandLineParser>
#include <QIODevice>
#include <QJsonDocument>
#include <QTextStream>

namespace planner::cli {

int runSchedule(const QStringList &arguments)
{
    const QString command = QStringLiteral("schedule");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Places the steps of the upgrade order in the maintenance windows: each step\n"
               "with its phases, go/no-go decision and rollback reserve inside its window,\n"
               "avoiding freezes, business peaks and absent staff. Exit code 1 when a step\n"
               "cannot be scheduled."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the schedule as JSON (fields in docs/cli.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project or an estate .json file."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;
    const std::optional<Estate> estate = loadInput(parser.positionalArguments().constFirst());
    if (!estate)
        return ExitUsage;
    const Schedule schedule = scheduleUpgrade(*estate, orderUpgrade(*estate));
    if (parser.isSet(json))
        out() << QString::fromUtf8(
            QJsonDocument(scheduleToJson(schedule)).toJson(QJsonDocument::Indented));
    else
        out() << scheduleToText(schedule);
    return schedule.isComplete() ? ExitSuccess : ExitFindings;
}

/// Writer of `export --format ics`: orders and schedules the estate, one event per used window.
Expected<Done> writeScheduleIcs(const Estate &estate, QIODevice *device)
{
    const QByteArray ics = writeIcs(estate, scheduleUpgrade(estate, orderUpgrade(estate)));
    if (device->write(ics) != ics.size())
        return Error{QString(), device->errorString()};
    return Done{};
}

} // namespace planner::cli
