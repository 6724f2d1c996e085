// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

namespace planner::layout {

struct CrossingOptions
{
    int sweeps = 24;         ///< at most this many down-and-up passes
    bool grouped = false;    ///< keep nodes of one group together in every layer
    int groupCount = 0;      ///< groups are 0 .. groupCount - 1 when grouped
};

/// Orders the nodes inside each layer to reduce edge crossings: a depth-first initial order,
/// then alternating down and up sweeps placing each node at the weighted median of its
/// neighbours in the layer just placed, each followed by transposing adjacent nodes while that
/// removes crossings. The best order seen is kept. When grouped, each group is contiguous in
/// every layer and the groups come in the same order in all layers (LayeredGraph::groupRank).
/// Returns the crossings of the final order.
long long reduceCrossings(LayeredGraph &graph, const CrossingOptions &options);

/// Crossings between the proper edges of the layered graph in its current order, counted
/// layer pair by layer pair (Barth, Jünger and Mutzel: O(E log V)).
long long countCrossings(const LayeredGraph &graph);

} // namespace planner::layout
