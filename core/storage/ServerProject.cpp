// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProject.h"

#include "ProjectFileTesting.h"
#include "ProjectHistory.h"
#include "ProjectReader.h"
#include "ProjectSchema.h"
#include "ProjectWriter.h"
#include "ServerWatcher.h"
#include "SqlConnection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerProject)
};

const QString application = QStringLiteral("upgrade-planner");

// The server's words for a failure, with what they mean for the user.
QString explain(const QSqlError &error)
{
    // libpq's message alone, on one line: "ERROR:  " and the driver's own words left out.
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // libpq repeats a failed login once per attempt (with TLS, then without): say it once.
    QStringList lines;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        if (!lines.contains(line.simplified()))
            lines << line.simplified();
    text = lines.join(u' ');
    if (text.startsWith(QLatin1String("ERROR: ")))
        text.remove(0, 7);
    const auto says = [&text](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("no password supplied") || says("password authentication failed"))
        text += Tr::tr(" (the password comes from ~/.pgpass or PGPASSWORD, never from the URL)");
    else if (says("could not translate host name") || says("timeout expired"))
        text += Tr::tr(" (is the server running, and are the host and port right?)");
    else if (says("permission denied for database"))
        text += Tr::tr(" (this user may not create projects in this database; its administrator "
                       "can allow it with GRANT CREATE ON DATABASE)");
    else if (says("permission denied"))
        text += Tr::tr(" (this user may read the project but not change it; ask its owner for the "
                       "right to edit)");
    return text;
}

/// One connection to the server for one operation, with errors that name the URL.
class Session
{
public:
    explicit Session(const ServerLocation &where)
        : m_where(where)
        , m_connection(where)
    {
    }

