// SPDX-License-Identifier: GPL-3.0-or-later
// Two people's edits of the same project combined element by element (issue 19): what only one
// changed is kept, what both changed alike is no conflict, what both changed differently waits
// for a choice (the other save's value standing meanwhile), and a component removed on one side
// while the other still uses it is asked about rather than leaving a dangling dependency.
#include "exchange/ConcurrentMerge.h"

#include "EstateEdits.h"
#include "SmallEstate.h"

#include <QTest>

using namespace planner;

namespace {

Estate withVersion(Estate estate, const char *id, const char *target)
{
    const int row = estate.indexOf(QString::fromLatin1(id));
    Component c = estate.component(row);
    c.target = test::version(target);
    estate.replaceComponent(row, c);
    return estate;
}

Estate withOwner(Estate estate, const char *id, const QString &owner)
{
    const int row = estate.indexOf(QString::fromLatin1(id));
    Component c = estate.component(row);
    c.owner = owner;
    estate.replaceComponent(row, c);
    return estate;
}

MaintenanceWindow window(const char *id, int day)
{
    MaintenanceWindow w;
    w.id = QString::fromLatin1(id);
    w.start = QDateTime(QDate(2027, 2, day), QTime(22, 0), Qt::UTC);
    w.end = w.start.addSecs(4 * 3600);
    return w;
}

} // namespace

class tst_ConcurrentMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedOnOneSide();
    void differentComponentsBothKept();
    void sameChangeOnBothSidesIsNoConflict();
    void sameComponentDifferentlyIsAConflict();
    void choicesSettleConflicts();
    void removedWhileTheOtherAddsADependency();
    void removedOnBothSides();
    void projectFieldByField();
    void windowsById();
    void dependencyOccurrences();
    void orderIsTheirsThenMine();
};

void tst_ConcurrentMerge::nothingChangedOnOneSide()
{
    const Estate base = test::smallEstate();
    const Estate mine = withVersion(base, "ldap", "2.6.8");
    Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, base);
    QVERIFY(merged);
    QVERIFY(merged->conflicts.isEmpty());
    QCOMPARE(merged->merged, mine);
    QCOMPARE(merged->mineKept, 1);
    QCOMPARE(merged->theirsKept, 0);

    merged = mergeConcurrentEdits(base, base, mine);
    QVERIFY(merged);
    QCOMPARE(merged->merged, mine);
    QCOMPARE(merged->theirsKept, 1);
}

void tst_ConcurrentMerge::differentComponentsBothKept()
{
    const Estate base = test::smallEstate();
    const Estate mine = withVersion(base, "ldap", "2.6.8");
    const Estate theirs = withOwner(base, "jvm", QStringLiteral("Middleware team"));
    const Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QVERIFY(merged->conflicts.isEmpty());
    QVERIFY(merged->undecided.isEmpty());
    QCOMPARE(merged->merged.find(QStringLiteral("ldap"))->target, test::version("2.6.8"));
    QCOMPARE(merged->merged.find(QStringLiteral("jvm"))->owner, QStringLiteral("Middleware team"));
    QCOMPARE(merged->merged.componentCount(), base.componentCount());
    QCOMPARE(merged->merged.dependencyCount(), base.dependencyCount());
    // Everything else as both had it.
    Estate expected = withOwner(mine, "jvm", QStringLiteral("Middleware team"));
    QCOMPARE(merged->merged, expected);
}

void tst_ConcurrentMerge::sameChangeOnBothSidesIsNoConflict()
{
    const Estate base = test::smallEstate();
    const Estate both = withVersion(base, "pg-core", "17.2");
    const Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, both, both);
    QVERIFY(merged);
    QVERIFY(merged->conflicts.isEmpty());
    QCOMPARE(merged->merged, both);
}

