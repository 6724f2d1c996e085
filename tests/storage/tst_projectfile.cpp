// SPDX-License-Identifier: GPL-3.0-or-later
// The project file (.uplan, SQLite) saved and opened again: every field of the estate read back
// exactly, the layout of the file (schema version, application id, foreign keys), and each value
// that does not read (or breaks the calendar rules) named by its table, row and column.
#include "ProjectFileChecks.h"
#include "StorageTestData.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileTesting.h"
#include "storage/ProjectHistory.h"
#include "storage/ProjectSchema.h"

#include "CalendarCases.h"
#include "EstateEdits.h"
#include "PgServer.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace planner;
using namespace planner::storagetest;

class tst_ProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyEstateFieldIsKnownToStorage_data();
    void everyEstateFieldIsKnownToStorage();
    void roundTripKeepsEveryField_data() { addBackends(); }
    void roundTripKeepsEveryField();
    void roundTripOfAnEmptyEstate_data() { addBackends(); }
    void roundTripOfAnEmptyEstate();
    void roundTripKeepsListOrder_data() { addBackends(); }
    void roundTripKeepsListOrder();
    void textsOutsideAsciiSurvive_data() { addBackends(); }
    void textsOutsideAsciiSurvive();
    void readingThroughQtSqlGivesTheSameEstate();
    void savedFileCarriesSchemaAndApplicationId();
    void childRowsHaveForeignKeysButReferencesDoNot();
    void saveReplacesPreviousContent_data() { addBackends(); }
    void saveReplacesPreviousContent();
    void eachKindOfEditIsSavedExactly_data() { addBackends(); }
    void eachKindOfEditIsSavedExactly();
    void positionsOfRemovedComponentsAreNotKept_data() { addBackends(); }
    void positionsOfRemovedComponentsAreNotKept();
    void historyRecordsEverySave_data() { addBackends(); }
    void historyRecordsEverySave();

    void corruptedValueNamesTableRowAndText_data();
    void corruptedValueNamesTableRowAndText();
    void sameCalendarRulesAsEveryDoor_data();
    void sameCalendarRulesAsEveryDoor();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The storage suite runs on both back ends: a .uplan file and a shared project on the test
    // cluster (PgServer.h), through the same loadProject and saveProject.
    static void addBackends()
    {
        QTest::addColumn<bool>("server");
        QTest::newRow("file") << false;
        QTest::newRow("server") << true;
    }
    QString location(const QString &name) const
    {
        QFETCH(bool, server);
        if (!server)
            return path(name);
        QString why;
        if (!test::pgPort(&why))
            qFatal("%s", qPrintable(why));
        return test::serverUrl(test::uniqueProject("projectfile"));
    }

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
                                       "in core/storage before updating this test")
                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                            .arg(size)
                            .arg(expected)));
}

void tst_ProjectFile::roundTripKeepsEveryField()
{
    const Estate estate = fullEstate();
    const QString file = location(QStringLiteral("bank.uplan"));
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
    estate.appendDependency(
        Dependency{kasse.id, QStringLiteral("pg-core"), QStringLiteral("nutzt-ü"), std::nullopt});
    estate.appendDependency(
        Dependency{QStringLiteral("pg-core"), kasse.id, QStringLiteral("uses"), std::nullopt});
    estate.appendDependency(
        Dependency{kasse.id, QStringLiteral("geist-ü"), QStringLiteral("uses"), std::nullopt});
    const QString file = location(QStringLiteral("zürich.uplan"));
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
    const QString file = location(QStringLiteral("empty.uplan"));
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

    const QString file = location(QStringLiteral("order.uplan"));
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
    QCOMPARE(currentSchemaVersion(), 8);
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
    for (const char *table :
         {"config_items", "rollback_plans", "pilots", "acceptance_checks", "message_templates",
          "monitoring_plans", "executions", "kind_estimates"})
        QCOMPARE(parentOf(QString::fromLatin1(table)), QStringList());
    // Dependencies may name components that do not exist: reported as conflicts, not refused.
    QCOMPARE(parentOf(QStringLiteral("dependencies")), QStringList());
    QCOMPARE(parentOf(QStringLiteral("order_pins")), QStringList());
    QCOMPARE(parentOf(QStringLiteral("components")), QStringList());
}

