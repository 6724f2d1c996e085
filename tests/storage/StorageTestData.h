// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Estates and file fixtures shared by the storage tests.

#include "inventory/Estate.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace planner::storagetest {

inline Version version(const char *text)
{
    return *Version::parse(QString::fromUtf8(text));
}

inline VersionRange range(const char *text)
{
    return *VersionRange::parse(QString::fromUtf8(text));
}

inline QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

/// Records of the controlled change in which every field is set (lists of two or more, out of
/// order, references to ids that do not exist), for round trips of the storage and the JSON.
inline ChangeRecords fullRecords()
{
    ChangeRecords r;
    r.configuration = {ConfigItem{QStringLiteral("pg-core"), QStringLiteral("parameter"),
                                  QStringLiteral("max_connections"),
                                  QStringLiteral("postgresql.conf: 400"), true, QDate()},
                       ConfigItem{QStringLiteral("a.cert"), QStringLiteral("certificate"),
                                  QStringLiteral("CN=ledger.bank.example"),
                                  QStringLiteral("HSM slot 3"), false, QDate(2027, 2, 14)}};
    r.rollbacks = {RollbackPlan{QStringLiteral("pg-core"),
                                {QStringLiteral("replication lag > 5 min"),
                                 QStringLiteral("ledger login fails")},
                                QStringLiteral("change manager"),
                                QStringLiteral("pg_basebackup of the night"),
                                95,
                                QStringLiteral("bookings after 22:00"),
                                true},
                   RollbackPlan{QStringLiteral("ghost"),
                                {},
                                QString(),
                                QString(),
                                std::nullopt,
                                QString(),
                                false}};
    r.pilots = {PilotRecord{QStringLiteral("zz-app_01"),
                            QStringLiteral("pilot branch Mainz"),
                            {QStringLiteral("teller-pc-17"), QStringLiteral("printer-2")},
                            {QStringLiteral("teller"), QStringLiteral("branch manager")},
                            {QStringLiteral("booking → ledger"), QStringLiteral("end of day")},
                            QDate(2026, 12, 3),
                            QStringLiteral("all flows passed; slow first login"),
                            true},
                PilotRecord{QStringLiteral("pg-core"),
                            QStringLiteral("staging"),
                            {},
                            {},
                            {},
                            QDate(),
                            QString(),
                            false}};
    r.acceptance = {AcceptanceCheck{QStringLiteral("ledger-login"), QStringLiteral("zz-app_01"),
                                    QString(), QStringLiteral("Log in as a teller"),
                                    QStringLiteral("Home page in 2 s"), true, false},
                    AcceptanceCheck{QStringLiteral("logs"), QString(), QStringLiteral("sat-night"),
                                    QStringLiteral("Review the database logs"),
                                    QStringLiteral("No ERROR lines"), false, true}};
    r.messages = {MessageTemplate{QStringLiteral("before-branches"), QStringLiteral("branch staff"),
                                  QStringLiteral("before"), 72, QStringLiteral("sat-night"),
                                  QStringLiteral("Ledger down {start}–{end}"),
                                  QStringLiteral("Dear colleagues,\n{services} stop at {start}."),
                                  QStringLiteral("IT service desk, 1234"),
                                  QStringLiteral("No bookings")},
                  MessageTemplate{QStringLiteral("after"), QString(), QStringLiteral("after"), 0,
                                  QString(), QString(), QString(), QString(), QString()}};
    r.monitoring = {MonitoringPlan{QStringLiteral("pg-core"), QStringLiteral("p95 query latency"),
                                   QStringLiteral("12 ms"), 168},
                    MonitoringPlan{QStringLiteral("zz-app_01"), QStringLiteral("login errors"),
                                   QString(), 1}};
    ExecutionRecord done;
    done.component = QStringLiteral("pg-core");
    done.to = QStringLiteral("14.13");
    done.started[size_t(Phase::Prepare)] = utc(2027, 1, 9, 22, 0);
    done.ended[size_t(Phase::Prepare)] = utc(2027, 1, 9, 22, 25);
    done.started[size_t(Phase::Execute)] = utc(2027, 1, 9, 23, 10);
    done.ended[size_t(Phase::Execute)] = utc(2027, 1, 10, 0, 45);
    done.started[size_t(Phase::Rollback)] = utc(2027, 1, 10, 1, 0); // started, never ended
    done.checks = {CheckResult{QStringLiteral("ledger-login"), true, QStringLiteral("1.4 s")},
                   CheckResult{QStringLiteral("logs"), false, QString()},
                   CheckResult{QStringLiteral("no-such-check"), true, QString()}};
    done.issues = {ExecutionIssue{QStringLiteral("extension pg_cron missing"),
                                  QStringLiteral("installed 1.6 from the vendor repo")},
                   ExecutionIssue{QStringLiteral("slow vacuum"), QString()}};
    done.rollback = QStringLiteral("partial");
    done.followUps = {QStringLiteral("raise work_mem"), QStringLiteral("update the runbook")};
    ExecutionRecord bare;
    bare.component = QStringLiteral("mssql:reporting");
    r.executed = {done, bare};
    KindEstimate db;
    db.kind = ComponentKind::Database;
    db.durations[Phase::Execute] = 95;
    db.durations[Phase::Verify] = 0;
    KindEstimate os;
    os.kind = ComponentKind::Os;
    for (int p = 0; p < phaseCount; ++p)
        os.durations[Phase(p)] = 10 + p;
    r.estimates = {db, os};
    return r;
}

