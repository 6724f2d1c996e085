// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/EstateMerge.h"

#include <QtTest>

using namespace planner;

/// Importing into an existing project: what the source knows updates the project, what the
/// user entered here survives, and nothing is removed unless confirmed.
class tst_EstateMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void updatesOnlyWhatTheSourceCarries();
    void addsNewAndListsMissing();
    void removesOnlyWhatIsConfirmed();
    void matchesByExternalIdAfterARename();
    void dependencyRangesAndMissingDependencies();
    void wholeEstateBringsItsSections();
    void mergingTheSameImportTwiceChangesNothing();
};

namespace {

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

Component component(const char *id, const char *version, const char *externalId = "")
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = c.id;
    c.kind = ComponentKind::Database;
    c.product = QStringLiteral("postgresql");
    c.version = v(version);
    c.externalId = QString::fromLatin1(externalId);
    return c;
}

Dependency dependency(const char *from, const char *to, const char *range = nullptr)
{
    Dependency d;
    d.from = QString::fromLatin1(from);
    d.to = QString::fromLatin1(to);
    if (range)
        d.requirement = *VersionRange::parse(QString::fromLatin1(range));
    return d;
}

/// A project the user has worked on: targets, criticality, owner, durations, a backup.
Estate project()
{
    Estate e;
    Component db = component("pg-core", "12.20", "sys-1");
    db.target = v("16.6");
    db.criticality = Criticality::Critical;
    db.owner = QStringLiteral("DBA team");
    db.durations[Phase::Execute] = 90;
    db.backup = BackupInfo{QStringLiteral("pg_basebackup"), QDate(2026, 10, 2), 80, {}, {}, {}};
    e.appendComponent(db);
    Component app = component("ledger", "4.2", "sys-2");
    app.kind = ComponentKind::Application;
    app.product = QStringLiteral("ledger");
    e.appendComponent(app);
    e.appendComponent(component("old-db", "9.6", "sys-3"));
    e.appendDependency(dependency("ledger", "pg-core", ">=12 <17"));
    e.appendDependency(dependency("ledger", "old-db"));
    e.manualPositions.insert(QStringLiteral("old-db"), QPoint(10, 20));
    return e;
}

/// What a CMDB export says: versions and names, nothing of targets or criticality.
Imported cmdb()
{
    Imported in;
    in.fields = ComponentField::Name | ComponentField::Kind | ComponentField::Product
                | ComponentField::Version | ComponentField::ExternalId;
    Component db = component("pg-core", "12.22", "sys-1"); // a patch applied meanwhile
    in.estate.appendComponent(db);
    Component app = component("ledger", "4.2", "sys-2");
    app.kind = ComponentKind::Application;
    app.product = QStringLiteral("ledger");
    in.estate.appendComponent(app);
    in.estate.appendComponent(component("pg-dr", "12.22", "sys-4")); // new
    in.estate.appendDependency(dependency("ledger", "pg-core"));
    in.estate.appendDependency(dependency("pg-dr", "pg-core"));
    return in;
}

} // namespace

void tst_EstateMerge::updatesOnlyWhatTheSourceCarries()
{
    const Estate before = project();
    const MergeResult r = mergeEstate(before, cmdb());
    const Component *db = r.estate.find(QStringLiteral("pg-core"));
    QVERIFY(db);
    QCOMPARE(db->version.text(), QStringLiteral("12.22"));
    // The user's own fields: the CMDB does not carry them, so they stay.
    QCOMPARE(db->target->text(), QStringLiteral("16.6"));
    QCOMPARE(db->criticality, Criticality::Critical);
    QCOMPARE(db->owner, QStringLiteral("DBA team"));
    QCOMPARE(db->durations[Phase::Execute], std::optional<int>(90));
    QVERIFY(db->backup);
    // A name the source carries but leaves empty does not blank the project's.
    QCOMPARE(r.report.changed.size(), 1);
    QCOMPARE(r.report.changed[0], (FieldChange{QStringLiteral("pg-core"), QStringLiteral("version"),
                                               QStringLiteral("12.20"), QStringLiteral("12.22")}));
    QCOMPARE(r.report.unchanged, 1);
    // A source that carries criticality does set it.
    Imported withCriticality = cmdb();
    withCriticality.fields = withCriticality.fields | ComponentField::Criticality;
    const MergeResult r2 = mergeEstate(before, withCriticality);
    QCOMPARE(r2.estate.find(QStringLiteral("pg-core"))->criticality, Criticality::Medium);
}

void tst_EstateMerge::addsNewAndListsMissing()
{
    const MergeResult r = mergeEstate(project(), cmdb());
    QCOMPARE(r.report.added, QStringList{QStringLiteral("pg-dr")});
    QVERIFY(r.estate.find(QStringLiteral("pg-dr")));
    QCOMPARE(r.report.missing, QStringList{QStringLiteral("old-db")});
    // Kept until confirmed, with its dependency and its position.
    QVERIFY(r.estate.find(QStringLiteral("old-db")));
    QVERIFY(r.report.removed.isEmpty());
    QCOMPARE(r.estate.dependencyCount(), 3);
    QVERIFY(r.estate.manualPositions.contains(QStringLiteral("old-db")));
    QCOMPARE(r.report.dependenciesAdded, 1);
    QVERIFY(r.report.changesAnything());
}

