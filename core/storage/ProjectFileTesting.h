// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace planner::testing {

/// For tests only: called by saveProject() after each table it writes, with the table's name
/// (in a file or on a server).
/// Returning false makes the save stop there with an Error and roll back; the hook may also end
/// the process to play a crash half way through a save. An empty function removes the hook.
using SaveHook = std::function<bool(const QString &table)>;
void setSaveHook(SaveHook hook);
/// The hook set, for the writers of both back ends.
SaveHook currentSaveHook();

/// For tests only: makes loadProject() read rows through QSqlQuery, the way it reads from a
/// database other than SQLite (RowReader::Access::Generic), instead of SQLite's own API.
void setReadThroughQtSql(bool on);

} // namespace planner::testing
