// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordFilter.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace planner {

RecordFilter::RecordFilter(QSortFilterProxyModel *proxy, QTableView *view, QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Filter: component, name or any text"));
    setToolTip(tr("Shows only the rows that contain this text in any column. Click a column's "
                  "header to sort by it."));
    setClearButtonEnabled(true);
    // Wide enough for its hint where there is room; narrower where a translation's hint would
    // make the window wider than the screen.
    setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortRole(Qt::EditRole); // dates and numbers as values, not as their text
    // In the records' own order until a header is clicked.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    connect(this, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
}

QSize RecordFilter::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    size.setWidth(fontMetrics().horizontalAdvance(placeholderText()) + 40);
    return size;
}

} // namespace planner
