// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutChecks.h"

#include "inventory/Estate.h"
#include "layout/LayoutJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;
using namespace layouttest;

class tst_EstateLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nodeSizeGrowsWithText_data();
    void nodeSizeGrowsWithText();
    void layoutOfEstate();
    void unknownComponentsAreSkipped();
    void manualPositionsComeFromTheEstate();
    void json();

private:
    static Estate bank();
};

// A small bank: two sites, an application on middleware and a database, all on servers.
Estate tst_EstateLayout::bank()
{
    Estate e;
    e.sites = {{QStringLiteral("dc1"), QStringLiteral("Frankfurt")},
               {QStringLiteral("dc2"), QStringLiteral("Dublin")}};
    const auto add = [&](const char *id, const char *name, const char *site, const char *version) {
        Component c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromLatin1(name);
        c.site = QString::fromLatin1(site);
        c.version = *Version::parse(QString::fromLatin1(version));
        QVERIFY(e.appendComponent(c));
    };
    add("ledger", "Core ledger", "dc1", "4.2");
    add("pg", "PostgreSQL", "dc1", "12.4");
    add("jvm", "Java runtime", "dc1", "11.0.2");
    add("srv1", "rhel-prod-01", "dc1", "8.6");
    add("srv2", "rhel-prod-02", "dc2", "8.6");
    add("backup", "Backup agent", "dc2", "7.1");
    add("ldap", "Directory", "", "2.4");
    const auto dep = [&](const char *from, const char *to) {
        Dependency d;
        d.from = QString::fromLatin1(from);
        d.to = QString::fromLatin1(to);
        e.appendDependency(d);
    };
    dep("ledger", "pg");
    dep("ledger", "jvm");
    dep("pg", "srv1");
    dep("jvm", "srv1");
    dep("backup", "srv1");
    dep("backup", "srv2");
    dep("ledger", "ldap");
    return e;
}

void tst_EstateLayout::nodeSizeGrowsWithText_data()
{
    QTest::addColumn<QString>("shorter");
    QTest::addColumn<QString>("longer");
    QTest::newRow("name") << "pg"
                          << "PostgreSQL primary cluster";
    QTest::newRow("version line") << "12"
                                  << "12.4 \u2192 15.2";
}

void tst_EstateLayout::nodeSizeGrowsWithText()
{
    QFETCH(QString, shorter);
    QFETCH(QString, longer);
    QVERIFY(estimatedNodeSize(longer, QString()).width()
            > estimatedNodeSize(shorter, QString()).width());
    QVERIFY(estimatedNodeSize(QStringLiteral("x"), longer).width()
            > estimatedNodeSize(QStringLiteral("x"), shorter).width());
    // Two lines are taller than one; a very long name is capped (the view elides it).
    QVERIFY(estimatedNodeSize(shorter, longer).height() > estimatedNodeSize(shorter, {}).height());
    QCOMPARE(estimatedNodeSize(QString(500, QLatin1Char('m')), {}).width(),
             estimatedNodeSize(QString(900, QLatin1Char('m')), {}).width());
}

void tst_EstateLayout::layoutOfEstate()
{
    const Estate e = bank();
    LayoutOptions options;
    options.groupBySite = true;
    const LayoutResult r = layoutEstate(e, options);
    QCOMPARE(r.nodes.size(), e.componentCount());
    QCOMPARE(r.edges.size(), e.dependencyCount());
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(firstOverlap(r), QString());
    QCOMPARE(firstRouteThroughNode(r), QString());
    // Dependents above what they depend on: the ledger above its database, that above its server.
    QVERIFY(r.nodes[e.indexOf(QStringLiteral("ledger"))].layer
            < r.nodes[e.indexOf(QStringLiteral("pg"))].layer);
    QVERIFY(r.nodes[e.indexOf(QStringLiteral("pg"))].layer
            < r.nodes[e.indexOf(QStringLiteral("srv1"))].layer);
    // Sites as boxes, by name; the component without a site gets a box of its own.
    QStringList labels;
    for (const GroupBox &g : r.groups)
        labels.append(g.label);
    QVERIFY(labels.contains(QStringLiteral("Frankfurt")));
    QVERIFY(labels.contains(QStringLiteral("Dublin")));
    QCOMPARE(r.groups.size(), 3);
}

