// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

class QUndoStack;

namespace planner {

class EstateStore;

/// What the tables of the change records have in common: they show one list of
/// Estate::records (or of one record, such as an upgrade record's check results), and every edit,
/// added row or removed row becomes one ReplaceSectionCommand on the document's undo stack, named
/// after the list ("Edit rollback plans"). Text cells are edited as text, lists as "a; b",
/// dates as yyyy-MM-dd (empty: none), yes/no cells as check boxes. See RecordListModel.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Roles a delegate reads to pick its editor.
    enum Role {
        /// QStringList: the values a cell takes (a combo box); empty: free text.
        ChoicesRole = Qt::UserRole + 1,
        /// bool: the choices are suggestions, other text is allowed too.
        OpenChoicesRole,
        /// QStringList: ChoicesRole's values as shown, in the same order.
        ChoiceLabelsRole,
    };

    RecordTableModel(EstateStore *store, QUndoStack *undoStack, QObject *parent = nullptr);

    EstateStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Why the last edit was refused; empty after a success.
    QString lastError() const { return m_lastError; }

    /// Adds a record with sensible defaults after the last row (one command); its row, or -1
    /// when the list cannot take one (see lastError()).
    virtual int appendRow() = 0;
    /// Removes these rows (one command); false when there was nothing to remove.
    virtual bool removeRecords(QList<int> rows) = 0;
    /// The component a row is about (for "go to component"); empty when none.
    virtual QString componentAt(int row) const
    {
        Q_UNUSED(row);
        return {};
    }
    /// Tooltips and colours read things outside the list (the plan's end): re-read them.
    void refreshDecorations();

Q_SIGNALS:
    /// An edit was refused; @p reason says why, in words for the status bar.
    void editRefused(const QString &reason);

protected:
    void refuse(const QString &reason);

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QString m_lastError;
};

} // namespace planner
