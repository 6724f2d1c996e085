// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Component.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

class QUndoStack;

namespace planner {

class EstateStore;

/// The inventory as a table: one row per component, in estate order. Edits become
/// EditComponentCommands on the document's undo stack; rows follow the EstateStore's signals,
/// so undo, redo and other views' edits show up here without a reset.
class ComponentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Kind, Product, Version, Target, Site, Owner, Criticality, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// The component's id (QString) in every column: how views find "their" component.
        ComponentIdRole = Qt::UserRole + 1,
        /// The machine name of the kind ("database"), for filtering.
        KindNameRole,
        /// The id of the site the component is in.
        SiteIdRole,
        /// The worst unwaived conflict of the component: 0 none, 1 warning, 2 error (int).
        ConflictLevelRole,
    };

    /// What the conflict badge of one component shows: its worst unwaived conflict and every
    /// conflict message (for the tooltip).
    struct ConflictBadge
    {
        int level = 0; ///< 0 none or only waived/informational, 1 warning, 2 error
        QStringList messages;
    };

    ComponentTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent = nullptr);

    EstateStore *store() const { return m_store; }
    /// The component shown in @p row, or null when the row does not exist.
    const Component *componentAt(int row) const;
    /// The row showing component @p id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Takes what the editors give for the Edit role: text, or the machine name for kind and
    /// criticality and the site id. Returns false, changing nothing, for a version that does
    /// not parse, an empty or taken id, an unknown kind: the text stays as it was.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Shows conflict badges (a coloured mark in the Id column with the messages as tooltip),
    /// by component id; the analysis sets them after each run.
    void setConflictBadges(QHash<QString, ConflictBadge> badges);

    /// Why the last setData() call was refused, for a status bar; empty after a success.
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// setData() refused an edit; @p reason says why, in words for the status bar.
    void editRefused(const QString &reason);

private:
    QVariant displayData(const Component &c, int column) const;
    QVariant editData(const Component &c, int column) const;
    bool applyEdit(Component &c, int column, const QString &text);
    void connectStore();

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QString m_lastError;
    QHash<QString, ConflictBadge> m_badges;
};

} // namespace planner
