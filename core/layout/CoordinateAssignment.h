// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

#include <vector>

namespace planner::layout {

struct CoordinateOptions
{
    double nodeSpacing = 30.0; ///< between two boxes
    double edgeSpacing = 12.0; ///< between two edges passing side by side
    bool grouped = false;      ///< keep each group within its own vertical band
    int groupCount = 0;
    double groupMargin = 30.0; ///< from a group's outermost node to the band's edge
};

/// Horizontal centres of the nodes (Brandes and Köpf): four alignments of each node with a
/// median neighbour (up or down, leftmost or rightmost first) that keep inner segments of long
/// edges vertical, each compacted as far as the spacing allows, then balanced, then squeezed
/// to little more than the widest layer needs (each group's band on its own), then relaxed:
/// each node slides towards the weighted median of its neighbours. Nodes keep their order in
/// the layer and never overlap. Fixed nodes take no part: their x is left 0.
/// When grouped, the groups occupy disjoint vertical bands in LayeredGraph::groupRank order.
std::vector<double> assignX(const LayeredGraph &graph, const CoordinateOptions &options);

} // namespace planner::layout
