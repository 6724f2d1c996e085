// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPoint>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace planner {

class EstateStore;

/// The edits the graph view offers, each one an undo command pushed on the document's undo
/// stack (the same stack as the inventory table), never a direct change of the estate.
class GraphEditor
{
    Q_DECLARE_TR_FUNCTIONS(GraphEditor)
public:
    /// @p undoStack null: nothing can be edited (a graph drawn for export).
    GraphEditor(EstateStore *store, QUndoStack *undoStack);

    bool canEdit() const { return m_undoStack != nullptr; }

    /// Why `from` cannot be made to depend on `to` (unknown component, itself, already
    /// there), or an empty text.
    QString connectRefusal(const QString &from, const QString &to) const;
    /// Makes @p from depend on @p to, requiring @p range of it (empty: any version).
    Expected<Done> connect(const QString &from, const QString &to, const QString &range = {});

    /// Makes the dependency at @p row require @p range of what it depends on (empty or "*":
    /// any version).
    Expected<Done> setRequirement(int row, const QString &range);

    /// Removes components (with every dependency touching them) and dependency rows, as one
    /// undo step.
    void remove(const QStringList &componentIds, const QList<int> &dependencyRows);

    /// Gives component @p id the display name @p name.
    Expected<Done> rename(const QString &id, const QString &name);

    /// Places components by hand at these centres (kept by every re-layout). @p nudge: a
    /// keyboard step, merged with the previous one of the same components.
    void move(const QMap<QString, QPoint> &centres, bool nudge = false);
    /// Lets the automatic layout place these components again.
    void unpin(const QStringList &ids);

private:
    EstateStore *m_store;
    QUndoStack *m_undoStack;
};

} // namespace planner