void tst_ProjectFile::saveReplacesPreviousContent()
{
    const QString file = location(QStringLiteral("replace.uplan"));
    QVERIFY(saveProject(file, largeEstate(500)));
    Estate smaller = fullEstate();
    QVERIFY(saveProject(file, smaller));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    verifySame(*loaded, smaller);
}

// A save over a project writes only what changed since it was read (writeProjectChanges): an
// edit in place, an addition at the end, or the section again. Edit after edit, each kind a
// user makes, the project reads back as exactly the estate saved.
void tst_ProjectFile::eachKindOfEditIsSavedExactly()
{
    const QString file = location(QStringLiteral("edits.uplan"));
    Estate estate = fullEstate();
    QVERIFY(saveProject(file, estate));
    const auto component = [&estate](const char *id) {
        return *estate.find(QString::fromLatin1(id));
    };
    const auto replace = [&estate](const Component &c, const QString &oldId = {}) {
        estate.replaceComponent(estate.indexOf(oldId.isEmpty() ? c.id : oldId), c);
    };
    const QList<std::pair<const char *, std::function<void()>>> edits = {
        {"a component's field",
         [&] {
             Component c = component("pg-core");
             c.owner = QStringLiteral("Database team");
             c.target = version("17.2");
             replace(c);
         }},
        {"a component's backup, roles and external id",
         [&] {
             Component c = component("mssql:reporting");
             c.backup.reset();
             c.roles = {QStringLiteral("dba")};
             c.externalId = QStringLiteral("CI0099");
             replace(c);
             Component d = component("pg-core");
             d.backup->restoreMinutes = 33;
             d.roles.append(QStringLiteral("on-call"));
             d.externalId.clear();
             replace(d);
         }},
        {"a component added at the end",
         [&] {
             Component c = component("pg-core");
             c.id = QStringLiteral("pg-replica");
             c.externalId = QStringLiteral("CI0100");
             estate.appendComponent(c);
             estate.manualPositions.insert(c.id, QPoint(40, 80));
         }},
        {"a dependency changed and one added",
         [&] {
             Dependency d = estate.dependency(0);
             d.requirement = range(">=13");
             estate.replaceDependency(0, d);
             estate.appendDependency(Dependency{QStringLiteral("pg-replica"),
                                                QStringLiteral("pg-core"),
                                                QStringLiteral("replicates"), std::nullopt});
         }},
        {"a component removed",
         [&] {
             test::removeComponentAndItsDependencies(estate, QStringLiteral("a.cert"));
             estate.dropStalePositions();
         }},
        {"a component renamed",
         [&] {
             Component c = component("zz-app_01");
             c.id = QStringLiteral("ledger-app");
             replace(c, QStringLiteral("zz-app_01"));
             for (int row = 0; row < estate.dependencyCount(); ++row) {
                 Dependency d = estate.dependency(row);
                 if (d.from == u"zz-app_01")
                     d.from = c.id;
                 estate.replaceDependency(row, d);
             }
             estate.dropStalePositions();
         }},
        {"a dependency removed", [&] { estate.removeDependency(0); }},
        {"the project, a site, the catalog",
         [&] {
             estate.project.name = QStringLiteral("Core banking 2027");
             estate.sites[1].name = QStringLiteral("Amsterdam DC 2");
             estate.catalog[0].releases.append(version("18.0"));
         }},
        {"the calendar",
         [&] {
             estate.windows[0].parallel = 4;
             estate.freezes.removeLast();
         }},
        {"processes and staff",
         [&] {
             estate.processes[0].uses.append(QStringLiteral("pg-replica"));
             estate.staff[0].roles.append(QStringLiteral("change-manager"));
         }},
        {"records, scenarios and positions",
         [&] {
             estate.records.rollbacks[0].triggers.append(QStringLiteral("error rate > 1 %"));
             estate.scenarios.removeLast();
             estate.manualPositions[QStringLiteral("pg-core")] = QPoint(7, 9);
         }},
        {"many components at once",
         [&] {
             for (int i = 0; i < estate.componentCount(); ++i) {
                 Component c = estate.component(i);
                 c.owner = QStringLiteral("Everyone");
                 estate.replaceComponent(i, c);
             }
         }},
    };
    for (const auto &[what, edit] : edits) {
        edit();
        const Expected<Done> saved = saveProject(file, estate);
        QVERIFY2(saved, qPrintable(QString::fromLatin1(what) + QStringLiteral(": ")
                                   + (saved ? QString() : saved.error().text())));
        const Expected<Estate> loaded = loadProject(file);
        QVERIFY2(loaded, qPrintable(QString::fromLatin1(what)));
        if (!(*loaded == estate)) {
            qWarning("after the edit \"%s\":", what);
            verifySame(*loaded, estate);
            QFAIL(what);
        }
    }
}