/// An estate written by hand in which every field of every section holds a value that differs
/// from its default, lists come in an order that is not sorted, and references name ids that
/// do not exist (they must survive a round trip: they are conflicts, not damage).
inline Estate fullEstate()
{
    Estate e;
    e.project = ProjectInfo{QStringLiteral("Core banking refresh"),
                            QStringLiteral("end-of-support"),
                            QStringLiteral("Replace PostgreSQL 12 before its support ends"),
                            QStringLiteral("urgent"),
                            QStringLiteral("Europe/Berlin"),
                            QDate(2027, 1, 9),
                            25};
    e.sites = {Site{QStringLiteral("fra"), QStringLiteral("Frankfurt DC")},
               Site{QStringLiteral("ams"), QStringLiteral("Amsterdam DC")}};

    Component db;
    db.id = QStringLiteral("pg-core");
    db.name = QStringLiteral("Ledger database");
    db.kind = ComponentKind::Database;
    db.product = QStringLiteral("postgresql");
    db.version = version("12.20");
    db.target = version("16.6");
    db.site = QStringLiteral("fra");
    db.owner = QStringLiteral("DBA team");
    db.criticality = Criticality::Critical;
    db.durations[Phase::Prepare] = 30;
    db.durations[Phase::Backup] = 45;
    db.durations[Phase::Execute] = 60;
    db.durations[Phase::Verify] = 0;
    db.durations[Phase::Rollback] = 90;
    db.reversible = false;
    db.backup = BackupInfo{QStringLiteral("pg_basebackup"),
                           QDate(2026, 10, 2),
                           80,
                           QStringLiteral("s3://backups/fra ü"),
                           35,
                           QStringLiteral("before-step")};
    db.roles = {QStringLiteral("dba"), QStringLiteral("change-manager")};
    e.appendComponent(db);

    Component sql;
    sql.id = QStringLiteral("mssql:reporting");
    sql.name = QStringLiteral("Reporting SQL Server ü");
    sql.kind = ComponentKind::Database;
    sql.product = QStringLiteral("sqlserver");
    sql.version = version("2019 CU18");
    sql.site = QStringLiteral("ams");
    sql.owner = QStringLiteral("BI");
    sql.criticality = Criticality::Low;
    sql.durations[Phase::Execute] = 120; // other phases take the kind's defaults
    sql.backup = BackupInfo{QStringLiteral("snapshot"),
                            QDate(),
                            std::nullopt,
                            QString(),
                            std::nullopt,
                            QString()};
    e.appendComponent(sql);

    Component deb;
    deb.id = QStringLiteral("zz-app_01");
    deb.name = QStringLiteral("Debian packaged app");
    deb.kind = ComponentKind::Application;
    deb.product = QStringLiteral("ledger");
    deb.version = version("1:2.3-4");
    deb.target = version("16.0rc1");
    deb.site = QStringLiteral("nowhere"); // a site that does not exist
    deb.criticality = Criticality::High;
    deb.roles = {QStringLiteral("app-ops"), QStringLiteral("dba"), QStringLiteral("app-ops")};
    e.appendComponent(deb);

    Component cert;
    cert.id = QStringLiteral("a.cert");
    cert.kind = ComponentKind::Certificate;
    cert.version = version("12c");
    cert.criticality = Criticality::Medium;
    e.appendComponent(cert);

    Component blank; // as the GUI makes it before anyone types a version
    blank.id = QStringLiteral("new-1");
    blank.kind = ComponentKind::Monitoring;
    e.appendComponent(blank);

    e.appendDependency(Dependency{QStringLiteral("zz-app_01"), QStringLiteral("pg-core"),
                                  QStringLiteral("uses"), range(">=12 <17")});
    e.appendDependency(Dependency{QStringLiteral("pg-core"), QStringLiteral("a.cert"),
                                  QStringLiteral("runs-on"), std::nullopt});
    e.appendDependency(Dependency{QStringLiteral("zz-app_01"), QStringLiteral("ghost"),
                                  QStringLiteral("uses"), range("^5.1 || ~4.2 || 3.x")});
    e.appendDependency(Dependency{QStringLiteral("zz-app_01"), QStringLiteral("pg-core"),
                                  QStringLiteral("uses"), range("*")});

    CatalogEntry releases;
    releases.product = QStringLiteral("postgresql");
    releases.releases = {version("16.6"), version("12.20"), version("14.13"), version("13.16")};
    releases.support = {SupportEnd{QStringLiteral("12"), QDate(2024, 11, 21)},
                        SupportEnd{QStringLiteral("9.6"), QDate(2021, 11, 11)}};
    CatalogEntry gitlab;
    gitlab.product = QStringLiteral("gitlab");
    gitlab.releases = {version("15.11.13"), version("16.3.9"), version("16.7.10")};
    gitlab.stops = {version("16.3.9"), version("15.11.13")};
    CatalogEntry rule;
    rule.product = QStringLiteral("ledger");
    rule.when = range("4.x");
    rule.requirements = {ProductRequirement{QStringLiteral("postgresql"), range(">=11 <15")},
                         ProductRequirement{QStringLiteral("java"), range(">=11")}};
    rule.support = {SupportEnd{QStringLiteral("4"), QDate(2027, 12, 31)}};
    CatalogEntry empty;
    empty.product = QStringLiteral("nothing-known");
    e.catalog = {releases, gitlab, rule, empty};

    e.windows = {MaintenanceWindow{QStringLiteral("sat-night"), utc(2027, 1, 9, 22, 0),
                                   utc(2027, 1, 10, 4, 0), 8, 2},
                 MaintenanceWindow{QStringLiteral("adhoc"), utc(2027, 2, 3, 1, 30),
                                   utc(2027, 2, 3, 2, 45), 1, 1}};
    e.freezes = {Freeze{DateRange{QDate(2027, 3, 25), QDate(2027, 4, 5)},
                        QStringLiteral("quarter close")},
                 Freeze{DateRange{QDate(2026, 12, 20), QDate(2027, 1, 2)}, QString()}};
    e.processes = {BusinessProcess{QStringLiteral("payments"),
                                   QStringLiteral("Card payments"),
                                   Criticality::Critical,
                                   {QStringLiteral("zz-app_01"),
                                    QStringLiteral("missing-component")},
                                   {Peak{0x1f, QTime(8, 0), QTime(18, 0)},
                                    Peak{0x60, QTime(10, 30), QTime(12, 15)}},
                                   QStringLiteral("payment"),
                                   {QStringLiteral("tellers"), QStringLiteral("card holders")},
                                   true,
                                   QStringLiteral("99.95 % 07:00-22:00"),
                                   15},
                   BusinessProcess{QStringLiteral("reports"),
                                   QStringLiteral("Month-end reports"),
                                   Criticality::Low,
                                   {},
                                   {},
                                   QString(),
                                   {},
                                   false,
                                   QString(),
                                   std::nullopt}};
    e.staff = {StaffMember{QStringLiteral("A. Rivera"),
                           {QStringLiteral("dba"), QStringLiteral("change-manager")},
                           {DateRange{QDate(2027, 1, 15), QDate(2027, 1, 20)},
                            DateRange{QDate(2027, 2, 1), QDate(2027, 2, 1)}}},
               StaffMember{QStringLiteral("B. Okafor"), {QStringLiteral("app-ops")}, {}}};
    e.waivers = {Waiver{QStringLiteral("range:zz-app_01->ghost"), QStringLiteral("decommissioned"),
                        QDate(2027, 6, 30), QString()},
                 Waiver{QStringLiteral("eol:a.cert"), QStringLiteral("accepted risk"), QDate(),
                        QStringLiteral("Change board, 2027-01-04")}};
    e.pins = {OrderPin{QStringLiteral("zz-app_01"), 2, QStringLiteral("pg-core")},
              OrderPin{QStringLiteral("pg-core"), 1, QString()},
              OrderPin{QStringLiteral("a.cert"), 0, QStringLiteral("not-there")}};
    e.manualPositions = {{QStringLiteral("pg-core"), QPoint(-120, 40)},
                         {QStringLiteral("zz-app_01"), QPoint(300, -7)}};
    e.records = fullRecords();
    // Scenarios (issue 17): every kind of change, a target cleared, a stale reference kept.
    Scenario later;
    later.name = QStringLiteral("Saturday cancelled");
    later.description = QStringLiteral("a week later, \"quoted\"");
    ComponentChange pg;
    pg.component = QStringLiteral("pg-core");
    pg.setsTarget = true;
    pg.target = *Version::parse(u"16.2");
    pg.durations[Phase::Execute] = 95;
    pg.roles = QStringList{QStringLiteral("dba"), QStringLiteral("app-ops")};
    ComponentChange app;
    app.component = QStringLiteral("zz-app_01");
    app.setsTarget = true;
    later.components = {pg, app};
    later.windows.set = {e.windows.constFirst()};
    later.windows.set[0].parallel = 3;
    later.windows.removed = {QStringLiteral("gone-window")};
    later.staff.removed = {QStringLiteral("B. Okafor")};
    later.pins.set = {OrderPin{QStringLiteral("a.cert"), 3, QString()}};
    later.waivers.removed = {QStringLiteral("eol:a.cert")};
    Scenario unchanged;
    unchanged.name = QStringLiteral("nothing changes");
    e.scenarios = {later, unchanged};
    return e;
}

