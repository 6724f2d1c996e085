// SPDX-License-Identifier: GPL-3.0-or-later
// Long release ladders (hundreds of catalog releases between current and target, stops beyond
// the 64th) against references written the slow, obvious way: every range evaluated version by
// version, and the intermediate state searched position by position as the check did before it
// searched over segments. Random estates, fixed seeds.
#include "compat/Compatibility.h"
#include "compat/RequirementChecker.h"
#include "inventory/Estate.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <deque>

using namespace planner;

namespace {

Version release(int major, int minor)
{
    return Version::fromNumbers({std::uint64_t(major), std::uint64_t(minor)});
}

// "1.0" ... : @p count releases over a few majors, ascending.
std::vector<Version> releases(int count)
{
    std::vector<Version> out;
    for (int i = 0; i < count; ++i)
        out.push_back(release(1 + i / 40, i % 40));
    return out;
}

// A random range over @p ladder's versions: every operator, alternatives, wildcards.
QString randomRange(QRandomGenerator &random, const std::vector<Version> &ladder)
{
    const auto pick = [&] { return ladder[size_t(random.bounded(int(ladder.size())))].text(); };
    QStringList alternatives;
    const int count = random.bounded(10) == 0 ? 2 : 1;
    for (int a = 0; a < count; ++a) {
        switch (random.bounded(7)) {
        case 0: {
            QString low = pick(), high = pick();
            if (*Version::parse(high) < *Version::parse(low))
                std::swap(low, high);
            alternatives << QStringLiteral(">=%1 <%2").arg(low, high);
            break;
        }
        case 1:
            alternatives << QStringLiteral(">%1").arg(pick());
            break;
        case 2:
            alternatives << QStringLiteral("<=%1").arg(pick());
            break;
        case 3:
            alternatives << QStringLiteral("=%1").arg(pick());
            break;
        case 4:
            alternatives << QStringLiteral("%1.x").arg(1 + random.bounded(8));
            break;
        case 5:
            alternatives << QStringLiteral("~%1").arg(pick());
            break;
        default:
            alternatives << QStringLiteral(">=%1").arg(pick());
        }
    }
    return alternatives.join(QStringLiteral(" || "));
}

Component component(const QString &id, const QString &product, const Version &version,
                    const Version &target)
{
    Component c;
    c.id = id;
    c.name = id;
    c.product = product;
    c.version = version;
    if (!(target == version))
        c.target = target;
    return c;
}

// Two products with @p sizes releases each (stops at random), @p pairs components of each
// moving across most of their ladder, random dependencies with ranges and random catalog
// rules between the products.
Estate randomEstate(quint32 seed, int sizeA, int sizeB, int pairs, int stopPercent)
{
    QRandomGenerator random(seed);
    Estate estate;
    estate.project.start = QDate(2027, 1, 9);
    const std::array<std::vector<Version>, 2> ladders{releases(sizeA), releases(sizeB)};
    const std::array<QString, 2> products{QStringLiteral("app"), QStringLiteral("db")};
    for (int p = 0; p < 2; ++p) {
        CatalogEntry entry;
        entry.product = products[size_t(p)];
        for (const Version &v : ladders[size_t(p)]) {
            entry.releases.append(v);
            if (random.bounded(100) < stopPercent)
                entry.stops.append(v);
        }
        estate.catalog.append(entry);
    }
    const auto addRule = [&](const QString &when, const QString &range) {
        CatalogEntry rule;
        rule.product = products[0];
        if (!when.isEmpty())
            rule.when = VersionRange::parse(when);
        rule.requirements.append({products[1], *VersionRange::parse(range)});
        estate.catalog.append(rule);
    };
    // Half the estates: rules of any shape. The other half: a staircase, "from release X on,
    // the database must be at Y or later" and "before X', it must be before Y'", which leaves
    // both ends clean more often and blocks the way between when the steps cross.
    if (seed % 2 == 0) {
        for (int r = 0; r < 2; ++r)
            addRule(random.bounded(3) != 0 ? randomRange(random, ladders[0]) : QString(),
                    randomRange(random, ladders[1]));
    } else {
        const auto middle = [&](int p) {
            const auto &ladder = ladders[size_t(p)];
            const int size = int(ladder.size());
            return ladder[size_t(size / 4 + random.bounded(size / 2))].text();
        };
        addRule(QStringLiteral(">=") + middle(0), QStringLiteral(">=") + middle(1));
        addRule(QStringLiteral("<") + middle(0), QStringLiteral("<") + middle(1));
    }
    for (int i = 0; i < pairs; ++i) {
        for (int p = 0; p < 2; ++p) {
            const auto &ladder = ladders[size_t(p)];
            const int size = int(ladder.size());
            const int from = random.bounded(size / 4 + 1);
            const int to = std::max(from, size - 1 - random.bounded(size / 4 + 1));
            estate.appendComponent(
                component(QStringLiteral("%1-%2").arg(products[size_t(p)]).arg(i),
                          products[size_t(p)], ladder[size_t(from)], ladder[size_t(to)]));
        }
        Dependency d;
        d.from = QStringLiteral("app-%1").arg(i);
        d.to = QStringLiteral("db-%1").arg(i);
        if (random.bounded(seed % 2 == 0 ? 2 : 5) == 0)
            d.requirement = VersionRange::parse(randomRange(random, ladders[1]));
        estate.appendDependency(d);
        if (random.bounded(seed % 2 == 0 ? 4 : 10) == 0) { // and the other way round
            Dependency back;
            back.from = d.to;
            back.to = d.from;
            back.requirement = VersionRange::parse(randomRange(random, ladders[0]));
            estate.appendDependency(back);
        }
    }
    return estate;
}

// Dependency rows broken in @p state, each with the catalog rule (-1: its own range), judged
// by evaluating every range version by version.
QSet<QPair<int, int>> brokenByHand(const Estate &estate, const RequirementChecker &checker,
                                   const RequirementChecker::State &state)
{
    QSet<QPair<int, int>> out;
    const auto &rules = checker.catalog().rules();
    for (int row = 0; row < estate.dependencyCount(); ++row) {
        const Dependency &d = estate.dependency(row);
        const int from = estate.indexOf(d.from);
        const int to = estate.indexOf(d.to);
        const Version &a = *state[size_t(from)];
        const Version &b = *state[size_t(to)];
        if (d.requirement && !d.requirement->contains(b))
            out.insert({row, -1});
        for (int r = 0; r < int(rules.size()); ++r) {
            const CatalogRule &rule = rules[size_t(r)];
            if (rule.product != estate.component(from).product
                || rule.requiredProduct != estate.component(to).product)
                continue;
            if ((!rule.when || rule.when->contains(a)) && !rule.range.contains(b))
                out.insert({row, r});
        }
    }
    return out;
}

// The check's search before segments: every position pair, moves up to the next stop found by
// scanning. True when the pair of components can reach their targets.
bool reachableByGrid(const RequirementChecker &checker, int a, int b)
{
    std::vector<int> constraints;
    for (int k : checker.constraintsOf(a)) {
        const auto &c = checker.constraints()[size_t(k)];
        if ((c.dependent == a && c.dependency == b) || (c.dependent == b && c.dependency == a))
            constraints.push_back(k);
    }
    const int sizeA = checker.ladderSize(a);
    const int sizeB = checker.ladderSize(b);
    const auto version = [&](int component, int i, int j) {
        return checker.versionAt(component, component == a ? i : j);
    };
    const auto clean = [&](int i, int j) {
        for (int k : constraints) {
            const auto &c = checker.constraints()[size_t(k)];
            if (!checker.holds(k, version(c.dependent, i, j), version(c.dependency, i, j)))
                return false;
        }
        return true;
    };
    const auto reach = [&](int component, int position) {
        const int last = checker.ladderSize(component) - 1;
        for (int p = position + 1; p < last; ++p)
            if (checker.isStop(component, p))
                return p;
        return last;
    };
    std::vector<char> seen(size_t(sizeA) * size_t(sizeB), 0);
    std::deque<std::pair<int, int>> queue{{0, 0}};
    seen[0] = 1;
    while (!queue.empty()) {
        const auto [i, j] = queue.front();
        queue.pop_front();
        if (i == sizeA - 1 && j == sizeB - 1)
            return true;
        const auto visit = [&](int ni, int nj) {
            char &mark = seen[size_t(ni) * size_t(sizeB) + size_t(nj)];
            if (!mark && clean(ni, nj)) {
                mark = 1;
                queue.push_back({ni, nj});
            }
        };
        for (int ni = i + 1; ni <= reach(a, i); ++ni)
            visit(ni, j);
        for (int nj = j + 1; nj <= reach(b, j); ++nj)
            visit(i, nj);
    }
    return false;
}

} // namespace

