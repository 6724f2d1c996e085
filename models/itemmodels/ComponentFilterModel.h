// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace planner {

class ComponentTableModel;

/// What the inventory table shows: the components of one kind and/or one site whose id, name,
/// product or owner contains the search text. Version and target columns sort as versions
/// ("9.4" before "12.20", "16.0rc1" before "16.0"), the others as text, case-insensitively.
class ComponentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ComponentFilterModel(QObject *parent = nullptr);

    /// The source must be a ComponentTableModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;

    /// Only components of @p kind; nothing: every kind.
    void setKindFilter(std::optional<ComponentKind> kind);
    std::optional<ComponentKind> kindFilter() const { return m_kind; }
    /// Only components at site @p siteId; nothing: every site.
    void setSiteFilter(std::optional<QString> siteId);
    std::optional<QString> siteFilter() const { return m_site; }
    /// Case-insensitive text searched in id, name, product and owner; empty: no condition.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ComponentTableModel *m_components = nullptr;
    std::optional<ComponentKind> m_kind;
    std::optional<QString> m_site;
    QString m_search;
};

} // namespace planner
