// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QUndoStack;

namespace planner {

class EstateStore;

/// Edits the calendar of an estate: maintenance windows (id, start, end, weekly repeats,
/// parallel lanes), freezes (first day, last day, reason), business processes (id, name,
/// criticality, category, the components they use, user groups, external customers, service
/// level, longest outage allowed), their peaks (process, days, from, to) and staff (name, roles,
/// days away as "2027-01-15..2027-01-20; ..."). Every change
/// rebuilds the whole section and pushes one ReplaceSectionCommand on the document's undo
/// stack. A time or day that cannot be read, and a section that breaks the calendar rules every
/// door keeps (CalendarRules: an end before its start, a duplicate id...), are refused with a
/// message naming the row and the problem, and nothing is pushed.
class CalendarEditor : public QWidget
{
    Q_OBJECT
public:
    /// The tables, in tab order.
    enum Table { Windows, Freezes, Processes, Peaks, Staff, TableCount };
    Q_ENUM(Table)

    CalendarEditor(EstateStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTableWidget *table(Table which) const;
    /// The columns of the Processes table.
    enum ProcessColumn {
        ProcessId,
        ProcessName,
        ProcessCriticality,
        ProcessCategory,
        ProcessUses,
        ProcessUserGroups,
        ProcessExternal,
        ProcessServiceLevel,
        ProcessMaxOutage,
    };

    /// The last refusal ("Windows, row 2: the end ... lies before the start"); empty when the
    /// last edit was applied.
    QString message() const;

    /// Adds a row with sensible defaults to @p which (one command).
    void addRow(Table which);
    /// The criticality and category cells of the process in @p row offer their words as labels.
    void offerProcessChoices(int row);
    /// Removes the selected rows (or the current one) of @p which (one command).
    void removeRows(Table which);

private:
    void refresh();
    void cellEdited(Table which);
    void refuse(const Error &error);
    /// Reads @p which into a new section and pushes it; false when nothing changed.
    Expected<bool> apply(Table which);

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QTableWidget *m_tables[TableCount] = {};
    QLabel *m_message;
    bool m_refreshing = false;
};

} // namespace planner
