// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileTesting.h"
#include "storage/ProjectLock.h"
#include "storage/ProjectSchema.h"

#include "CalendarCases.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

#include <signal.h>
#include <sys/resource.h>

using namespace planner;
using namespace planner::storagetest;

namespace {

struct Header
{
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Header readHeader(const QString &path)
{
    const QByteArray bytes = readFile(path).left(100);
    const auto be = [&](int at) {
        const auto *b = reinterpret_cast<const uchar *>(bytes.constData() + at);
        return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
    };
    return bytes.size() == 100 ? Header{be(60), be(68)} : Header{};
}

// Compares section by section so that a failure says which part of the estate was lost.
void verifySame(const Estate &actual, const Estate &expected)
{
    QVERIFY(actual.project == expected.project);
    QVERIFY(actual.sites == expected.sites);
    QCOMPARE(actual.componentCount(), expected.componentCount());
    for (int i = 0; i < expected.componentCount(); ++i)
        QVERIFY2(actual.component(i) == expected.component(i),
                 qPrintable(expected.component(i).id));
    QVERIFY(actual.dependencies() == expected.dependencies());
    QVERIFY(actual.catalog == expected.catalog);
    QVERIFY(actual.windows == expected.windows);
    QVERIFY(actual.freezes == expected.freezes);
    QVERIFY(actual.processes == expected.processes);
    QVERIFY(actual.staff == expected.staff);
    QVERIFY(actual.waivers == expected.waivers);
    QVERIFY(actual.pins == expected.pins);
    QVERIFY(actual.manualPositions == expected.manualPositions);
    QVERIFY(actual.records.configuration == expected.records.configuration);
    QVERIFY(actual.records.rollbacks == expected.records.rollbacks);
    QVERIFY(actual.records.pilots == expected.records.pilots);
    QVERIFY(actual.records.acceptance == expected.records.acceptance);
    QVERIFY(actual.records.messages == expected.records.messages);
    QVERIFY(actual.records.monitoring == expected.records.monitoring);
    for (qsizetype i = 0; i < expected.records.executed.size(); ++i)
        QVERIFY2(actual.records.executed.value(i) == expected.records.executed[i],
                 qPrintable(expected.records.executed[i].component));
    QVERIFY(actual.records.executed == expected.records.executed);
    QVERIFY(actual.records.estimates == expected.records.estimates);
    QVERIFY(actual == expected);
}

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

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyEstateFieldIsKnownToStorage_data();
    void everyEstateFieldIsKnownToStorage();
    void roundTripKeepsEveryField();
    void roundTripOfAnEmptyEstate();
    void roundTripKeepsListOrder();
    void textsOutsideAsciiSurvive();
    void readingThroughQtSqlGivesTheSameEstate();
    void savedFileCarriesSchemaAndApplicationId();
    void childRowsHaveForeignKeysButReferencesDoNot();
    void saveReplacesPreviousContent();
    void positionsOfRemovedComponentsAreNotKept();

    void migratesVersion1WithBackup();
    void migrationDoesNotOverwriteAnEarlierBackup();
    void savingOverVersion1UpgradesIt();
    void migratesVersion2WithEmptyRecords();
    void savingOverVersion2UpgradesIt();

    void badFileIsRefusedAndLeftUntouched_data();
    void badFileIsRefusedAndLeftUntouched();
    void corruptedValueNamesTableRowAndText_data();
    void corruptedValueNamesTableRowAndText();
    void sameCalendarRulesAsEveryDoor_data();
    void sameCalendarRulesAsEveryDoor();

    void failedSaveKeepsPreviousContent();
    void crashMidSaveKeepsPreviousContent();
    void crashAfterEveryTableKeepsPreviousContent();
    void killAtRandomMomentsLeavesOldOrNew();
    void failedFirstSaveLeavesNoFile();
    void saveRefusesToOverwriteOtherFiles_data();
    void saveRefusesToOverwriteOtherFiles();
    void saveIntoMissingFolderFails();
    void saveRefusesAProjectAnotherProcessHasOpen();
    void fullDiskKeepsThePreviousContent();
    void readOnlyFolderSaysSo();

