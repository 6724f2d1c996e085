// SPDX-License-Identifier: GPL-3.0-or-later
// The stages of the layered layout one by one, against brute force where that is feasible.
#include "LayoutChecks.h"

#include "layout/CrossingReduction.h"
#include "layout/CycleBreaking.h"
#include "layout/LayeredGraph.h"
#include "layout/Layering.h"
#include "layout/NetworkSimplex.h"

#include <QTest>

#include <climits>
#include <vector>

using namespace planner::layout;
using layouttest::Lcg;

Q_DECLARE_METATYPE(std::vector<planner::layout::Arc>)

namespace {

std::vector<Arc> randomArcs(int n, int m, quint64 seed, bool acyclic)
{
    Lcg random(seed);
    std::vector<Arc> arcs;
    while (int(arcs.size()) < m) {
        int a = random.below(n);
        int b = random.below(n);
        if (a == b)
            continue;
        if (acyclic && a > b)
            std::swap(a, b);
        arcs.push_back({a, b});
    }
    return arcs;
}

bool acyclic(int n, const std::vector<Arc> &arcs)
{
    std::vector<int> in(size_t(n), 0);
    for (const Arc &a : arcs)
        ++in[size_t(a.bottom)];
    std::vector<int> ready;
    for (int v = 0; v < n; ++v)
        if (in[size_t(v)] == 0)
            ready.push_back(v);
    int done = 0;
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        ++done;
        for (const Arc &a : arcs)
            if (a.top == v && --in[size_t(a.bottom)] == 0)
                ready.push_back(a.bottom);
    }
    return done == n;
}

// The least total span over all layerings with layers 0 .. n-1 (tiny graphs only).
long long bruteForceSpan(int n, const std::vector<Arc> &arcs)
{
    std::vector<int> layer(size_t(n), 0);
    long long best = LLONG_MAX;
    for (;;) {
        long long span = 0;
        bool ok = true;
        for (const Arc &a : arcs) {
            const int d = layer[size_t(a.bottom)] - layer[size_t(a.top)];
            if (d < 1) {
                ok = false;
                break;
            }
            span += d;
        }
        if (ok)
            best = std::min(best, span);
        int k = 0;
        while (k < n && ++layer[size_t(k)] == n)
            layer[size_t(k++)] = 0;
        if (k == n)
            return best;
    }
}

long long naiveCrossings(const LayeredGraph &g)
{
    long long c = 0;
    for (int l = 0; l + 1 < g.layerCount; ++l) {
        std::vector<std::pair<int, int>> edges;
        for (int v : g.layerNodes(l))
            for (int w : g.down.of(v))
                edges.push_back({g.pos[size_t(v)], g.pos[size_t(w)]});
        for (size_t i = 0; i < edges.size(); ++i)
            for (size_t j = i + 1; j < edges.size(); ++j)
                if ((edges[i].first - edges[j].first) * (edges[i].second - edges[j].second) < 0)
                    ++c;
    }
    return c;
}

LayeredGraph layered(int n, const std::vector<Arc> &arcs)
{
    const std::vector<int> layers = assignLayers(n, arcs);
    const std::vector<double> widths(size_t(n), 50.0), heights(size_t(n), 20.0);
    const std::vector<int> groups(size_t(n), -1);
    const std::vector<char> fixed(size_t(n), 0);
    return buildLayeredGraph(arcs, layers, widths, heights, groups, fixed, 0.0);
}

} // namespace

class tst_LayoutStages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void feedbackArcs_data();
    void feedbackArcs();
    void feedbackArcsLeaveNoCycle();
    void layeringIsOptimal_data();
    void layeringIsOptimal();
    void simplexHonoursWeights();
    void simplexStopsWithinBudget();
    void crossingCount();
    void properGraph();
};

void tst_LayoutStages::feedbackArcs_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<std::vector<Arc>>("arcs");
    QTest::addColumn<int>("reversed");
    QTest::newRow("acyclic") << 4 << std::vector<Arc>{{0, 1}, {1, 2}, {0, 3}, {3, 2}} << 0;
    QTest::newRow("two-cycle") << 2 << std::vector<Arc>{{0, 1}, {1, 0}} << 1;
    QTest::newRow("long cycle") << 6
                                << std::vector<Arc>{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}}
                                << 1;
    QTest::newRow("two separate cycles")
        << 6 << std::vector<Arc>{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}} << 2;
    // A cycle closed by one edge against many going the other way: that one edge turns.
    QTest::newRow("one against many")
        << 4 << std::vector<Arc>{{0, 1}, {0, 2}, {0, 3}, {1, 3}, {2, 3}, {3, 0}} << 1;
}

void tst_LayoutStages::feedbackArcs()
{
    QFETCH(int, nodes);
    QFETCH(std::vector<Arc>, arcs);
    QFETCH(int, reversed);
    const std::vector<char> flags = planner::layout::feedbackArcs(nodes, arcs);
    QCOMPARE(int(std::count(flags.begin(), flags.end(), 1)), reversed);
}

