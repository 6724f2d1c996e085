// SPDX-License-Identifier: GPL-3.0-or-later
// The dependents that bound a step's point of no return: once one of them changes the system,
// rolling the step back means rolling that one back too.
#include "SchedulerRun.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"

#include <algorithm>
#include <limits>

namespace planner::schedule_detail {

std::vector<int> SchedulerRun::firstDependents() const
{
    // Compact copies of what the edges look up, so that a hub's many edges stay in cache.
    const size_t placed = m_placed.size();
    std::vector<qint64> start(placed), decided(placed), execute(placed);
    std::vector<int> group(placed);
    for (size_t k = 0; k < placed; ++k) {
        const Placement &p = m_placed[k];
        const StepNeeds &s = m_needs[size_t(p.step)];
        start[k] = p.start;
        decided[k] = p.start + s.toDecided;
        execute[k] = p.start + s.toExecute;
        group[k] = m_plan.steps[p.step].group;
    }
    // Placements per component (estate row), by start: a component's steps share their phase
    // lengths, so the first to start is also the first to execute.
    const int n = m_estate.componentCount();
    std::vector<int> begin(size_t(n) + 1, 0);
    for (const Placement &p : m_placed)
        ++begin[size_t(m_needs[size_t(p.step)].component) + 1];
    for (int c = 0; c < n; ++c)
        begin[size_t(c) + 1] += begin[size_t(c)];
    std::vector<int> byComponent(placed);
    {
        std::vector<int> fill(begin.begin(), begin.end() - 1);
        for (size_t k = 0; k < placed; ++k)
            byComponent[size_t(fill[size_t(m_needs[size_t(m_placed[k].step)].component)]++)] = int(
                k);
    }
    for (int c = 0; c < n; ++c)
        if (begin[size_t(c) + 1] - begin[size_t(c)] > 1)
            std::sort(byComponent.begin() + begin[size_t(c)],
                      byComponent.begin() + begin[size_t(c) + 1],
                      [&](int a, int b) { return start[size_t(a)] < start[size_t(b)]; });

    std::vector<int> first(placed, -1);
    std::vector<qint64> firstExecute(placed, std::numeric_limits<qint64>::max());
    // The first placement of component `c` that starts at or after x's decision and does not roll
    // back with x (same group): a candidate dependent of x.
    const auto offerFirstOf = [&](int c, int x) {
        const qint64 after = decided[size_t(x)];
        const int g = group[size_t(x)];
        for (int i = begin[size_t(c)]; i < begin[size_t(c) + 1]; ++i) {
            const int y = byComponent[size_t(i)]; // few per component: a scan is enough
            if (start[size_t(y)] < after || y == x || (g >= 0 && group[size_t(y)] == g))
                continue;
            if (execute[size_t(y)] < firstExecute[size_t(x)]) {
                firstExecute[size_t(x)] = execute[size_t(y)];
                first[size_t(x)] = y;
            }
            return;
        }
    };
    for (int c = 0; c < n; ++c)
        for (int k = begin[size_t(c)]; k < begin[size_t(c) + 1]; ++k)
            offerFirstOf(c, byComponent[size_t(k)]); // the same component's next step
    for (const auto &[dependent, dependency] : m_edges) {
        if (dependent == dependency || begin[size_t(dependent)] == begin[size_t(dependent) + 1])
            continue;
        for (int k = begin[size_t(dependency)]; k < begin[size_t(dependency) + 1]; ++k)
            offerFirstOf(dependent, byComponent[size_t(k)]);
    }
    return first;
}

} // namespace planner::schedule_detail