class tst_LongLadders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopsBeyondTheSixtyFourth();
    void violationsMatchTheRanges_data();
    void violationsMatchTheRanges();
    void intermediateMatchesTheGrid_data();
    void intermediateMatchesTheGrid();
};

void tst_LongLadders::stopsBeyondTheSixtyFourth()
{
    Estate estate;
    const auto ladder = releases(300);
    CatalogEntry entry;
    entry.product = QStringLiteral("fw");
    for (const Version &v : ladder)
        entry.releases.append(v);
    entry.stops = {ladder[10], ladder[100], ladder[250]};
    estate.catalog.append(entry);
    estate.appendComponent(component(QStringLiteral("fw-1"), entry.product, ladder[5], ladder[299]));
    const RequirementChecker checker(estate);
    QCOMPARE(checker.ladderSize(0), 295);
    QVERIFY(checker.isStop(0, 5));
    QVERIFY(checker.isStop(0, 95));
    QVERIFY(checker.isStop(0, 245));
    QVERIFY(!checker.isStop(0, 96));
    QVERIFY(checker.hasInnerStop(0));
    QCOMPARE(checker.reach(0, 0), 5);
    QCOMPARE(checker.reach(0, 5), 95);
    QCOMPARE(checker.reach(0, 100), 245);
    QCOMPARE(checker.reach(0, 245), 294);
}

