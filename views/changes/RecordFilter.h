// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QSortFilterProxyModel;
class QTableView;

namespace planner {

/// The search field above a change record table: the rows that contain what is typed in any
/// column (a component id, a person, a word of a trigger), case ignored. It also makes the
/// table sortable by a click on a column's header, starting in the order of the records
/// (nothing sorted until the user asks).
class RecordFilter : public QLineEdit
{
    Q_OBJECT
public:
    /// Filters and sorts @p proxy, which @p view shows.
    RecordFilter(QSortFilterProxyModel *proxy, QTableView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override;
};

} // namespace planner
