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

/// Turns tables that hold @p before into tables that hold @p after, writing only what changed:
/// a component or dependency edited in place is one UPDATE, one added at the end one INSERT,
/// and a section that did not change is not touched; a section changed in any other way is
/// written again whole. The same content as writeProjectTables(@p after), in the time of the
/// edit rather than of the project's size. @p before must be what the tables hold (read in
/// the same transaction, or known by the revision).
Expected<Done> writeProjectChanges(QSqlDatabase &db, const Estate &before, const Estate &after,
                                   const std::function<bool(const QString &table)> &afterTable);

} // namespace planner
