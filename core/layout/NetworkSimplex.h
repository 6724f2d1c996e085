// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace planner::layout {

/// A constraint rank[head] - rank[tail] >= minLength whose length costs weight per unit.
struct RankEdge
{
    int tail = -1;
    int head = -1;
    int minLength = 1;
    int weight = 1;
};

/// Network simplex (Gansner, Koutsofios, North and Vo) on ranks: starting from ranks that
/// satisfy every edge, moves whole parts of the graph so that the weighted sum of edge lengths
/// becomes minimal. The tight spanning tree is grown by merging the smallest tight subtree
/// into a neighbour, and each pivot searches the smaller side of the cut, so large graphs stay
/// fast. Stops early, still feasible but not yet optimal, once it has visited @p maxWork nodes
/// and edges in total (a bound on time that gives the same result on every machine). Each
/// connected part of the graph keeps its own ranks; callers normalise. Returns the pivots made.
int minimiseEdgeLengths(int nodeCount, std::span<const RankEdge> edges, std::vector<int> &rank,
                        long long maxWork);

} // namespace planner::layout
