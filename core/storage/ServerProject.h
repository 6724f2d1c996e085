// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectHistory.h"
#include "ServerUrl.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QStringList>

namespace planner {

/// A shared project on a PostgreSQL server: the tables of a `.uplan` file (ProjectSchema, the
/// same migrations) in a PostgreSQL schema of its own, `uplan_NAME`, beside a table uplan_meta
/// that says whose it is (application), its schema version and its revision (raised by every
/// save). Every read is one read-only snapshot and every write one transaction, so a client
/// killed half way leaves the project as it was, and readers never see half a save.
/// Errors name the URL (never a password) and what is wrong; the server's refusal of a change
/// to a user without the right to make it says so.
class ServerProject
{
public:
    /// Reads the project; one at an older schema is migrated first, in its own transaction.
    static Expected<Estate> load(const ServerLocation &where);
    /// The project's revision: 1 after publishing, one more with every save.
    static Expected<qint64> revision(const ServerLocation &where);

    enum class Publish { Create, Replace };
    /// Writes @p estate as the project: Create refuses a project that exists already; Replace
    /// overwrites one (a new revision of it), or creates it.
    static Expected<Done> publish(const ServerLocation &where, const Estate &estate, Publish mode);
    /// Writes @p estate over the existing project in one transaction (a new revision). With
    /// @p expectedRevision > 0 the save is refused when someone else saved meanwhile.
    static Expected<Done> save(const ServerLocation &where, const Estate &estate,
                               qint64 expectedRevision = 0);
    /// The project's history from @p since on (null: all), oldest first (ProjectHistory.h).
    static Expected<QList<HistoryEntry>> history(const ServerLocation &where,
                                                 const QDateTime &since = {});
    /// Removes the project and everything in it.
    static Expected<Done> remove(const ServerLocation &where);
    enum class Access { Read, Edit };
    /// Lets @p role (an existing PostgreSQL role) open and export the project (Read), or also
    /// change it (Edit). Read takes any right to change it away again. Run by the project's
    /// owner (who published it) or a superuser.
    static Expected<Done> grant(const ServerLocation &where, const QString &role, Access access);
    /// The names of the projects in the server's database (@p where's project is ignored).
    static Expected<QStringList> list(const ServerLocation &where);

    /// Whether this installation can reach PostgreSQL at all (Qt's QPSQL driver).
    static bool driverAvailable();
};

} // namespace planner