    Expected<Done> open()
    {
        if (!ServerProject::driverAvailable())
            return fail(Tr::tr("this installation cannot reach PostgreSQL: Qt's QPSQL driver is "
                               "missing (Debian package libqt6sql6-psql)"));
        if (!m_connection.database().open())
            return fail(
                Tr::tr("cannot connect: %1").arg(explain(m_connection.database().lastError())));
        // The server's notices and warnings would go to standard error as libpq prints them:
        // what matters reaches the user as an Error of ours instead.
        const QVariant handle = m_connection.database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "PGconn*") == 0)
            if (PGconn *pg = *static_cast<PGconn *const *>(handle.data()))
                PQsetNoticeProcessor(
                    pg, [](void *, const char *) {}, nullptr);
        return Done{};
    }

    QSqlDatabase &db() { return m_connection.database(); }

    Error fail(const QString &what) const { return Error{m_where.url(), what}; }

    /// Runs @p sql; the Error says what failed and why.
    Expected<Done> exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return Done{};
        return fail(explain(query.lastError()));
    }

    bool schemaExists()
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
        query.addBindValue(m_where.schema());
        return query.exec() && query.next();
    }

    /// Connected, and the project's tables the ones unqualified names mean.
    Expected<Done> openProject()
    {
        if (Expected<Done> opened = open(); !opened)
            return opened;
        return useProject();
    }

    Expected<Done> useProject()
    {
        if (!schemaExists())
            return missing();
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("SELECT has_schema_privilege(nspname, 'USAGE'), "
                           "pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = ?"));
        query.addBindValue(m_where.schema());
        if (query.exec() && query.next() && !query.value(0).toBool())
            return fail(
                Tr::tr("the user %1 may not read the project '%2'; its owner, %3, can grant it "
                       "(docs/shared-projects.md)")
                    .arg(m_where.user.isEmpty() ? Tr::tr("of this connection") : m_where.user,
                         m_where.project, query.value(1).toString()));
        return exec(QStringLiteral("SET search_path TO \"%1\"").arg(m_where.schema()));
    }

    Error missing()
    {
        const Expected<QStringList> names = projectNames();
        QString what = Tr::tr("there is no project '%1' on this server").arg(m_where.project);
        if (names && !names->isEmpty())
            what += Tr::tr(" (it has: %1)").arg(names->join(QStringLiteral(", ")));
        return fail(what);
    }

    Expected<QStringList> projectNames()
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname LIKE "
                                       "'uplan\\_%' ORDER BY nspname")))
            return fail(explain(query.lastError()));
        QStringList names;
        while (query.next())
            names << query.value(0).toString().mid(6);
        return names;
    }

    /// The project's uplan_meta: schema version and revision, checked to be ours.
    struct Meta
    {
        int schemaVersion = 0;
        qint64 revision = 0;
    };
    Expected<Meta> meta(bool forUpdate)
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT key, value FROM uplan_meta%1")
                            .arg(forUpdate ? QStringLiteral(" FOR UPDATE") : QString())))
            return fail(
                query.lastError().nativeErrorCode() == u"42P01"
                    ? Tr::tr("not an Upgrade Planner project: %1").arg(explain(query.lastError()))
                    : explain(query.lastError()));
        Meta meta;
        QString owner;
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (key == u"application")
                owner = query.value(1).toString();
            else if (key == u"schema_version")
                meta.schemaVersion = query.value(1).toInt();
            else if (key == u"revision")
                meta.revision = query.value(1).toLongLong();
        }
        if (owner != application)
            return fail(
                Tr::tr("the schema %1 is not an Upgrade Planner project").arg(m_where.schema()));
        if (meta.schemaVersion > ProjectSchema::currentVersion())
            return fail(Tr::tr("the project is at schema %1, newer than this program knows (%2): "
                               "it was written by a newer Upgrade Planner")
                            .arg(meta.schemaVersion)
                            .arg(ProjectSchema::currentVersion()));
        if (meta.schemaVersion < 1)
            return fail(Tr::tr("the project was never finished being published (schema %1)")
                            .arg(meta.schemaVersion));
        return meta;
    }

    /// In a transaction: the project brought to the current schema.
    Expected<Done> migrate(int fromVersion)
    {
        if (fromVersion >= ProjectSchema::currentVersion())
            return Done{};
        Expected<Done> applied = ProjectSchema::apply(db(), fromVersion,
                                                      ProjectSchema::currentVersion());
        if (!applied)
            return fail(applied.error().what);
        return Done{};
    }

    /// In a transaction: the project's tables replaced by @p estate, the revision raised, what
    /// changed since the tables as they stand appended to the history, and everyone watching
    /// told when the transaction commits.
    Expected<Done> writeOverCurrent(const Estate &estate)
    {
        Expected<Estate> before = read();
        if (!before)
            return before.error();
        return write(estate, &*before);
    }

    /// The project's tables as they stand in this transaction.
    Expected<Estate> read()
    {
        return readProjectTables(db(), m_where.url(), RowReader::Access::Native);
    }

    /// As writeOverCurrent(), with the project as it stands given (@p before; none for a new
    /// project, whose history then starts with its creation).
    Expected<Done> write(const Estate &estate, const Estate *before)
    {
        // Only what changed since @p before (which the tables hold) is written.
        Expected<Done> written = before
                                     ? writeProjectChanges(db(), *before, estate,
                                                           testing::currentSaveHook())
                                     : writeProjectTables(db(), estate, testing::currentSaveHook());
        if (!written)
            return fail(written.error().what);
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("UPDATE uplan_meta SET value = (value::bigint + 1)::text "
                                       "WHERE key = 'revision' RETURNING value, current_user"))
            || !query.next())
            return fail(explain(query.lastError()));
        const qint64 revision = query.value(0).toLongLong();
        const QString user = query.value(1).toString();
        Expected<Done> recorded = appendHistory(db(), before, estate, revision, user,
                                                QDateTime::currentDateTimeUtc());
        if (!recorded)
            return fail(recorded.error().what);
        // Everyone watching hears of it when the transaction commits, not before.
        QSqlQuery notify(db());
        notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        notify.addBindValue(ServerWatcher::channel());
        notify.addBindValue(
            QString::fromUtf8(ServerWatcher::payload(m_where.project, revision, user)));
        if (!notify.exec())
            return fail(explain(notify.lastError()));
        m_written = revision;
        return Done{};
    }

    /// The revision the last write() made.
    qint64 written() const { return m_written; }

    /// Who saved the project after @p revision, each once, in the order they first did.
    QStringList savedSince(qint64 revision)
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT who FROM history WHERE revision > ? GROUP BY who "
                                     "ORDER BY min(seq)"));
        query.addBindValue(revision);
        QStringList who;
        if (query.exec())
            while (query.next())
                who << query.value(0).toString();
        return who;
    }

    void rollback() { QSqlQuery(db()).exec(QStringLiteral("ROLLBACK")); }

    /// Runs @p work between BEGIN and COMMIT; anything that fails rolls back.
    template<typename Work>
    Expected<Done> transaction(const QString &begin, Work &&work)
    {
        if (Expected<Done> started = exec(begin); !started)
            return started;
        Expected<Done> done = work();
        if (done)
            done = exec(QStringLiteral("COMMIT"));
        if (!done)
            rollback();
        return done;
    }

    /// Opens the project and runs @p work(meta) in a transaction that holds its meta rows
    /// locked: writers take turns, and what @p work reads stays so until it commits.
    template<typename Work>
    Expected<Done> locked(Work &&work)
    {
        if (Expected<Done> opened = openProject(); !opened)
            return opened;
        return transaction(QStringLiteral("BEGIN"), [&]() -> Expected<Done> {
            Expected<Meta> meta = this->meta(true);
            if (!meta)
                return meta.error();
            return work(*meta);
        });
    }

