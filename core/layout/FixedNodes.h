// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

#include <span>
#include <vector>

namespace planner::layout {

/// Moves the free nodes of each layer sideways, keeping their order and spacing, so that none
/// overlaps a fixed node (x and y of fixed nodes are their hand-placed centres): the fixed
/// nodes that reach into a layer's band split it into gaps, each free node goes to the gap
/// nearest to where it was, and a gap too narrow for its nodes passes the rest to the next.
void keepClearOfFixedNodes(const LayeredGraph &g, Placement &p, double nodeSpacing,
                           double edgeSpacing);

} // namespace planner::layout