void tst_LayoutStages::feedbackArcsLeaveNoCycle()
{
    for (quint64 seed = 1; seed <= 20; ++seed) {
        const int n = 30;
        std::vector<Arc> arcs = randomArcs(n, 90, seed, false);
        const std::vector<char> flags = planner::layout::feedbackArcs(n, arcs);
        for (size_t i = 0; i < arcs.size(); ++i)
            if (flags[i])
                std::swap(arcs[i].top, arcs[i].bottom);
        QVERIFY(acyclic(n, arcs));
        // A small set: never more than half the arcs (any order achieves that).
        QVERIFY(std::count(flags.begin(), flags.end(), 1) * 2 <= long(arcs.size()));
    }
}

void tst_LayoutStages::layeringIsOptimal_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<std::vector<Arc>>("arcs");
    for (quint64 seed = 1; seed <= 12; ++seed)
        QTest::addRow("random dag %d", int(seed))
            << 6 << randomArcs(6, 6 + int(seed % 5), seed, true);
    // Longest path alone puts 4 and 5 a layer higher than they need to be.
    QTest::newRow("pulled sink") << 6 << std::vector<Arc>{{0, 1}, {1, 2}, {2, 3},
                                                          {4, 3}, {5, 4}, {5, 3}};
}

// Total edge span equals the minimum found by trying every layering.
void tst_LayoutStages::layeringIsOptimal()
{
    QFETCH(int, nodes);
    QFETCH(std::vector<Arc>, arcs);
    const std::vector<int> layers = assignLayers(nodes, arcs);
    for (const Arc &a : arcs)
        QVERIFY(layers[size_t(a.top)] < layers[size_t(a.bottom)]);
    QCOMPARE(totalSpan(arcs, layers), bruteForceSpan(nodes, arcs));
}

void tst_LayoutStages::simplexHonoursWeights()
{
    // a -> b -> c and a -> c: with the direct edge weighing 10 it stays as short as it can (2).
    std::vector<RankEdge> edges = {{0, 1, 1, 1}, {1, 2, 1, 1}, {0, 2, 1, 10}, {3, 2, 3, 1}};
    std::vector<int> rank = {0, 5, 9, 0};
    minimiseEdgeLengths(4, edges, rank, 1'000'000);
    QCOMPARE(rank[2] - rank[0], 2);
    QCOMPARE(rank[1] - rank[0], 1);
    QCOMPARE(rank[2] - rank[3], 3); // minimum length 3 respected, and tight
}

void tst_LayoutStages::simplexStopsWithinBudget()
{
    const int n = 400;
    const std::vector<Arc> arcs = randomArcs(n, 1200, 7, true);
    std::vector<RankEdge> edges;
    for (const Arc &a : arcs)
        edges.push_back({a.top, a.bottom, 1, 1});
    std::vector<int> rank(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        rank[size_t(v)] = 2 * v; // feasible, far from optimal
    std::vector<int> limited = rank;
    minimiseEdgeLengths(n, edges, limited, 20'000);
    std::vector<int> full = rank;
    minimiseEdgeLengths(n, edges, full, 1'000'000'000);
    const auto total = [&](const std::vector<int> &r) {
        long long sum = 0;
        for (const RankEdge &e : edges) {
            if (r[size_t(e.head)] - r[size_t(e.tail)] < 1)
                return -1LL; // infeasible
            sum += r[size_t(e.head)] - r[size_t(e.tail)];
        }
        return sum;
    };
    QVERIFY(total(limited) > 0);
    QVERIFY(total(full) <= total(limited));
    QVERIFY(total(limited) <= total(rank));
}

void tst_LayoutStages::crossingCount()
{
    for (quint64 seed = 1; seed <= 10; ++seed) {
        const int n = 40;
        LayeredGraph g = layered(n, randomArcs(n, 100, seed, true));
        QCOMPARE(countCrossings(g), naiveCrossings(g));
        const long long reported = reduceCrossings(g, CrossingOptions{});
        QCOMPARE(reported, naiveCrossings(g));
        // Every layer is still a permutation of its nodes.
        std::vector<int> seen(size_t(g.nodeCount()), 0);
        for (int v : g.order)
            ++seen[size_t(v)];
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int s) { return s == 1; }));
    }
}

// Long edges are split into one dummy per layer passed, chained from top to bottom.
void tst_LayoutStages::properGraph()
{
    const std::vector<Arc> arcs = {{0, 1}, {1, 2}, {2, 3}, {0, 3}};
    const LayeredGraph g = layered(4, arcs);
    QCOMPARE(g.layerCount, 4);
    QCOMPARE(g.nodeCount(), 6);
    const auto c = g.chain(3);
    QCOMPARE(int(c.size()), 4);
    QCOMPARE(c.front(), 0);
    QCOMPARE(c.back(), 3);
    for (size_t i = 0; i + 1 < c.size(); ++i) {
        QCOMPARE(g.layer[size_t(c[i + 1])], g.layer[size_t(c[i])] + 1);
        QVERIFY(i == 0 || g.isDummy(c[i]));
    }
}

QTEST_GUILESS_MAIN(tst_LayoutStages)
#include "tst_layoutstages.moc"
