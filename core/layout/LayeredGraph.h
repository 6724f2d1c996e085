// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the layout: the stages share these flat structures (no per-node allocation).

#include <span>
#include <vector>

namespace planner::layout {

/// A directed edge between node indices, `top` to be drawn above `bottom`.
struct Arc
{
    int top = -1;
    int bottom = -1;
};

/// Compressed adjacency lists: the neighbours of v are adj[start[v] .. start[v + 1]).
struct Adjacency
{
    std::vector<int> start;
    std::vector<int> adj;

    std::span<const int> of(int v) const
    {
        return {adj.data() + start[size_t(v)], adj.data() + start[size_t(v) + 1]};
    }
    std::span<int> of(int v)
    {
        return {adj.data() + start[size_t(v)], adj.data() + start[size_t(v) + 1]};
    }
    int degree(int v) const { return start[size_t(v) + 1] - start[size_t(v)]; }

    /// Builds the lists of @p nodeCount nodes: for each arc, `bottom` among the neighbours of
    /// `top` when @p downwards, otherwise `top` among those of `bottom`. Keeps arc order.
    static Adjacency build(int nodeCount, std::span<const Arc> arcs, bool downwards);
};

/// The proper layered graph: real nodes first, then dummy nodes that split every edge spanning
/// more than one layer, so that each proper edge joins two consecutive layers.
struct LayeredGraph
{
    int realCount = 0;
    int layerCount = 0;
    std::vector<int> layer;      ///< per node
    std::vector<int> group;      ///< per node, -1 for none (dummies take their edge's group)
    std::vector<double> width;   ///< per node; dummies are 0 wide
    std::vector<double> height;  ///< per node
    std::vector<char> fixed;     ///< per node: placed by hand, an obstacle for the others
    Adjacency down;              ///< proper edges to layer + 1
    Adjacency up;                ///< proper edges to layer - 1
    std::vector<int> order;      ///< nodes by layer, then by position in the layer
    std::vector<int> layerStart; ///< layer l is order[layerStart[l] .. layerStart[l + 1])
    std::vector<int> pos;        ///< per node: its index within its layer
    std::vector<int> groupRank;  ///< per group: its place from left to right (grouping only)
    /// Per input arc, its chain of nodes from top to bottom, endpoints included.
    std::vector<int> chainStart;
    std::vector<int> chainNodes;

    int nodeCount() const { return int(layer.size()); }
    bool isDummy(int v) const { return v >= realCount; }
    std::span<int> layerNodes(int l)
    {
        return {order.data() + layerStart[size_t(l)], order.data() + layerStart[size_t(l) + 1]};
    }
    std::span<const int> layerNodes(int l) const
    {
        return {order.data() + layerStart[size_t(l)], order.data() + layerStart[size_t(l) + 1]};
    }
    std::span<const int> chain(int arc) const
    {
        return {chainNodes.data() + chainStart[size_t(arc)],
                chainNodes.data() + chainStart[size_t(arc) + 1]};
    }
    /// Recomputes pos from order.
    void updatePositions();
};

/// Where things are: node centres and the vertical extent of each layer's band.
struct Placement
{
    std::vector<double> x;          ///< per node of the layered graph (centre)
    std::vector<double> y;          ///< per node (centre)
    std::vector<double> bandTop;    ///< per layer
    std::vector<double> bandBottom; ///< per layer
};

/// Separation wanted between the centres of two neighbours in a layer.
double separation(const LayeredGraph &g, int a, int b, double nodeSpacing, double edgeSpacing);

/// Builds the proper layered graph from the real nodes' layers (arcs must point down the
/// layers) and sizes; dummies inherit the group of their arc's top node.
LayeredGraph buildLayeredGraph(std::span<const Arc> arcs, std::span<const int> layers,
                               std::span<const double> widths, std::span<const double> heights,
                               std::span<const int> groups, std::span<const char> fixed,
                               double dummyHeight);

} // namespace planner::layout