    void connectionsAreRemovedAndThreadsWork();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProjectFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProjectFile::cleanup()
{
    testing::setSaveHook({});
    m_dir.reset();
}

void tst_ProjectFile::everyEstateFieldIsKnownToStorage_data()
{
    // The sizes of the estate's types when every field was stored and set in fullEstate(). A
    // new field changes a size; then the project file must learn to store it (ProjectWriter,
    // ProjectReader, a schema step) and fullEstate() to set it before the size is updated here.
    // (A Version or VersionRange is one shared pointer: 8 bytes.)
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("expected");
    QTest::newRow("Estate") << int(sizeof(Estate)) << 608;
    QTest::newRow("Scenario") << int(sizeof(Scenario)) << 264;
    QTest::newRow("ComponentChange") << int(sizeof(ComponentChange)) << 120;
    QTest::newRow("ProjectInfo") << int(sizeof(ProjectInfo)) << 136;
    QTest::newRow("Site") << int(sizeof(Site)) << 48;
    QTest::newRow("Component") << int(sizeof(Component)) << 352;
    QTest::newRow("BackupInfo") << int(sizeof(BackupInfo)) << 96;
    QTest::newRow("Dependency") << int(sizeof(Dependency)) << 88;
    QTest::newRow("CatalogEntry") << int(sizeof(CatalogEntry)) << 136;
    QTest::newRow("ProductRequirement") << int(sizeof(ProductRequirement)) << 32;
    QTest::newRow("SupportEnd") << int(sizeof(SupportEnd)) << 32;
    QTest::newRow("MaintenanceWindow") << int(sizeof(MaintenanceWindow)) << 48;
    QTest::newRow("Freeze") << int(sizeof(Freeze)) << 40;
    QTest::newRow("BusinessProcess") << int(sizeof(BusinessProcess)) << 192;
    QTest::newRow("Peak") << int(sizeof(Peak)) << 12;
    QTest::newRow("StaffMember") << int(sizeof(StaffMember)) << 72;
    QTest::newRow("Waiver") << int(sizeof(Waiver)) << 80;
    QTest::newRow("OrderPin") << int(sizeof(OrderPin)) << 56;
    QTest::newRow("ChangeRecords") << int(sizeof(ChangeRecords)) << 192;
    QTest::newRow("ConfigItem") << int(sizeof(ConfigItem)) << 112;
    QTest::newRow("RollbackPlan") << int(sizeof(RollbackPlan)) << 136;
    QTest::newRow("PilotRecord") << int(sizeof(PilotRecord)) << 160;
    QTest::newRow("AcceptanceCheck") << int(sizeof(AcceptanceCheck)) << 128;
    QTest::newRow("MessageTemplate") << int(sizeof(MessageTemplate)) << 200;
    QTest::newRow("MonitoringPlan") << int(sizeof(MonitoringPlan)) << 80;
    QTest::newRow("CheckResult") << int(sizeof(CheckResult)) << 56;
    QTest::newRow("ExecutionIssue") << int(sizeof(ExecutionIssue)) << 48;
    QTest::newRow("ExecutionRecord") << int(sizeof(ExecutionRecord)) << 224;
    QTest::newRow("KindEstimate") << int(sizeof(KindEstimate)) << 44;
}

void tst_ProjectFile::everyEstateFieldIsKnownToStorage()
{
    QFETCH(int, size);
    QFETCH(int, expected);
    QVERIFY2(size == expected,
             qPrintable(QStringLiteral("%1 changed size (%2 bytes, was %3): store its new field "
                                       "in models/storage before updating this test")
                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                            .arg(size)
                            .arg(expected)));
}

void tst_ProjectFile::roundTripKeepsEveryField()
{
    const Estate estate = fullEstate();
    const QString file = path(QStringLiteral("bank.uplan"));
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, estate);

    // Spot checks of values an equality operator could compare loosely.
    QCOMPARE(loaded->find(QStringLiteral("pg-core"))->version.text(), QStringLiteral("12.20"));
    QCOMPARE(loaded->find(QStringLiteral("mssql:reporting"))->durations[Phase::Prepare],
             std::optional<int>());
    QCOMPARE(loaded->find(QStringLiteral("pg-core"))->durations[Phase::Verify], 0);
    QVERIFY(loaded->find(QStringLiteral("new-1"))->version.isNull());
    QCOMPARE(loaded->windows[0].start.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->windows[0].start, utc(2027, 1, 9, 22, 0));
    QCOMPARE(loaded->processes[0].peaks[1].from, QTime(10, 30));
    QCOMPARE(loaded->dependencies()[2].to, QStringLiteral("ghost"));
    QCOMPARE(loaded->catalog[0].support.size(), 2);
    QCOMPARE(loaded->catalog[0].support[1].cycle, QStringLiteral("9.6"));
    QCOMPARE(loaded->catalog[0].support[1].ends, QDate(2021, 11, 11));
    const ExecutionRecord &done = loaded->records.executed[0];
    QCOMPARE(done.started[size_t(Phase::Execute)], utc(2027, 1, 9, 23, 10));
    QCOMPARE(done.started[size_t(Phase::Execute)].timeSpec(), Qt::UTC);
    QVERIFY(done.ended[size_t(Phase::Rollback)].isNull());
    QVERIFY(done.started[size_t(Phase::Verify)].isNull());
    QCOMPARE(done.actualMinutes(Phase::Execute), 95);
    QCOMPARE(loaded->records.estimates[0].durations[Phase::Verify], 0);
    QCOMPARE(loaded->records.estimates[0].durations[Phase::Prepare], std::optional<int>());
    QCOMPARE(loaded->records.rollbacks[1].minutes, std::optional<int>());
    QCOMPARE(loaded->processes[0].maxOutageMinutes, 15);

