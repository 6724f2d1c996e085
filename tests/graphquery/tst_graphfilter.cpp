// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's filters and impact view as pure functions of the estate: which components the
// "what depends on / is needed by the selection" view and the kind, site and criticality
// filters let through.
#include "GraphEstate.h"
#include "graphquery/GraphFilter.h"
#include "graphquery/ImpactSet.h"

#include <QTest>

using namespace planner;

Q_DECLARE_METATYPE(planner::ImpactDirection)

namespace {

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QStringList shown(const Estate &estate, const QList<bool> &visible)
{
    QStringList ids;
    for (int i = 0; i < estate.componentCount(); ++i)
        if (visible[i])
            ids.append(estate.component(i).id);
    return sorted(ids);
}

} // namespace

class TestGraphFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void impactSet_data();
    void impactSet();
    void impactSetFollowsCyclesOnce();
    void dependencyChain_data();
    void dependencyChain();
    void filter_data();
    void filter();
    void impactWithoutSelectionShowsEverything();
};

void TestGraphFilter::impactSet_data()
{
    QTest::addColumn<QStringList>("seeds");
    QTest::addColumn<ImpactDirection>("direction");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("what breaks if db goes") << QStringList{"db"} << ImpactDirection::Dependents
                                            << QStringList{"api", "batch", "db", "web"};
    QTest::newRow("what the api needs") << QStringList{"api"} << ImpactDirection::Dependencies
                                        << QStringList{"api", "db", "mq", "os1", "os2"};
    QTest::newRow("both ways around mq") << QStringList{"mq"} << ImpactDirection::Both
                                         << QStringList{"api", "batch", "mq", "os2", "web"};
    QTest::newRow("a top component has no dependents")
        << QStringList{"web"} << ImpactDirection::Dependents << QStringList{"web"};
    QTest::newRow("two seeds") << QStringList{"os1", "os2"} << ImpactDirection::Dependents
                               << QStringList{"api", "batch", "db", "mq", "os1", "os2", "web"};
    QTest::newRow("an isolated component")
        << QStringList{"lonely"} << ImpactDirection::Both << QStringList{"lonely"};
    QTest::newRow("unknown ids are ignored")
        << QStringList{"nope", "os2"} << ImpactDirection::Dependencies << QStringList{"os2"};
}

void TestGraphFilter::impactSet()
{
    QFETCH(QStringList, seeds);
    QFETCH(ImpactDirection, direction);
    QFETCH(QStringList, expected);
    const QSet<QString> got = planner::impactSet(graphtest::smallEstate(), seeds, direction);
    QCOMPARE(sorted(QStringList(got.cbegin(), got.cend())), expected);
}

void TestGraphFilter::impactSetFollowsCyclesOnce()
{
    Estate estate = graphtest::smallEstate();
    estate.appendDependency(graphtest::dependency("os1", "web")); // closes web -> api -> db -> os1
    estate.appendDependency(graphtest::dependency("api", "ghost")); // names no component
    const QSet<QString> got = planner::impactSet(estate, {"db"}, ImpactDirection::Dependents);
    QCOMPARE(sorted(QStringList(got.cbegin(), got.cend())),
             (QStringList{"api", "batch", "db", "os1", "web"}));
}

void TestGraphFilter::filter_data()
{
    QTest::addColumn<QVariant>("kind"); // int or invalid
    QTest::addColumn<QString>("site");
    QTest::addColumn<QVariant>("criticality");
    QTest::addColumn<QVariant>("impact");
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{"api", "batch", "db", "lonely", "mq", "os1", "os2", "web"};
    QTest::newRow("no filter") << QVariant() << QString() << QVariant() << QVariant()
                               << QStringList{"db"} << all;
    QTest::newRow("applications") << QVariant(int(ComponentKind::Application)) << QString()
                                  << QVariant() << QVariant() << QStringList()
                                  << QStringList{"batch", "web"};
    QTest::newRow("Berlin") << QVariant() << QStringLiteral("ber") << QVariant() << QVariant()
                            << QStringList() << QStringList{"batch", "lonely", "mq", "os2"};
    QTest::newRow("high or critical")
        << QVariant() << QString() << QVariant(int(Criticality::High)) << QVariant()
        << QStringList() << QStringList{"api", "db", "web"};
    QTest::newRow("Frankfurt, at least medium")
        << QVariant() << QStringLiteral("fra") << QVariant(int(Criticality::Medium)) << QVariant()
        << QStringList() << QStringList{"api", "db", "web"};
    QTest::newRow("impact of db, Berlin only")
        << QVariant() << QStringLiteral("ber") << QVariant()
        << QVariant(int(ImpactDirection::Dependents)) << QStringList{"db"} << QStringList{"batch"};
    QTest::newRow("what os2 is needed by")
        << QVariant() << QString() << QVariant() << QVariant(int(ImpactDirection::Dependents))
        << QStringList{"os2"} << QStringList{"api", "batch", "mq", "os2", "web"};
}

void TestGraphFilter::filter()
{
    QFETCH(QVariant, kind);
    QFETCH(QString, site);
    QFETCH(QVariant, criticality);
    QFETCH(QVariant, impact);
    QFETCH(QStringList, selection);
    QFETCH(QStringList, expected);

    GraphFilter filter;
    if (kind.isValid())
        filter.kind = ComponentKind(kind.toInt());
    filter.site = site;
    if (criticality.isValid())
        filter.minimumCriticality = Criticality(criticality.toInt());
    if (impact.isValid())
        filter.impact = ImpactDirection(impact.toInt());
    const Estate estate = graphtest::smallEstate();
    QCOMPARE(shown(estate, visibleComponents(estate, filter, selection)), expected);
}

void TestGraphFilter::impactWithoutSelectionShowsEverything()
{
    GraphFilter filter;
    filter.impact = ImpactDirection::Both;
    const Estate estate = graphtest::smallEstate();
    QCOMPARE(shown(estate, visibleComponents(estate, filter, {})).size(), 8);
}

void TestGraphFilter::dependencyChain_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("chain");
    QTest::newRow("down the dependencies") << "web"
                                           << "os1" << QStringList{"web", "api", "db", "os1"};
    QTest::newRow("asked upwards, given in dependency order")
        << "os2"
        << "batch" << QStringList{"batch", "mq", "os2"};
    QTest::newRow("the shortest") << "api"
                                  << "os2" << QStringList{"api", "mq", "os2"};
    QTest::newRow("siblings are not linked") << "web"
                                             << "batch" << QStringList{};
    QTest::newRow("no dependency at all") << "lonely"
                                          << "db" << QStringList{};
}

// The "Find path" of the graph's context menu.
void TestGraphFilter::dependencyChain()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, chain);
    QCOMPARE(planner::dependencyChain(graphtest::smallEstate(), from, to), chain);
}

QTEST_GUILESS_MAIN(TestGraphFilter)
#include "tst_graphfilter.moc"
