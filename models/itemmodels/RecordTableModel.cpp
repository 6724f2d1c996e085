// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTableModel.h"

namespace planner {

RecordTableModel::RecordTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
}

void RecordTableModel::refreshDecorations()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ToolTipRole, Qt::BackgroundRole});
}

void RecordTableModel::refuse(const QString &reason)
{
    m_lastError = reason;
    Q_EMIT editRefused(reason);
}

} // namespace planner
