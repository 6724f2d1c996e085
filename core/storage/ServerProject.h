// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectHistory.h"
#include "ServerUrl.h"
#include "exchange/ConcurrentMerge.h"
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
    /// @p revision, when given, is set to the revision read (from the same snapshot).
    static Expected<Estate> load(const ServerLocation &where, qint64 *revision = nullptr);
    /// The project as it is now, for a copy that holds it as it was at @p currentRevision:
    /// only the sections the history says were saved since are read again (readChangedTables),
    /// the rest taken from @p current. A project at another schema, or whose history does not
    /// reach back to @p currentRevision, is read whole. @p revision is set to the revision read.
    static Expected<Estate> loadChanges(const ServerLocation &where, const Estate &current,
                                        qint64 currentRevision, qint64 *revision);
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
    /// What saveEdits() did.
    struct SaveOutcome
    {
        /// The revision written; 0 when nothing was, because conflicts wait for a choice.
        qint64 revision = 0;
        /// Someone else saved after the base: their edits and these were combined.
        bool merged = false;
        Estate saved;                  ///< what the project holds now, when merged and written
        qint64 theirRevision = 0;      ///< the revision the others' saves had reached
        QStringList savedBy;           ///< who saved after the base, as the history says
        QList<EditConflict> conflicts; ///< elements both sides changed, each differently
        QList<EditConflict> undecided; ///< those without a choice: nothing was written
        int mineKept = 0;              ///< elements only this copy changed
        int theirsKept = 0;            ///< elements only the others changed, kept
    };
    /// Saves the edits that turned @p base (the project at @p baseRevision, as this copy read
    /// or last saved it; 0: unknown) into @p mine, in one transaction, as row versions do: when
    /// nobody saved since, @p mine is written; when someone did, their edits and these are
    /// combined element by element (mergeConcurrentEdits) and the result written, unless both
    /// changed the same element differently and @p choices does not say whose stands: then
    /// nothing is written and the outcome lists what waits for a choice.
    static Expected<SaveOutcome> saveEdits(const ServerLocation &where, const Estate &base,
                                           qint64 baseRevision, const Estate &mine,
                                           const ConflictChoices &choices = {});
    /// The project's history from @p since on (null: all), oldest first (ProjectHistory.h).
    /// With @p lastOnly, only its last entry.
    static Expected<QList<HistoryEntry>> history(const ServerLocation &where,
                                                 const QDateTime &since = {},
                                                 bool lastOnly = false);
    /// The history of a project just published from a file (carryHistory, ProjectHistory.h):
    /// @p entries in place of the line its publication wrote, and its revision the last of
    /// theirs, so that the next save follows on. Refused once anyone saved after publishing.
    static Expected<Done> adoptHistory(const ServerLocation &where,
                                       const QList<HistoryEntry> &entries);
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