void tst_EstateMerge::removesOnlyWhatIsConfirmed()
{
    MergeOptions options;
    options.remove = {QStringLiteral("old-db"), QStringLiteral("ledger")}; // ledger is not missing
    const MergeResult r = mergeEstate(project(), cmdb(), options);
    QCOMPARE(r.report.removed, QStringList{QStringLiteral("old-db")});
    QVERIFY(!r.estate.find(QStringLiteral("old-db")));
    QVERIFY(r.estate.find(QStringLiteral("ledger")));
    // Its dependency and its manual position go with it; the rest stays.
    for (const Dependency &d : r.estate.dependencies())
        QVERIFY(d.to != QStringLiteral("old-db"));
    QVERIFY(!r.estate.manualPositions.contains(QStringLiteral("old-db")));
    QCOMPARE(r.estate.componentCount(), 3);

    MergeOptions all;
    all.removeMissing = true;
    QCOMPARE(mergeEstate(project(), cmdb(), all).report.removed,
             QStringList{QStringLiteral("old-db")});
}

void tst_EstateMerge::matchesByExternalIdAfterARename()
{
    // The user renamed pg-core to ledger-db here; the CMDB still calls it pg-core.
    Estate renamed = project();
    Component db = renamed.component(0);
    db.id = QStringLiteral("ledger-db");
    renamed.replaceComponent(0, db);
    Dependency d = renamed.dependency(0);
    d.to = QStringLiteral("ledger-db");
    renamed.replaceDependency(0, d);
    const MergeResult r = mergeEstate(renamed, cmdb());
    QVERIFY(!r.estate.find(QStringLiteral("pg-core")));
    QCOMPARE(r.estate.find(QStringLiteral("ledger-db"))->version.text(), QStringLiteral("12.22"));
    // The import's dependencies land on the project's id.
    bool found = false;
    for (const Dependency &dep : r.estate.dependencies())
        found = found
                || (dep.from == QStringLiteral("pg-dr") && dep.to == QStringLiteral("ledger-db"));
    QVERIFY(found);
    QCOMPARE(r.report.added, QStringList{QStringLiteral("pg-dr")});
}

void tst_EstateMerge::dependencyRangesAndMissingDependencies()
{
    Imported in = cmdb();
    // The source states a range for ledger -> pg-core now, and does not list ledger -> old-db.
    in.estate.replaceDependency(0, dependency("ledger", "pg-core", ">=13 <17"));
    in.estate.appendComponent(component("old-db", "9.6", "sys-3"));
    const MergeResult r = mergeEstate(project(), in);
    QCOMPARE(r.report.dependenciesChanged, 1);
    QCOMPARE(r.estate.dependency(0).requirement->text(), QStringLiteral(">=13 <17"));
    QCOMPARE(r.report.dependenciesMissing.size(), 1);
    QCOMPARE(r.report.dependenciesMissing[0].to, QStringLiteral("old-db"));
    QCOMPARE(r.estate.dependencyCount(), 3); // kept
    // Without a range, the project's range stays.
    const MergeResult keep = mergeEstate(project(), cmdb());
    QCOMPARE(keep.estate.dependency(0).requirement->text(), QStringLiteral(">=12 <17"));
    MergeOptions all;
    all.removeMissing = true;
    const MergeResult removed = mergeEstate(project(), in, all);
    QCOMPARE(removed.report.dependenciesRemoved.size(), 1);
    QCOMPARE(removed.estate.dependencyCount(), 2);
}

void tst_EstateMerge::wholeEstateBringsItsSections()
{
    Imported in;
    in.wholeEstate = true;
    in.estate = project();
    in.estate.sites = {{QStringLiteral("fra"), QStringLiteral("Frankfurt")}};
    MaintenanceWindow w;
    w.id = QStringLiteral("sat-night");
    w.start = QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
    w.end = w.start.addSecs(6 * 3600);
    in.estate.windows = {w};
    Estate mine = project();
    MaintenanceWindow own = w;
    own.parallel = 3; // the project's own version of that window wins
    mine.windows = {own};
    const MergeResult r = mergeEstate(mine, in);
    QCOMPARE(r.estate.sites.size(), 1);
    QCOMPARE(r.estate.windows.size(), 1);
    QCOMPARE(r.estate.windows[0].parallel, 3);
    QCOMPARE(r.report.sectionsAdded, QStringList{QStringLiteral("site fra")});
}

void tst_EstateMerge::mergingTheSameImportTwiceChangesNothing()
{
    const MergeResult once = mergeEstate(project(), cmdb());
    const MergeResult twice = mergeEstate(once.estate, cmdb());
    QVERIFY(!twice.report.changesAnything());
    QVERIFY(twice.estate == once.estate);
}

QTEST_GUILESS_MAIN(tst_EstateMerge)
#include "tst_estatemerge.moc"
