// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependencyTableModel.h"

#include "commands/EditDependencyCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>

namespace planner {

DependencyTableModel::DependencyTableModel(EstateStore *store, QUndoStack *undoStack,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    connect(store, &EstateStore::aboutToReset, this, &DependencyTableModel::beginResetModel);
    connect(store, &EstateStore::wasReset, this, &DependencyTableModel::endResetModel);
    connect(store, &EstateStore::dependencyAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(store, &EstateStore::dependencyInserted, this, &DependencyTableModel::endInsertRows);
    connect(store, &EstateStore::dependencyAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(store, &EstateStore::dependencyRemoved, this, &DependencyTableModel::endRemoveRows);
    connect(store, &EstateStore::dependencyChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    // Tooltips show component names, which may change under a dependency.
    connect(store, &EstateStore::componentChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, From), index(rowCount() - 1, To), {Qt::ToolTipRole});
    });
}

const Dependency *DependencyTableModel::dependencyAt(int row) const
{
    const Estate &estate = m_store->estate();
    return row >= 0 && row < estate.dependencyCount() ? &estate.dependency(row) : nullptr;
}

int DependencyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->estate().dependencyCount();
}

int DependencyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DependencyTableModel::data(const QModelIndex &index, int role) const
{
    const Dependency *d = index.isValid() ? dependencyAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (Column(index.column())) {
        case From:
            return d->from;
        case To:
            return d->to;
        case Type:
            return d->type;
        case Requires:
            if (d->requirement)
                return d->requirement->text();
            return role == Qt::DisplayRole ? tr("any") : QString();
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == From || index.column() == To)) {
        const QString id = index.column() == From ? d->from : d->to;
        const Component *c = m_store->estate().find(id);
        return c ? c->name : tr("No component has the id “%1”").arg(id);
    }
    return {};
}

QVariant DependencyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case From:
        return tr("From");
    case To:
        return tr("Needs");
    case Type:
        return tr("Type");
    case Requires:
        return tr("Version range");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags DependencyTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool DependencyTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Dependency *current = index.isValid() ? dependencyAt(index.row()) : nullptr;
    if (!current || role != Qt::EditRole)
        return false;
    Dependency edited = *current;
    if (!applyEdit(edited, index.column(), value.toString().trimmed())) {
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    if (!(edited == *current))
        m_undoStack->push(new EditDependencyCommand(m_store, index.row(), *current, edited));
    return true;
}

bool DependencyTableModel::applyEdit(Dependency &d, int column, const QString &text)
{
    m_lastError.clear();
    switch (Column(column)) {
    case From:
    case To:
        if (!m_store->estate().find(text)) {
            m_lastError = tr("No component has the id “%1”.").arg(text);
            return false;
        }
        (column == From ? d.from : d.to) = text;
        return true;
    case Type:
        if (text.isEmpty()) {
            m_lastError = tr("A dependency needs a type, such as “uses”.");
            return false;
        }
        d.type = text;
        return true;
    case Requires: {
        if (text.isEmpty()) {
            d.requirement.reset();
            return true;
        }
        QString error;
        if (auto range = VersionRange::parse(text, &error)) {
            d.requirement = std::move(*range);
            return true;
        }
        m_lastError = tr("Version range “%1”: %2").arg(text, error);
        return false;
    }
    case ColumnCount:
        break;
    }
    return false;
}

} // namespace planner
