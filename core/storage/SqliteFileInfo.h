// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace planner {

/// What the first bytes of a file say about it, read with plain file I/O so that nothing on disk
/// can change while we find out whether it is an Upgrade Planner project at all.
struct SqliteFileInfo
{
    enum class State {
        Missing,    ///< no file at that path
        NotAFile,   ///< a directory or something else that is not a regular file
        Unreadable, ///< exists but cannot be opened for reading
        Empty,      ///< zero bytes
        NotSqlite,  ///< does not start with the SQLite header
        Sqlite      ///< an SQLite database header; see the fields below
    };

    State state = State::Missing;
    qint64 size = 0;
    std::uint32_t pageSize = 0;
    std::uint32_t pageCount = 0;     ///< the in-header database size, 0 when not trustworthy
    std::uint32_t userVersion = 0;   ///< PRAGMA user_version: the schema version of a project
    std::uint32_t applicationId = 0; ///< PRAGMA application_id: which program made the file
    bool hotJournal = false;         ///< a rollback journal lies beside it (interrupted save)

    /// True when the header promises more pages than the file holds.
    bool isTruncated() const
    {
        return state == State::Sqlite && pageCount > 0
               && qint64(pageCount) * qint64(pageSize) > size;
    }

    /// Reads the header of @p path. Never writes and never keeps the file open.
    static SqliteFileInfo inspect(const QString &path);
    /// Reads the header of @p file, open for reading, from its start (the state is never
    /// Missing, NotAFile or Unreadable), and looks for a journal beside it.
    static SqliteFileInfo read(QFile &file);
};

/// The 16 bytes every SQLite 3 database starts with.
inline constexpr char sqliteMagic[] = "SQLite format 3";
inline constexpr int sqliteMagicSize = 16; // including the terminating NUL

} // namespace planner
