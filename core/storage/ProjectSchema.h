// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

class QSqlDatabase;

namespace planner {

/// The tables of a project and how one at an older layout is brought up to date: one schema
/// and one migration path for both back ends. In a `.uplan` file (SQLite) the schema version
/// lives in `PRAGMA user_version` and `PRAGMA application_id` marks the file as Upgrade
/// Planner's; in a shared project on PostgreSQL (a schema of its own, ServerProject.h) the same
/// statements run without the PRAGMAs and SQLite's WITHOUT ROWID, and the version lives in the
/// project's uplan_meta table.
class ProjectSchema
{
public:
    /// "UPLN": the application_id of every project file.
    static constexpr std::uint32_t applicationId = 0x55504C4E;

    /// One migration: the statements that turn a file at schema `version - 1` into `version`.
    /// Step 1 creates the first layout from an empty database.
    struct Step
    {
        int version;
        QStringList statements;
        QStringList tablesAdded;
    };

    /// All steps in order; the last one's version is the current schema.
    static const QList<Step> &steps();
    static int currentVersion();

    /// The tables a file at schema @p version has.
    static QStringList tables(int version);
    /// Tables a save adds to and never rewrites (the history).
    static QStringList appendOnlyTables();

    /// Runs the steps after @p fromVersion up to and including @p toVersion on @p db and sets
    /// its schema version to @p toVersion. Does not open a transaction: the caller holds one,
    /// so that a failure leaves the project as it was.
    static Expected<Done> apply(QSqlDatabase &db, int fromVersion, int toVersion);

    /// True for a connection to a PostgreSQL server (QPSQL).
    static bool isServer(const QSqlDatabase &db);
    /// A step's statement as PostgreSQL runs it (empty: nothing to run there).
    static QString forServer(const QString &statement);
};

} // namespace planner
