// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectHistory.h"

#include "BatchInsert.h"
#include "ProjectSchema.h"
#include "ServerProject.h"
#include "SqlConnection.h"
#include "SqliteFileInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectHistory)
};

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// The history's rows for @p entries, in the caller's transaction.
Expected<Done> insertEntries(QSqlDatabase &db, const QList<HistoryEntry> &entries)
{
    BatchInsert insert(db, QStringLiteral("history"),
                       {QStringLiteral("seq"), QStringLiteral("revision"), QStringLiteral("at"),
                        QStringLiteral("who"), QStringLiteral("section"), QStringLiteral("item"),
                        QStringLiteral("action"), QStringLiteral("field"),
                        QStringLiteral("before_value"), QStringLiteral("after_value")});
    const auto nullable = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    // A null QString binds as NULL: the key columns get an empty text instead.
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    for (const HistoryEntry &e : entries)
        insert << e.seq << e.revision << timeText(e.at) << text(e.who) << text(e.change.section)
               << text(e.change.item) << actionName(e.change.action) << text(e.change.field)
               << nullable(e.change.before) << nullable(e.change.after);
    if (!insert.finish())
        return Error{QString(), Tr::tr("cannot record the history: %1").arg(insert.error())};
    return Done{};
}

} // namespace

QString systemUserName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    if (const passwd *account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(getuid());
}

qint64 nextHistoryRevision(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(revision), 0) FROM history")) && query.next())
        return query.value(0).toLongLong() + 1;
    return 1;
}

Expected<Done> appendHistory(QSqlDatabase &db, const Estate *before, const Estate &after,
                             qint64 revision, const QString &who, const QDateTime &at)
{
    QList<EstateChange> changes;
    if (before)
        changes = diffEstates(*before, after);
    else
        changes.append({QStringLiteral("project"), QString(), EstateChange::Action::Added,
                        QString(), QString(),
                        QStringLiteral("{\"components\":%1,\"dependencies\":%2}")
                            .arg(after.componentCount())
                            .arg(after.dependencyCount())});
    if (changes.isEmpty())
        return Done{};
    QSqlQuery last(db);
    qint64 seq = 1;
    if (last.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM history")) && last.next())
        seq = last.value(0).toLongLong() + 1;
    QList<HistoryEntry> entries;
    entries.reserve(changes.size());
    for (EstateChange &c : changes)
        entries.append({seq++, revision, at, who, std::move(c)});
    return insertEntries(db, entries);
}

Expected<Done> replaceHistoryTable(QSqlDatabase &db, const QList<HistoryEntry> &entries)
{
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM history")))
        return Error{QString(),
                     Tr::tr("cannot record the history: %1").arg(clear.lastError().text())};
    return insertEntries(db, entries);
}

Expected<QList<HistoryEntry>> readHistoryTable(QSqlDatabase &db, const QString &where,
                                               const QDateTime &since, bool lastOnly)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, revision, at, who, section, item, action, field,"
                                 " before_value, after_value FROM history WHERE at >= ?"
                                 " ORDER BY seq")
                  + (lastOnly ? QStringLiteral(" DESC LIMIT 1") : QString()));
    query.addBindValue(since.isValid() ? timeText(since) : QStringLiteral(""));
    if (!query.exec())
        return Error{where, Tr::tr("cannot read the history: %1").arg(query.lastError().text())};
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry e;
        e.seq = query.value(0).toLongLong();
        e.revision = query.value(1).toLongLong();
        e.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        e.who = query.value(3).toString();
        e.change.section = query.value(4).toString();
        e.change.item = query.value(5).toString();
        if (!actionFromName(query.value(6).toString(), &e.change.action))
            return Error{where, Tr::tr("table history, row %1, column action: \"%2\"")
                                    .arg(e.seq)
                                    .arg(query.value(6).toString())};
        e.change.field = query.value(7).toString();
        e.change.before = query.value(8).toString();
        e.change.after = query.value(9).toString();
        entries.append(e);
    }
    return entries;
}

namespace {

Expected<QList<HistoryEntry>> readHistory(const QString &location, const QDateTime &since,
                                          bool lastOnly)
{
    if (ServerLocation::isUrl(location)) {
        const Expected<ServerLocation> where = ServerLocation::parse(location);
        if (!where)
            return where.error();
        return ServerProject::history(*where, since, lastOnly);
    }
    const QString where = QDir::toNativeSeparators(location);
    const SqliteFileInfo info = SqliteFileInfo::inspect(location);
    if (info.state == SqliteFileInfo::State::Missing)
        return Error{where, Tr::tr("no such file")};
    if (info.state != SqliteFileInfo::State::Sqlite)
        return Error{where, Tr::tr("not an Upgrade Planner project: only projects have a history")};
    SqlConnection connection(location, SqlConnection::Mode::ReadOnly);
    QString problem;
    if (!connection.open(&problem))
        return Error{where, problem};
    QSqlQuery version(connection.database());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return Error{where, version.lastError().text()};
    if (version.value(0).toInt() < 8)
        return QList<HistoryEntry>(); // saved before projects kept a history
    return readHistoryTable(connection.database(), where, since, lastOnly);
}

} // namespace

Expected<QList<HistoryEntry>> loadHistory(const QString &location, const QDateTime &since)
{
    return readHistory(location, since, false);
}

Expected<std::optional<HistoryEntry>> lastHistoryEntry(const QString &location)
{
    const Expected<QList<HistoryEntry>> last = readHistory(location, {}, true);
    if (!last)
        return last.error();
    if (last->isEmpty())
        return std::optional<HistoryEntry>();
    return std::optional<HistoryEntry>(last->first());
}

Expected<Done> carryHistory(const QString &from, const QString &to)
{
    const Expected<QList<HistoryEntry>> entries = loadHistory(from);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Done{};
    if (ServerLocation::isUrl(to)) {
        const Expected<ServerLocation> where = ServerLocation::parse(to);
        if (!where)
            return where.error();
        return ServerProject::adoptHistory(*where, *entries);
    }
    const QString where = QDir::toNativeSeparators(to);
    SqlConnection connection(to, SqlConnection::Mode::ReadWrite);
    QString problem;
    if (!connection.open(&problem))
        return Error{where, problem};
    if (!connection.exec(QStringLiteral("BEGIN IMMEDIATE"), &problem))
        return Error{where, problem};
    Expected<Done> replaced = replaceHistoryTable(connection.database(), *entries);
    if (replaced && !connection.exec(QStringLiteral("COMMIT"), &problem))
        replaced = Error{where, problem};
    if (!replaced) {
        connection.exec(QStringLiteral("ROLLBACK"), nullptr);
        return Error{where, replaced.error().what};
    }
    return Done{};
}

} // namespace planner