/// A generated estate of @p components components with three dependencies each, for size tests.
/// The size of the estate crashing_save saves (largeEstate), and of the one it saves over.
inline constexpr int crashEstateSize = 20000;

inline Estate largeEstate(int components)
{
    Estate e;
    e.reserve(components, components * 3);
    e.project.name = QStringLiteral("Large estate");
    for (int i = 0; i < components; ++i) {
        Component c;
        c.id = QStringLiteral("c%1").arg(i);
        c.name = QStringLiteral("Component %1").arg(i);
        c.kind = ComponentKind(i % componentKindCount);
        c.product = QStringLiteral("product-%1").arg(i % 50);
        c.version = Version::fromNumbers({std::uint64_t(i % 20), std::uint64_t(i % 7), 1});
        if (i % 3 == 0)
            c.target = Version::fromNumbers({std::uint64_t(i % 20 + 1), 0});
        c.site = i % 2 ? QStringLiteral("fra") : QStringLiteral("ams");
        c.criticality = Criticality(i % criticalityCount);
        if (i % 5 == 0)
            c.roles = {QStringLiteral("ops")};
        e.appendComponent(std::move(c));
    }
    for (int i = 0; i < components; ++i)
        for (int k = 1; k <= 3; ++k)
            e.appendDependency(Dependency{QStringLiteral("c%1").arg(i),
                                          QStringLiteral("c%1").arg((i + k * 7919) % components),
                                          QStringLiteral("uses"),
                                          k == 1 ? std::optional(range(">=1 <30")) : std::nullopt});
    return e;
}

