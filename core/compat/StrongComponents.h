// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

namespace planner::compat {

/// The strongly connected components of a directed graph with @p vertices vertices and the
/// given edges (from, to): for each vertex, the number of its component (0 .. count - 1).
/// Vertices on a common cycle share a number. Boost.Graph stays behind this function.
std::vector<int> strongComponents(int vertices, const std::vector<std::pair<int, int>> &edges,
                                  int *count);

} // namespace planner::compat
