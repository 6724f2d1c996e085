// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveComponentsCommand.h"

#include "inventory/EstateStore.h"

#include <algorithm>

namespace planner {

RemoveComponentsCommand::RemoveComponentsCommand(EstateStore *store, QStringList ids,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_ids(std::move(ids))
{
    m_ids.removeDuplicates();
    if (m_ids.size() == 1)
        setText(tr("Remove component %1").arg(m_ids.first()));
    else
        setText(tr("Remove %1 components").arg(m_ids.size()));
}

void RemoveComponentsCommand::redo()
{
    // Rows are collected afresh: redo always runs on the estate the command was made for.
    const Estate &estate = m_store->estate();
    m_components.clear();
    m_dependencies.clear();
    QList<int> dependencyRows;
    for (const QString &id : std::as_const(m_ids)) {
        const int row = estate.indexOf(id);
        if (row < 0)
            continue;
        m_components.append({row, estate.component(row)});
        dependencyRows += estate.dependenciesTouching(id);
    }
    std::sort(m_components.begin(), m_components.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::sort(dependencyRows.begin(), dependencyRows.end());
    dependencyRows.erase(std::unique(dependencyRows.begin(), dependencyRows.end()),
                         dependencyRows.end());
    for (int row : std::as_const(dependencyRows))
        m_dependencies.append({row, estate.dependency(row)});

    for (auto it = m_dependencies.crbegin(); it != m_dependencies.crend(); ++it)
        m_store->removeDependency(it->first);
    for (auto it = m_components.crbegin(); it != m_components.crend(); ++it)
        m_store->removeComponent(it->first);
}

void RemoveComponentsCommand::undo()
{
    // Ascending inserts land every item at its old row.
    for (const auto &[row, component] : std::as_const(m_components))
        m_store->insertComponent(row, component);
    for (const auto &[row, dependency] : std::as_const(m_dependencies))
        m_store->insertDependency(row, dependency);
}

} // namespace planner
