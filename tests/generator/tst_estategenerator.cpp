// SPDX-License-Identifier: GPL-3.0-or-later
#include "compat/Compatibility.h"
#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"
#include "planning/UpgradeOrdering.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <map>

using namespace planner;

Q_DECLARE_METATYPE(planner::GeneratorOptions)

class tst_EstateGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameEstate();
    void otherSeedOtherEstate();
    void counts_data();
    void counts();
    void layeredAndAcyclic();
    void hubs();
    void catalogCoversTargets();
    void requirementsHoldInBothStates();
    void cyclesOnRequest();
    void brokenRequirementsOnRequest();
    void tinyEstates();
    void defaultEstateUnchanged_data();
    void defaultEstateUnchanged();
    void shapes_data();
    void shapes();
    void shapeIsDeterministic_data() { shapes_data(); }
    void shapeIsDeterministic();
    void shapeIsPlannable_data() { shapes_data(); }
    void shapeIsPlannable();
    void unknownShape();
};

void tst_EstateGenerator::sameSeedSameEstate()
{
    const Estate a = generateEstate({2000, 42});
    const Estate b = generateEstate({2000, 42});
    QVERIFY(a == b);
    // A fingerprint pinned here catches a change of the random sequence across platforms and
    // library versions (the generator must not depend on std:: distributions).
    QCOMPARE(a.component(1234).id, QStringLiteral("feed-fra-00025"));
    QCOMPARE(a.component(1234).version.text(), QStringLiteral("5.2"));
    QCOMPARE(a.dependencyCount(), 6173);
}

void tst_EstateGenerator::otherSeedOtherEstate()
{
    QVERIFY(!(generateEstate({500, 1}) == generateEstate({500, 2})));
}

void tst_EstateGenerator::counts_data()
{
    QTest::addColumn<int>("components");
    QTest::newRow("1k") << 1000;
    QTest::newRow("10k") << 10000;
    QTest::newRow("100k") << 100000;
}

void tst_EstateGenerator::counts()
{
    QFETCH(int, components);
    const Estate e = generateEstate({components, 7});
    QCOMPARE(e.componentCount(), components);
    const double perComponent = double(e.dependencyCount()) / components;
    QVERIFY2(perComponent > 2.7 && perComponent < 3.3, qPrintable(QString::number(perComponent)));

    // Unique ids (the estate's index would refuse a duplicate) and no dangling references.
    QSet<QString> ids;
    for (const Component &c : e.components())
        ids.insert(c.id);
    QCOMPARE(int(ids.size()), components);
    QSet<QString> siteIds;
    for (const Site &s : e.sites)
        siteIds.insert(s.id);
    QVERIFY(siteIds.size() >= 3);
    for (const Component &c : e.components())
        QVERIFY2(siteIds.contains(c.site), qPrintable(c.id));
    for (const Dependency &d : e.dependencies()) {
        QVERIFY2(ids.contains(d.from) && ids.contains(d.to), qPrintable(d.from + u' ' + d.to));
        QVERIFY(d.from != d.to);
    }
    for (const BusinessProcess &p : e.processes)
        for (const QString &u : p.uses)
            QVERIFY2(ids.contains(u), qPrintable(u));

    // Most components have 1-5 dependencies.
    QHash<QString, int> out;
    for (const Dependency &d : e.dependencies())
        ++out[d.from];
    int oneToFive = 0;
    for (auto it = out.cbegin(); it != out.cend(); ++it)
        oneToFive += it.value() >= 1 && it.value() <= 5;
    QVERIFY(oneToFive > components * 8 / 10);

    int withTarget = 0;
    for (const Component &c : e.components())
        withTarget += c.hasUpgrade();
    QVERIFY(withTarget > components / 3);
    QVERIFY(!e.windows.isEmpty() && !e.processes.isEmpty() && !e.staff.isEmpty());
}

// Kinds from the bottom of the estate to the top; a dependency never points upwards.
static int rank(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Network:
        return 0;
    case ComponentKind::Storage:
        return 1;
    case ComponentKind::Server:
        return 2;
    case ComponentKind::Os:
        return 3;
    case ComponentKind::Database:
        return 4;
    case ComponentKind::Middleware:
    case ComponentKind::Monitoring:
        return 5;
    case ComponentKind::Api:
        return 6;
    case ComponentKind::Application:
        return 7;
    case ComponentKind::Integration:
        return 8;
    case ComponentKind::Endpoint:
        return 9;
    default:
        return -1;
    }
}

void tst_EstateGenerator::layeredAndAcyclic()
{
    const Estate e = generateEstate({10000, 3});
    for (const Dependency &d : e.dependencies()) {
        const int from = rank(e.find(d.from)->kind);
        const int to = rank(e.find(d.to)->kind);
        QVERIFY2(from > to, qPrintable(d.from + QStringLiteral(" -> ") + d.to));
    }
}

