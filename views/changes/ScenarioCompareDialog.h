// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/ScenarioComparison.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QListWidget;
class QTableWidget;
class QVBoxLayout;

namespace planner {

class TimelineView;

/// Scenarios side by side (issue 17), for a project lead or a change board: a table of what
/// each scenario gives (finish, windows used, steps placed and not, conflicts, risk, readiness,
/// downtime per business process), each figure against the first scenario with the better in
/// green and the worse in red; the steps that moved; and each scenario's timeline, one above
/// the other on the same time axis. The scenarios compared are ticked in the list at the left.
/// setProject() recomputes (in a worker) whenever the project changes: the view stays current.
class ScenarioCompareDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p names: the scenarios ticked at first ("baseline" for the project itself).
    ScenarioCompareDialog(const Estate &project, const QStringList &names,
                          QWidget *parent = nullptr);
    ~ScenarioCompareDialog() override;

    /// The project changed: compare again.
    void setProject(const Estate &project);

    QTableWidget *figuresTable() const { return m_figures; }
    QTableWidget *movedTable() const { return m_moved; }
    QListWidget *scenarioList() const { return m_list; }
    QList<TimelineView *> timelines() const { return m_timelines; }
    /// The comparison shown (empty until the first one is done).
    const ScenarioComparison &comparison() const { return m_comparison; }
    /// True while a comparison is being computed.
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// A comparison is shown.
    void compared();

private:
    void fillList(const QStringList &ticked);
    QStringList tickedNames() const;
    void start();
    void showComparison(const ScenarioComparison &comparison);
    void showFigures();
    void showMoved();
    void showTimelines();

    Estate m_project;
    ScenarioComparison m_comparison;
    QFutureWatcher<ScenarioComparison> m_watcher;
    bool m_again = false;
    QListWidget *m_list;
    QLabel *m_status;
    QTableWidget *m_figures;
    QTableWidget *m_moved;
    QVBoxLayout *m_timelineBox;
    QList<TimelineView *> m_timelines;
};

} // namespace planner