void tst_ConcurrentMerge::sameComponentDifferentlyIsAConflict()
{
    const Estate base = test::smallEstate();
    const Estate mine = withVersion(base, "pg-core", "15.10");
    const Estate theirs = withVersion(base, "pg-core", "17.2");
    const Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QCOMPARE(merged->conflicts.size(), 1);
    QCOMPARE(merged->undecided, merged->conflicts);
    const EditConflict &c = merged->conflicts.first();
    QCOMPARE(c.section, QStringLiteral("components"));
    QCOMPARE(c.item, QStringLiteral("pg-core"));
    QVERIFY(!c.removalInUse);
    QVERIFY(c.base.contains(QStringLiteral("\"16.6\"")));
    QVERIFY(c.mine.contains(QStringLiteral("\"15.10\"")));
    QVERIFY(c.theirs.contains(QStringLiteral("\"17.2\"")));
    // In words, field by field: only what changed.
    QCOMPARE(c.mineSummary(), QStringLiteral("changed target \"16.6\" → \"15.10\""));
    QCOMPARE(c.theirsSummary(), QStringLiteral("changed target \"16.6\" → \"17.2\""));
    QCOMPARE(c.label(), QStringLiteral("component pg-core"));
    QVERIFY(describeConflicts(merged->conflicts).startsWith(QStringLiteral("component pg-core: ")));
    // Undecided: theirs stands in the merge, which nobody may save yet.
    QCOMPARE(merged->merged.find(QStringLiteral("pg-core"))->target, test::version("17.2"));
}

void tst_ConcurrentMerge::choicesSettleConflicts()
{
    const Estate base = test::smallEstate();
    Estate mine = withVersion(base, "pg-core", "15.10");
    mine = withVersion(mine, "ldap", "2.6.8");
    const Estate theirs = withVersion(base, "pg-core", "17.2");
    const EditConflict conflict = mergeConcurrentEdits(base, mine, theirs)->conflicts.first();

    ConflictChoices choices{{conflict.key(), Choice::Mine}};
    Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs, choices);
    QVERIFY(merged);
    QCOMPARE(merged->conflicts.size(), 1);
    QVERIFY(merged->undecided.isEmpty());
    QCOMPARE(merged->merged, mine);

    choices[conflict.key()] = Choice::Theirs;
    merged = mergeConcurrentEdits(base, mine, theirs, choices);
    QVERIFY(merged->undecided.isEmpty());
    QCOMPARE(merged->merged.find(QStringLiteral("pg-core"))->target, test::version("17.2"));
    // Only the conflict is theirs: this copy's other edit still stands.
    QCOMPARE(merged->merged.find(QStringLiteral("ldap"))->target, test::version("2.6.8"));
}

void tst_ConcurrentMerge::removedWhileTheOtherAddsADependency()
{
    const Estate base = test::smallEstate();
    // They removed the directory and its dependency; this copy made something else use it.
    Estate theirs = base;
    test::removeComponentAndItsDependencies(theirs, QStringLiteral("ldap"));
    Estate mine = base;
    mine.appendDependency(test::dependency("jvm", "ldap", "uses"));

    Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QCOMPARE(merged->undecided.size(), 1);
    const EditConflict c = merged->undecided.first();
    QVERIFY(c.removalInUse);
    QCOMPARE(c.item, QStringLiteral("ldap"));
    QVERIFY(c.theirs.isEmpty());
    QCOMPARE(c.theirsSummary(), QStringLiteral("removed it"));
    // Undecided: the removal stands and takes the new dependency with it, never dangling.
    QVERIFY(!merged->merged.find(QStringLiteral("ldap")));
    for (const Dependency &d : merged->merged.dependencies())
        QVERIFY(d.from != u"ldap" && d.to != u"ldap");

    // Keeping mine brings the component back with the new dependency.
    merged = mergeConcurrentEdits(base, mine, theirs, {{c.key(), Choice::Mine}});
    QVERIFY(merged->undecided.isEmpty());
    QVERIFY(merged->merged.find(QStringLiteral("ldap")));
    QCOMPARE(merged->merged.dependencyCount(), base.dependencyCount());
    bool newOne = false;
    for (const Dependency &d : merged->merged.dependencies())
        newOne = newOne || (d.from == u"jvm" && d.to == u"ldap");
    QVERIFY(newOne);
}

void tst_ConcurrentMerge::removedOnBothSides()
{
    const Estate base = test::smallEstate();
    Estate gone = base;
    test::removeComponentAndItsDependencies(gone, QStringLiteral("win-ep-01"));
    const Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, gone, gone);
    QVERIFY(merged);
    QVERIFY(merged->conflicts.isEmpty());
    QCOMPARE(merged->merged, gone);
}

