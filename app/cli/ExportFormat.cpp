// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormat.h"

#include "CommandSupport.h"
#include "exchange/EstateJson.h"

#include <QIODevice>

namespace planner::cli {

// Writers defined beside their commands.
Expected<Done> writeScheduleIcs(const Estate &estate, QIODevice *device); // ScheduleCommand.cpp
Expected<Done> writeGraphSvg(const Estate &estate, QIODevice *device);    // GraphFormats.cpp
Expected<Done> writeGraphPng(const Estate &estate, QIODevice *device);    // GraphFormats.cpp

static Expected<Done> writeJson(const Estate &estate, QIODevice *device)
{
    const QByteArray json = writeEstateJson(estate);
    if (device->write(json) != json.size())
        return Error{QString(), device->errorString()};
    return Done{};
}

const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> table = {
        {QStringLiteral("json"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "estate interchange JSON, format version 1"),
         false, &writeJson},
        {QStringLiteral("svg"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "the dependency graph as SVG, as the graph view "
                                               "draws it"),
         true, &writeGraphSvg},
        {QStringLiteral("png"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "the dependency graph as PNG at 100 % (at most "
                                               "8000 pixels wide or high)"),
         true, &writeGraphPng},
        {QStringLiteral("ics"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "the schedule as an iCalendar file: one event per used window"),
         false, &writeScheduleIcs},
    };
    return table;
}

const ExportFormat *findExportFormat(const QString &name)
{
    for (const ExportFormat &format : exportFormats()) {
        if (format.name.compare(name, Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

QStringList supportedExportFormatNames()
{
    QStringList names;
    for (const ExportFormat &format : exportFormats()) {
        if (format.isSupported())
            names.append(format.name);
    }
    return names;
}

} // namespace planner::cli
