// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Dependency.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace planner {

class EstateStore;

/// The dependencies as a table: one row per edge "from needs to", in estate order. Edits
/// become EditDependencyCommands on the document's undo stack.
class DependencyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { From, To, Type, Requires, ColumnCount };
    Q_ENUM(Column)

    DependencyTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent = nullptr);

    EstateStore *store() const { return m_store; }
    const Dependency *dependencyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// From and To take the id of an existing component, Type any non-empty word, Requires a
    /// version range (empty: any version). Anything else is refused and changes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Why the last setData() call was refused; empty after a success.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// setData() refused an edit; @p reason says why, in words for the status bar.
    void editRefused(const QString &reason);

private:
    bool applyEdit(Dependency &d, int column, const QString &text);

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QString m_lastError;
};

} // namespace planner
