// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderingGraph.h"

#include "inventory/Estate.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>

namespace planner {

namespace {

using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// Compressed rows from (row, value) pairs: sorted, duplicates removed.
void buildCsr(size_t n, std::vector<std::pair<int, int>> &pairs, std::vector<int> &offsets,
              std::vector<int> &values)
{
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    offsets.assign(n + 1, 0);
    for (const auto &p : pairs)
        ++offsets[size_t(p.first) + 1];
    for (size_t i = 0; i < n; ++i)
        offsets[i + 1] += offsets[i];
    values.resize(pairs.size());
    for (size_t i = 0; i < pairs.size(); ++i)
        values[i] = pairs[i].second;
}

} // namespace

OrderingGraph::OrderingGraph(const Estate &estate)
{
    const size_t n = size_t(estate.componentCount());
    std::vector<std::pair<int, int>> both, out;
    both.reserve(size_t(estate.dependencyCount()) * 2);
    out.reserve(size_t(estate.dependencyCount()));
    Digraph g(n);
    for (const Dependency &d : estate.dependencies()) {
        const int from = estate.indexOf(d.from);
        const int to = estate.indexOf(d.to);
        if (from < 0 || to < 0 || from == to)
            continue;
        both.emplace_back(from, to);
        both.emplace_back(to, from);
        out.emplace_back(from, to);
        boost::add_edge(size_t(from), size_t(to), g);
    }
    buildCsr(n, both, m_offsets, m_adjacency);
    buildCsr(n, out, m_depOffsets, m_dependencies);

    // Strong components, then the condensation in topological order, dependencies first.
    std::vector<int> scc(n);
    const int sccCount = n == 0 ? 0 : boost::strong_components(g, scc.data());
    std::vector<int> sccSize(static_cast<size_t>(sccCount), 0);
    for (int s : scc)
        ++sccSize[size_t(s)];
    m_cycles = int(std::count_if(sccSize.begin(), sccSize.end(), [](int k) { return k > 1; }));
    Digraph condensed{size_t(sccCount)};
    for (size_t i = 0; i < out.size(); ++i) {
        const int a = scc[size_t(out[i].first)], b = scc[size_t(out[i].second)];
        if (a != b)
            boost::add_edge(size_t(a), size_t(b), condensed);
    }
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
