// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/EstateMerge.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace planner {

/// Shows what merging an import into the open project will do before it is done: the
/// components added, the fields updated (old and new value), what the project has and the
/// file lacks, each with a box to tick for removal (none ticked: nothing is removed), and the
/// sections added. Merge applies it as one undoable step; Cancel changes nothing.
class MergeReviewDialog : public QDialog
{
    Q_OBJECT
public:
    MergeReviewDialog(const QString &file, const QString &project, const MergeReport &report,
                      QWidget *parent = nullptr);

    /// The missing components the user ticked for removal.
    QStringList toRemove() const;
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace planner
