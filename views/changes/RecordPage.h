// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace planner {

class RecordTableModel;

/// One page of the Change panel over one list of the change records: what the list is for in
/// a sentence, a filter, the table (edited in place, every edit one undo step; sorted by a click
/// on a header), Add, Remove and "Select component", and the reason when an edit is refused.
/// The view shows the records through a sort and filter proxy: rows of model() are "record
/// rows", mapped with currentRow() and setCurrentRow().
class RecordPage : public QWidget
{
    Q_OBJECT
public:
    RecordPage(RecordTableModel *model, const QString &intro, QWidget *parent = nullptr);

    RecordTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    /// The filter and sort between model() and tableView().
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    /// The search field over the table.
    QLineEdit *filterEdit() const { return m_filter; }
    /// The record row of the view's current row; -1 when none.
    int currentRow() const;
    /// Makes record row @p row the current one (its first column), showing it.
    void setCurrentRow(int row);
    /// The view's index of model() index @p index (invalid when filtered out).
    QModelIndex viewIndex(const QModelIndex &index) const;
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    /// "Select component": selects the current row's component in every view.
    QPushButton *selectButton() const { return m_select; }
    /// The last refusal, in red under the table; empty after a success.
    QLabel *messageLabel() const { return m_message; }
    /// Where a page puts what it shows beside its table (a preview, the details of a row).
    QVBoxLayout *pageLayout() const { return m_layout; }

    /// Adds a row (Add) and starts editing its first editable cell.
    void addRow();
    /// Removes the selected rows (Remove).
    void removeSelected();
    /// Sizes the columns to their contents, none wider than a third of a small screen.
    void fitColumns();

Q_SIGNALS:
    /// "Select component": the component of the current row.
    void componentRequested(const QString &id);

private:
    void updateButtons();

    RecordTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_select;
    QLabel *m_message;
    QVBoxLayout *m_layout;
};

} // namespace planner
