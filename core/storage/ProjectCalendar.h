// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The calendar read from a project's tables keeps the rules every door keeps (CalendarRules);
// a broken one is reported as the reader reports a value it cannot read: file, table, row and
// column.

#include "inventory/CalendarRules.h"
#include "inventory/Expected.h"

#include <QList>

namespace planner {

/// The tables a calendar section is stored in.
enum class StoredSection { Windows, Freezes, Processes, Staff };

/// Names a stored item by its position ("row 3"), for a duplicate id's first use.
/// @p keys: the stored position of each item, in list order; it must outlive the result.
PlaceNamer storedRows(const QList<qint64> &keys);

/// True when @p problems is empty; otherwise false with @p error naming the file (@p where),
/// the table, the row and the column of the first problem. An entry of a list (a peak, a day
/// away, a role) is named by its parent's position and its index among the parent's entries,
/// which is its stored position in every file this program writes.
bool keepsCalendarRules(StoredSection section, const RuleProblems &problems,
                        const QList<qint64> &keys, const QString &where, Error &error);

} // namespace planner
