// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace planner {

class DependencyTableModel;

/// The dependencies that start or end at one component (all of them when no component is
/// set): what the dependencies panel shows next to the selected component.
class DependencyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DependencyFilterModel(QObject *parent = nullptr);

    /// The source must be a DependencyTableModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;

    /// Only edges touching component @p id; an empty id shows every dependency.
    void setComponentFilter(const QString &id);
    QString componentFilter() const { return m_id; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DependencyTableModel *m_dependencies = nullptr;
    QString m_id;
};

} // namespace planner