private:
    const ServerLocation &m_where;
    SqlConnection m_connection;
    qint64 m_written = 0;
};

} // namespace

bool ServerProject::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

Expected<Estate> ServerProject::load(const ServerLocation &where, qint64 *revision)
{
    Session session(where);
    if (Expected<Done> opened = session.openProject(); !opened)
        return opened.error();
    // An older project is brought up to date first, under the lock every writer takes.
    Expected<Session::Meta> meta = session.meta(false);
    if (!meta)
        return meta.error();
    if (meta->schemaVersion < ProjectSchema::currentVersion()) {
        Expected<Done> migrated = session.transaction(QStringLiteral("BEGIN"), [&]() {
            Expected<Session::Meta> locked = session.meta(true);
            if (!locked)
                return Expected<Done>(locked.error());
            return session.migrate(locked->schemaVersion);
        });
        if (!migrated)
            return migrated.error();
    }
    // One snapshot: a save by someone else cannot show through half way.
    Expected<Estate> estate = Error{};
    const Expected<Done> read
        = session.transaction(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                              [&]() {
                                  if (revision) {
                                      const Expected<Session::Meta> read = session.meta(false);
                                      if (!read)
                                          return Expected<Done>(read.error());
                                      *revision = read->revision;
                                  }
                                  estate = readProjectTables(session.db(), where.url(),
                                                             RowReader::Access::Native);
                                  return estate ? Expected<Done>(Done{})
                                                : Expected<Done>(estate.error());
                              });
    if (!read)
        return read.error();
    return estate;
}

