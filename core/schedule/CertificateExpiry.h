// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"

#include <QDateTime>
#include <QList>

namespace planner {

class Estate;
struct Schedule;

namespace conflicttype {
/// A configuration item (a certificate, a key) expires before the plan ends (schedule).
inline constexpr char certificateExpiry[] = "certificate-expiry";
} // namespace conflicttype

/// One error per configuration item of @p estate whose `expires` is before @p planEnd (a
/// wall-clock time; null: nothing is reported), key "certificate-expiry:target:<component>:
/// <item name>", waivers applied. scheduleUpgrade() adds them to Schedule::conflicts.
QList<Conflict> certificateExpiryConflicts(const Estate &estate, const QDateTime &planEnd);

/// When the plan ends: the schedule's finish, or the end of the last window occurrence when
/// nothing is placed (null when there are no windows).
QDateTime planEnd(const Schedule &schedule);

} // namespace planner
