// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFile.h"

#include "ProjectFileTesting.h"
#include "ProjectHistory.h"
#include "ProjectLock.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "ProjectWriter.h"
#include "ServerProject.h"
#include "SqlConnection.h"
#include "SqliteFileInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstring>
#include <mutex>

namespace planner {

namespace {

std::mutex hookMutex;
testing::SaveHook saveHook;
std::atomic<bool> readThroughQtSql = false;

Error fileError(const QString &path, const QString &what)
{
    return Error{QDir::toNativeSeparators(path), what};
}

// Judges a file by its header alone (plain reads, nothing written): a project this program can
// read, or the reason it is not one.
Expected<SqliteFileInfo> judgeProject(const QString &path, const SqliteFileInfo &info)
{
    switch (info.state) {
    case SqliteFileInfo::State::Missing:
        return fileError(path,
                         QCoreApplication::translate("ProjectFile", "the file does not exist"));
    case SqliteFileInfo::State::NotAFile:
        return fileError(path, QCoreApplication::translate("ProjectFile", "not a file"));
    case SqliteFileInfo::State::Unreadable:
        return fileError(path,
                         QCoreApplication::translate("ProjectFile",
                                                     "the file cannot be opened for reading"));
    case SqliteFileInfo::State::Empty:
        return fileError(
            path, QCoreApplication::translate("ProjectFile",
                                              "the file is empty, not an Upgrade Planner project"));
    case SqliteFileInfo::State::NotSqlite:
        return fileError(path, QCoreApplication::translate("ProjectFile",
                                                           "not an Upgrade Planner project (the "
                                                           "file is not an SQLite database)"));
    case SqliteFileInfo::State::Sqlite:
        break;
    }
    if (info.applicationId != ProjectSchema::applicationId)
        return fileError(path,
                         QCoreApplication::translate(
                             "ProjectFile", "an SQLite database of another program, not an Upgrade "
                                            "Planner project"));
    if (info.userVersion == 0)
        return fileError(
            path, QCoreApplication::translate("ProjectFile",
                                              "the project is damaged: it has no schema version"));
    if (int(info.userVersion) > ProjectSchema::currentVersion())
        return fileError(path, QCoreApplication::translate(
                                   "ProjectFile",
                                   "made by a newer version of Upgrade Planner (project schema "
                                   "%1, this version reads schema %2 and older)")
                                   .arg(info.userVersion)
                                   .arg(ProjectSchema::currentVersion()));
    // An interrupted save may leave the file short until its journal is played back.
    if (!info.hotJournal && info.isTruncated())
        return fileError(path,
                         QCoreApplication::translate(
                             "ProjectFile", "the project file is truncated or damaged: its header "
                                            "promises %1 bytes, the file has %2")
                             .arg(qint64(info.pageCount) * info.pageSize)
                             .arg(info.size));
    return info;
}

// A save that crashed left a journal beside the file; opening it read-write and reading makes
// SQLite restore the content from before that save. Only done on files known to be ours.
Expected<SqliteFileInfo> recoverInterruptedSave(const QString &path, const SqliteFileInfo &info)
{
    if (!info.hotJournal)
        return info;
    {
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QString problem;
        if (!connection.open(&problem)
            || !connection.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"), &problem))
            return fileError(path, QCoreApplication::translate(
                                       "ProjectFile", "cannot recover from an interrupted save: %1")
                                       .arg(problem));
    }
    return judgeProject(path, SqliteFileInfo::inspect(path));
}

// Checks that the tables of the file's schema are all there.
Expected<Done> verifyTables(SqlConnection &connection, const QString &path, int version)
{
    QStringList present;
    {
        QSqlQuery query(connection.database());
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            return fileError(path, QCoreApplication::translate("ProjectFile",
                                                               "the project is damaged: %1")
                                       .arg(query.lastError().text()));
        while (query.next())
            present.append(query.value(0).toString());
    }
    for (const QString &table : ProjectSchema::tables(version))
        if (!present.contains(table))
            return fileError(path, QCoreApplication::translate(
                                       "ProjectFile", "the project is damaged: table %1 is missing")
                                       .arg(table));
    return Done{};
}

// `name.uplan.bak-v1`, or `.bak-v1.2`, `.bak-v1.3`... when earlier backups are in the way.
Expected<QString> freeBackupPath(const QString &path, int oldVersion)
{
    const QString base = path + QStringLiteral(".bak-v%1").arg(oldVersion);
    if (!QFile::exists(base))
        return base;
    for (int n = 2; n < 100; ++n) {
        const QString candidate = base + QStringLiteral(".%1").arg(n);
        if (!QFile::exists(candidate))
            return candidate;
    }
    return fileError(path,
                     QCoreApplication::translate(
                         "ProjectFile", "cannot back up the project before upgrading it: %1 and 98 "
                                        "numbered copies already exist")
                         .arg(QDir::toNativeSeparators(base)));
}

bool rollback(SqlConnection &connection)
{
    return connection.exec(QStringLiteral("ROLLBACK"), nullptr);
}

// Copies the file beside itself, then runs the missing schema steps in one transaction on
// @p connection (read-write, outside any transaction).
Expected<Done> migrate(SqlConnection &connection, const QString &path, int fromVersion)
{
    const auto backup = freeBackupPath(path, fromVersion);
    if (!backup)
        return backup.error();
    QFile original(path);
    if (!original.copy(*backup))
        return fileError(path, QCoreApplication::translate(
                                   "ProjectFile",
                                   "cannot back up the project to %1 before upgrading it: %2")
                                   .arg(QDir::toNativeSeparators(*backup), original.errorString()));
    Expected<Done> result = Done{};
    QString problem;
    if (!connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &problem)
        || !connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &problem)) {
        result = fileError(path, problem);
    } else {
        result = ProjectSchema::apply(connection.database(), fromVersion,
                                      ProjectSchema::currentVersion());
        if (result && !connection.exec(QStringLiteral("COMMIT"), &problem))
            result = fileError(path, problem);
        if (!result)
            rollback(connection);
    }
    if (!result) {
        QFile::remove(*backup);
        return fileError(path, QCoreApplication::translate(
                                   "ProjectFile", "cannot upgrade the project from schema %1: %2")
                                   .arg(fromVersion)
                                   .arg(result.error().what));
    }
    return Done{};
}

// Settings for a connection that only reads, each a speed-up SQLite may refuse without harm:
// pages read straight from a memory map of the file (no copy into a page cache of its own),
// temporary results kept in memory.
void tuneForReading(SqlConnection &connection)
{
    connection.exec(QStringLiteral("PRAGMA mmap_size = 268435456"), nullptr);
    connection.exec(QStringLiteral("PRAGMA temp_store = MEMORY"), nullptr);
}

// One connection for the whole load: the tables checked and read in one read transaction (a
// save by another process cannot show through half way); a file at an older schema is
// upgraded in between, on the same connection, opened read-write for it.
Expected<Estate> openAndRead(const QString &path, int version)
{
    const bool upgrade = version < ProjectSchema::currentVersion();
    SqlConnection connection(path, upgrade ? SqlConnection::Mode::ReadWrite
                                           : SqlConnection::Mode::ReadOnly);
    QString problem;
    const auto cannotOpen = [&] {
        return fileError(path,
                         QCoreApplication::translate("ProjectFile", "cannot open the project: %1")
                             .arg(problem));
    };
    if (!connection.open(&problem))
        return cannotOpen();
    if (!upgrade)
        tuneForReading(connection);
    if (!connection.exec(QStringLiteral("BEGIN"), &problem))
        return cannotOpen();
    if (auto verified = verifyTables(connection, path, version); !verified) {
        rollback(connection);
        return verified.error();
    }
    if (upgrade) {
        rollback(connection); // nothing was written: this only ends the read transaction
        if (auto migrated = migrate(connection, path, version); !migrated)
            return migrated.error();
        if (!connection.exec(QStringLiteral("BEGIN"), &problem))
            return cannotOpen();
    }
    Expected<Estate> estate = readProjectTables(connection.database(),
                                                QDir::toNativeSeparators(path),
                                                readThroughQtSql ? RowReader::Access::Generic
                                                                 : RowReader::Access::Native);
    connection.exec(QStringLiteral("COMMIT"), nullptr);
    return estate;
}

// SQLite's words for a failed write, with what they mean for the user and their project.
QString explainWriteFailure(const QString &what, bool existed)
{
    QString text = what;
    const auto says = [&what](const char *words) {
        return what.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("disk is full") || says("disk I/O error"))
        text = QCoreApplication::translate("ProjectFile", "%1 (the disk is full, or failing)")
                   .arg(what);
    else if (says("readonly database") || says("unable to open database file") || says("permission"))
        text = QCoreApplication::translate(
                   "ProjectFile", "%1 (the file or its folder cannot be written here: read-only, "
                                  "or no permission)")
                   .arg(what);
    if (existed)
        text = QCoreApplication::translate("ProjectFile",
                                           "%1; the project keeps its previous content")
                   .arg(text);
    return text;
}

// Why an existing file must not be overwritten by a save, if it must not.
Expected<SqliteFileInfo> checkSaveTarget(const QString &path)
{
    const SqliteFileInfo info = SqliteFileInfo::inspect(path);
    if (info.state == SqliteFileInfo::State::Missing)
        return info;
    auto project = judgeProject(path, info);
    if (!project)
        return fileError(path, QCoreApplication::translate("ProjectFile",
                                                           "%1; the file was not overwritten")
                                   .arg(project.error().what));
    return recoverInterruptedSave(path, *project);
}

Expected<Done> writeProject(const QString &path, const Estate &estate, int fromVersion)
{
    const testing::SaveHook hook = testing::currentSaveHook();
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    QString problem;
    if (!connection.open(&problem)
        || !connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &problem))
        return fileError(path,
                         QCoreApplication::translate("ProjectFile",
                                                     "cannot open the project for writing: %1")
                             .arg(problem));
    if (!connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &problem))
        return fileError(path, QCoreApplication::translate("ProjectFile", "cannot start saving: %1")
                                   .arg(problem));
    Expected<Done> result = Done{};
    if (fromVersion < ProjectSchema::currentVersion())
        result = ProjectSchema::apply(connection.database(), fromVersion,
                                      ProjectSchema::currentVersion());
    // What the project held before, for the history of this save (none for a new file).
    std::optional<Estate> before;
    if (result && fromVersion > 0) {
        Expected<Estate> previous = readProjectTables(connection.database(), path);
        if (previous)
            before = std::move(*previous);
    }
    // Only what changed since the project as it was read above is written: an edit of one
    // component of a large project is one UPDATE. A project that did not read (a damaged one
    // being saved over) is written whole.
    if (result)
        result = before ? writeProjectChanges(connection.database(), *before, estate, hook)
                        : writeProjectTables(connection.database(), estate, hook);
    if (result)
        result = appendHistory(connection.database(), before ? &*before : nullptr, estate,
                               nextHistoryRevision(connection.database()), systemUserName(),
                               QDateTime::currentDateTimeUtc());
    if (result && !connection.exec(QStringLiteral("COMMIT"), &problem))
        result = fileError(path,
                           QCoreApplication::translate("ProjectFile", "cannot finish saving: %1")
                               .arg(problem));
    if (!result) {
        rollback(connection);
        return fileError(path, explainWriteFailure(result.error().what, fromVersion > 0));
    }
    return Done{};
}

} // namespace

