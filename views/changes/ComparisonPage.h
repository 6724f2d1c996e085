// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace planner {

class EstateStore;
class RecordPage;
struct ChangeAnalysis;

/// "Planned vs actual": each recorded step's phases as planned and as they took, the totals
/// and their ratio; the same averaged per kind; and "Accept as estimates", which stores the
/// average actuals per kind (one undo step) so the next plan schedules with them. The
/// accepted estimates are listed, and can be corrected, below.
class ComparisonPage : public QWidget
{
    Q_OBJECT
public:
    ComparisonPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *acceptButton() const { return m_accept; }
    RecordPage *estimatesPage() const { return m_estimates; }

    void show(const ChangeAnalysis &analysis);
    /// Stores the suggested estimates (one ReplaceSectionCommand); false when nothing changes.
    bool acceptEstimates();

Q_SIGNALS:
    void componentRequested(const QString &id);

private:
    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_accept;
    RecordPage *m_estimates;
};

} // namespace planner
