// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
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
/// controller) and are placed on toolBar() and, with the panel's own Select Both Ends and
/// Edit Range, in contextMenu(), which right-clicking a row opens.
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

    /// The menu of a right-clicked row; the owner of add and remove adds them.
    QMenu *contextMenu() const { return m_contextMenu; }
    /// Selects the component that depends and the one it needs, in every view.
    QAction *selectEndsAction() const { return m_selectEnds; }
    /// Opens the version range of the current row for editing.
    QAction *editRangeAction() const { return m_editRange; }

Q_SIGNALS:
    /// Something for the status bar, such as why an edit was refused.
    void message(const QString &text);
    void selectedRowsChanged();

private:
    void followSelection();
    void showContextMenu(const QPoint &pos);
    void selectEnds();
    void editRange();

    ComponentSelection *m_selection;
    DependencyTableModel *m_model;
    DependencyFilterModel *m_filter;
    QToolBar *m_toolBar;
    QCheckBox *m_onlySelected;
    QLabel *m_caption;
    QTableView *m_view;
    QMenu *m_contextMenu;
    QAction *m_selectEnds;
    QAction *m_editRange;
};

} // namespace planner
