// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutChecks.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace layouttest;

Q_DECLARE_METATYPE(planner::LayoutGraph)

class tst_LayeredLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invariants_data();
    void invariants();
    void planarHasNoCrossings_data();
    void planarHasNoCrossings();
    void cyclesAreBrokenNotDropped();
    void manualPositionsAreKept_data();
    void manualPositionsAreKept();
    void sitesStayTogether_data();
    void sitesStayTogether();
    void deterministic();
    void badInputIsReported();
    void largeGraphStaysClean();
    void noWiderThanItsWidestLayer_data();
    void noWiderThanItsWidestLayer();
    void agreesWithDotOnDirection();
};

void tst_LayeredLayout::invariants_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    QTest::addColumn<bool>("grouped");

    QTest::newRow("empty") << LayoutGraph() << false;
    QTest::newRow("one node") << nodes(1) << false;
    QTest::newRow("isolated nodes") << nodes(7) << false;
    QTest::newRow("chain") << chain(6) << false;
    QTest::newRow("binary tree") << binaryTree(31) << false;
    QTest::newRow("grid") << grid(5, 6) << false;
    LayoutGraph skips = chain(6);
    skips.edges.append({0, 5});
    skips.edges.append({1, 4});
    skips.edges.append({0, 3});
    QTest::newRow("long edges") << skips << false;
    LayoutGraph hub = nodes(40);
    for (int i = 1; i < 40; ++i)
        hub.edges.append({i, 0});
    for (int i = 2; i < 40; i += 3)
        hub.edges.append({i, i - 1});
    QTest::newRow("hub with many dependents") << hub << false;
    LayoutGraph parallel = chain(3);
    parallel.edges.append({0, 1});
    parallel.edges.append({0, 2});
    parallel.edges.append({0, 2});
    QTest::newRow("parallel edges") << parallel << false;
    QTest::newRow("random dag 60") << randomDag(60, 120, 1) << false;
    QTest::newRow("random dag 150") << randomDag(150, 330, 2) << false;
    QTest::newRow("random with cycles") << randomGraph(50, 110, 3) << false;
    LayoutGraph groupedDag = randomDag(80, 170, 4);
    assignGroups(groupedDag, 4, 5);
    QTest::newRow("random dag by site") << groupedDag << true;
    LayoutGraph groupedCycles = randomGraph(60, 120, 6);
    assignGroups(groupedCycles, 3, 7);
    QTest::newRow("random with cycles by site") << groupedCycles << true;
}

// Every layout: edges point down the layers from border to border, nodes never overlap, and
// the routes go around nodes rather than through them.
void tst_LayeredLayout::invariants()
{
    QFETCH(LayoutGraph, graph);
    QFETCH(bool, grouped);
    LayoutOptions options;
    options.groupBySite = grouped;
    const LayoutResult r = layoutGraph(graph, options);

    QCOMPARE(r.nodes.size(), graph.nodes.size());
    QCOMPARE(r.edges.size(), graph.edges.size());
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(firstBadEdge(graph, r), QString());
    QCOMPARE(firstOverlap(r), QString());
    QCOMPARE(firstRouteThroughNode(r), QString());
    for (const NodePlacement &p : r.nodes) {
        QVERIFY(p.layer >= 0 && p.layer < std::max(1, r.layerCount));
        QVERIFY(r.bounds.contains(rectOf(p)));
    }
    // Nodes of one layer share a row: same centre y, rows in layer order.
    for (int i = 0; i < r.nodes.size(); ++i)
        for (int j = 0; j < r.nodes.size(); ++j)
            if (r.nodes[i].layer < r.nodes[j].layer)
                QVERIFY(rectOf(r.nodes[i]).bottom() < rectOf(r.nodes[j]).top());
}

void tst_LayeredLayout::planarHasNoCrossings_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    QTest::newRow("chain") << chain(5);
    QTest::newRow("binary tree") << binaryTree(63);
    QTest::newRow("grid 4x4") << grid(4, 4);
    QTest::newRow("grid 3x8") << grid(3, 8);
    LayoutGraph diamonds = nodes(10);
    for (int k = 0; k < 3; ++k) { // three diamonds in a row: top, left, right, bottom = next top
        const int t = 3 * k;
        diamonds.edges.append({t, t + 1});
        diamonds.edges.append({t, t + 2});
        diamonds.edges.append({t + 1, t + 3});
        diamonds.edges.append({t + 2, t + 3});
    }
    QTest::newRow("diamonds in series") << diamonds;
    // Two trees given in an order that crosses at first.
    LayoutGraph twisted = nodes(8);
    twisted.edges = {{0, 5}, {0, 4}, {1, 3}, {1, 2}, {4, 7}, {2, 6}};
    QTest::newRow("two trees, twisted input") << twisted;
}

