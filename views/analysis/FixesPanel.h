// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/SmallestFix.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace planner {

class AnalysisRunner;
class EstateStore;

/// The smallest fixes of the conflict selected in the Conflicts panel (changes/SmallestFix.h),
/// beside its details: each in words with an Apply button that makes the change as one
/// undoable edit. They are looked for in a worker, against the analysis of the estate as it is
/// now, and looked for again after every edit. A waiver is not applied blind: Apply asks who
/// accepts it and why (waiverRequested()).
class FixesPanel : public QWidget
{
    Q_OBJECT
public:
    FixesPanel(EstateStore *store, QUndoStack *undoStack, AnalysisRunner *runner,
               QWidget *parent = nullptr);
    ~FixesPanel() override;

    /// The problem to fix: a blocking conflict, or nothing (the panel then says so).
    void setConflict(const std::optional<Conflict> &conflict);
    /// The fixes shown (empty while they are looked for).
    const QList<Fix> &fixes() const { return m_fixes; }
    QList<QPushButton *> applyButtons() const { return m_buttons; }
    bool isBusy() const { return m_watcher.isRunning(); }
    /// Applies fix @p index: one undoable command; a waiver emits waiverRequested() instead.
    /// False when the estate changed since the fixes were found (they are looked for again).
    bool apply(int index);

Q_SIGNALS:
    void message(const QString &text);
    /// The waiver fix was chosen: the conflicts panel asks for who and why.
    void waiverRequested();
    /// New fixes are shown.
    void fixesShown();

private:
    void start();
    void showFixes();

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    AnalysisRunner *m_runner;
    std::optional<Conflict> m_conflict;
    quint64 m_generation = 0; ///< the analysis generation the fixes were found for
    QList<Fix> m_fixes;
    QFutureWatcher<QList<Fix>> m_watcher;
    bool m_again = false;
    QLabel *m_heading;
    QVBoxLayout *m_rows;
    QList<QPushButton *> m_buttons;
};

} // namespace planner
