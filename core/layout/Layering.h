// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

#include <span>
#include <vector>

namespace planner::layout {

/// Gives each node a layer (0 at the top) so that every arc points down (top's layer smaller
/// than bottom's) and arcs stay short: longest-path layering, then nodes move to the layer
/// that shortens their arcs most, ties moved to the least crowded layer. Layers are numbered
/// without gaps. The arcs must form no cycle.
std::vector<int> assignLayers(int nodeCount, std::span<const Arc> arcs);

/// Sum over the arcs of the number of layers each one spans (the dummy nodes it will need,
/// plus one).
long long totalSpan(std::span<const Arc> arcs, std::span<const int> layers);

} // namespace planner::layout
