// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowReader.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QSet>
#include <QSqlDatabase>

namespace planner {

/// Reads the estate from the tables of a project at the current schema. Every stored version,
/// range, date, time, kind and criticality is parsed again; a value that does not parse gives
/// an Error naming the table, the row and the text. @p where names the file in errors.
/// @p access says how rows are read (the same answers either way; see RowReader).
Expected<Estate> readProjectTables(QSqlDatabase &db, const QString &where,
                                   RowReader::Access access = RowReader::Access::Native);

/// The project as the tables hold it now, read in part: @p current is what they held before
/// the saves whose history names @p sections ("components", "dependencies", "windows"...);
/// only those sections are read again (the components with their children and positions, the
/// dependencies, or all the smaller sections together), the rest is taken from @p current.
/// What a window that watched a colleague's save needs to show it, in a fraction of a read.
Expected<Estate> readChangedTables(QSqlDatabase &db, const QString &where, RowReader::Access access,
                                   const Estate &current, const QSet<QString> &sections);

} // namespace planner
