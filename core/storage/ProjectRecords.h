// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of the controlled change's records (schema 3): written and read apart from the
// rest of the estate so that the project reader and writer stay one page per section.

#include "RowReader.h"
#include "inventory/ChangeRecords.h"
#include "inventory/Expected.h"

#include <QSqlDatabase>

#include <functional>

namespace planner {

class BatchInsert;

/// Writes @p records into their (empty) tables. @p done finishes one table's inserts and gives
/// the save hook its turn; when it returns false the write stops (the caller holds the error).
bool writeChangeRecords(QSqlDatabase &db, const ChangeRecords &records,
                        const std::function<bool(BatchInsert &, const QString &table)> &done);

/// Reads the records into @p records; on a value that does not read, false with @p error
/// naming the file (@p where), the table, the row and the column.
bool readChangeRecords(QSqlDatabase &db, const QString &where, RowReader::Access access,
                       VersionPool &pool, ChangeRecords &records, Error &error);

} // namespace planner
