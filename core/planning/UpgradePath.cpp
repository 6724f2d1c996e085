// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradePath.h"

#include "inventory/Estate.h"

#include <QSet>

#include <algorithm>

namespace planner {

QStringList UpgradePath::versions() const
{
    QStringList out;
    for (const PathMove &m : moves) {
        if (!m.own)
            continue;
        if (out.isEmpty())
            out << m.from.text();
        out << m.to.text();
    }
    return out;
}

bool UpgradePath::isMultiHop() const
{
    int hops = 0;
    for (const PathMove &m : moves)
        hops += m.own;
    return hops > 1;
}

UpgradePath upgradePathOf(const UpgradePlan &plan, const Estate &estate, const QString &component)
{
    UpgradePath path;
    path.component = component;
    int first = 0, last = -1;
    QSet<int> ownGroups; // groups an own hop moves with: their members move at the same time
    for (const PlanStep &s : plan.steps) {
        if (s.component != component)
            continue;
        first = last < 0 ? s.wave : std::min(first, s.wave);
        last = std::max(last, s.wave);
        if (s.group >= 0)
            ownGroups.insert(s.group);
    }
    if (last < 0)
        return path;

    QSet<QString> neighbours;
    for (int d : estate.dependenciesTouching(component)) {
        neighbours.insert(estate.dependency(d).from);
        neighbours.insert(estate.dependency(d).to);
    }
    neighbours.remove(component);
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps[i];
        const bool own = s.component == component;
        // A neighbour's move belongs to the path when it happens between two hops, or moves
        // together with a later hop (the hop cannot go without it).
        const bool between = s.wave > first
                             && (s.wave < last || (s.group >= 0 && ownGroups.contains(s.group)));
        if (!own && !(neighbours.contains(s.component) && between))
            continue;
        path.moves.append(
            {i, s.component, s.from, s.to, s.wave, own, s.steppingStone, s.requiredStop});
        if (!own && !path.neighbours.contains(s.component))
            path.neighbours << s.component;
    }
    std::stable_sort(path.moves.begin(), path.moves.end(),
                     [](const PathMove &a, const PathMove &b) { return a.wave < b.wave; });
    return path;
}

} // namespace planner
