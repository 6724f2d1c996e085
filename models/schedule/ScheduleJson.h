// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schedule.h"

#include <QJsonObject>
#include <QString>

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
QJsonObject scheduleToJson(const Schedule &schedule);
/// The same document written to @p stream as it goes: the bytes QJsonDocument gives for
/// scheduleToJson().
void writeScheduleJson(JsonStream &stream, const Schedule &schedule);

} // namespace planner
