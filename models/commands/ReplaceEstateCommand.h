// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/EstateStore.h"

#include <QUndoCommand>

namespace planner {

/// Replaces the whole estate by another in one undoable step: what merging an import into an
/// open project does (File > Import). Undo brings back the estate as it was.
class ReplaceEstateCommand : public QUndoCommand
{
public:
    /// @p text names the step in Edit > Undo ("Import cmdb_ci.csv").
    ReplaceEstateCommand(EstateStore *store, Estate after, const QString &text,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    EstateStore *m_store;
    Estate m_before;
    Estate m_after;
};

} // namespace planner
