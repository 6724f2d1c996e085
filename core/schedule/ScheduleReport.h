// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schedule.h"

#include <QString>

namespace planner {

/// The schedule for people, as `upgrade-planner schedule` prints it: each used window with its
/// steps (times, point of no return, worst case if all roll back), what is unscheduled and why,
/// the critical path, downtime per business process, conflicts and notes.
QString scheduleToText(const Schedule &schedule);

} // namespace planner