// Where a drawing without crossings exists, the layout finds one.
void tst_LayeredLayout::planarHasNoCrossings()
{
    QFETCH(LayoutGraph, graph);
    const LayoutResult r = layoutGraph(graph);
    QCOMPARE(r.crossings, 0);
    QCOMPARE(countRouteCrossings(r), 0);
}

void tst_LayeredLayout::cyclesAreBrokenNotDropped()
{
    // a -> b -> c -> a, plus c -> d, d -> b and a self-dependency of d.
    LayoutGraph g = nodes(4);
    g.edges = {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 1}, {3, 3}};
    const LayoutResult r = layoutGraph(g);
    QCOMPARE(firstBadEdge(g, r), QString());
    QCOMPARE(firstOverlap(r), QString());
    int reversed = 0;
    for (const EdgeRoute &route : r.edges) {
        QVERIFY(route.points.size() >= 2);
        reversed += route.reversed;
    }
    QVERIFY(reversed >= 1);
    QVERIFY(reversed <= 2); // turning two edges around is enough
    QCOMPARE(r.reversedEdges, reversed);
    // The loop is drawn beside its node, starting and ending on its border.
    const EdgeRoute &loop = r.edges[5];
    QVERIFY(!loop.reversed);
    QVERIFY(onBorder(loop.points.first(), rectOf(r.nodes[3])));
    QVERIFY(onBorder(loop.points.last(), rectOf(r.nodes[3])));
}

void tst_LayeredLayout::manualPositionsAreKept_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    QTest::addColumn<QList<int>>("fixedNodes");
    QTest::addColumn<QList<QPointF>>("positions");

    QTest::newRow("one in the middle")
        << randomDag(40, 80, 11) << QList<int>{5} << QList<QPointF>{{300, 200}};
    QTest::newRow("far away") << randomDag(40, 80, 12) << QList<int>{0, 39}
                              << QList<QPointF>{{-5000, 40}, {9000, 9000}};
    QTest::newRow("a wall across the layers")
        << randomDag(60, 130, 13) << QList<int>{1, 2, 3, 4, 5}
        << QList<QPointF>{{400, 20}, {400, 120}, {400, 220}, {400, 320}, {400, 420}};
    LayoutGraph grouped = randomDag(50, 100, 14);
    assignGroups(grouped, 3, 15);
    QTest::newRow("by site") << grouped << QList<int>{7, 8} << QList<QPointF>{{250, 150}, {0, 0}};
    QTest::newRow("in a cycle") << randomGraph(30, 60, 16) << QList<int>{3}
                                << QList<QPointF>{{200, 100}};
}

// "Keep my manual positions": hand-placed nodes stay exactly where they are and the others
// keep clear of them.
void tst_LayeredLayout::manualPositionsAreKept()
{
    QFETCH(LayoutGraph, graph);
    QFETCH(QList<int>, fixedNodes);
    QFETCH(QList<QPointF>, positions);
    for (int k = 0; k < fixedNodes.size(); ++k)
        graph.nodes[fixedNodes[k]].fixedCentre = positions[k];
    LayoutOptions options;
    options.groupBySite = !graph.groupNames.isEmpty();
    const LayoutResult r = layoutGraph(graph, options);

    for (int k = 0; k < fixedNodes.size(); ++k) {
        const NodePlacement &p = r.nodes[fixedNodes[k]];
        QVERIFY(p.fixed);
        QCOMPARE(p.centre, positions[k]);
    }
    for (int v = 0; v < r.nodes.size(); ++v) {
        if (r.nodes[v].fixed)
            continue;
        for (int f : fixedNodes)
            QVERIFY2(!overlap(rectOf(r.nodes[v]), rectOf(r.nodes[f])),
                     qPrintable(QStringLiteral("node %1 overlaps fixed node %2").arg(v).arg(f)));
    }
    QCOMPARE(firstOverlap(r), QString()); // the hand-placed ones do not overlap each other here
    QCOMPARE(firstBadEdge(graph, r), QString());
}

