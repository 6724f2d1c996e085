// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImpactSet.h"

#include "inventory/Estate.h"

#include <QList>

namespace planner {

namespace {

// Breadth-first walk over component rows along @p next, marking what it reaches in @p seen.
void walk(const QList<QList<int>> &next, QList<bool> &seen, QList<int> queue)
{
    for (qsizetype head = 0; head < queue.size(); ++head) {
        for (int row : next[queue[head]]) {
            if (!seen[row]) {
                seen[row] = true;
                queue.append(row);
            }
        }
    }
}

} // namespace

QSet<QString> impactSet(const Estate &estate, const QStringList &seeds, ImpactDirection direction)
{
    const int n = estate.componentCount();
    QList<QList<int>> needs(n);    // row -> rows it depends on
    QList<QList<int>> neededBy(n); // row -> rows that depend on it
    for (const Dependency &dep : estate.dependencies()) {
        const int from = estate.indexOf(dep.from);
        const int to = estate.indexOf(dep.to);
        if (from < 0 || to < 0)
            continue;
        needs[from].append(to);
        neededBy[to].append(from);
    }

    QList<int> seedRows;
    for (const QString &id : seeds) {
        const int row = estate.indexOf(id);
        if (row >= 0)
            seedRows.append(row);
    }

    QList<bool> reached(n, false);
    for (int row : seedRows)
        reached[row] = true;
    if (direction != ImpactDirection::Dependencies) {
        QList<bool> seen(n, false);
        for (int row : seedRows)
            seen[row] = true;
        walk(neededBy, seen, seedRows);
        for (int i = 0; i < n; ++i)
            reached[i] = reached[i] || seen[i];
    }
    if (direction != ImpactDirection::Dependents) {
        QList<bool> seen(n, false);
        for (int row : seedRows)
            seen[row] = true;
        walk(needs, seen, seedRows);
        for (int i = 0; i < n; ++i)
            reached[i] = reached[i] || seen[i];
    }

    QSet<QString> ids;
    for (int i = 0; i < n; ++i)
        if (reached[i])
            ids.insert(estate.component(i).id);
    return ids;
}

QStringList dependencyChain(const Estate &estate, const QString &from, const QString &to)
{
    const int n = estate.componentCount();
    QList<QList<int>> needs(n);
    for (const Dependency &dep : estate.dependencies()) {
        const int a = estate.indexOf(dep.from);
        const int b = estate.indexOf(dep.to);
        if (a >= 0 && b >= 0)
            needs[a].append(b);
    }
    // Breadth first from @p start along what it needs, remembering where each came from.
    auto search = [&](int start, int goal) {
        QList<int> cameFrom(n, -1);
        QList<int> queue{start};
        cameFrom[start] = start;
        for (qsizetype head = 0; head < queue.size() && cameFrom[goal] < 0; ++head)
            for (int next : needs[queue[head]])
                if (cameFrom[next] < 0) {
                    cameFrom[next] = queue[head];
                    queue.append(next);
                }
        QStringList chain;
        if (cameFrom[goal] < 0)
            return chain;
        for (int at = goal; at != start; at = cameFrom[at])
            chain.prepend(estate.component(at).id);
        chain.prepend(estate.component(start).id);
        return chain;
    };
    const int a = estate.indexOf(from);
    const int b = estate.indexOf(to);
    if (a < 0 || b < 0 || a == b)
        return {};
    QStringList chain = search(a, b);
    return chain.isEmpty() ? search(b, a) : chain;
}

} // namespace planner
