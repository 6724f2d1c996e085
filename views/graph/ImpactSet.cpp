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
    QList<QList<int>> needs(n);   // row -> rows it depends on
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

} // namespace planner
