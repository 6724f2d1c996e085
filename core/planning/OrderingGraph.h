// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <utility>
#include <vector>

namespace planner {

/// The dependency graph as the ordering needs it: integer rows, neighbours in both directions,
/// and a rank that puts dependencies before their dependents (components in one dependency
/// cycle share a rank). Built once per ordering; Boost.Graph stays inside the .cpp.
class OrderingGraph
{
public:
    /// The graph of @p componentCount components joined by dependencies with the given
    /// {from, to} rows (-1: an id that is not a component, skipped).
    OrderingGraph(int componentCount, std::span<const std::pair<int, int>> ends);

    /// Components joined to @p c by a dependency either way (unknown ends skipped), sorted.
    std::span<const int> neighbours(int c) const
    {
        return {m_adjacency.data() + m_offsets[c], m_adjacency.data() + m_offsets[c + 1]};
    }
    /// True when @p dependent depends on @p dependency directly.
    bool isDependencyOf(int dependency, int dependent) const;
    /// Lower ranks go first: every component ranks after everything it depends on, except
    /// inside a cycle.
    int rank(int c) const { return m_rank[c]; }
    /// Number of dependency cycles (strongly connected components with more than one member).
    int cycleCount() const { return m_cycles; }

    /// Components pinned to move after @p c has reached its target.
    const std::vector<int> &pinnedAfter(int c) const { return m_pinnedAfter[c]; }
    void addPinnedAfter(int c, int waiting) { m_pinnedAfter[c].push_back(waiting); }

private:
    std::vector<int> m_offsets; // CSR over m_adjacency
    std::vector<int> m_adjacency;
    std::vector<int> m_depOffsets; // CSR over m_dependencies: what each component depends on
    std::vector<int> m_dependencies;
    std::vector<int> m_rank;
    std::vector<std::vector<int>> m_pinnedAfter;
    int m_cycles = 0;
};

} // namespace planner