/// Runs @p work on a connection of its own to the SQLite file @p path; returns what it
/// returns, or why the file did not open.
template<typename Work>
inline QString onSqliteFile(const QString &path, Work work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("storage-test-%1").arg(++counter);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        result = db.open() ? work(db) : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Runs SQL statements on a file through a connection of its own (for building fixtures).
inline QString runSql(const QString &path, const QStringList &statements)
{
    return onSqliteFile(path, [&statements](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &statement : statements)
            if (!query.exec(statement))
                return statement + QStringLiteral(": ") + query.lastError().text();
        return QString();
    });
}

/// SQLite's own check of the whole file (PRAGMA integrity_check): "ok", or what is wrong.
inline QString integrityCheck(const QString &path)
{
    return onSqliteFile(path, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return query.lastError().text();
        QStringList lines;
        while (query.next())
            lines << query.value(0).toString();
        return lines.join(u'\n');
    });
}

/// Writes @p bytes to @p path, replacing what was there.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Everything on disk in a folder: each file's bytes and modification time, so that a test can
/// prove that an operation changed nothing (no byte, no timestamp, no journal or backup added).
inline QMap<QString, QPair<QByteArray, qint64>> snapshot(const QString &dir)
{
    QMap<QString, QPair<QByteArray, qint64>> result;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                          | QDir::Hidden);
    for (const QFileInfo &info : entries)
        result.insert(info.fileName(),
                      {info.isFile() ? readFile(info.filePath()) : QByteArray("<dir>"),
                       info.lastModified().toMSecsSinceEpoch()});
    return result;
}

} // namespace planner::storagetest
