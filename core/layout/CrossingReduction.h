// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

namespace planner::layout {

struct CrossingOptions
{
    int sweeps = 24;      ///< at most this many down-and-up passes
    bool grouped = false; ///< keep nodes of one group together in every layer
    int groupCount = 0;   ///< groups are 0 .. groupCount - 1 when grouped
    /// Effort bound, in nodes and edges visited: small graphs never reach it, huge ones stop
    /// improving there (the same result on every machine, unlike a time limit).
    long long maxWork = 30'000'000;
};

/// Orders the nodes inside each layer to reduce edge crossings: breadth-first initial orders
/// from the top and from the bottom, alternating down and up sweeps placing each node at the
/// weighted median of its neighbours in the layer just placed, each followed by transposing
/// adjacent nodes while that removes crossings; the best order seen is kept and finally
/// improved by sifting. When grouped, each group is contiguous in every layer and the groups
/// come in the same order in all layers (LayeredGraph::groupRank). Returns the crossings of
/// the final order.
long long reduceCrossings(LayeredGraph &graph, const CrossingOptions &options);

/// Crossings between the proper edges of the layered graph in its current order, counted
/// layer pair by layer pair (Barth, Jünger and Mutzel: O(E log V)).
long long countCrossings(const LayeredGraph &graph);

} // namespace planner::layout
