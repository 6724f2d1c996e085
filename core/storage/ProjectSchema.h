// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QList>
#include <QStringList>

#include <cstdint>

class QSqlDatabase;

namespace planner {

/// The tables of a `.uplan` project and how a file at an older layout is brought up to date.
/// The schema version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the file as
/// Upgrade Planner's so that other programs' SQLite databases are told apart.
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

    /// Runs the steps after @p fromVersion up to and including @p toVersion on @p db and sets
    /// user_version to @p toVersion. Does not open a transaction: the caller holds one, so that
    /// a failure leaves the file as it was.
    static Expected<Done> apply(QSqlDatabase &db, int fromVersion, int toVersion);
};

} // namespace planner
