// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Component.h"
#include "inventory/Dependency.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

#include <utility>

namespace planner {

class EstateStore;

/// Removes components together with every dependency that starts or ends at one of them, so
/// the estate never keeps an edge to a component that is gone. Undo puts components and
/// dependencies back at the rows they had.
class RemoveComponentsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveComponentsCommand)
public:
    /// Ids that name no component are ignored.
    RemoveComponentsCommand(EstateStore *store, QStringList ids, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EstateStore *m_store;
    QStringList m_ids;
    QList<std::pair<int, Component>> m_components;    // ascending rows
    QList<std::pair<int, Dependency>> m_dependencies; // ascending rows
};

} // namespace planner
