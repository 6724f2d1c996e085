// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/EstateDiff.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QDateTime>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace planner {

/// One line of a project's history: one change of one save (ProjectSchema version 8).
struct HistoryEntry
{
    qint64 seq = 0;      ///< its place in the history, counting from 1
    qint64 revision = 0; ///< the save it belongs to: 1, 2, 3... (a server project's revision)
    QDateTime at;        ///< when the save committed (UTC)
    QString who;         ///< the login that saved: the PostgreSQL user, or the system user
    EstateChange change;
};

/// The system user saving a file project: USER or LOGNAME, else the account's name.
QString systemUserName();

/// Appends what turns @p before into @p after to the history table of @p db, inside the
/// caller's transaction, as save @p revision by @p who at @p at. With no @p before (a new
/// project), one line says it was created and how big it is.
Expected<Done> appendHistory(QSqlDatabase &db, const Estate *before, const Estate &after,
                             qint64 revision, const QString &who, const QDateTime &at);
/// The number of the next save: one more than the last in the history table.
qint64 nextHistoryRevision(QSqlDatabase &db);
/// The history of @p db from @p since on (a null time: all of it), oldest first; with
/// @p lastOnly, only its last entry (the position the project's history has reached).
Expected<QList<HistoryEntry>> readHistoryTable(QSqlDatabase &db, const QString &where,
                                               const QDateTime &since, bool lastOnly = false);

/// Within the caller's transaction: @p entries, as they are (sequence numbers, revisions,
/// times and who), in place of @p db's history.
Expected<Done> replaceHistoryTable(QSqlDatabase &db, const QList<HistoryEntry> &entries);
/// Gives the project at @p to, just written from the project at @p from (a file exported from
/// a shared project, or a shared project just published from a file), the history of @p from
/// in place of the one line its creation wrote: who changed what travels with the project.
/// Nothing happens when @p from has no history (an estate file, a project saved before there
/// was one).
Expected<Done> carryHistory(const QString &from, const QString &to);

/// The history of the project at @p location (a `.uplan` file or a shared project's URL).
/// A file saved before there was a history (schema 7 or older) has none yet: an empty list.
Expected<QList<HistoryEntry>> loadHistory(const QString &location, const QDateTime &since = {});
/// The last entry of that history: the save the project is at (its revision, when, who).
/// None for a project without a history yet (saved before there was one).
Expected<std::optional<HistoryEntry>> lastHistoryEntry(const QString &location);

} // namespace planner
