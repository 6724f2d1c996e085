// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QToolBar;
class QUndoStack;

namespace planner {

class ComponentSelection;
class DependencyFilterModel;
class DependencyTableModel;
class EstateStore;

/// The dependencies of the estate, edited in place (range, type, ends), by default only those
/// of the selected component. Add/remove actions belong to whoever owns them (the edit
/// controller) and are placed on toolBar().
class DependenciesPanel : public QWidget
{
    Q_OBJECT
public:
    DependenciesPanel(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
                      QWidget *parent = nullptr);

    QToolBar *toolBar() const { return m_toolBar; }
    QTableView *tableView() const { return m_view; }
    DependencyTableModel *tableModel() const { return m_model; }
    DependencyFilterModel *filterModel() const { return m_filter; }
    QCheckBox *onlySelectedCheck() const { return m_onlySelected; }
    /// Estate rows of the dependencies selected in the table, ascending.
    QList<int> selectedRows() const;

Q_SIGNALS:
    /// Something for the status bar, such as why an edit was refused.
    void message(const QString &text);
    void selectedRowsChanged();

private:
    void followSelection();

    ComponentSelection *m_selection;
    DependencyTableModel *m_model;
    DependencyFilterModel *m_filter;
    QToolBar *m_toolBar;
    QCheckBox *m_onlySelected;
    QLabel *m_caption;
    QTableView *m_view;
};

} // namespace planner
