// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/CommandIds.h"

#include <QCoreApplication>
#include <QMap>
#include <QPoint>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace planner {

class EstateStore;

/// Places graph nodes by hand: sets (or clears) their entries in Estate::manualPositions, which
/// the automatic layout keeps on every re-layout. Undo puts back the entries they had before.
/// Consecutive keyboard nudges of the same nodes merge into one undo step; drags do not, so each
/// drag can be undone on its own.
class MoveNodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveNodesCommand)
public:
    /// QUndoCommand::id() of this command (next to the ids of models/commands/CommandIds.h).
    static constexpr int commandId = int(CommandId::MoveNodes);

    /// @p positions: the new centre of each component (scene coordinates, whole pixels), or
    /// std::nullopt to unpin it so that the layout places it again. @p nudge marks a keyboard
    /// step that may merge with the previous one.
    MoveNodesCommand(EstateStore *store, QMap<QString, std::optional<QPoint>> positions,
                     bool nudge = false, QUndoCommand *parent = nullptr);

    int id() const override { return commandId; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QMap<QString, std::optional<QPoint>> &positions);

    EstateStore *m_store;
    QMap<QString, std::optional<QPoint>> m_after;
    QMap<QString, std::optional<QPoint>> m_before;
    bool m_nudge;
};

} // namespace planner
