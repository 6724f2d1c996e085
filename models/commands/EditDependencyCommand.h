// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Dependency.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class EstateStore;

/// Replaces the dependency at one row by an edited copy. Consecutive edits of the same field
/// of the same row merge into one undo step.
class EditDependencyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditDependencyCommand)
public:
    enum class Field { None, From, To, Type, Requires, Several };

    /// @p before is the dependency at @p row now, @p after the edited copy.
    EditDependencyCommand(EstateStore *store, int row, Dependency before, Dependency after,
                          QUndoCommand *parent = nullptr);

    static Field changedField(const Dependency &before, const Dependency &after);

    Field field() const { return m_field; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    EstateStore *m_store;
    int m_row;
    Dependency m_before;
    Dependency m_after;
    Field m_field;
};

} // namespace planner