void tst_ProjectFile::positionsOfRemovedComponentsAreNotKept()
{
    Estate estate = fullEstate();
    estate.manualPositions.insert(QStringLiteral("removed-long-ago"), QPoint(1, 2));
    const QString file = location(QStringLiteral("positions.uplan"));
    const auto saved = saveProject(file, estate);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    QCOMPARE(loaded->manualPositions, fullEstate().manualPositions);
}

// Every save appends what it changed, with who and when; saves never rewrite the history.
void tst_ProjectFile::historyRecordsEverySave()
{
    QFETCH(bool, server);
    const QString project = location(QStringLiteral("history.uplan"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    Estate estate = fullEstate();
    QVERIFY(saveProject(project, estate));

    // A second save: one component's owner, one dependency gone.
    const int row = estate.indexOf(QStringLiteral("pg-core"));
    Component pg = estate.component(row);
    const QString oldOwner = pg.owner;
    pg.owner = QStringLiteral("Database team");
    QVERIFY(estate.replaceComponent(row, pg));
    const Dependency gone = estate.dependency(0);
    estate.removeDependency(0);
    const QDateTime second = QDateTime::currentDateTimeUtc();
    QVERIFY(saveProject(project, estate));
    // A save that changes nothing adds nothing.
    QVERIFY(saveProject(project, estate));

    const Expected<QList<HistoryEntry>> history = loadHistory(project);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().text()));
    QString all;
    for (const HistoryEntry &e : *history)
        all += QStringLiteral("r%1 %2 %3 %4 %5\n")
                   .arg(e.revision)
                   .arg(actionName(e.change.action), e.change.section, e.change.item,
                        e.change.field);
    QVERIFY2(history->size() >= 3, qPrintable(all));
    const HistoryEntry &created = history->first();
    QCOMPARE(created.revision, 1);
    QCOMPARE(created.change.section, QStringLiteral("project"));
    QCOMPARE(created.change.action, EstateChange::Action::Added);
    QVERIFY(created.change.after.contains(
        QStringLiteral("\"components\":%1").arg(fullEstate().componentCount())));
    QVERIFY(created.at >= start && created.at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(created.who, server ? QStringLiteral("uplan_admin") : systemUserName());

    bool ownerSeen = false;
    bool dependencySeen = false;
    for (const HistoryEntry &e : *history) {
        QVERIFY(e.revision <= 2);
        if (e.revision != 2)
            continue;
        if (e.change.item == u"pg-core" && e.change.field == u"owner") {
            ownerSeen = true;
            QCOMPARE(e.change.before, QStringLiteral("\"%1\"").arg(oldOwner));
            QCOMPARE(e.change.after, QStringLiteral("\"Database team\""));
        }
        if (e.change.section == u"dependencies"
            && e.change.item.startsWith(gone.from + QStringLiteral(" -> ") + gone.to))
            dependencySeen = e.change.action == EstateChange::Action::Removed;
    }
    QVERIFY(ownerSeen);
    QVERIFY(dependencySeen);
    // Seqs count up without gaps.
    for (qsizetype i = 0; i < history->size(); ++i)
        QCOMPARE(history->at(i).seq, i + 1);

    // --since leaves out what came before.
    const Expected<QList<HistoryEntry>> recent = loadHistory(project, second);
    QVERIFY(recent);
    QVERIFY(!recent->isEmpty());
    for (const HistoryEntry &e : *recent)
        QCOMPARE(e.revision, 2);
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

QTEST_GUILESS_MAIN(tst_ProjectFile)
#include "tst_projectfile.moc"
