// SPDX-License-Identifier: GPL-3.0-or-later
#include "Layering.h"

#include "NetworkSimplex.h"

#include <algorithm>
#include <climits>

namespace planner::layout {

namespace {

// Effort bound of the network simplex, in nodes and edges visited: optimal up to a few
// thousand nodes, a bounded improvement beyond.
constexpr long long simplexWork = 4'000'000;

std::vector<int> topologicalOrder(int n, const Adjacency &down, const Adjacency &up)
{
    std::vector<int> pending(static_cast<size_t>(n));
    std::vector<int> order;
    order.reserve(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v) {
        pending[size_t(v)] = up.degree(v);
        if (pending[size_t(v)] == 0)
            order.push_back(v);
    }
    for (size_t i = 0; i < order.size(); ++i)
        for (int w : down.of(order[i]))
            if (--pending[size_t(w)] == 0)
                order.push_back(w);
    return order;
}

// The layers a node may take without turning an arc around: [low, high].
struct Range
{
    int low;
    int high;
};

Range freeRange(int v, const Adjacency &down, const Adjacency &up, const std::vector<int> &layer,
                int deepest)
{
    Range r{0, deepest};
    for (int u : up.of(v))
        r.low = std::max(r.low, layer[size_t(u)] + 1);
    for (int w : down.of(v))
        r.high = std::min(r.high, layer[size_t(w)] - 1);
    return r;
}

} // namespace

std::vector<int> assignLayers(int nodeCount, std::span<const Arc> arcs)
{
    const Adjacency down = Adjacency::build(nodeCount, arcs, true);
    const Adjacency up = Adjacency::build(nodeCount, arcs, false);
    const std::vector<int> topo = topologicalOrder(nodeCount, down, up);

    std::vector<int> layer(size_t(nodeCount), 0);
    for (int v : topo)
        for (int w : down.of(v))
            layer[size_t(w)] = std::max(layer[size_t(w)], layer[size_t(v)] + 1);
    int deepest = 0;
    for (int l : layer)
        deepest = std::max(deepest, l);

    // Each move shortens the arcs in total, so this ends; the cap bounds the time on odd graphs.
    for (int pass = 0; pass < 64; ++pass) {
        bool moved = false;
        for (int i = nodeCount - 1; i >= 0; --i) {
            const int v = topo[size_t(i)];
            const int in = up.degree(v);
            const int out = down.degree(v);
            if (in == out)
                continue;
            const Range r = freeRange(v, down, up, layer, deepest);
            const int target = in > out ? r.low : r.high;
            if (target != layer[size_t(v)]) {
                layer[size_t(v)] = target;
                moved = true;
            }
        }
        if (!moved)
            break;
    }

    // Then the optimum: the least total edge length (bounded work on pathological graphs).
    {
        std::vector<RankEdge> edges;
        edges.reserve(arcs.size());
        for (const Arc &a : arcs)
            edges.push_back({a.top, a.bottom, 1, 1});
        minimiseEdgeLengths(nodeCount, edges, layer, simplexWork);
        int shallowest = 0;
        for (int l : layer)
            shallowest = std::min(shallowest, l);
        deepest = 0;
        for (int &l : layer) {
            l -= shallowest;
            deepest = std::max(deepest, l);
        }
    }

    // Nodes pulled equally up and down go to the least crowded layer they may take.
    std::vector<int> population(size_t(deepest) + 1, 0);
    for (int l : layer)
        ++population[size_t(l)];
    for (int v : topo) {
        if (up.degree(v) != down.degree(v))
            continue;
        const Range r = freeRange(v, down, up, layer, deepest);
        int best = layer[size_t(v)];
        for (int l = r.low; l <= r.high; ++l)
            if (population[size_t(l)] < population[size_t(best)])
                best = l;
        --population[size_t(layer[size_t(v)])];
        ++population[size_t(best)];
        layer[size_t(v)] = best;
    }

    // Number the layers without gaps.
    std::vector<int> renumber(size_t(deepest) + 1, -1);
    for (int l : layer)
        renumber[size_t(l)] = 0;
    int next = 0;
    for (int &r : renumber)
        if (r == 0)
            r = next++;
    for (int &l : layer)
        l = renumber[size_t(l)];
    return layer;
}

long long totalSpan(std::span<const Arc> arcs, std::span<const int> layers)
{
    long long sum = 0;
    for (const Arc &a : arcs)
        sum += layers[size_t(a.bottom)] - layers[size_t(a.top)];
    return sum;
}

} // namespace planner::layout
