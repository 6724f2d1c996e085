// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveNodesCommand.h"

#include "inventory/EstateStore.h"

namespace planner {

MoveNodesCommand::MoveNodesCommand(EstateStore *store,
                                   QMap<QString, std::optional<QPoint>> positions, bool nudge,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_after(std::move(positions))
    , m_nudge(nudge)
{
    const QMap<QString, QPoint> &current = m_store->estate().manualPositions;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        const auto old = current.constFind(it.key());
        m_before.insert(it.key(),
                        old == current.cend() ? std::nullopt : std::optional<QPoint>(*old));
    }
    const bool unpin = !m_after.isEmpty() && !m_after.cbegin().value().has_value();
    if (m_after.size() == 1)
        setText(unpin ? tr("Unpin %1").arg(m_after.firstKey())
                      : tr("Move %1").arg(m_after.firstKey()));
    else
        setText(unpin ? tr("Unpin %n components", nullptr, int(m_after.size()))
                      : tr("Move %n components", nullptr, int(m_after.size())));
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveNodesCommand *>(other);
    if (!m_nudge || !next->m_nudge || next->m_store != m_store
        || next->m_after.keys() != m_after.keys())
        return false;
    m_after = next->m_after;
    return true;
}

void MoveNodesCommand::redo()
{
    apply(m_after);
}

void MoveNodesCommand::undo()
{
    apply(m_before);
}

void MoveNodesCommand::apply(const QMap<QString, std::optional<QPoint>> &positions)
{
    QMap<QString, QPoint> all = m_store->estate().manualPositions;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (it.value())
            all.insert(it.key(), *it.value());
        else
            all.remove(it.key());
    }
    m_store->setManualPositions(std::move(all));
}

} // namespace planner
