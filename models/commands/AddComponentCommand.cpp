// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddComponentCommand.h"

#include "inventory/EstateStore.h"

namespace planner {

AddComponentCommand::AddComponentCommand(EstateStore *store, Component component, int row,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_component(std::move(component))
    , m_row(row)
{
    setText(tr("Add component %1").arg(m_component.id));
}

QString AddComponentCommand::refusal(const Estate &estate, const Component &component)
{
    if (!isValidId(component.id))
        return tr("“%1” is not a valid id: use letters, digits and . _ : -").arg(component.id);
    if (estate.indexOf(component.id) >= 0)
        return tr("The id “%1” is already in use.").arg(component.id);
    return {};
}

void AddComponentCommand::redo()
{
    const int count = m_store->estate().componentCount();
    const int row = (m_row < 0 || m_row > count) ? count : m_row;
    if (!m_store->insertComponent(row, m_component))
        setObsolete(true); // the id is taken: the stack drops the command
}

void AddComponentCommand::undo()
{
    const int row = m_store->estate().indexOf(m_component.id);
    if (row >= 0)
        m_store->removeComponent(row);
}

} // namespace planner
