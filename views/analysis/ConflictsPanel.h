// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"

#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QUndoStack;

namespace planner {

class AnalysisRunner;
class ComponentSelection;
class ConflictFilterModel;
class ConflictTableModel;
class EstateStore;
class FixesPanel;

/// The conflicts of the estate and the schedule's findings, re-checked after every edit by the
/// AnalysisRunner: a filter bar (type or source, severity, state, text, hide waived), counts in a header line, and a table in which
/// selecting a conflict selects its components in every view. Conflicts can be waived (a reason
/// and an expiry date, one undoable edit of the estate's waivers) and waivers withdrawn.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    ConflictsPanel(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
                   AnalysisRunner *runner, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_view; }
    ConflictTableModel *tableModel() const { return m_model; }
    ConflictFilterModel *filterModel() const { return m_filter; }
    QComboBox *typeFilterCombo() const { return m_typeFilter; }
    QComboBox *severityFilterCombo() const { return m_severityFilter; }
    QComboBox *stateFilterCombo() const { return m_stateFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *hideWaivedCheck() const { return m_hideWaived; }
    QLabel *countsLabel() const { return m_counts; }
    /// The current conflict in full (message, components, waiver), under the table.
    QLabel *detailsLabel() const { return m_details; }
    /// The smallest fixes of the selected blocking conflict, beside its details.
    FixesPanel *fixesPanel() const { return m_fixes; }
    QAction *waiveAction() const { return m_waiveAction; }
    QAction *removeWaiverAction() const { return m_removeWaiverAction; }
    QAction *selectComponentsAction() const { return m_selectAction; }
    QAction *editWaiverAction() const { return m_editWaiverAction; }
    QAction *copyMessageAction() const { return m_copyAction; }
    /// A row's context menu: select its components, waive, edit or withdraw the waiver, copy
    /// the message.
    QMenu *contextMenu();

    /// The conflicts selected in the table, in table order.
    QList<Conflict> selectedConflicts() const;

    /// Waives the conflicts with @p keys until the end of @p expires (null: no expiry) as one
    /// undoable command on the document's stack; an earlier waiver of the same conflict is
    /// replaced. Returns false, pushing nothing, when @p keys or @p reason is empty.
    bool waive(const QStringList &keys, const QString &reason, const QDate &expires,
               const QString &by = QString());
    /// Withdraws the waivers of the conflicts with @p keys (one undoable command). Returns false
    /// when none of them is waived.
    bool removeWaivers(const QStringList &keys);

    /// "3 errors, 12 warnings, 2 waived; 1 from the schedule": what the header line says about
    /// @p conflicts (errors and warnings that are not waived, then the waived ones, then how
    /// many of the open ones the schedule found).
    static QString countsText(const QList<Conflict> &conflicts);

public Q_SLOTS:
    /// Asks for a reason and an expiry date, then waives the selected conflicts.
    void waiveSelected();
    void removeSelectedWaivers();
    /// Asks for a new reason and expiry for the selected waived conflicts (prefilled).
    void editSelectedWaiver();
    /// Drops all filters, so that every conflict is visible again.
    void clearFilters();

Q_SIGNALS:
    /// Something for the status bar.
    void message(const QString &text);

private:
    void buildFilterBar();
    void buildActions();
    void showConflicts(const QList<Conflict> &conflicts);
    void applyFilters();
    void updateCounts();
    void updateActions();
    void publishSelection();
    void followSelection(const QStringList &ids, QObject *source);
    void showBusy(bool busy);
    void updateDetails();
    void fitColumns();
    QDate suggestedExpiry() const;

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    ComponentSelection *m_selection;
    AnalysisRunner *m_runner;
    ConflictTableModel *m_model;
    ConflictFilterModel *m_filter;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_hideWaived = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_details = nullptr;
    FixesPanel *m_fixes = nullptr;
    QTableView *m_view = nullptr;
    QAction *m_waiveAction = nullptr;
    QAction *m_removeWaiverAction = nullptr;
    QAction *m_selectAction = nullptr;
    QAction *m_editWaiverAction = nullptr;
    QAction *m_copyAction = nullptr;
    QMenu *m_menu = nullptr;
    bool m_columnsFitted = false;
};

} // namespace planner
