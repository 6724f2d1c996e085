// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanTreeModel.h"

#include "Counted.h"

#include <QColor>
#include <QFont>

namespace planner {

// Top-level rows carry internal id 0; a child carries its parent's row + 1.

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlanTreeModel::setPlan(const UpgradePlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_tops.clear();
    m_rowsOf.clear();
    m_stepRows = QList<Position>(m_plan.steps.size(), Position{-1, -1});

    const int waves = m_plan.waveCount();
    for (int wave = 1; wave <= waves; ++wave)
        m_tops.append({NodeKind::Wave, wave, {}});
    for (int i = 0; i < m_plan.steps.size(); ++i) {
        const int wave = m_plan.steps[i].wave;
        if (wave >= 1 && wave <= waves)
            m_tops[wave - 1].items.append(i);
    }
    // A wave no step is in (possible with pins) would be an empty node: drop it.
    m_tops.removeIf([](const TopNode &t) { return t.items.isEmpty(); });

    auto section = [this](NodeKind kind, qsizetype count) {
        if (count == 0)
            return;
        TopNode top{kind, 0, {}};
        for (int i = 0; i < count; ++i)
            top.items.append(i);
        m_tops.append(top);
    };
    section(NodeKind::GroupsSection, m_plan.groups.size());
    section(NodeKind::BlockedSection, m_plan.blocked.size());
    section(NodeKind::PinSection, m_plan.pinProblems.size());

    for (int t = 0; t < m_tops.size(); ++t) {
        const TopNode &top = m_tops[t];
        for (int c = 0; c < top.items.size(); ++c) {
            if (top.kind == NodeKind::Wave)
                m_stepRows[top.items[c]] = {t, c};
            for (const QString &id : componentsOf(top, c))
                m_rowsOf[id].append({t, c});
        }
    }
    endResetModel();
}

PlanTreeModel::NodeKind PlanTreeModel::childKind(NodeKind top)
{
    switch (top) {
    case NodeKind::Wave:
        return NodeKind::Step;
    case NodeKind::GroupsSection:
        return NodeKind::GroupItem;
    case NodeKind::BlockedSection:
        return NodeKind::BlockedItem;
    case NodeKind::PinSection:
        return NodeKind::PinItem;
    default:
        return top;
    }
}

QStringList PlanTreeModel::componentsOf(const TopNode &top, int child) const
{
    const int item = top.items[child];
    switch (top.kind) {
    case NodeKind::Wave:
        return {m_plan.steps[item].component};
    case NodeKind::GroupsSection:
        return m_plan.groups[item].components;
    case NodeKind::BlockedSection:
        return {m_plan.blocked[item].component};
    case NodeKind::PinSection:
        return {m_plan.pinProblems[item].component};
    default:
        return {};
    }
}

QModelIndexList PlanTreeModel::indexesOf(const QString &id) const
{
    QModelIndexList indexes;
    for (const Position &p : m_rowsOf.value(id))
        indexes << createIndex(p.child, 0, quintptr(p.top + 1));
    return indexes;
}

QModelIndex PlanTreeModel::indexOfStep(int stepIndex) const
{
    if (stepIndex < 0 || stepIndex >= m_stepRows.size() || m_stepRows[stepIndex].top < 0)
        return {};
    const Position &p = m_stepRows[stepIndex];
    return createIndex(p.child, 0, quintptr(p.top + 1));
}

void PlanTreeModel::setHighlightedComponents(const QStringList &ids)
{
    QSet<QString> highlighted(ids.cbegin(), ids.cend());
    if (highlighted == m_highlighted)
        return;
    // Only the rows whose mark changes are told.
    QSet<QString> changed = highlighted;
    changed.unite(m_highlighted).subtract(QSet<QString>(highlighted).intersect(m_highlighted));
    m_highlighted = std::move(highlighted);
    for (const QString &id : std::as_const(changed))
        for (const QModelIndex &index : indexesOf(id))
            Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1),
                               {Qt::FontRole, HighlightRole});
}

bool PlanTreeModel::highlighted(const QStringList &ids) const
{
    for (const QString &id : ids)
        if (m_highlighted.contains(id))
            return true;
    return false;
}

QString PlanTreeModel::summaryText(const UpgradePlan &plan)
{
    if (plan.steps.isEmpty() && plan.blocked.isEmpty() && plan.pinProblems.isEmpty())
        return tr("Nothing to upgrade");
    //: e.g. "48 steps in 14 waves"
    const int steps = int(plan.steps.size());
    const int waves = plan.waveCount();
    QString text = tr("%1 in %2")
                       .arg(counted(steps, tr("%n step", nullptr, steps),
                                    tr("%n steps", nullptr, steps)),
                            counted(waves, tr("%n wave", nullptr, waves),
                                    tr("%n waves", nullptr, waves)));
    QStringList parts{text};
    if (!plan.groups.isEmpty())
        parts << counted(int(plan.groups.size()), tr("%n group", nullptr, int(plan.groups.size())),
                         tr("%n groups", nullptr, int(plan.groups.size())));
    if (!plan.blocked.isEmpty())
        parts << tr("%n blocked", nullptr, int(plan.blocked.size()));
    if (!plan.pinProblems.isEmpty())
        parts << counted(int(plan.pinProblems.size()),
                         tr("%n pin problem", nullptr, int(plan.pinProblems.size())),
                         tr("%n pin problems", nullptr, int(plan.pinProblems.size())));
    return parts.join(QStringLiteral(", "));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_tops.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_tops.size())
        return {};
    if (row >= m_tops[parent.row()].items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tops.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_tops[parent.row()].items.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return topData(m_tops[index.row()], index.column(), role);
    const TopNode &top = m_tops[int(index.internalId() - 1)];
    return childData(top, index.row(), index.column(), role);
}

