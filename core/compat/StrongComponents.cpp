// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from the checks that report cycles: lupdate follows includes, and on Boost.Graph's
// headers it does not come back.
#include "StrongComponents.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>

namespace planner::compat {

std::vector<int> strongComponents(int vertices, const std::vector<std::pair<int, int>> &edges,
                                  int *count)
{
    using Graph = boost::compressed_sparse_row_graph<boost::directedS>;
    const Graph graph(boost::edges_are_unsorted_multi_pass, edges.begin(), edges.end(),
                      static_cast<Graph::vertices_size_type>(vertices));
    std::vector<int> component(static_cast<size_t>(vertices));
    const int found
        = boost::strong_components(graph,
                                   boost::make_iterator_property_map(component.begin(),
                                                                     boost::get(boost::vertex_index,
                                                                                graph)));
    if (count)
        *count = found;
    return component;
}

} // namespace planner::compat