void tst_EstateLayout::unknownComponentsAreSkipped()
{
    Estate e = bank();
    Dependency d;
    d.from = QStringLiteral("ledger");
    d.to = QStringLiteral("mainframe");
    e.insertDependency(1, d);
    const LayoutResult r = layoutEstate(e);
    QCOMPARE(r.edges.size(), e.dependencyCount());
    QVERIFY(r.edges[1].points.isEmpty());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings[0].contains(QLatin1String("dependencies[1]")));
    QVERIFY(r.warnings[0].contains(QLatin1String("mainframe")));
    // The others are drawn, index for index.
    QVERIFY(!r.edges[0].points.isEmpty());
    QVERIFY(!r.edges[2].points.isEmpty());
    QCOMPARE(r.edges[2].from, e.indexOf(QStringLiteral("ledger")));
    QCOMPARE(r.edges[2].to, e.indexOf(QStringLiteral("jvm")));
}

void tst_EstateLayout::manualPositionsComeFromTheEstate()
{
    Estate e = bank();
    e.manualPositions.insert(QStringLiteral("pg"), QPoint(640, 480));
    e.manualPositions.insert(QStringLiteral("gone"), QPoint(1, 1)); // no such component: ignored
    const LayoutResult r = layoutEstate(e);
    const NodePlacement &pg = r.nodes[e.indexOf(QStringLiteral("pg"))];
    QVERIFY(pg.fixed);
    QCOMPARE(pg.centre, QPointF(640, 480));
    QCOMPARE(firstOverlap(r), QString());
    int fixed = 0;
    for (const NodePlacement &p : r.nodes)
        fixed += p.fixed;
    QCOMPARE(fixed, 1);
}

// The JSON the command line prints: ids, centres, layers and routes, rounded to one decimal.
void tst_EstateLayout::json()
{
    Estate e = bank();
    Dependency unknown;
    unknown.from = QStringLiteral("ledger");
    unknown.to = QStringLiteral("nowhere");
    e.appendDependency(unknown);
    LayoutOptions options;
    options.groupBySite = true;
    const LayoutResult r = layoutEstate(e, options);
    const QByteArray bytes = layoutToJson(e, r);
    QCOMPARE(layoutToJson(e, r), bytes); // deterministic

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    QCOMPARE(nodes.size(), e.componentCount());
    for (int i = 0; i < nodes.size(); ++i) {
        const QJsonObject n = nodes[i].toObject();
        QCOMPARE(n.value(QLatin1String("id")).toString(), e.component(i).id);
        QCOMPARE(n.value(QLatin1String("layer")).toInt(), r.nodes[i].layer);
        const double x = n.value(QLatin1String("x")).toDouble();
        QVERIFY(std::abs(x - r.nodes[i].centre.x()) <= 0.05 + 1e-9);
        QCOMPARE(std::round(x * 10), x * 10); // one decimal at most
        const double y = n.value(QLatin1String("y")).toDouble();
        QVERIFY(std::abs(y - r.nodes[i].centre.y()) <= 0.05 + 1e-9);
    }
    const QJsonArray edges = root.value(QLatin1String("edges")).toArray();
    QCOMPARE(edges.size(), e.dependencyCount() - 1); // the unknown one is left out
    const QJsonObject first = edges[0].toObject();
    QCOMPARE(first.value(QLatin1String("from")).toString(), QStringLiteral("ledger"));
    QCOMPARE(first.value(QLatin1String("to")).toString(), QStringLiteral("pg"));
    const QJsonArray points = first.value(QLatin1String("points")).toArray();
    QCOMPARE(points.size(), r.edges[0].points.size());
    QCOMPARE(points[0].toArray().size(), 2);
    QVERIFY(std::abs(points[0].toArray()[1].toDouble() - r.edges[0].points[0].y()) <= 0.05 + 1e-9);
    QCOMPARE(root.value(QLatin1String("groups")).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(tst_EstateLayout)
#include "tst_estatelayout.moc"