Expected<Estate> ServerProject::loadChanges(const ServerLocation &where, const Estate &current,
                                            qint64 currentRevision, qint64 *revision)
{
    Session session(where);
    if (Expected<Done> opened = session.openProject(); !opened)
        return opened.error();
    {
        const Expected<Session::Meta> meta = session.meta(false);
        if (!meta)
            return meta.error();
        if (meta->schemaVersion != ProjectSchema::currentVersion() || currentRevision <= 0)
            return load(where, revision); // migrated first, or nothing to start from
    }
    Expected<Estate> estate = Error{};
    bool whole = false;
    const Expected<Done> read = session.transaction(
        QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), [&]() {
            const Expected<Session::Meta> meta = session.meta(false);
            if (!meta)
                return Expected<Done>(meta.error());
            *revision = meta->revision;
            if (meta->revision == currentRevision) {
                estate = current;
                return Expected<Done>(Done{});
            }
            // Every save since records its sections, unless the history starts later (a
            // project published before there was one): then the whole project is read.
            QSqlQuery query(session.db());
            query.prepare(QStringLiteral("SELECT DISTINCT section FROM history WHERE revision > ?"
                                         " UNION ALL SELECT CASE WHEN COALESCE(MIN(revision), 0)"
                                         " <= ? THEN '' ELSE NULL END FROM history"));
            query.addBindValue(currentRevision);
            query.addBindValue(currentRevision + 1);
            if (!query.exec())
                return Expected<Done>(Error{where.url(), explain(query.lastError())});
            QSet<QString> sections;
            bool reaches = false;
            while (query.next()) {
                if (query.isNull(0))
                    continue;
                if (query.value(0).toString().isEmpty())
                    reaches = true;
                else
                    sections.insert(query.value(0).toString());
            }
            if (!reaches) {
                whole = true;
                return Expected<Done>(Done{});
            }
            estate = readChangedTables(session.db(), where.url(), RowReader::Access::Native,
                                       current, sections);
            return estate ? Expected<Done>(Done{}) : Expected<Done>(estate.error());
        });
    if (!read)
        return read.error();
    if (whole)
        return load(where, revision);
    return estate;
}

Expected<qint64> ServerProject::revision(const ServerLocation &where)
{
    Session session(where);
    if (Expected<Done> opened = session.openProject(); !opened)
        return opened.error();
    Expected<Session::Meta> meta = session.meta(false);
    if (!meta)
        return meta.error();
    return meta->revision;
}

Expected<Done> ServerProject::publish(const ServerLocation &where, const Estate &estate,
                                      Publish mode)
{
    Session session(where);
    if (Expected<Done> opened = session.open(); !opened)
        return opened;
    if (session.schemaExists()) {
        if (mode == Publish::Create)
            return session.fail(Tr::tr("a project '%1' exists on this server already; publish with "
                                       "--replace to overwrite it")
                                    .arg(where.project));
        return save(where, estate);
    }
    return session.transaction(QStringLiteral("BEGIN"), [&]() -> Expected<Done> {
        const QString schema = where.schema();
        for (const QString &sql :
             {QStringLiteral("CREATE SCHEMA \"%1\"").arg(schema),
              QStringLiteral("SET LOCAL search_path TO \"%1\"").arg(schema),
              QStringLiteral("CREATE TABLE uplan_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("INSERT INTO uplan_meta VALUES ('application', '%1'), "
                             "('schema_version', '0'), ('revision', '0')")
                  .arg(application)}) {
            if (Expected<Done> done = session.exec(sql); !done)
                return done;
        }
        if (Expected<Done> created = session.migrate(0); !created)
            return created;
        return session.write(estate, nullptr);
    });
}

Expected<Done> ServerProject::save(const ServerLocation &where, const Estate &estate,
                                   qint64 expectedRevision)
{
    Session session(where);
    return session.locked([&](const Session::Meta &meta) -> Expected<Done> {
        if (expectedRevision > 0 && meta.revision != expectedRevision)
            return session.fail(
                Tr::tr("someone else saved the project meanwhile (revision %1, this "
                       "copy is of revision %2); nothing was written")
                    .arg(meta.revision)
                    .arg(expectedRevision));
        if (Expected<Done> migrated = session.migrate(meta.schemaVersion); !migrated)
            return migrated;
        return session.writeOverCurrent(estate);
    });
}

