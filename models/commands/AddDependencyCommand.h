// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Dependency.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class EstateStore;

/// Adds one dependency (`from` needs `to`); undo takes it out again.
class AddDependencyCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddDependencyCommand)
public:
    /// Inserts @p dependency at @p row (-1: at the end).
    AddDependencyCommand(EstateStore *store, Dependency dependency, int row = -1,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EstateStore *m_store;
    Dependency m_dependency;
    int m_requestedRow;
    int m_row = -1;
};

} // namespace planner
