// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a file that is not a project of the current schema: a project of an older schema is
// migrated, its original kept beside it byte for byte; a newer, foreign or damaged file is
// refused with the reason and left untouched.
#include "ProjectFileChecks.h"
#include "StorageTestData.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileTesting.h"
#include "storage/ProjectSchema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::storagetest;

namespace {

QStringList tableNames(const QString &path)
{
    QStringList names;
    const QString connection = QStringLiteral("tst-tables");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " ORDER BY name"),
                            db);
            while (query.next())
                names.append(query.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
}

// A real file at schema 1: the first migration step and data inserted as that layout held it.
QString makeVersion1File(const QString &path)
{
    QStringList statements = {QStringLiteral("BEGIN")};
    QString problem;
    {
        const QString connection = QStringLiteral("tst-v1");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(QStringLiteral("BEGIN"), db);
            if (auto applied = ProjectSchema::apply(db, 0, 1); !applied)
                problem = applied.error().text();
            QSqlQuery(QStringLiteral("COMMIT"), db);
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (!problem.isEmpty())
        return problem;
    return runSql(
        path,
        {QStringLiteral("INSERT INTO project VALUES (1, 'Legacy estate', 'security', 'Patch',"
                        " 'planned', 'Europe/Paris', '2026-05-04', 20)"),
         QStringLiteral("INSERT INTO sites VALUES (0, 'par', 'Paris')"),
         QStringLiteral("INSERT INTO components VALUES (0, 'db1', 'Orders DB', 'database',"
                        " 'oracle', '11.2.0.4', '19c', 'par', 'DBA', 'high', 40, NULL, NULL,"
                        " NULL, 120, 0)"),
         QStringLiteral("INSERT INTO components VALUES (1, 'app1', 'Orders', 'application',"
                        " 'orders', '7.9.2009', NULL, 'par', '', 'critical', NULL, NULL, NULL,"
                        " NULL, NULL, 1)"),
         QStringLiteral("INSERT INTO component_backups VALUES (0, 'rman', '2026-01-31', 95)"),
         QStringLiteral("INSERT INTO component_roles VALUES (0, 0, 'dba')"),
         QStringLiteral("INSERT INTO component_roles VALUES (0, 1, 'oracle')"),
         QStringLiteral("INSERT INTO dependencies VALUES (0, 'app1', 'db1', 'uses', '>=11 <20')"),
         QStringLiteral("INSERT INTO catalog_entries VALUES (0, 'oracle', NULL)"),
         QStringLiteral("INSERT INTO catalog_releases VALUES (0, 0, '12c')"),
         QStringLiteral("INSERT INTO catalog_stops VALUES (0, 0, '12c')"),
         QStringLiteral("INSERT INTO windows VALUES (0, 'sun', '2026-05-10T01:00:00.000Z',"
                        " '2026-05-10T05:00:00.000Z', 4, 2)"),
         QStringLiteral("INSERT INTO processes VALUES (0, 'orders', 'Orders', 'high')"),
         QStringLiteral("INSERT INTO process_uses VALUES (0, 0, 'app1')"),
         QStringLiteral("INSERT INTO staff VALUES (0, 'C. Dupont')"),
         QStringLiteral("INSERT INTO staff_roles VALUES (0, 0, 'dba')")});
}

// A real file at schema 2, with a backup and a process as that layout held them.
QString makeVersion2File(const QString &path)
{
    QString problem;
    {
        const QString connection = QStringLiteral("tst-v2");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(QStringLiteral("BEGIN"), db);
            if (auto applied = ProjectSchema::apply(db, 0, 2); !applied)
                problem = applied.error().text();
            QSqlQuery(QStringLiteral("COMMIT"), db);
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (!problem.isEmpty())
        return problem;
    return runSql(
        path,
        {QStringLiteral("INSERT INTO project VALUES (1, 'Version 2 estate', 'security', 'Patch',"
                        " 'urgent', 'Europe/Berlin', '2026-09-01', 15)"),
         QStringLiteral("INSERT INTO components VALUES (0, 'db1', 'Orders DB', 'database',"
                        " 'postgresql', '13.4', '16.2', 'fra', 'DBA', 'high', NULL, NULL, NULL,"
                        " NULL, NULL, 0)"),
         QStringLiteral("INSERT INTO component_backups VALUES (0, 'pg_dump', '2026-06-30', 45)"),
         QStringLiteral("INSERT INTO windows VALUES (0, 'sun', '2026-09-06T01:00:00.000Z',"
                        " '2026-09-06T05:00:00.000Z', 2, 1)"),
         QStringLiteral("INSERT INTO processes VALUES (0, 'orders', 'Orders', 'critical')"),
         QStringLiteral("INSERT INTO process_uses VALUES (0, 0, 'db1')"),
         QStringLiteral("INSERT INTO waivers VALUES (0, 'eol:db1', 'extended support',"
                        " '2027-01-31')"),
         QStringLiteral("INSERT INTO order_pins VALUES (0, 'db1', 1, '')"),
         QStringLiteral("INSERT INTO node_positions VALUES ('db1', 10, -20)")});
}

} // namespace

class tst_ProjectMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migratesVersion1WithBackup();
    void migrationDoesNotOverwriteAnEarlierBackup();
    void savingOverVersion1UpgradesIt();
    void migratesVersion2WithEmptyRecords();
    void savingOverVersion2UpgradesIt();

    void badFileIsRefusedAndLeftUntouched_data();
    void badFileIsRefusedAndLeftUntouched();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProjectMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProjectMigration::cleanup()
{
    testing::setSaveHook({});
    m_dir.reset();
}

void tst_ProjectMigration::migratesVersion1WithBackup()
{
    const QString file = path(QStringLiteral("legacy.uplan"));
    const QString problem = makeVersion1File(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readHeader(file).userVersion, 1u);
    QVERIFY(!tableNames(file).contains(QStringLiteral("waivers")));
    const QByteArray original = readFile(file);

    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));

    // The data of the old layout, all there.
    QCOMPARE(loaded->project.name, QStringLiteral("Legacy estate"));
    QCOMPARE(loaded->project.start, QDate(2026, 5, 4));
    QCOMPARE(loaded->project.decisionMinutes, 20);
    // Schema 5's column: a file from before it keeps the limit it was judged by.
    QCOMPARE(loaded->project.restoreTestMaxDays, defaultRestoreTestMaxDays);
    QCOMPARE(loaded->sites.size(), 1);
    QCOMPARE(loaded->componentCount(), 2);
    const Component *db = loaded->find(QStringLiteral("db1"));
    QVERIFY(db);
    QCOMPARE(db->version.text(), QStringLiteral("11.2.0.4"));
    QCOMPARE(db->target->text(), QStringLiteral("19c"));
    QCOMPARE(db->criticality, Criticality::High);
    QCOMPARE(db->durations[Phase::Prepare], 40);
    QCOMPARE(db->durations[Phase::Rollback], 120);
    QVERIFY(!db->reversible);
    QCOMPARE(db->backup->method, QStringLiteral("rman"));
    QCOMPARE(db->backup->restoreMinutes, 95);
    QCOMPARE(db->roles, QStringList({QStringLiteral("dba"), QStringLiteral("oracle")}));
    QVERIFY(!loaded->find(QStringLiteral("app1"))->target);
    QCOMPARE(loaded->dependency(0).requirement->text(), QStringLiteral(">=11 <20"));
    QCOMPARE(loaded->catalog[0].stops[0].text(), QStringLiteral("12c"));
    QCOMPARE(loaded->windows[0].repeatWeekly, 4);
    QCOMPARE(loaded->windows[0].end, utc(2026, 5, 10, 5, 0));
    QCOMPARE(loaded->processes[0].uses, QStringList{QStringLiteral("app1")});
    QCOMPARE(loaded->staff[0].roles, QStringList{QStringLiteral("dba")});
    QVERIFY(loaded->waivers.isEmpty());
    QVERIFY(loaded->pins.isEmpty());
    QVERIFY(loaded->manualPositions.isEmpty());
    QVERIFY(loaded->catalog[0].support.isEmpty());
    QVERIFY(loaded->records.isEmpty());

    // The original, byte for byte, beside the migrated file.
    const QString backup = file + QStringLiteral(".bak-v1");
    QVERIFY(QFile::exists(backup));
    QCOMPARE(readFile(backup), original);
    QCOMPARE(readHeader(backup).userVersion, 1u);
    QCOMPARE(int(readHeader(file).userVersion), currentSchemaVersion());
    QVERIFY(tableNames(file).contains(QStringLiteral("waivers")));
    QVERIFY(tableNames(file).contains(QStringLiteral("node_positions")));
    QVERIFY(tableNames(file).contains(QStringLiteral("order_pins")));
    QVERIFY(tableNames(file).contains(QStringLiteral("catalog_support")));

    // The migrated file takes the new sections and opens without another backup.
    Estate edited = *loaded;
    edited.waivers.append(
        Waiver{QStringLiteral("k"), QStringLiteral("r"), QDate(2027, 1, 1), QStringLiteral("me")});
    edited.manualPositions.insert(QStringLiteral("db1"), QPoint(5, 6));
    edited.catalog[0].support.append(SupportEnd{QStringLiteral("11.2"), QDate(2020, 12, 31)});
    QVERIFY(saveProject(file, edited));
    const auto again = loadProject(file);
    QVERIFY(again);
    verifySame(*again, edited);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void tst_ProjectMigration::migrationDoesNotOverwriteAnEarlierBackup()
{
    const QString file = path(QStringLiteral("legacy.uplan"));
    QVERIFY(makeVersion1File(file).isEmpty());
    const QString earlier = file + QStringLiteral(".bak-v1");
    QVERIFY(writeFile(earlier, "an older backup the user keeps"));
    const QByteArray original = readFile(file);

    QVERIFY(loadProject(file));
    QCOMPARE(readFile(earlier), QByteArray("an older backup the user keeps"));
    QCOMPARE(readFile(file + QStringLiteral(".bak-v1.2")), original);
}