Expected<ServerProject::SaveOutcome> ServerProject::saveEdits(const ServerLocation &where,
                                                              const Estate &base,
                                                              qint64 baseRevision,
                                                              const Estate &mine,
                                                              const ConflictChoices &choices)
{
    Session session(where);
    SaveOutcome outcome;
    const Expected<Done> done = session.locked([&](const Session::Meta &meta) -> Expected<Done> {
        if (Expected<Done> migrated = session.migrate(meta.schemaVersion); !migrated)
            return migrated;
        // Nobody saved since this copy's base: the base is what the tables hold.
        if (baseRevision > 0 && meta.revision == baseRevision) {
            if (Expected<Done> written = session.write(mine, &base); !written)
                return written;
            outcome.revision = session.written();
            return Done{};
        }
        Expected<Estate> theirs = session.read();
        if (!theirs)
            return theirs.error();
        outcome.theirRevision = meta.revision;
        if (*theirs == base) {
            if (Expected<Done> written = session.write(mine, &*theirs); !written)
                return written;
            outcome.revision = session.written();
            return Done{};
        }
        outcome.savedBy = session.savedSince(baseRevision);
        Expected<ConcurrentMerge> merge = mergeConcurrentEdits(base, mine, *theirs, choices);
        if (!merge)
            return session.fail(merge.error().what);
        outcome.merged = true;
        outcome.conflicts = merge->conflicts;
        outcome.undecided = merge->undecided;
        outcome.mineKept = merge->mineKept;
        outcome.theirsKept = merge->theirsKept;
        if (!outcome.undecided.isEmpty())
            return Done{};                  // the user chooses first; nothing is written
        merge->merged.dropStalePositions(); // as written: what the caller's next base is
        if (Expected<Done> written = session.write(merge->merged, &*theirs); !written)
            return written;
        outcome.revision = session.written();
        outcome.saved = std::move(merge->merged);
        return Done{};
    });
    if (!done)
        return done.error();
    return outcome;
}

Expected<QList<HistoryEntry>> ServerProject::history(const ServerLocation &where,
                                                     const QDateTime &since, bool lastOnly)
{
    Session session(where);
    if (Expected<Done> opened = session.openProject(); !opened)
        return opened.error();
    Expected<Session::Meta> meta = session.meta(false);
    if (!meta)
        return meta.error();
    if (meta->schemaVersion < 8)
        return QList<HistoryEntry>(); // published before projects kept a history
    Expected<QList<HistoryEntry>> entries = Error{};
    const Expected<Done> read
        = session.transaction(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                              [&]() {
                                  entries = readHistoryTable(session.db(), where.url(), since,
                                                             lastOnly);
                                  return entries ? Expected<Done>(Done{})
                                                 : Expected<Done>(entries.error());
                              });
    if (!read)
        return read.error();
    return entries;
}

Expected<Done> ServerProject::adoptHistory(const ServerLocation &where,
                                           const QList<HistoryEntry> &entries)
{
    if (entries.isEmpty())
        return Done{};
    Session session(where);
    return session.locked([&](const Session::Meta &meta) -> Expected<Done> {
        if (meta.revision != 1)
            return session.fail(Tr::tr("the project was saved again since it was published "
                                       "(revision %1): its history is its own now")
                                    .arg(meta.revision));
        if (Expected<Done> replaced = replaceHistoryTable(session.db(), entries); !replaced)
            return session.fail(replaced.error().text());
        QSqlQuery query(session.db());
        query.prepare(QStringLiteral("UPDATE uplan_meta SET value = ? WHERE key = 'revision'"));
        query.addBindValue(QString::number(entries.constLast().revision));
        if (!query.exec())
            return session.fail(explain(query.lastError()));
        return Done{};
    });
}