void tst_EstateGenerator::hubs()
{
    const Estate e = generateEstate({100000, 1});
    QHash<QString, int> in;
    for (const Dependency &d : e.dependencies())
        ++in[d.to];
    QList<int> counts = in.values();
    std::sort(counts.begin(), counts.end(), std::greater<>());
    QVERIFY2(counts.size() > 10 && counts[0] >= 2000 && counts[4] >= 1000,
             qPrintable(QString::number(counts.value(0))));
    const int dependencies = e.dependencyCount();
    QVERIFY2(dependencies > 270000 && dependencies < 330000,
             qPrintable(QString::number(dependencies)));
}

void tst_EstateGenerator::catalogCoversTargets()
{
    const Estate e = generateEstate({3000, 5});
    QHash<QString, QList<Version>> releases;
    QSet<QString> withRules;
    bool stops = false;
    for (const CatalogEntry &entry : e.catalog) {
        releases[entry.product] += entry.releases;
        stops = stops || !entry.stops.isEmpty();
        if (!entry.requirements.isEmpty())
            withRules.insert(entry.product);
    }
    QVERIFY(stops);
    QVERIFY(withRules.contains(QStringLiteral("ledger")));
    QVERIFY(withRules.contains(QStringLiteral("postgresql")));
    int ranged = 0;
    for (const Dependency &d : e.dependencies())
        ranged += d.requirement.has_value();
    QVERIFY(ranged > 0);
    for (const Component &c : e.components()) {
        if (!c.target)
            continue;
        QVERIFY2(releases.value(c.product).contains(*c.target), qPrintable(c.id));
        QVERIFY2(*c.target > c.version, qPrintable(c.id));
    }
}

// Every catalog rule and dependency range holds in the current and in the target state.
void tst_EstateGenerator::requirementsHoldInBothStates()
{
    const Estate e = generateEstate({5000, 11});
    int checked = 0;
    for (const Dependency &d : e.dependencies()) {
        const Component *from = e.find(d.from);
        const Component *to = e.find(d.to);
        for (int state = 0; state < 2; ++state) {
            const Version &vf = state ? from->finalVersion() : from->version;
            const Version &vt = state ? to->finalVersion() : to->version;
            if (d.requirement)
                QVERIFY(d.requirement->contains(vt));
            for (const CatalogEntry &entry : e.catalog) {
                if (entry.product != from->product || (entry.when && !entry.when->contains(vf)))
                    continue;
                for (const ProductRequirement &r : entry.requirements) {
                    if (r.product != to->product)
                        continue;
                    ++checked;
                    QVERIFY2(r.range.contains(vt),
                             qPrintable(
                                 QStringLiteral("%1 %2 needs %3 %4, has %5")
                                     .arg(d.from, vf.text(), d.to, r.range.text(), vt.text())));
                }
            }
        }
    }
    QVERIFY(checked > 1000);
}

void tst_EstateGenerator::cyclesOnRequest()
{
    const Estate plain = generateEstate({2000, 9});
    const Estate cyclic = generateEstate({2000, 9, 3});
    QCOMPARE(cyclic.dependencyCount(), plain.dependencyCount() + 3);
    QSet<QPair<QString, QString>> edges;
    for (const Dependency &d : cyclic.dependencies())
        edges.insert({d.from, d.to});
    int mutual = 0;
    for (const auto &[from, to] : edges)
        mutual += edges.contains({to, from});
    QCOMPARE(mutual, 6);
}

void tst_EstateGenerator::brokenRequirementsOnRequest()
{
    const Estate e = generateEstate({2000, 9, 0, 4});
    int broken = 0;
    for (const Dependency &d : e.dependencies())
        if (d.requirement && !d.requirement->contains(e.find(d.to)->finalVersion()))
            ++broken;
    QCOMPARE(broken, 4);
}

void tst_EstateGenerator::tinyEstates()
{
    for (int n : {0, 1, 5, 20, 50}) {
        const Estate e = generateEstate({n, 1});
        QCOMPARE(e.componentCount(), n);
        for (const Dependency &d : e.dependencies())
            QVERIFY(e.find(d.from) && e.find(d.to));
    }
}

void tst_EstateGenerator::defaultEstateUnchanged_data()
{
    QTest::addColumn<GeneratorOptions>("options");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("2k seed 42") << GeneratorOptions{
        2000, 42} << QByteArray("d8f39e71d3ba52849b49d9da84b84b41bbc2e96443447e3780810d75e60af6af");
    QTest::newRow("20k seed 1") << GeneratorOptions{
        20000, 1} << QByteArray("6bca2d864c8df4e021eefc0da81070c2722efb75089e222d26add1695bff80e1");
    QTest::newRow("100k seed 7") << GeneratorOptions{
        100000, 7} << QByteArray("8fa3974d30a8360f2045b5f355dc4ff89e92b1b51dffd62f4da81987e4e4bdab");
    QTest::newRow("cycles, broken")
        << GeneratorOptions{3000, 9, 3, 4}
        << QByteArray("8ab87eb7463b44bc11442ecbb0c002e9a5da74245d7e3328f2745ced03b44a26");
}