    // Saving the loaded estate again gives the same estate once more.
    const auto resaved = saveProject(file, *loaded);
    QVERIFY2(resaved, qPrintable(resaved ? QString() : resaved.error().text()));
    verifySame(*loadProject(file), estate);
}

// Ids, names and versions are read as UTF-8 and matched against each other without building
// strings where possible: an id outside ASCII must still find its component.
void tst_ProjectFile::textsOutsideAsciiSurvive()
{
    Estate estate = fullEstate();
    Component kasse;
    kasse.id = QStringLiteral("kasse-zürich-ø1");
    kasse.name = QStringLiteral("Kasse Zürich – 東京");
    kasse.kind = ComponentKind::Application;
    kasse.product = QStringLiteral("kassensystem-ü");
    kasse.version = *Version::parse(u"2.1");
    kasse.site = QStringLiteral("zürich");
    QVERIFY(estate.appendComponent(kasse));
    estate.appendDependency(Dependency{kasse.id, QStringLiteral("pg-core"),
                                       QStringLiteral("nutzt-ü"), std::nullopt});
    estate.appendDependency(Dependency{QStringLiteral("pg-core"), kasse.id,
                                       QStringLiteral("uses"), std::nullopt});
    estate.appendDependency(Dependency{kasse.id, QStringLiteral("geist-ü"),
                                       QStringLiteral("uses"), std::nullopt});
    const QString file = path(QStringLiteral("zürich.uplan"));
    QVERIFY(saveProject(file, estate));
    for (const bool qtSql : {false, true}) {
        testing::setReadThroughQtSql(qtSql);
        const auto loaded = loadProject(file);
        testing::setReadThroughQtSql(false);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        verifySame(*loaded, estate);
        // Both ends of a dependency share the string of their component's id.
        const int row = loaded->indexOf(kasse.id);
        QVERIFY(row >= 0);
        const QList<Dependency> &deps = loaded->dependencies();
        const Dependency &to = deps[deps.size() - 2];
        QCOMPARE(to.to, kasse.id);
        QVERIFY(to.to.constData() == loaded->component(row).id.constData());
        QVERIFY(deps.back().from.constData() == loaded->component(row).id.constData());
        QCOMPARE(deps.back().to, QStringLiteral("geist-ü"));
    }
}

// Other databases are read through QSqlQuery; SQLite through its own API. Same estate.
void tst_ProjectFile::readingThroughQtSqlGivesTheSameEstate()
{
    const Estate estate = fullEstate();
    const QString file = path(QStringLiteral("bank.uplan"));
    QVERIFY(saveProject(file, estate));
    testing::setReadThroughQtSql(true);
    const auto loaded = loadProject(file);
    testing::setReadThroughQtSql(false);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, estate);
}

void tst_ProjectFile::roundTripOfAnEmptyEstate()
{
    const QString file = path(QStringLiteral("empty.uplan"));
    QVERIFY(saveProject(file, Estate()));
    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    QVERIFY(*loaded == Estate());
}

void tst_ProjectFile::roundTripKeepsListOrder()
{
    Estate estate;
    const QStringList ids = {QStringLiteral("m"), QStringLiteral("b"), QStringLiteral("z"),
                             QStringLiteral("a"), QStringLiteral("k")};
    for (const QString &id : ids) {
        Component c;
        c.id = id;
        c.version = version("1");
        c.roles = {id + QStringLiteral("-2"), id + QStringLiteral("-1")};
        estate.appendComponent(c);
    }
    for (int i = int(ids.size()) - 1; i > 0; --i)
        estate.appendDependency(Dependency{ids[i], ids[i - 1], QStringLiteral("uses"), {}});
    CatalogEntry entry;
    entry.product = QStringLiteral("p");
    entry.releases = {version("3"), version("1"), version("2")};
    estate.catalog = {entry};

    const QString file = path(QStringLiteral("order.uplan"));
    QVERIFY(saveProject(file, estate));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    QStringList loadedIds;
    for (const Component &c : loaded->components())
        loadedIds.append(c.id);
    QCOMPARE(loadedIds, ids);
    QCOMPARE(loaded->component(2).roles,
             QStringList({QStringLiteral("z-2"), QStringLiteral("z-1")}));
    QCOMPARE(loaded->dependency(0).from, QStringLiteral("k"));
    QCOMPARE(loaded->catalog[0].releases[0].text(), QStringLiteral("3"));
    QCOMPARE(loaded->indexOf(QStringLiteral("a")), 3);
    QVERIFY(*loaded == estate);
}

