// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ConcurrentMerge.h"

#include <QDialog>

class QTreeWidget;

namespace planner {

/// Someone else saved a shared project while this workbench had it open, and both changed
/// some of the same elements, each differently. Lists each with what was done on either side,
/// field by field, and lets the user choose whose stands, one by one or all at once; their
/// other changes and ours are combined anyway. Save writes the project so; Cancel writes
/// nothing and leaves the document as it was.
class EditConflictDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p others: who saved meanwhile (names); @p revision: the revision they reached.
    EditConflictDialog(const QList<EditConflict> &conflicts, const QStringList &others,
                       qint64 revision, QWidget *parent = nullptr);

    /// Whose value stands for each conflict, as the user chose (by EditConflict::key()).
    ConflictChoices choices() const;
    /// Sets every conflict to @p choice (the Keep All buttons).
    void chooseAll(Choice choice);
    QTreeWidget *tree() const { return m_tree; }

private:
    QList<EditConflict> m_conflicts;
    QTreeWidget *m_tree;
};

} // namespace planner
