// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

#include <span>
#include <vector>

namespace planner::layout {

/// Chooses a small set of arcs to turn around so that the graph has no cycle left (a feedback
/// arc set, by the greedy heuristic of Eades, Lin and Smyth: linear time). Returns one flag per
/// arc, 1 for "reverse". Arcs must not be loops. Deterministic.
std::vector<char> feedbackArcs(int nodeCount, std::span<const Arc> arcs);

} // namespace planner::layout
