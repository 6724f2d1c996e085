// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowReader.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QSqlDatabase>

namespace planner {

/// Reads the estate from the tables of a project at the current schema. Every stored version,
/// range, date, time, kind and criticality is parsed again; a value that does not parse gives
/// an Error naming the table, the row and the text. @p where names the file in errors.
/// @p access says how rows are read (the same answers either way; see RowReader).
Expected<Estate> readProjectTables(QSqlDatabase &db, const QString &where,
                                   RowReader::Access access = RowReader::Access::Native);

} // namespace planner
