// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessReach.h"

#include "inventory/Estate.h"

namespace planner {

ProcessReach reachProcesses(const Estate &estate, const std::vector<char> &record)
{
    ProcessReach out;
    const int n = estate.componentCount();
    std::vector<int> edgeStart(size_t(n) + 1, 0);
    std::vector<std::pair<int, int>> &edges = out.edges;
    edges.reserve(size_t(estate.dependencyCount()));
    for (const Dependency &d : estate.dependencies()) {
        const int from = estate.indexOf(d.from);
        const int to = estate.indexOf(d.to);
        if (from >= 0 && to >= 0)
            edges.emplace_back(from, to);
    }
    for (const auto &e : edges)
        ++edgeStart[size_t(e.first) + 1];
    for (int i = 0; i < n; ++i)
        edgeStart[size_t(i) + 1] += edgeStart[size_t(i)];
    std::vector<int> edgeTo(edges.size());
    {
        std::vector<int> fill(edgeStart.begin(), edgeStart.end() - 1);
        for (const auto &e : edges)
            edgeTo[size_t(fill[size_t(e.first)]++)] = e.second;
    }

    const bool all = record.empty();
    std::vector<std::vector<std::pair<int, int>>> affected(static_cast<size_t>(n));
    std::vector<int> seen(size_t(n), -1);
    std::vector<std::pair<int, int>> stack; // (component, the used one it was reached from)
    for (int p = 0; p < estate.processes.size(); ++p) {
        for (const QString &id : estate.processes[p].uses) {
            const int c = estate.indexOf(id);
            if (c >= 0 && seen[size_t(c)] != p) {
                seen[size_t(c)] = p;
                stack.emplace_back(c, c);
            }
        }
        while (!stack.empty()) {
            const auto [c, via] = stack.back();
            stack.pop_back();
            if (all || record[size_t(c)])
                affected[size_t(c)].emplace_back(p, via);
            for (int e = edgeStart[size_t(c)]; e < edgeStart[size_t(c) + 1]; ++e) {
                const int next = edgeTo[size_t(e)];
                if (seen[size_t(next)] != p) {
                    seen[size_t(next)] = p;
                    stack.emplace_back(next, via);
                }
            }
        }
    }
    out.start.assign(size_t(n) + 1, 0);
    for (int c = 0; c < n; ++c)
        out.start[size_t(c) + 1] = out.start[size_t(c)] + int(affected[size_t(c)].size());
    out.processes.reserve(size_t(out.start.back()));
    out.via.reserve(size_t(out.start.back()));
    for (const auto &list : affected) {
        for (const auto &[process, via] : list) {
            out.processes.push_back(process);
            out.via.push_back(via);
        }
    }
    return out;
}

} // namespace planner
