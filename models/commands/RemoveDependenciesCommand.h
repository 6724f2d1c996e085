// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Dependency.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <utility>

namespace planner {

class EstateStore;

/// Removes dependencies by row; undo puts each back at the row it had.
class RemoveDependenciesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveDependenciesCommand)
public:
    /// Rows out of range and duplicates are ignored.
    RemoveDependenciesCommand(EstateStore *store, QList<int> rows, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EstateStore *m_store;
    QList<int> m_rows;                                // ascending, unique
    QList<std::pair<int, Dependency>> m_dependencies; // what redo took out
};

} // namespace planner