void tst_ProjectFile::savedFileCarriesSchemaAndApplicationId()
{
    const QString file = path(QStringLiteral("header.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    const Header header = readHeader(file);
    QCOMPARE(int(header.userVersion), currentSchemaVersion());
    QCOMPARE(currentSchemaVersion(), 7);
    QCOMPARE(header.applicationId, ProjectSchema::applicationId);
    QCOMPARE(detectFileKind(file), FileKind::Project);
    // A clean save leaves no journal behind.
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
}

void tst_ProjectFile::childRowsHaveForeignKeysButReferencesDoNot()
{
    const QString file = path(QStringLiteral("keys.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    const auto parentOf = [&](const QString &table) {
        QStringList parents;
        const QString connection = QStringLiteral("tst-keys");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            db.open();
            QSqlQuery query(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table), db);
            while (query.next())
                parents.append(query.value(2).toString());
        }
        QSqlDatabase::removeDatabase(connection);
        return parents;
    };
    QCOMPARE(parentOf(QStringLiteral("component_roles")),
             QStringList{QStringLiteral("components")});
    QCOMPARE(parentOf(QStringLiteral("component_backups")),
             QStringList{QStringLiteral("components")});
    QCOMPARE(parentOf(QStringLiteral("node_positions")), QStringList{QStringLiteral("components")});
    QCOMPARE(parentOf(QStringLiteral("catalog_releases")),
             QStringList{QStringLiteral("catalog_entries")});
    QCOMPARE(parentOf(QStringLiteral("catalog_stops")),
             QStringList{QStringLiteral("catalog_entries")});
    QCOMPARE(parentOf(QStringLiteral("catalog_requires")),
             QStringList{QStringLiteral("catalog_entries")});
    QCOMPARE(parentOf(QStringLiteral("catalog_support")),
             QStringList{QStringLiteral("catalog_entries")});
    QCOMPARE(parentOf(QStringLiteral("process_uses")), QStringList{QStringLiteral("processes")});
    QCOMPARE(parentOf(QStringLiteral("process_peaks")), QStringList{QStringLiteral("processes")});
    QCOMPARE(parentOf(QStringLiteral("staff_roles")), QStringList{QStringLiteral("staff")});
    QCOMPARE(parentOf(QStringLiteral("staff_unavailable")), QStringList{QStringLiteral("staff")});
    QCOMPARE(parentOf(QStringLiteral("process_user_groups")),
             QStringList{QStringLiteral("processes")});
    QCOMPARE(parentOf(QStringLiteral("rollback_triggers")),
             QStringList{QStringLiteral("rollback_plans")});
    for (const char *table : {"pilot_devices", "pilot_roles", "pilot_flows"})
        QCOMPARE(parentOf(QString::fromLatin1(table)), QStringList{QStringLiteral("pilots")});
    for (const char *table :
         {"execution_phases", "execution_checks", "execution_issues", "execution_follow_ups"})
        QCOMPARE(parentOf(QString::fromLatin1(table)), QStringList{QStringLiteral("executions")});
    // Records name components, windows and checks that may not exist: no keys either.
    for (const char *table : {"config_items", "rollback_plans", "pilots", "acceptance_checks",
                              "message_templates", "monitoring_plans", "executions",
                              "kind_estimates"})
        QCOMPARE(parentOf(QString::fromLatin1(table)), QStringList());
    // Dependencies may name components that do not exist: reported as conflicts, not refused.
    QCOMPARE(parentOf(QStringLiteral("dependencies")), QStringList());
    QCOMPARE(parentOf(QStringLiteral("order_pins")), QStringList());
    QCOMPARE(parentOf(QStringLiteral("components")), QStringList());
}

void tst_ProjectFile::saveReplacesPreviousContent()
{
    const QString file = path(QStringLiteral("replace.uplan"));
    QVERIFY(saveProject(file, largeEstate(500)));
    Estate smaller = fullEstate();
    QVERIFY(saveProject(file, smaller));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    verifySame(*loaded, smaller);
}

void tst_ProjectFile::positionsOfRemovedComponentsAreNotKept()
{
    Estate estate = fullEstate();
    estate.manualPositions.insert(QStringLiteral("removed-long-ago"), QPoint(1, 2));
    const QString file = path(QStringLiteral("positions.uplan"));
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    QCOMPARE(loaded->manualPositions, fullEstate().manualPositions);
}

void tst_ProjectFile::migratesVersion1WithBackup()
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
    edited.waivers.append(Waiver{QStringLiteral("k"), QStringLiteral("r"), QDate(2027, 1, 1), QStringLiteral("me")});
    edited.manualPositions.insert(QStringLiteral("db1"), QPoint(5, 6));
    edited.catalog[0].support.append(SupportEnd{QStringLiteral("11.2"), QDate(2020, 12, 31)});
    QVERIFY(saveProject(file, edited));
    const auto again = loadProject(file);
    QVERIFY(again);
    verifySame(*again, edited);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 2);
}

void tst_ProjectFile::migrationDoesNotOverwriteAnEarlierBackup()
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

void tst_ProjectFile::savingOverVersion1UpgradesIt()
{
    const QString file = path(QStringLiteral("legacy.uplan"));
    QVERIFY(makeVersion1File(file).isEmpty());
    const Estate estate = fullEstate();
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(int(readHeader(file).userVersion), currentSchemaVersion());
    verifySame(*loadProject(file), estate);
}

void tst_ProjectFile::migratesVersion2WithEmptyRecords()
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

void tst_ProjectFile::savingOverVersion2UpgradesIt()
{
    const QString file = path(QStringLiteral("v2.uplan"));
    QVERIFY(makeVersion2File(file).isEmpty());
    const Estate estate = fullEstate();
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(int(readHeader(file).userVersion), currentSchemaVersion());
    verifySame(*loadProject(file), estate);
}

void tst_ProjectFile::badFileIsRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text" << "not an SQLite database";
    QTest::newRow("JSON file") << "json" << "not an SQLite database";
    QTest::newRow("empty file") << "empty" << "empty";
    QTest::newRow("truncated project") << "truncated" << "truncated";
    QTest::newRow("truncated, size in header not trusted") << "truncated-unsized" << "damaged";
    QTest::newRow("foreign SQLite database") << "foreign" << "another program";
    QTest::newRow("newer schema") << "newer" << "made by a newer version of Upgrade Planner";
    QTest::newRow("missing file") << "missing" << "does not exist";
    QTest::newRow("folder") << "folder" << "not a file";
    QTest::newRow("our id but no schema version") << "unversioned" << "no schema version";
    QTest::newRow("project missing a table") << "dropped" << "table waivers is missing";
}

void tst_ProjectFile::badFileIsRefusedAndLeftUntouched()
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