// The shape options leave the default estate as it was, byte for byte: tests and benchmarks
// everywhere rely on it. The digests were taken before the options existed.
void tst_EstateGenerator::defaultEstateUnchanged()
{
    QFETCH(GeneratorOptions, options);
    QFETCH(QByteArray, digest);
    const QByteArray json = writeEstateJson(generateEstate(options));
    QCOMPARE(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex(), digest);
}

// The releases the catalog lists, per product, ascending.
static std::map<QString, std::vector<Version>> catalogReleases(const Estate &e)
{
    std::map<QString, std::vector<Version>> releases;
    for (const CatalogEntry &entry : e.catalog)
        releases[entry.product].insert(releases[entry.product].end(), entry.releases.begin(),
                                       entry.releases.end());
    for (auto &[product, list] : releases)
        std::sort(list.begin(), list.end());
    return releases;
}

// How many versions a component climbs through: current, every listed release between, target.
static int ladderLength(const Component &c, const std::map<QString, std::vector<Version>> &releases)
{
    if (!c.hasUpgrade())
        return 1;
    const auto it = releases.find(c.product);
    if (it == releases.end())
        return 2;
    const auto &list = it->second;
    const auto first = std::upper_bound(list.begin(), list.end(), c.version);
    const auto last = std::lower_bound(list.begin(), list.end(), *c.target);
    return 2 + int(std::max<std::ptrdiff_t>(0, last - first));
}

void tst_EstateGenerator::shapes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("components");
    QTest::newRow("default") << QStringLiteral("default") << 3000;
    QTest::newRow("long-ladders") << QStringLiteral("long-ladders") << 3000;
    QTest::newRow("many-stops") << QStringLiteral("many-stops") << 3000;
    QTest::newRow("hub") << QStringLiteral("hub") << 4000;
}

// Each shape has the figures it is named for.
void tst_EstateGenerator::shapes()
{
    QFETCH(QString, shape);
    QFETCH(int, components);
    const auto options = shapeOptions(shape, components);
    QVERIFY(options);
    QVERIFY(shapeNames().contains(shape));
    const Estate e = generateEstate(*options);
    QCOMPARE(e.componentCount(), components);

    const auto releases = catalogReleases(e);
    QHash<QString, int> perProduct;
    QHash<QString, QSet<QString>> versions;
    int moving = 0;
    int longest = 0;
    std::vector<int> ladders; // of the moving components of the most common product
    QString mostCommon;
    for (const Component &c : e.components())
        if (++perProduct[c.product] > perProduct.value(mostCommon))
            mostCommon = c.product;
    for (const Component &c : e.components()) {
        versions[c.product].insert(c.version.text());
        if (!c.hasUpgrade())
            continue;
        ++moving;
        // Every version in use is a catalog release, so that ladders and rules apply to it.
        const auto &list = releases.at(c.product);
        QVERIFY2(std::binary_search(list.begin(), list.end(), c.version), qPrintable(c.id));
        QVERIFY2(std::binary_search(list.begin(), list.end(), *c.target), qPrintable(c.id));
        QVERIFY2(c.version < *c.target, qPrintable(c.id));
        const int ladder = ladderLength(c, releases);
        longest = std::max(longest, ladder);
        if (c.product == mostCommon)
            ladders.push_back(ladder);
    }
    std::sort(ladders.begin(), ladders.end());
    const int medianLadder = ladders.empty() ? 0 : ladders[ladders.size() / 2];
    int ranged = 0;
    for (const Dependency &d : e.dependencies())
        ranged += d.requirement.has_value();
    int stops = 0;
    for (const CatalogEntry &entry : e.catalog)
        stops += int(entry.stops.size());
    QHash<QString, int> in;
    for (const Dependency &d : e.dependencies())
        ++in[d.to];
    int mostDependents = 0;
    for (int n : std::as_const(in))
        mostDependents = std::max(mostDependents, n);
    const QString figures = QStringLiteral("%1 products, %2 moving, %3/%4 ranged, ladders "
                                           "of %9 median %5, longest %6, %7 stops, most "
                                           "dependents %8, %10 versions of %9")
                                .arg(perProduct.size())
                                .arg(moving)
                                .arg(ranged)
                                .arg(e.dependencyCount())
                                .arg(medianLadder)
                                .arg(longest)
                                .arg(stops)
                                .arg(mostDependents)
                                .arg(mostCommon)
                                .arg(versions.value(mostCommon).size());
    qInfo("%s: %s", qPrintable(shape), qPrintable(figures));

    if (shape == u"default") {
        QCOMPARE(longest, 4);
        QCOMPARE(stops, 4); // GitLab's own
    } else if (shape == u"long-ladders") {
        QCOMPARE(perProduct.size(), 24);
        QCOMPARE(mostCommon, QStringLiteral("postgresql"));
        QCOMPARE(perProduct.value(mostCommon), components / 5);
        QVERIFY2(versions.value(QStringLiteral("postgresql")).size() >= 200, qPrintable(figures));
        QCOMPARE(releases.at(QStringLiteral("postgresql")).size(), size_t(7 * 300));
        QVERIFY2(moving > components / 4 && moving < components * 35 / 100, qPrintable(figures));
        QVERIFY2(ranged > e.dependencyCount() * 85 / 100, qPrintable(figures));
        QVERIFY2(medianLadder >= 300 && longest >= 1000, qPrintable(figures));
    } else if (shape == u"many-stops") {
        // Two stops per line (the fifth and the tenth patch) of every product with lines.
        int lines = 0;
        for (const auto &[product, list] : releases)
            if (list.size() >= 10)
                lines += int(list.size()) / 10;
        QCOMPARE(stops, 2 * lines + 4);
        QVERIFY2(versions.value(QStringLiteral("postgresql")).size() >= 6, qPrintable(figures));
        QCOMPARE(releases.at(QStringLiteral("postgresql")).size(), size_t(7 * 10));
        QVERIFY2(longest > 30 && medianLadder >= 15, qPrintable(figures));
    } else if (shape == u"hub") {
        QCOMPARE(mostDependents, components / 2);
    }
}