Expected<Estate> loadProject(const QString &path)
{
    return loadProject(path, static_cast<qint64 *>(nullptr));
}

Expected<Estate> loadProject(const QString &path, qint64 *revision)
{
    if (revision)
        *revision = 0;
    if (ServerLocation::isUrl(path)) {
        const Expected<ServerLocation> where = ServerLocation::parse(path);
        if (!where)
            return where.error();
        return ServerProject::load(*where, revision);
    }
    return loadProject(path, SqliteFileInfo::inspect(path));
}

Expected<Estate> loadProject(const QString &path, const SqliteFileInfo &header)
{
    auto info = judgeProject(path, header);
    if (info)
        info = recoverInterruptedSave(path, *info);
    if (!info)
        return info.error();
    return openAndRead(path, int(info->userVersion));
}

Expected<Done> saveProject(const QString &path, const Estate &estate)
{
    if (ServerLocation::isUrl(path)) {
        const Expected<ServerLocation> where = ServerLocation::parse(path);
        if (!where)
            return where.error();
        return ServerProject::publish(*where, estate, ServerProject::Publish::Replace);
    }
    // A project another workbench has open is its to write: a save here would be lost in, or
    // overwrite, what that one saves next.
    if (const std::optional<LockHolder> holder = ProjectLock::holder(path))
        return fileError(path,
                         QCoreApplication::translate("ProjectFile",
                                                     "the project is open in %1; close it there "
                                                     "first, or save to another file")
                             .arg(holder->describe()));
    const auto target = checkSaveTarget(path);
    if (!target)
        return target.error();
    const bool created = target->state == SqliteFileInfo::State::Missing;
    auto result = writeProject(path, estate, created ? 0 : int(target->userVersion));
    if (!result && created) {
        // A first save that failed leaves no half-made project behind.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
    }
    return result;
}

