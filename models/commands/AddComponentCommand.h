// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Component.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace planner {

class Estate;
class EstateStore;

/// Adds one component to the estate; undo takes it out again.
class AddComponentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddComponentCommand)
public:
    /// Inserts @p component at @p row (-1: at the end).
    AddComponentCommand(EstateStore *store, Component component, int row = -1,
                        QUndoCommand *parent = nullptr);

    /// Why @p component cannot join @p estate (invalid or taken id), or an empty text.
    static QString refusal(const Estate &estate, const Component &component);

    void redo() override;
    void undo() override;

private:
    EstateStore *m_store;
    Component m_component;
    int m_row;
};

} // namespace planner
