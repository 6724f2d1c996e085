// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddDependencyCommand.h"

#include "inventory/EstateStore.h"

namespace planner {

AddDependencyCommand::AddDependencyCommand(EstateStore *store, Dependency dependency, int row,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_dependency(std::move(dependency))
    , m_requestedRow(row)
{
    setText(tr("Add dependency %1 → %2").arg(m_dependency.from, m_dependency.to));
}

void AddDependencyCommand::redo()
{
    const int count = m_store->estate().dependencyCount();
    m_row = (m_requestedRow < 0 || m_requestedRow > count) ? count : m_requestedRow;
    m_store->insertDependency(m_row, m_dependency);
}

void AddDependencyCommand::undo()
{
    m_store->removeDependency(m_row);
}

} // namespace planner
