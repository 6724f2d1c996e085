// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator/EstateGenerator.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace planner;

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
    case ComponentKind::Network: return 0;
    case ComponentKind::Storage: return 1;
    case ComponentKind::Server: return 2;
    case ComponentKind::Os: return 3;
    case ComponentKind::Database: return 4;
    case ComponentKind::Middleware:
    case ComponentKind::Monitoring: return 5;
    case ComponentKind::Api: return 6;
    case ComponentKind::Application: return 7;
    case ComponentKind::Integration: return 8;
    case ComponentKind::Endpoint: return 9;
    default: return -1;
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
    QVERIFY2(dependencies > 270000 && dependencies < 330000, qPrintable(QString::number(dependencies)));
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
                             qPrintable(QStringLiteral("%1 %2 needs %3 %4, has %5")
                                            .arg(d.from, vf.text(), d.to, r.range.text(),
                                                 vt.text())));
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

QTEST_GUILESS_MAIN(tst_EstateGenerator)
#include "tst_estategenerator.moc"
