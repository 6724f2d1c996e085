// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayeredGraph.h"

#include <algorithm>

namespace planner::layout {

Adjacency Adjacency::build(int nodeCount, std::span<const Arc> arcs, bool downwards)
{
    Adjacency a;
    a.start.assign(size_t(nodeCount) + 1, 0);
    for (const Arc &arc : arcs)
        ++a.start[size_t(downwards ? arc.top : arc.bottom) + 1];
    for (int v = 0; v < nodeCount; ++v)
        a.start[size_t(v) + 1] += a.start[size_t(v)];
    a.adj.resize(arcs.size());
    std::vector<int> fill(a.start.begin(), a.start.end() - 1);
    for (const Arc &arc : arcs) {
        const int from = downwards ? arc.top : arc.bottom;
        a.adj[size_t(fill[size_t(from)]++)] = downwards ? arc.bottom : arc.top;
    }
    return a;
}

void LayeredGraph::updatePositions()
{
    for (int l = 0; l < layerCount; ++l) {
        const auto nodes = layerNodes(l);
        for (size_t i = 0; i < nodes.size(); ++i)
            pos[size_t(nodes[i])] = int(i);
    }
}

double separation(const LayeredGraph &g, int a, int b, double nodeSpacing, double edgeSpacing)
{
    const int dummies = int(g.isDummy(a)) + int(g.isDummy(b));
    const double gap = dummies == 0   ? nodeSpacing
                       : dummies == 1 ? (nodeSpacing + edgeSpacing) / 2
                                      : edgeSpacing;
    return (g.width[size_t(a)] + g.width[size_t(b)]) / 2 + gap;
}

LayeredGraph buildLayeredGraph(std::span<const Arc> arcs, std::span<const int> layers,
                               std::span<const double> widths, std::span<const double> heights,
                               std::span<const int> groups, std::span<const char> fixed,
                               double dummyHeight)
{
    LayeredGraph g;
    const int n = int(layers.size());
    g.realCount = n;
    size_t dummies = 0;
    for (const Arc &arc : arcs)
        dummies += size_t(std::max(0, layers[size_t(arc.bottom)] - layers[size_t(arc.top)] - 1));
    const size_t total = size_t(n) + dummies;
    g.layer.reserve(total);
    g.group.reserve(total);
    g.width.reserve(total);
    g.height.reserve(total);
    g.fixed.reserve(total);
    g.layer.assign(layers.begin(), layers.end());
    g.group.assign(groups.begin(), groups.end());
    g.width.assign(widths.begin(), widths.end());
    g.height.assign(heights.begin(), heights.end());
    g.fixed.assign(fixed.begin(), fixed.end());

    std::vector<Arc> proper;
    proper.reserve(arcs.size() + dummies);
    g.chainStart.reserve(arcs.size() + 1);
    g.chainNodes.reserve(arcs.size() * 2 + dummies);
    for (const Arc &arc : arcs) {
        g.chainStart.push_back(int(g.chainNodes.size()));
        g.chainNodes.push_back(arc.top);
        int previous = arc.top;
        for (int l = layers[size_t(arc.top)] + 1; l < layers[size_t(arc.bottom)]; ++l) {
            const int d = int(g.layer.size());
            g.layer.push_back(l);
            g.group.push_back(groups[size_t(arc.top)]);
            g.width.push_back(0.0);
            g.height.push_back(dummyHeight);
            g.fixed.push_back(0);
            proper.push_back({previous, d});
            g.chainNodes.push_back(d);
            previous = d;
        }
        proper.push_back({previous, arc.bottom});
        g.chainNodes.push_back(arc.bottom);
    }
    g.chainStart.push_back(int(g.chainNodes.size()));

    const int count = int(g.layer.size());
    g.down = Adjacency::build(count, proper, true);
    g.up = Adjacency::build(count, proper, false);

    g.layerCount = 0;
    for (int l : g.layer)
        g.layerCount = std::max(g.layerCount, l + 1);
    g.layerStart.assign(size_t(g.layerCount) + 1, 0);
    for (int l : g.layer)
        ++g.layerStart[size_t(l) + 1];
    for (int l = 0; l < g.layerCount; ++l)
        g.layerStart[size_t(l) + 1] += g.layerStart[size_t(l)];
    g.order.resize(size_t(count));
    std::vector<int> fill(g.layerStart.begin(), g.layerStart.end() - 1);
    for (int v = 0; v < count; ++v)
        g.order[size_t(fill[size_t(g.layer[size_t(v)])]++)] = v;
    g.pos.assign(size_t(count), 0);
    g.updatePositions();
    return g;
}

} // namespace planner::layout
