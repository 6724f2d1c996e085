// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QSqlDatabase>

#include <functional>

namespace planner {

/// Replaces the content of every estate table of a project at the current schema with
/// @p estate. Runs inside the caller's transaction. @p afterTable is called with each table's
/// name once it is written; when it returns false the write stops with an Error (tests use it
/// to interrupt a save half way).
Expected<Done> writeProjectTables(QSqlDatabase &db, const Estate &estate,
                                  const std::function<bool(const QString &table)> &afterTable);

} // namespace planner
