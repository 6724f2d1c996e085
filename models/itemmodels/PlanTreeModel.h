// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/UpgradePlan.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace planner {

/// The upgrade plan as a tree: one top-level node per wave with its steps as children, then,
/// when there are any, a node listing the groups that must move together, one for the upgrades
/// that are blocked and one for the pins that cannot hold. Read-only; replaced as a whole when a
/// new plan comes in.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Component, Upgrade, Kind, Group, Reason, ColumnCount };
    Q_ENUM(Column)

    /// What a row stands for.
    enum class NodeKind {
        Wave,
        Step,
        GroupsSection,
        GroupItem,
        BlockedSection,
        BlockedItem,
        PinSection,
        PinItem
    };
    Q_ENUM(NodeKind)

    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< int(NodeKind)
        /// The ids of the components the row is about (QStringList): a step's component, a
        /// group's members, every component a wave moves.
        ComponentsRole,
        StepIndexRole, ///< index into UpgradePlan::steps for a step row, else -1
        WaveRole,      ///< the 1-based wave of a wave or step row, else 0
        /// Whether a component of the shared selection is involved (bool).
        HighlightRole,
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(const UpgradePlan &plan);
    const UpgradePlan &plan() const { return m_plan; }

    /// The rows (column 0) about component @p id: its steps, and the group, blocked and pin
    /// rows that name it.
    QModelIndexList indexesOf(const QString &id) const;
    /// The row of step @p stepIndex (index into plan().steps), column 0.
    QModelIndex indexOfStep(int stepIndex) const;

    /// Marks the rows about one of @p ids (the selection of another view) in bold.
    void setHighlightedComponents(const QStringList &ids);

    /// "48 steps in 14 waves, 2 groups, 1 blocked": the plan in one line.
    static QString summaryText(const UpgradePlan &plan);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    /// A top-level node and the items under it (indices into the plan's lists).
    struct TopNode
    {
        NodeKind kind;
        int wave = 0;
        QList<int> items;
    };
    static NodeKind childKind(NodeKind top);
    QStringList componentsOf(const TopNode &top, int child) const;
    QVariant topData(const TopNode &top, int column, int role) const;
    QVariant childData(const TopNode &top, int child, int column, int role) const;
    QVariant stepDisplay(const PlanStep &step, int column) const;
    bool highlighted(const QStringList &ids) const;

    /// Where a row is: top-level row and child row.
    struct Position
    {
        int top;
        int child;
    };

    UpgradePlan m_plan;
    QList<TopNode> m_tops;
    QHash<QString, QList<Position>> m_rowsOf; ///< by component id
    QList<Position> m_stepRows;               ///< by step index
    QSet<QString> m_highlighted;
};

} // namespace planner
