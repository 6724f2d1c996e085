// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormat.h"

#include "CommandSupport.h"
#include "exchange/EstateJson.h"

#include <QIODevice>

namespace planner::cli {

// Writers defined beside their commands.
Expected<Done> writeScheduleIcs(const Estate &estate, QIODevice *device); // ScheduleCommand.cpp

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
         QT_TRANSLATE_NOOP("planner::cli::Tr", "the dependency graph as SVG (not supported yet)"),
         true, nullptr},
        {QStringLiteral("png"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "the dependency graph as PNG (not supported yet)"),
         true, nullptr},
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
