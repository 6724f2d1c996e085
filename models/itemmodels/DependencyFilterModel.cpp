// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependencyFilterModel.h"

#include "DependencyTableModel.h"

namespace planner {

DependencyFilterModel::DependencyFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DependencyFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_dependencies = qobject_cast<DependencyTableModel *>(model);
    Q_ASSERT(!model || m_dependencies);
    QSortFilterProxyModel::setSourceModel(model);
}

void DependencyFilterModel::setComponentFilter(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    invalidateRowsFilter();
}

bool DependencyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_dependencies || sourceParent.isValid())
        return false;
    if (m_id.isEmpty())
        return true;
    const Dependency *d = m_dependencies->dependencyAt(sourceRow);
    return d && (d->from == m_id || d->to == m_id);
}

} // namespace planner
