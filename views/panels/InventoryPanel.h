// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QTableView;
class QUndoStack;

namespace planner {

class ComponentFilterModel;
class ComponentSelection;
class ComponentTableModel;
class EstateStore;

/// The inventory table with its filter bar (kind, site, search text). Sortable, edited in
/// place; its selection is the document's shared ComponentSelection, both ways.
/// Right-clicking a row selects it (unless it is among rows the user picked) and opens
/// contextMenu(), which holds Copy Id and whatever actions its owner (the main window's
/// controllers) adds; right-clicking below the rows opens nothing.
class InventoryPanel : public QWidget
{
    Q_OBJECT
public:
    InventoryPanel(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
                   QWidget *parent = nullptr);

    QTableView *tableView() const { return m_view; }
    ComponentTableModel *tableModel() const { return m_model; }
    ComponentFilterModel *filterModel() const { return m_filter; }
    QComboBox *kindFilterCombo() const { return m_kindFilter; }
    QComboBox *siteFilterCombo() const { return m_siteFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    /// The menu of a right-clicked row; the owner of the other actions fills it.
    QMenu *contextMenu() const { return m_contextMenu; }
    /// Copies the ids of the selected components, one per line.
    QAction *copyIdAction() const { return m_copyId; }

    /// The site the filter shows, if one is chosen (new components go there).
    QString filteredSite() const;
    /// Drops all filters, so that every component is visible again.
    void clearFilters();
    /// Selects the first row shown when nothing is selected, so the details show something.
    void selectFirstIfNone();

Q_SIGNALS:
    /// Something for the status bar, such as why an edit was refused.
    void message(const QString &text);
    /// How many components pass the filter, out of how many.
    void shownCountChanged(int shown, int total);

private:
    void buildFilterBar();
    void refillSites();
    void applyFilters();
    void publishSelection();
    void followSelection(const QStringList &ids, QObject *source);
    void fitColumns();
    void showContextMenu(const QPoint &pos);
    void copySelectedIds();

    EstateStore *m_store;
    ComponentSelection *m_selection;
    ComponentTableModel *m_model;
    ComponentFilterModel *m_filter;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_siteFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QMenu *m_contextMenu = nullptr;
    QAction *m_copyId = nullptr;
};

} // namespace planner