void tst_ProjectFile::corruptedValueNamesTableRowAndText_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("message");
    QTest::newRow("version") << "UPDATE components SET version = '12.2!' WHERE position = 1"
                             << "table components, row 1, column version: \"12.2!\"";
    QTest::newRow("target") << "UPDATE components SET target = '16 @' WHERE position = 0"
                            << "table components, row 0, column target";
    QTest::newRow("kind") << "UPDATE components SET kind = 'mainframe' WHERE position = 2"
                          << "table components, row 2, column kind: \"mainframe\"";
    QTest::newRow("range") << "UPDATE dependencies SET requirement = '>=>' WHERE position = 0"
                           << "table dependencies, row 0, column requirement: \">=>\"";
    QTest::newRow("date") << "UPDATE freezes SET start_date = '2027-13-45' WHERE position = 1"
                          << "table freezes, row 1, column start_date: \"2027-13-45\"";
    QTest::newRow("time") << "UPDATE process_peaks SET from_time = 'noon' WHERE position = 1"
                          << "table process_peaks, row process 0, position 1, column from_time";
    QTest::newRow("release") << "UPDATE catalog_releases SET version = '$' WHERE position = 2"
                             << "table catalog_releases, row entry 0, position 2, column version";
    QTest::newRow("support end") << "UPDATE catalog_support SET ends = 'soon' WHERE entry = 2"
                                 << "table catalog_support, row entry 2, position 0, column ends:"
                                    " \"soon\" is not a date";
    QTest::newRow("minutes") << "UPDATE components SET prepare_minutes = 'soon'"
                             << "column prepare_minutes: \"soon\" is not a whole number";
    // Child rows whose component is gone (a file written without foreign keys).
    QTest::newRow("backup of nothing")
        << "INSERT INTO component_backups (component, method) VALUES (99, 'tape')"
        << "table component_backups, row 99, column component: names a row that does not exist";
    QTest::newRow("role of nothing") << "INSERT INTO component_roles VALUES (99, 3, 'dba')"
                                     << "table component_roles, row component 99, position 3,"
                                        " column component: names a row that does not exist";
    QTest::newRow("role before the first component")
        << "INSERT INTO component_roles VALUES (-1, 0, 'dba')"
        << "table component_roles, row component -1, position 0";
    // The records of the controlled change (schema 3).
    QTest::newRow("retention") << "UPDATE component_backups SET retention_days = 'long'"
                               << "table component_backups, row 0, column retention_days:"
                                  " \"long\" is not a whole number";
    QTest::newRow("outage") << "UPDATE processes SET max_outage_minutes = 'short'"
                            << "table processes, row 0, column max_outage_minutes";
    QTest::newRow("certificate expiry")
        << "UPDATE config_items SET expires = '2027-02-30' WHERE position = 1"
        << "table config_items, row 1, column expires: \"2027-02-30\" is not a date";
    QTest::newRow("rollback minutes") << "UPDATE rollback_plans SET minutes = 'an hour'"
                                      << "table rollback_plans, row 0, column minutes";
    QTest::newRow("pilot date") << "UPDATE pilots SET pilot_date = 'last week' WHERE position = 0"
                                << "table pilots, row 0, column pilot_date";
    QTest::newRow("message hours") << "UPDATE message_templates SET hours = 'two days'"
                                   << "table message_templates, row 0, column hours";
    QTest::newRow("phase name") << "UPDATE execution_phases SET phase = 'party'"
                                   " WHERE phase = 'execute'"
                                << "table execution_phases, row execution 0, phase party,"
                                   " column phase: \"party\" is not a phase";
    QTest::newRow("phase time") << "UPDATE execution_phases SET ended = 'late'"
                                   " WHERE phase = 'prepare'"
                                << "table execution_phases, row execution 0, phase prepare,"
                                   " column ended: \"late\" is not a date and time";
    QTest::newRow("estimate kind") << "UPDATE kind_estimates SET kind = 'mainframe'"
                                      " WHERE position = 1"
                                   << "table kind_estimates, row 1, column kind";
    QTest::newRow("trigger of nothing")
        << "INSERT INTO rollback_triggers VALUES (7, 0, 'x')"
        << "table rollback_triggers, row rollback_plan 7, position 0, column rollback_plan:"
           " names a row that does not exist";
    QTest::newRow("check result of nothing")
        << "INSERT INTO execution_checks VALUES (5, 0, 'c', 1, '')"
        << "table execution_checks, row execution 5, position 0, column execution";
    // Values that read but break the calendar rules every door keeps (CalendarRules).
    QTest::newRow("window id twice")
        << "UPDATE windows SET id = 'sat-night' WHERE position = 1"
        << "table windows, row 1, column id: duplicate id 'sat-night' (first used at row 0)";
    QTest::newRow("window id with a space")
        << "UPDATE windows SET id = 'ad hoc' WHERE position = 1"
        << "table windows, row 1, column id: 'ad hoc' is not a valid id";
    QTest::newRow("window without length")
        << "UPDATE windows SET end_time = start_time WHERE position = 0"
        << "table windows, row 0, column end_time: the window ends when it starts"
           " (2027-01-09T22:00)";
    QTest::newRow("window without lanes") << "UPDATE windows SET parallel = 0 WHERE position = 1"
                                          << "table windows, row 1, column parallel: parallel"
                                             " steps must be from 1 to 10000, not 0";
    QTest::newRow("freeze backwards")
        << "UPDATE freezes SET end_date = '2026-12-01' WHERE position = 1"
        << "table freezes, row 1, column end_date: the last day (2026-12-01) lies before the"
           " first (2026-12-20)";
    QTest::newRow("peak without length")
        << "UPDATE process_peaks SET to_time = from_time WHERE position = 1"
        << "table process_peaks, row process 0, position 1, column to_time: the peak ends when"
           " it starts (10:30)";
    QTest::newRow("peak without day") << "UPDATE process_peaks SET days = 0 WHERE position = 0"
                                      << "table process_peaks, row process 0, position 0, column"
                                         " days: the peak needs at least one day of the week";
    QTest::newRow("peak on an eighth day")
        << "UPDATE process_peaks SET days = 128 WHERE position = 0"
        << "column days: 128 is not a set of week days";
    QTest::newRow("process id twice") << "UPDATE processes SET id = 'payments' WHERE position = 1"
                                      << "table processes, row 1, column id: duplicate id"
                                         " 'payments' (first used at row 0)";
    QTest::newRow("process category unknown")
        << "UPDATE processes SET category = 'banking' WHERE position = 0"
        << "table processes, row 0, column category: unknown process category 'banking'";
    QTest::newRow("outage negative")
        << "UPDATE processes SET max_outage_minutes = -5 WHERE position = 0"
        << "table processes, row 0, column max_outage_minutes: the longest outage cannot be"
           " negative (-5 minutes)";
    QTest::newRow("user group empty")
        << "UPDATE process_user_groups SET user_group = '' WHERE position = 1"
        << "table process_user_groups, row process 0, position 1, column user_group: an empty"
           " user group";
    QTest::newRow("staff without name") << "UPDATE staff SET name = ' ' WHERE position = 1"
                                        << "table staff, row 1, column name: the person needs a"
                                           " name";
    QTest::newRow("role empty") << "UPDATE staff_roles SET role = '' WHERE position = 1"
                                << "table staff_roles, row staff 0, position 1, column role:"
                                   " an empty role";
    QTest::newRow("away backwards")
        << "UPDATE staff_unavailable SET end_date = '2027-01-10' WHERE position = 0"
        << "table staff_unavailable, row staff 0, position 0, column end_date: the last day"
           " (2027-01-10) lies before the first (2027-01-15)";
}