void tst_LongLadders::violationsMatchTheRanges_data()
{
    QTest::addColumn<int>("sizeA");
    QTest::addColumn<int>("sizeB");
    QTest::newRow("short ladders, tabulated") << 20 << 30;
    QTest::newRow("one long") << 20 << 200;
    QTest::newRow("both long") << 150 << 300;
}

void tst_LongLadders::violationsMatchTheRanges()
{
    QFETCH(int, sizeA);
    QFETCH(int, sizeB);
    for (quint32 seed = 1; seed <= 30; ++seed) {
        const Estate estate = randomEstate(seed, sizeA, sizeB, 40, 3);
        const RequirementChecker checker(estate);
        QRandomGenerator random(seed * 7);
        for (int s = 0; s < 20; ++s) {
            RequirementChecker::State state = checker.currentState();
            for (int c = 0; c < estate.componentCount(); ++c)
                state[size_t(c)] = checker.versionAt(c, random.bounded(checker.ladderSize(c)));
            QSet<QPair<int, int>> found;
            for (const Violation &v : checker.allViolations(state)) {
                const auto &c = checker.constraints()[size_t(v.constraint)];
                found.insert({c.dependencyRow, c.rule});
            }
            QCOMPARE(found, brokenByHand(estate, checker, state));
        }
    }
}

void tst_LongLadders::intermediateMatchesTheGrid_data()
{
    QTest::addColumn<int>("sizeA");
    QTest::addColumn<int>("sizeB");
    QTest::addColumn<int>("stopPercent");
    QTest::newRow("short, no stops") << 12 << 16 << 0;
    QTest::newRow("short, stops") << 12 << 16 << 20;
    QTest::newRow("long, few stops") << 90 << 160 << 2;
    QTest::newRow("long, many stops") << 120 << 140 << 25;
}

void tst_LongLadders::intermediateMatchesTheGrid()
{
    QFETCH(int, sizeA);
    QFETCH(int, sizeB);
    QFETCH(int, stopPercent);
    int blocked = 0;
    int clear = 0;
    for (quint32 seed = 1; seed <= 60; ++seed) {
        const Estate estate = randomEstate(seed, sizeA, sizeB, 12, stopPercent);
        const RequirementChecker checker(estate);
        CheckOptions options;
        options.states = CheckOptions::IntermediateState;
        QSet<QString> reported;
        for (const Conflict &c : checkCompatibility(estate, checker, options))
            if (c.type == QLatin1String("unsatisfied-requirement"))
                reported.insert(c.components.join(u','));
        const auto current = checker.currentState();
        const auto target = checker.targetState();
        for (int i = 0; i < estate.componentCount(); i += 2) {
            const int a = i;
            const int b = i + 1;
            // Pairs broken today or at the end are reported in those states, not here.
            bool endsBroken = false;
            for (int k : checker.constraintsOf(a))
                endsBroken = endsBroken || !checker.holds(k, current) || !checker.holds(k, target);
            if (endsBroken || checker.constraintsOf(a).empty())
                continue;
            const bool expected = !reachableByGrid(checker, a, b);
            const QString key = estate.component(a).id + u',' + estate.component(b).id;
            QVERIFY2(reported.contains(key) == expected,
                     qPrintable(QStringLiteral("seed %1, %2: grid says %3")
                                    .arg(seed)
                                    .arg(key, expected ? u"blocked" : u"reachable")));
            ++(expected ? blocked : clear);
        }
    }
    // The random estates must exercise both answers, or the comparison proves nothing.
    QVERIFY2(blocked > 10 && clear > 10,
             qPrintable(QStringLiteral("%1 blocked, %2 clear").arg(blocked).arg(clear)));
}

QTEST_GUILESS_MAIN(tst_LongLadders)
#include "tst_longladders.moc"
