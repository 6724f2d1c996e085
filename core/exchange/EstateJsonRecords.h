// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The change records' sections of the interchange JSON (docs/inventory-format.md, "Change
// records"), read apart from the rest of the estate by the estate reader.

#include "JsonInput.h"
#include "inventory/ChangeRecords.h"

namespace planner {

/// The phase minutes of @p f (`{"prepare": 30, ...}`) into @p durations.
void readPhaseDurations(JsonInput &in, const JsonField &f, PhaseDurations &durations);

/// A text that must be one of @p names; otherwise an error naming @p what and the names.
QString readOneOf(const JsonField &f, const QStringList &names, const QString &what);

/// Reads the sections `configuration` ... `estimates` that @p root holds into @p records.
void readChangeRecords(JsonInput &in, const JsonValue &root, const JsonPath &top,
                       ChangeRecords &records);

} // namespace planner