void tst_ProjectFile::corruptedValueNamesTableRowAndText()
{
    QFETCH(QString, statement);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("corrupt.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    QCOMPARE(runSql(file, {statement}), QString());
    const auto loaded = loadProject(file);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().what.contains(message), qPrintable(loaded.error().text()));
    // Read through QSqlQuery (as from another database), the message is the same.
    testing::setReadThroughQtSql(true);
    const auto again = loadProject(file);
    testing::setReadThroughQtSql(false);
    QVERIFY(!again);
    QCOMPARE(again.error().text(), loaded.error().text());
}

void tst_ProjectFile::sameCalendarRulesAsEveryDoor_data()
{
    QTest::addColumn<int>("index");
    const QList<testsupport::CalendarCase> cases = testsupport::calendarCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

// The calendars of CalendarCases.h, saved in a project with one process `p` (saving judges
// nothing): opened as the interchange reader and the calendar editor take them in
// (tst_estatejson, tst_calendareditor), or refused with the same words at the table, row and
// column concerned.
void tst_ProjectFile::sameCalendarRulesAsEveryDoor()
{
    QFETCH(int, index);
    const testsupport::CalendarCase c = testsupport::calendarCases().at(index);
    Estate e;
    e.windows = c.windows;
    e.freezes = c.freezes;
    BusinessProcess p;
    p.id = QStringLiteral("p");
    p.peaks = c.peaks;
    e.processes = {p};
    const QString file = path(QStringLiteral("calendar.uplan"));
    QVERIFY(saveProject(file, e));
    const auto loaded = loadProject(file);

    if (c.accepted()) {
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
        QCOMPARE(loaded->windows, c.windows);
        QCOMPARE(loaded->freezes, c.freezes);
        QCOMPARE(loaded->processes.at(0).peaks, c.peaks);
        return;
    }
    QVERIFY(!loaded);
    const QHash<QString, QString> columns{{"windows.id", "id"},
                                          {"windows.end", "end_time"},
                                          {"windows.repeatWeekly", "repeat_weekly"},
                                          {"windows.parallel", "parallel"},
                                          {"freezes.end", "end_date"},
                                          {"peaks.to", "to_time"}};
    const QString section = QString::fromUtf8(c.section);
    const QString column = columns.value(section + u'.' + QString::fromUtf8(c.field));
    QVERIFY2(!column.isEmpty(), c.field);
    const QString place = section == QLatin1String("peaks")
                              ? QStringLiteral("process_peaks, row process 0, position %1")
                                    .arg(c.item)
                              : QStringLiteral("%1, row %2").arg(section).arg(c.item);
    QCOMPARE(loaded.error().what, QStringLiteral("table %1, column %2: %3")
                                      .arg(place, column, c.what(QStringLiteral("row 0"))));
}

void tst_ProjectFile::failedSaveKeepsPreviousContent()
{
    const QString file = path(QStringLiteral("atomic.uplan"));
    const Estate previous = fullEstate();
    QVERIFY(saveProject(file, previous));
    const QByteArray bytes = readFile(file);

    QStringList written;
    testing::setSaveHook([&](const QString &table) {
        written.append(table);
        return table != QLatin1String("dependencies"); // fail after components are replaced
    });
    const auto saved = saveProject(file, largeEstate(3000));
    QVERIFY(!saved);
    QVERIFY2(saved.error().what.contains(QStringLiteral("interrupted")),
             qPrintable(saved.error().text()));
    QVERIFY(written.contains(QStringLiteral("components")));
    testing::setSaveHook({});

    QCOMPARE(readFile(file), bytes);
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    verifySame(*loaded, previous);
}

void tst_ProjectFile::crashMidSaveKeepsPreviousContent()
{
    const QString file = path(QStringLiteral("crash.uplan"));
    const Estate previous = fullEstate();
    QVERIFY(saveProject(file, previous));
    const QByteArray bytes = readFile(file);

    // Another process saves a large estate and dies half way, as on a power cut or a kill. The
    // estate is larger than SQLite's page cache, so pages of the new content have already gone
    // to the file, and the journal holds what they replaced.
    QProcess crasher;
    crasher.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file});
    QVERIFY(crasher.waitForFinished(120000));
    QCOMPARE(crasher.exitCode(), 42);
    const QString journal = file + QStringLiteral("-journal");
    QVERIFY2(readFile(journal).startsWith("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"),
             "the interrupted save should leave a journal to play back");
    QVERIFY(readFile(file) != bytes);

    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, previous);
    QVERIFY(!QFile::exists(journal));
    QCOMPARE(readFile(file), bytes);
    QVERIFY(saveProject(file, fullEstate()));
}