void tst_ProjectMigration::savingOverVersion1UpgradesIt()
{
    const QString file = path(QStringLiteral("legacy.uplan"));
    QVERIFY(makeVersion1File(file).isEmpty());
    const Estate estate = fullEstate();
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(int(readHeader(file).userVersion), currentSchemaVersion());
    verifySame(*loadProject(file), estate);
}

void tst_ProjectMigration::migratesVersion2WithEmptyRecords()
{
    const QString file = path(QStringLiteral("v2.uplan"));
    const QString problem = makeVersion2File(file);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readHeader(file).userVersion, 2u);
    QVERIFY(!tableNames(file).contains(QStringLiteral("executions")));
    const QByteArray original = readFile(file);

    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));

    // Everything of schema 2 is there; what schema 3 adds has the values of "never set".
    QCOMPARE(loaded->project.name, QStringLiteral("Version 2 estate"));
    const Component *db = loaded->find(QStringLiteral("db1"));
    QVERIFY(db && db->backup);
    QCOMPARE(db->backup->method, QStringLiteral("pg_dump"));
    QCOMPARE(db->backup->lastRestoreTest, QDate(2026, 6, 30));
    QCOMPARE(db->backup->restoreMinutes, 45);
    QVERIFY(db->backup->location.isEmpty());
    QVERIFY(!db->backup->retentionDays);
    QVERIFY(db->backup->takenAt.isEmpty());
    QCOMPARE(loaded->processes.size(), 1);
    const BusinessProcess &orders = loaded->processes[0];
    QCOMPARE(orders.uses, QStringList{QStringLiteral("db1")});
    QCOMPARE(orders.criticality, Criticality::Critical);
    QVERIFY(orders.category.isEmpty());
    QVERIFY(orders.userGroups.isEmpty());
    QVERIFY(!orders.externalCustomers);
    QVERIFY(orders.serviceLevel.isEmpty());
    QVERIFY(!orders.maxOutageMinutes);
    QCOMPARE(loaded->windows[0].end, utc(2026, 9, 6, 5, 0));
    QCOMPARE(loaded->waivers.size(), 1);
    QCOMPARE(loaded->pins.size(), 1);
    QCOMPARE(loaded->manualPositions.value(QStringLiteral("db1")), QPoint(10, -20));
    QVERIFY(loaded->records.isEmpty());
    QVERIFY(loaded->records == ChangeRecords());

    // The original beside the migrated file, which now has every table of schema 3.
    const QString backup = file + QStringLiteral(".bak-v2");
    QCOMPARE(readFile(backup), original);
    QCOMPARE(readHeader(backup).userVersion, 2u);
    QCOMPARE(int(readHeader(file).userVersion), currentSchemaVersion());
    const QStringList tables = tableNames(file);
    for (const QString &table : ProjectSchema::tables(currentSchemaVersion()))
        QVERIFY2(tables.contains(table), qPrintable(table));

    // The migrated file takes the records and every new field.
    Estate edited = *loaded;
    edited.records = fullRecords();
    Component changed = *db;
    changed.backup->location = QStringLiteral("tape vault");
    changed.backup->retentionDays = 90;
    changed.backup->takenAt = QStringLiteral("nightly");
    edited.replaceComponent(edited.indexOf(changed.id), changed);
    edited.processes[0].category = QStringLiteral("payment");
    edited.processes[0].userGroups = {QStringLiteral("clerks")};
    edited.processes[0].externalCustomers = true;
    edited.processes[0].serviceLevel = QStringLiteral("24/7");
    edited.processes[0].maxOutageMinutes = 0;
    edited.project.restoreTestMaxDays = 45;
    QVERIFY(saveProject(file, edited));
    const auto again = loadProject(file);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().text()));
    verifySame(*again, edited);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void tst_ProjectMigration::savingOverVersion2UpgradesIt()
{
    const QString file = path(QStringLiteral("v2.uplan"));
    QVERIFY(makeVersion2File(file).isEmpty());
    const Estate estate = fullEstate();
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(int(readHeader(file).userVersion), currentSchemaVersion());
    verifySame(*loadProject(file), estate);
}