Expected<Done> ServerProject::remove(const ServerLocation &where)
{
    Session session(where);
    if (Expected<Done> opened = session.openProject(); !opened)
        return opened;
    if (Expected<Session::Meta> meta = session.meta(false); !meta)
        return meta.error(); // never drop a schema that is not a project
    return session.exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(where.schema()));
}

Expected<Done> ServerProject::grant(const ServerLocation &where, const QString &role, Access access)
{
    static const QRegularExpression validRole(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$.-]{0,62}$"));
    Session session(where);
    if (!validRole.match(role).hasMatch())
        return session.fail(Tr::tr("'%1' cannot be a role's name").arg(role));
    if (Expected<Done> opened = session.openProject(); !opened)
        return opened;
    if (Expected<Session::Meta> meta = session.meta(false); !meta)
        return meta.error();
    // Only the owner's grants take: anyone else's are warnings PostgreSQL lets pass, and
    // the owner's own rights are not narrowed through this.
    QSqlQuery who(session.db());
    who.prepare(QStringLiteral(
        "SELECT pg_get_userbyid(n.nspowner), pg_has_role(current_user, n.nspowner, 'USAGE'), "
        "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?), "
        "CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) "
        "THEN pg_has_role(?, n.nspowner, 'USAGE') ELSE false END "
        "FROM pg_namespace n WHERE n.nspname = ?"));
    // (pg_has_role on a role that does not exist raises an error: CASE asks EXISTS first.)
    who.addBindValue(role);
    who.addBindValue(role);
    who.addBindValue(role);
    who.addBindValue(where.schema());
    if (!who.exec() || !who.next())
        return session.fail(explain(who.lastError()));
    const QString owner = who.value(0).toString();
    if (!who.value(1).toBool())
        return session.fail(Tr::tr("only the project's owner, %1, can grant rights on it; run "
                                   "grant as %1")
                                .arg(owner));
    if (!who.value(2).toBool())
        return session.fail(Tr::tr("there is no role '%1' on this server; create it first (CREATE "
                                   "ROLE %1 LOGIN)")
                                .arg(role));
    if (who.value(3).toBool())
        return session.fail(Tr::tr("%1 owns the project (or acts as its owner %2): its rights "
                                   "are not changed by grant")
                                .arg(role, owner));
    const QString schema = where.schema();
    const QString rights = access == Access::Edit ? QStringLiteral("SELECT, INSERT, UPDATE, DELETE")
                                                  : QStringLiteral("SELECT");
    const QString revoke = access == Access::Edit ? QString()
                                                  : QStringLiteral("INSERT, UPDATE, DELETE");
    return session.transaction(QStringLiteral("BEGIN"), [&]() -> Expected<Done> {
        QStringList
            statements{QStringLiteral("GRANT USAGE ON SCHEMA \"%1\" TO \"%2\"").arg(schema, role),
                       QStringLiteral("GRANT %3 ON ALL TABLES IN SCHEMA \"%1\" TO \"%2\"")
                           .arg(schema, role, rights),
                       QStringLiteral(
                           "ALTER DEFAULT PRIVILEGES IN SCHEMA \"%1\" GRANT %3 ON TABLES TO \"%2\"")
                           .arg(schema, role, rights)};
        if (!revoke.isEmpty())
            statements
                << QStringLiteral("REVOKE %3 ON ALL TABLES IN SCHEMA \"%1\" FROM \"%2\"")
                       .arg(schema, role, revoke)
                << QStringLiteral(
                       "ALTER DEFAULT PRIVILEGES IN SCHEMA \"%1\" REVOKE %3 ON TABLES FROM \"%2\"")
                       .arg(schema, role, revoke);
        for (const QString &sql : std::as_const(statements))
            if (Expected<Done> done = session.exec(sql); !done)
                return done;
        return Done{};
    });
}

Expected<QStringList> ServerProject::list(const ServerLocation &where)
{
    Session session(where);
    if (Expected<Done> opened = session.open(); !opened)
        return opened.error();
    return session.projectNames();
}

} // namespace planner
