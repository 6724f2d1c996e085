// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule as an iCalendar file: one event per maintenance window the plan uses.
#include "FormatList.h"
#include "IcsCalendar.h"

#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"

#include <QIODevice>

namespace planner {

namespace {

Expected<Done> write(const Estate &estate, QIODevice *device, const FormatOptions &options)
{
    const QByteArray ics = writeIcs(estate, scheduleUpgrade(estate, orderUpgrade(estate)),
                                    options.value(scenarioFormatOption()));
    if (device->write(ics) != ics.size())
        return Error{QString(), device->errorString()};
    return Done{};
}

} // namespace

FileFormat icsFormat()
{
    FileFormat f;
    f.name = QStringLiteral("ics");
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "iCalendar");
    f.extensions = {QStringLiteral("ics")};
    f.description
        = QT_TRANSLATE_NOOP("planner::FileFormats",
                            "the schedule as an iCalendar file: one event per used window");
    f.write = &write;
    return f;
}

} // namespace planner