void tst_EstateGenerator::shapeIsDeterministic()
{
    QFETCH(QString, shape);
    QFETCH(int, components);
    const Estate a = generateEstate(*shapeOptions(shape, components, 5));
    QVERIFY(a == generateEstate(*shapeOptions(shape, components, 5)));
    QVERIFY(!(a == generateEstate(*shapeOptions(shape, components, 6))));
    if (shape != u"default")
        QVERIFY(!(a == generateEstate({components, 5})));
}

// Every shape is as plannable as the default estate: the current and target states satisfy
// every requirement, the pairwise intermediate search finds a way, and the ordering moves every
// component to its target through every required stop, without groups or blocked steps.
void tst_EstateGenerator::shapeIsPlannable()
{
    QFETCH(QString, shape);
    QFETCH(int, components);
    const Estate e = generateEstate(*shapeOptions(shape, components));
    for (const Conflict &c : checkCompatibility(e)) {
        const bool structural = c.type == QLatin1String(conflicttype::unsatisfiedRequirement)
                                || c.type == QLatin1String(conflicttype::noUpgradePath)
                                || c.type == QLatin1String(conflicttype::dependencyCycle)
                                || c.type == QLatin1String(conflicttype::unknownReference);
        QVERIFY2(!structural, qPrintable(c.key + u' ' + c.message));
    }

    const UpgradePlan plan = orderUpgrade(e);
    QVERIFY2(plan.blocked.isEmpty(), qPrintable(plan.blocked.value(0).reason));
    QVERIFY(plan.groups.isEmpty());
    QHash<QString, QList<const PlanStep *>> steps;
    for (const PlanStep &s : plan.steps)
        steps[s.component].append(&s);
    QHash<QString, QList<Version>> stops;
    for (const CatalogEntry &entry : e.catalog)
        stops[entry.product] += entry.stops;
    int stopsPassed = 0;
    for (const Component &c : e.components()) {
        const auto &mine = steps.value(c.id);
        if (!c.hasUpgrade()) {
            QVERIFY(mine.isEmpty());
            continue;
        }
        QVERIFY2(!mine.isEmpty() && mine.last()->to == *c.target, qPrintable(c.id));
        for (const Version &stop : stops.value(c.product)) {
            if (!(c.version < stop && stop < *c.target))
                continue;
            QVERIFY2(std::any_of(mine.begin(), mine.end(),
                                 [&](const PlanStep *s) { return s->to == stop; }),
                     qPrintable(c.id + u' ' + stop.text()));
            ++stopsPassed;
        }
    }
    if (shape == u"many-stops")
        QVERIFY2(stopsPassed > components / 2, qPrintable(QString::number(stopsPassed)));
}

void tst_EstateGenerator::unknownShape()
{
    QVERIFY(!shapeOptions(QStringLiteral("no-such-shape"), 1000));
    QCOMPARE(shapeNames().size(), 4);
    for (const QString &name : shapeNames())
        QVERIFY(shapeOptions(name, 1000));
}

QTEST_GUILESS_MAIN(tst_EstateGenerator)
#include "tst_estategenerator.moc"