QVariant PlanTreeModel::topData(const TopNode &top, int column, int role) const
{
    const int count = int(top.items.size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Component) {
            switch (top.kind) {
            case NodeKind::Wave:
                return tr("Wave %1").arg(top.wave);
            case NodeKind::GroupsSection:
                return tr("Move together");
            case NodeKind::BlockedSection:
                return tr("Blocked");
            case NodeKind::PinSection:
                return tr("Pins that cannot hold");
            default:
                return {};
            }
        }
        if (column == Upgrade) {
            switch (top.kind) {
            case NodeKind::Wave:
                return counted(count, tr("%n step", nullptr, count), tr("%n steps", nullptr, count));
            case NodeKind::GroupsSection:
                return counted(count, tr("%n group", nullptr, count),
                               tr("%n groups", nullptr, count));
            case NodeKind::BlockedSection:
                return counted(count, tr("%n upgrade", nullptr, count),
                               tr("%n upgrades", nullptr, count));
            case NodeKind::PinSection:
                return counted(count, tr("%n pin", nullptr, count), tr("%n pins", nullptr, count));
            default:
                return {};
            }
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(column == Component);
        return font;
    }
    case Qt::ForegroundRole:
        if (column == Component
            && (top.kind == NodeKind::BlockedSection || top.kind == NodeKind::PinSection))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::BackgroundRole:
        // A light band, so that the waves stand apart from their steps.
        return QColor(0x1e, 0x5a, 0x9c, 24);
    case NodeKindRole:
        return int(top.kind);
    case ComponentsRole: {
        QStringList ids;
        QSet<QString> seen;
        for (int c = 0; c < count; ++c)
            for (const QString &id : componentsOf(top, c))
                if (!seen.contains(id)) {
                    seen.insert(id);
                    ids << id;
                }
        return ids;
    }
    case StepIndexRole:
        return -1;
    case WaveRole:
        return top.wave;
    case HighlightRole:
        return false;
    default:
        return {};
    }
}

QVariant PlanTreeModel::stepDisplay(const PlanStep &step, int column) const
{
    switch (column) {
    case Component:
        return step.component;
    case Upgrade:
        return QStringLiteral("%1 \u2192 %2").arg(step.from.text(), step.to.text());
    case Kind:
        if (step.unsupportedStone)
            return tr("unsupported stone");
        if (step.requiredStop)
            return tr("required stop");
        if (step.steppingStone)
            return tr("stepping stone");
        return QString(); // straight to the target: nothing to mark
    case Group:
        // Counted from 1 for people, as in the command line's report.
        return step.group >= 0 ? QVariant(step.group + 1) : QVariant();
    case Reason:
        return step.reason;
    default:
        return {};
    }
}

QVariant PlanTreeModel::childData(const TopNode &top, int child, int column, int role) const
{
    const int item = top.items[child];
    const NodeKind kind = childKind(top.kind);
    switch (role) {
    case Qt::DisplayRole:
        switch (kind) {
        case NodeKind::Step:
            return stepDisplay(m_plan.steps[item], column);
        case NodeKind::GroupItem: {
            const PlanGroup &g = m_plan.groups[item];
            if (column == Component)
                return g.components.join(QStringLiteral(", "));
            if (column == Group)
                return item + 1;
            return column == Reason ? g.reason : QString();
        }
        case NodeKind::BlockedItem:
            if (column == Component)
                return m_plan.blocked[item].component;
            return column == Reason ? m_plan.blocked[item].reason : QString();
        case NodeKind::PinItem:
            if (column == Component)
                return m_plan.pinProblems[item].component;
            return column == Reason ? m_plan.pinProblems[item].reason : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QVariant text = childData(top, child, Reason, Qt::DisplayRole);
        if (column == Kind && kind == NodeKind::Step && m_plan.steps[item].unsupportedStone)
            return tr("A stepping stone whose support has ended: %1 passes through %2 and does "
                      "not stay there.")
                .arg(m_plan.steps[item].component, m_plan.steps[item].to.text());
        // Rich text so that long reasons wrap.
        return text.toString().isEmpty()
                   ? QVariant()
                   : QVariant(QStringLiteral("<p>%1</p>").arg(text.toString().toHtmlEscaped()));
    }
    case Qt::ForegroundRole:
        if (kind == NodeKind::Step && column == Kind) {
            const PlanStep &s = m_plan.steps[item];
            if (s.unsupportedStone)
                return QColor(0xc7, 0x7c, 0x02);
            if (s.requiredStop)
                return QColor(0x15, 0x65, 0xc0);
            if (s.steppingStone)
                return QColor(0x2e, 0x7d, 0x32);
        }
        return {};
    case Qt::FontRole:
        if (highlighted(componentsOf(top, child))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case NodeKindRole:
        return int(kind);
    case ComponentsRole:
        return componentsOf(top, child);
    case StepIndexRole:
        return kind == NodeKind::Step ? item : -1;
    case WaveRole:
        return kind == NodeKind::Step ? m_plan.steps[item].wave : 0;
    case HighlightRole:
        return highlighted(componentsOf(top, child));
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Component:
        return tr("Component");
    case Upgrade:
        return tr("From \u2192 To");
    case Kind:
        return tr("Stop");
    case Group:
        return tr("Group");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace planner
