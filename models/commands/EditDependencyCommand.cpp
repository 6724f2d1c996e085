// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditDependencyCommand.h"

#include "CommandIds.h"
#include "inventory/EstateStore.h"

namespace planner {

EditDependencyCommand::EditDependencyCommand(EstateStore *store, int row, Dependency before,
                                             Dependency after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_row(row)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(changedField(m_before, m_after))
{
    setText(tr("Edit dependency %1 → %2").arg(m_after.from, m_after.to));
}

EditDependencyCommand::Field EditDependencyCommand::changedField(const Dependency &a,
                                                                 const Dependency &b)
{
    int changes = 0;
    Field field = Field::None;
    const auto note = [&](bool differs, Field f) {
        if (differs) {
            ++changes;
            field = f;
        }
    };
    note(a.from != b.from, Field::From);
    note(a.to != b.to, Field::To);
    note(a.type != b.type, Field::Type);
    note(a.requirement != b.requirement, Field::Requires);
    return changes > 1 ? Field::Several : field;
}

int EditDependencyCommand::id() const
{
    return int(CommandId::EditDependency);
}

bool EditDependencyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditDependencyCommand *>(other);
    if (next->m_store != m_store || next->m_row != m_row || next->m_field != m_field
        || m_field == Field::Several || !(next->m_before == m_after))
        return false;
    m_after = next->m_after;
    setText(tr("Edit dependency %1 → %2").arg(m_after.from, m_after.to));
    setObsolete(m_before == m_after);
    return true;
}

void EditDependencyCommand::redo()
{
    if (m_row < 0 || m_row >= m_store->estate().dependencyCount()) {
        setObsolete(true);
        return;
    }
    m_store->replaceDependency(m_row, m_after);
}

void EditDependencyCommand::undo()
{
    m_store->replaceDependency(m_row, m_before);
}

} // namespace planner
