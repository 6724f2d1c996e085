// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schedule.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QString>
#include <optional>

namespace planner {

class JsonStream;

/// A wall-clock time as the interchange format writes it: "2027-01-09T22:00" (empty when null).
QString scheduleTimeText(const QDateTime &wall);

/// The schedule as `upgrade-planner schedule --json` prints it:
/// {"steps":[{"component","from","to","window","start","end","pointOfNoReturn","rollbackEnd",
///  ...}],"unscheduled":[{"component","reason",...}],"windowsUsed","finish", ...}.
/// Besides the contract fields each step has its window occurrence, lane (1-based), wave,
/// group, phase start times, decision, rollback reserve and staff; the object also holds the
/// used windows with their worst-case end, downtime per process, the critical path, conflicts
/// and notes. Times are wall-clock times in the project's time zone.
/// The proposed fixes (changes/SmallestFix.h) written as `fixes` on each unscheduled step and
/// each conflict that has an entry: by index into Schedule::unscheduled and ::conflicts.
struct ScheduleFixes
{
    QList<std::optional<QJsonArray>> unscheduled;
    QList<std::optional<QJsonArray>> conflicts;
    const QJsonArray *unscheduledFixes(qsizetype i) const
    {
        return i < unscheduled.size() && unscheduled[i] ? &*unscheduled[i] : nullptr;
    }
};
QJsonObject scheduleToJson(const Schedule &schedule, const ScheduleFixes &fixes = {});
/// The same document written to @p stream as it goes: the bytes QJsonDocument gives for
/// scheduleToJson().
void writeScheduleJson(JsonStream &stream, const Schedule &schedule,
                       const ScheduleFixes &fixes = {});

} // namespace planner