void tst_ProjectFile::crashAfterEveryTableKeepsPreviousContent()
{
    // The large estate saved over a slightly larger one ends after the first table, the second,
    // ... the last: each time the project opens with all of its previous content.
    const QString file = path(QStringLiteral("every.uplan"));
    const Estate previous = storagetest::largeEstate(storagetest::crashEstateSize);
    QVERIFY(saveProject(file, previous));
    const QByteArray bytes = readFile(file);

    QProcess counter;
    counter.start(QStringLiteral(UPLAN_CRASHING_SAVE),
                  {path(QStringLiteral("count.uplan")), QStringLiteral("count")});
    QVERIFY(counter.waitForFinished(120000));
    QCOMPARE(counter.exitCode(), 0);
    const int tables = counter.readAllStandardOutput().trimmed().toInt();
    QVERIFY2(tables > 20, "a save writes every table of the schema");

    for (int at = 1; at <= tables; ++at) {
        QProcess crasher;
        crasher.start(QStringLiteral(UPLAN_CRASHING_SAVE),
                      {file, QStringLiteral("at"), QString::number(at)});
        QVERIFY(crasher.waitForFinished(120000));
        QCOMPARE(crasher.exitCode(), 42);
        const auto loaded = loadProject(file);
        QVERIFY2(loaded, qPrintable(QStringLiteral("after table %1: %2")
                                        .arg(at)
                                        .arg(loaded ? QString() : loaded.error().text())));
        QVERIFY2(*loaded == previous, qPrintable(QStringLiteral("after table %1").arg(at)));
        QCOMPARE(readFile(file), bytes);
    }
}

void tst_ProjectFile::killAtRandomMomentsLeavesOldOrNew()
{
    // Another process saves two large estates over each other again and again; SIGKILL ends it
    // at a random moment (seeded: a failure names its seed): before, during or after a save,
    // in SQLite's journal writes or its commit. The project always opens, and holds one estate
    // or the other in full, never a mix.
    const QString file = path(QStringLiteral("random.uplan"));
    const Estate first = storagetest::largeEstate(storagetest::crashEstateSize);
    const Estate second = storagetest::largeEstate(storagetest::crashEstateSize + 1);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(saveProject(file, first));
    const int saveMs = int(qMax<qint64>(clock.elapsed(), 20));

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int sawFirst = 0;
    int sawSecond = 0;
    int midSave = 0; // kills that left a journal: the save was under way
    for (int round = 0; round < 16; ++round) {
        QProcess saver;
        saver.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file, QStringLiteral("forever")});
        // Killed somewhere from the start of a save to a little after its end.
        QVERIFY(saver.waitForReadyRead(60000));
        QThread::msleep(random.bounded(saveMs * 6 / 5));
        ::kill(pid_t(saver.processId()), SIGKILL);
        QVERIFY(saver.waitForFinished(60000));
        QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

        if (QFile::exists(file + QStringLiteral("-journal")))
            ++midSave;
        const auto loaded = loadProject(file);
        const QString where = QStringLiteral("seed %1, round %2").arg(seed).arg(round);
        QVERIFY2(loaded, qPrintable(where + QStringLiteral(": ")
                                    + (loaded ? QString() : loaded.error().text())));
        if (*loaded == first)
            ++sawFirst;
        else if (*loaded == second)
            ++sawSecond;
        else
            QFAIL(qPrintable(where + QStringLiteral(": neither the old nor the new estate")));
    }
    qInfo("16 kills, %d of them mid-save: the first estate %d times, the second %d times", midSave,
          sawFirst, sawSecond);
}

void tst_ProjectFile::failedFirstSaveLeavesNoFile()
{
    const QString file = path(QStringLiteral("first.uplan"));
    testing::setSaveHook(
        [](const QString &table) { return table != QLatin1String("catalog_entries"); });
    QVERIFY(!saveProject(file, fullEstate()));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void tst_ProjectFile::saveRefusesToOverwriteOtherFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text" << "not an SQLite database";
    QTest::newRow("empty file") << "empty" << "empty";
    QTest::newRow("foreign SQLite database") << "foreign" << "another program";
    QTest::newRow("newer schema") << "newer" << "newer version";
}