void tst_LayeredLayout::sitesStayTogether_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    LayoutGraph a = randomDag(90, 200, 21);
    assignGroups(a, 5, 22);
    QTest::newRow("five sites") << a;
    LayoutGraph b = randomGraph(70, 150, 23);
    assignGroups(b, 2, 24);
    QTest::newRow("two sites, cycles") << b;
    LayoutGraph c = randomDag(40, 70, 25);
    assignGroups(c, 3, 26);
    c.nodes[0].group = -1; // no site: gets a box of its own
    c.nodes[9].group = 17; // a site that does not exist: the same
    QTest::newRow("some without a site") << c;
}

// Grouping by site: each site's nodes are side by side in every layer, inside the site's box,
// and the boxes do not overlap.
void tst_LayeredLayout::sitesStayTogether()
{
    QFETCH(LayoutGraph, graph);
    LayoutOptions options;
    options.groupBySite = true;
    const LayoutResult r = layoutGraph(graph, options);
    QCOMPARE(firstOverlap(r), QString());
    QCOMPARE(firstRouteThroughNode(r), QString());

    const auto siteOf = [&](int v) {
        const int g = graph.nodes[v].group;
        return g >= 0 && g < graph.groupNames.size() ? g : -1;
    };
    for (int l = 0; l < r.layerCount; ++l) {
        QList<int> row;
        for (int v = 0; v < r.nodes.size(); ++v)
            if (r.nodes[v].layer == l)
                row.append(v);
        std::sort(row.begin(), row.end(),
                  [&](int a, int b) { return r.nodes[a].centre.x() < r.nodes[b].centre.x(); });
        QList<int> seen;
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0 && siteOf(row[i]) == siteOf(row[i - 1]))
                continue;
            const QString message = QStringLiteral("site %1 split in layer %2");
            QVERIFY2(!seen.contains(siteOf(row[i])), qPrintable(message.arg(siteOf(row[i])).arg(l)));
            seen.append(siteOf(row[i]));
        }
    }
    for (int i = 0; i < r.groups.size(); ++i) {
        for (int j = i + 1; j < r.groups.size(); ++j)
            QVERIFY(!overlap(r.groups[i].box, r.groups[j].box));
        QVERIFY(r.groups[i].box.contains(r.groups[i].labelPosition));
        QVERIFY(r.bounds.contains(r.groups[i].box));
    }
    for (int v = 0; v < r.nodes.size(); ++v) {
        const auto box = std::find_if(r.groups.begin(), r.groups.end(),
                                      [&](const GroupBox &g) { return g.group == siteOf(v); });
        QVERIFY(box != r.groups.end());
        QVERIFY(box->box.contains(rectOf(r.nodes[v])));
        if (siteOf(v) >= 0)
            QCOMPARE(box->label, graph.groupNames[siteOf(v)]);
    }
}

void tst_LayeredLayout::deterministic()
{
    LayoutGraph g = randomGraph(120, 260, 31);
    assignGroups(g, 3, 32);
    g.nodes[4].fixedCentre = QPointF(100, 100);
    for (bool grouped : {false, true}) {
        LayoutOptions options;
        options.groupBySite = grouped;
        const LayoutResult a = layoutGraph(g, options);
        const LayoutResult b = layoutGraph(g, options);
        for (int v = 0; v < a.nodes.size(); ++v) {
            QCOMPARE(a.nodes[v].centre, b.nodes[v].centre);
            QCOMPARE(a.nodes[v].layer, b.nodes[v].layer);
        }
        for (int e = 0; e < a.edges.size(); ++e)
            QCOMPARE(a.edges[e].points, b.edges[e].points);
        QCOMPARE(a.crossings, b.crossings);
    }
}

void tst_LayeredLayout::badInputIsReported()
{
    LayoutGraph g = chain(3);
    g.edges.append({0, 7});
    g.edges.append({-1, 2});
    g.nodes[1].size = QSizeF(qQNaN(), -5);
    LayoutOptions options;
    options.nodeSpacing = qInf();
    options.sweeps = -3;
    const LayoutResult r = layoutGraph(g, options);
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings[0].startsWith(QLatin1String("edges[2]: node 7")));
    QVERIFY(r.warnings[1].startsWith(QLatin1String("edges[3]: node -1")));
    QVERIFY(r.edges[2].points.isEmpty());
    QVERIFY(r.edges[3].points.isEmpty());
    QCOMPARE(firstBadEdge(g, r), QString());
    QCOMPARE(firstOverlap(r), QString());
    QVERIFY(r.nodes[1].size.width() > 0 && r.nodes[1].size.height() > 0);
    QVERIFY(std::isfinite(r.bounds.width()));
}