Expected<Done> saveProjectEdits(const QString &path, const Estate &base, const Estate &edited,
                                qint64 baseRevision)
{
    if (!ServerLocation::isUrl(path))
        return saveProject(path, edited);
    const Expected<ServerLocation> where = ServerLocation::parse(path);
    if (!where)
        return where.error();
    const Expected<ServerProject::SaveOutcome> saved = ServerProject::saveEdits(*where, base,
                                                                                baseRevision,
                                                                                edited);
    if (!saved)
        return saved.error();
    if (!saved->undecided.isEmpty())
        return Error{where->url(),
                     QCoreApplication::translate("ProjectFile",
                                                 "%1 saved the project meanwhile and changed what "
                                                 "this command changed; nothing was written. Run "
                                                 "it again on the project as it is now:\n%2")
                         .arg(saved->savedBy.isEmpty()
                                  ? QCoreApplication::translate("ProjectFile", "someone else")
                                  : saved->savedBy.join(QStringLiteral(", ")),
                              describeConflicts(saved->undecided))};
    return Done{};
}

int currentSchemaVersion()
{
    return ProjectSchema::currentVersion();
}

namespace testing {

void setSaveHook(SaveHook hook)
{
    std::lock_guard lock(hookMutex);
    saveHook = std::move(hook);
}

SaveHook currentSaveHook()
{
    std::lock_guard lock(hookMutex);
    return saveHook;
}

void setReadThroughQtSql(bool on)
{
    readThroughQtSql = on;
}

} // namespace testing

} // namespace planner
