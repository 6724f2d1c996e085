// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

namespace planner {

class Estate;

/// Which business processes rely on which components: a process relies on the components it
/// uses and, transitively, on everything they depend on. Shared by the scheduler (peaks,
/// downtime) and the business impact (changes/BusinessImpact.h).
struct ProcessReach
{
    /// For component row c, the processes (indices into Estate::processes, ascending) are
    /// processes[start[c]] .. processes[start[c + 1] - 1].
    std::vector<int> start;
    std::vector<int> processes;
    /// Parallel to `processes`: the component row the process uses directly through which it
    /// reaches the component (the component itself when the process uses it directly).
    std::vector<int> via;
    /// The dependencies between known components as (dependent row, dependency row).
    std::vector<std::pair<int, int>> edges;
};

/// One walk per process over the dependency graph, recording the process on each reached
/// component for which @p record is non-zero (one entry per estate row; empty: every row).
ProcessReach reachProcesses(const Estate &estate, const std::vector<char> &record = {});

} // namespace planner