void tst_ProjectMigration::badFileIsRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("JSON file") << "json"
                               << "not an SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "empty";
    QTest::newRow("truncated project") << "truncated"
                                       << "truncated";
    QTest::newRow("truncated, size in header not trusted") << "truncated-unsized"
                                                           << "damaged";
    QTest::newRow("foreign SQLite database") << "foreign"
                                             << "another program";
    QTest::newRow("newer schema") << "newer"
                                  << "made by a newer version of Upgrade Planner";
    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
    QTest::newRow("folder") << "folder"
                            << "not a file";
    QTest::newRow("our id but no schema version") << "unversioned"
                                                  << "no schema version";
    QTest::newRow("project missing a table") << "dropped"
                                             << "table waivers is missing";
}

void tst_ProjectMigration::badFileIsRefusedAndLeftUntouched()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("bad.uplan"));
    if (fixture == QLatin1String("text")) {
        QVERIFY(writeFile(file, "Meeting notes\nnot a project at all\n"));
    } else if (fixture == QLatin1String("json")) {
        QVERIFY(writeFile(file, R"({"format": "upgrade-planner-estate", "formatVersion": 1})"));
    } else if (fixture == QLatin1String("empty")) {
        QVERIFY(writeFile(file, QByteArray()));
    } else if (fixture.startsWith(QLatin1String("truncated"))) {
        const QString whole = path(QStringLiteral("whole.uplan"));
        QVERIFY(saveProject(whole, largeEstate(2000)));
        QByteArray bytes = readFile(whole);
        QVERIFY(QFile::remove(whole));
        bytes.truncate(bytes.size() / 2);
        // As an older SQLite would leave it: the page count in the header is not to be trusted,
        // so only reading the pages shows the damage.
        if (fixture == QLatin1String("truncated-unsized"))
            bytes[95] = char(bytes[95] + 1);
        QVERIFY(writeFile(file, bytes));
    } else if (fixture == QLatin1String("foreign")) {
        QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER, url TEXT)"),
                               QStringLiteral("INSERT INTO moz_bookmarks VALUES (1, 'x')"),
                               QStringLiteral("PRAGMA user_version = 2")}),
                 QString());
    } else if (fixture == QLatin1String("newer")) {
        QVERIFY(saveProject(file, fullEstate()));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    } else if (fixture == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("bad.uplan")));
    } else if (fixture == QLatin1String("unversioned")) {
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA application_id = %1")
                                   .arg(ProjectSchema::applicationId),
                               QStringLiteral("CREATE TABLE components (id TEXT)")}),
                 QString());
    } else if (fixture == QLatin1String("dropped")) {
        QVERIFY(saveProject(file, fullEstate()));
        QCOMPARE(runSql(file, {QStringLiteral("DROP TABLE waivers")}), QString());
    }
    const auto before = snapshot(m_dir->path());
    QTest::qWait(20); // so that a write would show in the modification time

    const auto loaded = loadProject(file);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().what.contains(message), qPrintable(loaded.error().text()));
    QVERIFY2(loaded.error().where.endsWith(QStringLiteral("bad.uplan")),
             qPrintable(loaded.error().where));
    QCOMPARE(snapshot(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(tst_ProjectMigration)
#include "tst_projectmigration.moc"
