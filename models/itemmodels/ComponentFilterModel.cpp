// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentFilterModel.h"

#include "ComponentTableModel.h"

namespace planner {

ComponentFilterModel::ComponentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows edited in place re-sort and re-filter as their text changes.
    setDynamicSortFilter(true);
}

void ComponentFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_components = qobject_cast<ComponentTableModel *>(model);
    Q_ASSERT(!model || m_components);
    QSortFilterProxyModel::setSourceModel(model);
}

void ComponentFilterModel::setKindFilter(std::optional<ComponentKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ComponentFilterModel::setSiteFilter(std::optional<QString> siteId)
{
    if (siteId == m_site)
        return;
    m_site = std::move(siteId);
    invalidateRowsFilter();
}

void ComponentFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool ComponentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_components || sourceParent.isValid())
        return false;
    const Component *c = m_components->componentAt(sourceRow);
    if (!c)
        return false;
    if (m_kind && c->kind != *m_kind)
        return false;
    if (m_site && c->site != *m_site)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *field : {&c->id, &c->name, &c->product, &c->owner})
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

bool ComponentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (m_components
        && (column == ComponentTableModel::Version || column == ComponentTableModel::Target)) {
        const Component *a = m_components->componentAt(left.row());
        const Component *b = m_components->componentAt(right.row());
        if (a && b) {
            if (column == ComponentTableModel::Version)
                return Version::compare(a->version, b->version) < 0;
            // Components without a target sort before every target.
            if (!a->target || !b->target)
                return !a->target && b->target;
            return Version::compare(*a->target, *b->target) < 0;
        }
    }
    if (m_components && column == ComponentTableModel::Criticality) {
        const Component *a = m_components->componentAt(left.row());
        const Component *b = m_components->componentAt(right.row());
        if (a && b)
            return a->criticality < b->criticality; // low ... critical, not alphabetical
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace planner