void tst_ConcurrentMerge::projectFieldByField()
{
    const Estate base = test::smallEstate();
    Estate mine = base, theirs = base;
    mine.project.name = QStringLiteral("Ledger refresh");
    theirs.project.start = QDate(2027, 3, 1);
    Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QVERIFY2(merged->conflicts.isEmpty(), qPrintable(describeConflicts(merged->conflicts)));
    QCOMPARE(merged->merged.project.name, QStringLiteral("Ledger refresh"));
    QCOMPARE(merged->merged.project.start, QDate(2027, 3, 1));

    theirs.project.name = QStringLiteral("Core ledger 2027");
    merged = mergeConcurrentEdits(base, mine, theirs);
    QCOMPARE(merged->undecided.size(), 1);
    QCOMPARE(merged->undecided.first().section, QStringLiteral("project"));
    QCOMPARE(merged->undecided.first().field, QStringLiteral("name"));
    QCOMPARE(merged->undecided.first().label(), QStringLiteral("the project's name"));
    QCOMPARE(merged->merged.project.name, QStringLiteral("Core ledger 2027"));
    QCOMPARE(merged->merged.project.start, QDate(2027, 3, 1));
}

void tst_ConcurrentMerge::windowsById()
{
    Estate base = test::smallEstate();
    base.windows = {window("w1", 6), window("w2", 13)};
    Estate mine = base, theirs = base;
    mine.windows.append(window("w3", 20));
    theirs.windows[0].parallel = 3;
    Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QVERIFY2(merged->conflicts.isEmpty(), qPrintable(describeConflicts(merged->conflicts)));
    QCOMPARE(merged->merged.windows.size(), 3);
    QCOMPARE(merged->merged.windows[0].parallel, 3);
    QCOMPARE(merged->merged.windows[2].id, QStringLiteral("w3"));

    mine.windows[0].parallel = 2;
    merged = mergeConcurrentEdits(base, mine, theirs);
    QCOMPARE(merged->undecided.size(), 1);
    QCOMPARE(merged->undecided.first().section, QStringLiteral("windows"));
    QCOMPARE(merged->undecided.first().item, QStringLiteral("w1"));
    merged = mergeConcurrentEdits(base, mine, theirs,
                                  {{merged->undecided.first().key(), Choice::Mine}});
    QCOMPARE(merged->merged.windows[0].parallel, 2);
    QCOMPARE(merged->merged.windows.size(), 3);
}

void tst_ConcurrentMerge::dependencyOccurrences()
{
    Estate base = test::smallEstate();
    // Two dependencies with the same ends and type: the second is an element of its own.
    base.appendDependency(test::dependency("ledger-app", "pg-core", "uses", ">=12"));
    Estate mine = base, theirs = base;
    Dependency d = mine.dependency(mine.dependencyCount() - 1);
    d.requirement = *VersionRange::parse(u">=13");
    mine.replaceDependency(mine.dependencyCount() - 1, d);
    Dependency first = theirs.dependency(0);
    first.requirement = *VersionRange::parse(u">=12 <18");
    theirs.replaceDependency(0, first);
    const Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QVERIFY2(merged->conflicts.isEmpty(), qPrintable(describeConflicts(merged->conflicts)));
    QCOMPARE(merged->merged.dependencyCount(), base.dependencyCount());
    QCOMPARE(merged->merged.dependency(0).requirement, first.requirement);
    QCOMPARE(merged->merged.dependency(merged->merged.dependencyCount() - 1).requirement,
             d.requirement);
}

void tst_ConcurrentMerge::orderIsTheirsThenMine()
{
    const Estate base = test::smallEstate();
    Estate mine = base, theirs = base;
    mine.appendComponent(test::component("nginx", "Proxy", ComponentKind::Middleware, "nginx",
                                         "1.24", nullptr, "fra"));
    theirs.appendComponent(
        test::component("redis", "Cache", ComponentKind::Database, "redis", "7.2", nullptr, "fra"));
    const Expected<ConcurrentMerge> merged = mergeConcurrentEdits(base, mine, theirs);
    QVERIFY(merged);
    QCOMPARE(merged->merged.componentCount(), base.componentCount() + 2);
    QCOMPARE(merged->merged.component(base.componentCount()).id, QStringLiteral("redis"));
    QCOMPARE(merged->merged.component(base.componentCount() + 1).id, QStringLiteral("nginx"));
}

QTEST_GUILESS_MAIN(tst_ConcurrentMerge)
#include "tst_concurrentmerge.moc"