void tst_ProjectFile::saveRefusesToOverwriteOtherFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("other.uplan"));
    if (fixture == QLatin1String("text"))
        QVERIFY(writeFile(file, "my thesis, chapter 3\n"));
    else if (fixture == QLatin1String("empty"))
        QVERIFY(writeFile(file, QByteArray()));
    else if (fixture == QLatin1String("foreign"))
        QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE t (x)")}), QString());
    else if (fixture == QLatin1String("newer")) {
        QVERIFY(saveProject(file, fullEstate()));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    }
    const auto before = snapshot(m_dir->path());
    QTest::qWait(20);

    const auto saved = saveProject(file, fullEstate());
    QVERIFY(!saved);
    QVERIFY2(saved.error().what.contains(message), qPrintable(saved.error().text()));
    QVERIFY2(saved.error().what.contains(QStringLiteral("not overwritten")),
             qPrintable(saved.error().text()));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void tst_ProjectFile::saveRefusesAProjectAnotherProcessHasOpen()
{
    const QString file = path(QStringLiteral("shared.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    QProcess holder;
    holder.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file, QStringLiteral("hold")});
    QVERIFY(holder.waitForReadyRead(60000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    const std::optional<LockHolder> who = ProjectLock::holder(file);
    QVERIFY(who);
    QCOMPARE(who->pid, holder.processId());
    const Expected<Done> refused = saveProject(file, storagetest::largeEstate(10));
    QVERIFY(!refused);
    QVERIFY2(refused.error().text().contains(QString::number(holder.processId()))
                 && refused.error().text().contains(QStringLiteral("shared.uplan")),
             qPrintable(refused.error().text()));
    verifySame(*loadProject(file), fullEstate()); // reading is for everyone

    // The holder dies without unlocking (a crash): its lock is stale and saving works again.
    ::kill(pid_t(holder.processId()), SIGKILL);
    QVERIFY(holder.waitForFinished(60000));
    QVERIFY(QFile::exists(ProjectLock::lockPath(file)));
    QVERIFY(!ProjectLock::holder(file));
    QVERIFY(saveProject(file, storagetest::largeEstate(10)));
}

void tst_ProjectFile::fullDiskKeepsThePreviousContent()
{
    // No file may grow past 256 KB, as on a disk with that much room left: the save of a large
    // estate over a small project fails half way, says so, and the project keeps its content.
    const QString file = path(QStringLiteral("full.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    const QByteArray bytes = readFile(file);
    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN); // a failed write, not a signal
    rlimit small = before;
    small.rlim_cur = 256 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Expected<Done> saved = saveProject(file, storagetest::largeEstate(20000));
    ::setrlimit(RLIMIT_FSIZE, &before);
    ::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY2(saved.error().text().contains(QStringLiteral("full.uplan"))
                 && saved.error().text().contains(QStringLiteral("full"), Qt::CaseInsensitive),
             qPrintable(saved.error().text()));
    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, fullEstate());
    QCOMPARE(readFile(file), bytes);
}

void tst_ProjectFile::readOnlyFolderSaysSo()
{
    // A folder nobody may write to (as root, the save runs as the user nobody, for whom the
    // permissions hold): the save fails with a message naming the file, the file is intact.
    QDir folder(path(QStringLiteral("readonly")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    const QString file = folder.filePath(QStringLiteral("p.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    const QByteArray bytes = readFile(file);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                          | QFileDevice::ExeGroup | QFileDevice::ReadOther
                          | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), readable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(folder.path(), readable));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QProcess saver;
    saver.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file, QStringLiteral("nobody")});
    QVERIFY(saver.waitForFinished(120000));
    const QString said = QString::fromLocal8Bit(saver.readAllStandardOutput()).trimmed();
    QFile::setPermissions(folder.path(), readable | QFileDevice::WriteOwner);
    QCOMPARE(saver.exitCode(), 0);
    QVERIFY2(said.contains(QStringLiteral("p.uplan")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("read"), Qt::CaseInsensitive)
                 || said.contains(QStringLiteral("permission"), Qt::CaseInsensitive),
             qPrintable(said));
    QCOMPARE(readFile(file), bytes);
}

void tst_ProjectFile::saveIntoMissingFolderFails()
{
    const QString file = path(QStringLiteral("no/such/folder/p.uplan"));
    const auto saved = saveProject(file, fullEstate());
    QVERIFY(!saved);
    QVERIFY(saved.error().where.contains(QStringLiteral("p.uplan")));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void tst_ProjectFile::connectionsAreRemovedAndThreadsWork()
{
    const QStringList before = QSqlDatabase::connectionNames();
    const Estate estate = fullEstate();
    const QString shared = path(QStringLiteral("shared.uplan"));
    QVERIFY(saveProject(shared, estate));

    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const QString own = path(QStringLiteral("thread%1.uplan").arg(t));
            for (int i = 0; i < 5; ++i) {
                const auto loaded = loadProject(shared);
                if (!loaded || !(*loaded == estate))
                    ++failures;
                if (!saveProject(own, estate) || !loadProject(own))
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
