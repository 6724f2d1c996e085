// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderingGraph.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <iterator>

namespace planner {

namespace {

// A compressed graph: no allocation per vertex, which at a million components is most of the
// cost of an adjacency list.
using Digraph = boost::compressed_sparse_row_graph<boost::directedS>;
using Edge = std::pair<int, int>;

// The edges grouped by source, keeping their order within a source (a stable counting sort):
// the searches below visit out-edges in the order the dependencies were listed.
std::vector<Edge> bySource(size_t n, const std::vector<Edge> &edges)
{
    std::vector<int> start(n + 1, 0);
    for (const Edge &e : edges)
        ++start[size_t(e.first) + 1];
    for (size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<Edge> out(edges.size());
    for (const Edge &e : edges)
        out[size_t(start[size_t(e.first)]++)] = e;
    return out;
}

// Compressed rows from (row, value) pairs: each row's values sorted, duplicates removed.
void buildCsr(size_t n, const std::vector<Edge> &pairs, std::vector<int> &offsets,
              std::vector<int> &values)
{
    offsets.assign(n + 1, 0);
    for (const Edge &p : pairs)
        ++offsets[size_t(p.first) + 1];
    for (size_t i = 0; i < n; ++i)
        offsets[i + 1] += offsets[i];
    values.resize(pairs.size());
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    for (const Edge &p : pairs)
        values[size_t(fill[size_t(p.first)]++)] = p.second;
    // Sort and deduplicate each row, compacting in place.
    int write = 0;
    for (size_t row = 0; row < n; ++row) {
        const auto first = values.begin() + offsets[row];
        const auto last = values.begin() + offsets[row + 1];
        std::sort(first, last);
        const auto unique = std::unique(first, last);
        offsets[row] = write;
        write = int(std::copy(first, unique, values.begin() + write) - values.begin());
    }
    offsets[n] = write;
    values.resize(size_t(write));
}

} // namespace

OrderingGraph::OrderingGraph(int componentCount, std::span<const std::pair<int, int>> ends)
{
    const size_t n = size_t(componentCount);
    std::vector<Edge> both, out;
    both.reserve(ends.size() * 2);
    out.reserve(ends.size());
    for (const auto &[from, to] : ends) {
        if (from < 0 || to < 0 || from == to)
            continue;
        both.emplace_back(from, to);
        both.emplace_back(to, from);
        out.emplace_back(from, to);
    }
    buildCsr(n, both, m_offsets, m_adjacency);
    both = {};
    const std::vector<Edge> sorted = bySource(n, out);
    const Digraph g(boost::edges_are_sorted, sorted.begin(), sorted.end(), n);
    buildCsr(n, out, m_depOffsets, m_dependencies);
    out = {};
    // Strong components, then the condensation in topological order, dependencies first.
    std::vector<int> scc(n);
    const int sccCount
        = n == 0
              ? 0
              : boost::strong_components(g,
                                         boost::make_iterator_property_map(scc.begin(),
                                                                           get(boost::vertex_index,
                                                                               g)));
    std::vector<int> sccSize(static_cast<size_t>(sccCount), 0);
    for (int s : scc)
        ++sccSize[size_t(s)];
    m_cycles = int(std::count_if(sccSize.begin(), sccSize.end(), [](int k) { return k > 1; }));
    // The condensation's edges in the order of the sorted dependencies.
    std::vector<Edge> condensedEdges;
    for (size_t c = 0; c < n; ++c) {
        for (int i = m_depOffsets[c]; i < m_depOffsets[c + 1]; ++i) {
            const int a = scc[c], b = scc[size_t(m_dependencies[size_t(i)])];
            if (a != b)
                condensedEdges.emplace_back(a, b);
        }
    }
    condensedEdges = bySource(size_t(sccCount), condensedEdges);
    const Digraph condensed(boost::edges_are_sorted, condensedEdges.begin(), condensedEdges.end(),
                            size_t(sccCount));
    // topological_sort writes vertices in reverse topological order: for an edge a -> b
    // (a depends on b), b comes out first, which is the order we want.
    std::vector<size_t> order;
    order.reserve(size_t(sccCount));
    boost::topological_sort(condensed, std::back_inserter(order));
    std::vector<int> sccRank(static_cast<size_t>(sccCount));
    for (size_t i = 0; i < order.size(); ++i)
        sccRank[order[i]] = int(i);
    m_rank.resize(n);
    for (size_t c = 0; c < n; ++c)
        m_rank[c] = sccRank[size_t(scc[c])];
    m_pinnedAfter.resize(n);
}

bool OrderingGraph::isDependencyOf(int dependency, int dependent) const
{
    const auto first = m_dependencies.begin() + m_depOffsets[size_t(dependent)];
    const auto last = m_dependencies.begin() + m_depOffsets[size_t(dependent) + 1];
    return std::binary_search(first, last, dependency);
}

} // namespace planner