// A graph the size of a large estate section: still clean.
void tst_LayeredLayout::largeGraphStaysClean()
{
    const LayoutGraph g = randomGraph(2000, 5000, 41);
    const LayoutResult r = layoutGraph(g);
    QCOMPARE(firstBadEdge(g, r), QString());
    QCOMPARE(firstOverlap(r), QString());
}

void tst_LayeredLayout::noWiderThanItsWidestLayer_data()
{
    QTest::addColumn<LayoutGraph>("graph");
    QTest::addColumn<bool>("grouped");
    QTest::newRow("random") << randomDag(600, 1500, 61) << false;
    QTest::newRow("hub") << [] {
        // Many dependents of one hub with chains beside it: Brandes and Koepf alone draws
        // this several times wider than its widest layer.
        LayoutGraph g = randomDag(400, 900, 62);
        for (int v = 1; v < 200; ++v)
            g.edges.append({v, 399});
        return g;
    }() << false;
    LayoutGraph sites = randomDag(600, 1500, 63);
    assignGroups(sites, 4, 64);
    QTest::newRow("sites") << sites << true;
}

// The drawing is hardly wider than its widest layer needs: the real boxes side by side with
// their spacing plus room for every edge that passes the layer. Long edges and site bands
// need a little more; several times more is a drawing one has to scroll through for nothing.
void tst_LayeredLayout::noWiderThanItsWidestLayer()
{
    QFETCH(LayoutGraph, graph);
    QFETCH(bool, grouped);
    LayoutOptions options;
    options.groupBySite = grouped;
    const LayoutResult r = layoutGraph(graph, options);
    QCOMPARE(firstOverlap(r), QString());
    QCOMPARE(firstBadEdge(graph, r), QString());

    // Per band (the site when grouped, else the whole drawing) and layer.
    const int bands = grouped ? int(graph.groupNames.size()) : 1;
    const auto bandOf = [&](int v) { return grouped ? graph.nodes[v].group : 0; };
    QList<QList<double>> needed(bands, QList<double>(r.layerCount, 0.0));
    for (int v = 0; v < r.nodes.size(); ++v)
        needed[bandOf(v)][r.nodes[v].layer] += r.nodes[v].size.width() + options.nodeSpacing;
    for (const LayoutEdge &e : graph.edges) {
        const int top = std::min(r.nodes[e.from].layer, r.nodes[e.to].layer);
        const int bottom = std::max(r.nodes[e.from].layer, r.nodes[e.to].layer);
        for (int l = top + 1; l < bottom; ++l)
            needed[bandOf(e.from)][l] += options.nodeSpacing; // more than an edge needs
    }
    double widest = 0;
    for (const QList<double> &band : needed)
        widest += *std::max_element(band.cbegin(), band.cend());
    if (grouped) // the margins inside and between the site boxes
        widest += bands * 2 * (options.groupPadding + options.nodeSpacing);
    QVERIFY2(r.bounds.width() <= 1.1 * widest,
             qPrintable(QStringLiteral("%1 px wide, the widest layer needs %2")
                            .arg(r.bounds.width())
                            .arg(widest)));
}

// Graphviz dot and this layout agree on which way every edge points (on an acyclic graph both
// put dependents above their dependencies), a check against an independent implementation.
void tst_LayeredLayout::agreesWithDotOnDirection()
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty())
        QSKIP("Graphviz dot is not installed");
    const LayoutGraph g = randomDag(120, 260, 51);
    QByteArray text = "digraph g {\n";
    for (const LayoutEdge &e : g.edges)
        text += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + ";\n";
    text += "}\n";
    QProcess process;
    process.start(dot, {QStringLiteral("-Tplain")});
    QVERIFY(process.waitForStarted());
    process.write(text);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(120000));
    QHash<int, double> dotY; // dot's y grows upwards
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() >= 4 && f[0] == "node")
            dotY.insert(f[1].mid(1).toInt(), f[3].toDouble());
    }
    const LayoutResult r = layoutGraph(g);
    int checked = 0;
    for (const LayoutEdge &e : g.edges) {
        if (!dotY.contains(e.from) || !dotY.contains(e.to))
            continue;
        const bool dotDown = dotY[e.from] > dotY[e.to];
        const bool oursDown = r.nodes[e.from].layer < r.nodes[e.to].layer;
        QCOMPARE(oursDown, dotDown);
        ++checked;
    }
    QCOMPARE(checked, g.edges.size());
}

QTEST_GUILESS_MAIN(tst_LayeredLayout)
#include "tst_layeredlayout.moc"
