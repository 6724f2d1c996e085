// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveDependenciesCommand.h"

#include "inventory/EstateStore.h"

#include <algorithm>

namespace planner {

RemoveDependenciesCommand::RemoveDependenciesCommand(EstateStore *store, QList<int> rows,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    if (m_rows.size() == 1)
        setText(tr("Remove a dependency"));
    else
        setText(tr("Remove %1 dependencies").arg(m_rows.size()));
}

void RemoveDependenciesCommand::redo()
{
    const Estate &estate = m_store->estate();
    m_dependencies.clear();
    for (int row : std::as_const(m_rows))
        if (row >= 0 && row < estate.dependencyCount())
            m_dependencies.append({row, estate.dependency(row)});
    for (auto it = m_dependencies.crbegin(); it != m_dependencies.crend(); ++it)
        m_store->removeDependency(it->first);
}

void RemoveDependenciesCommand::undo()
{
    for (const auto &[row, dependency] : std::as_const(m_dependencies))
        m_store->insertDependency(row, dependency);
}

} // namespace planner
