// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QProgressBar;
class QTreeView;

namespace planner {

class AnalysisRunner;
class ComponentSelection;
class PlanTreeModel;
struct UpgradePlan;

/// The upgrade order, re-computed after every edit by the AnalysisRunner: a summary line
/// ("48 steps in 14 waves, 2 groups, 1 blocked"), a busy indicator while the plan is out of
/// date, and a tree of waves and their steps with the reason for each position, then the
/// groups that must move together, blocked upgrades and pins that cannot hold. Its selection
/// follows the document's shared ComponentSelection both ways: selecting a step selects its
/// component everywhere; selecting a component elsewhere selects and marks its steps here.
class PlanPanel : public QWidget
{
    Q_OBJECT
public:
    PlanPanel(ComponentSelection *selection, AnalysisRunner *runner, QWidget *parent = nullptr);

    QTreeView *treeView() const { return m_view; }
    PlanTreeModel *treeModel() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *busyIndicator() const { return m_busy; }
    /// The current row in full (the reason for a step's position), under the tree.
    QLabel *detailsLabel() const { return m_details; }
    /// The context menu of the step in @p index's row (select its component, show it in the
    /// timeline, copy it); null for a row that is not a step.
    QMenu *stepMenu(const QModelIndex &index);

Q_SIGNALS:
    /// The user asked to see plan step @p planStep (index into UpgradePlan::steps) in the
    /// timeline.
    void timelineRequested(int planStep);

private:
    void showPlan(const UpgradePlan &plan);
    void showBusy(bool busy);
    void publishSelection();
    void followSelection(const QStringList &ids, QObject *source);
    void fitColumns();
    void updateDetails();

    ComponentSelection *m_selection;
    AnalysisRunner *m_runner;
    PlanTreeModel *m_model;
    QLabel *m_summary = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_details = nullptr;
    QTreeView *m_view = nullptr;
    bool m_columnsFitted = false;
};

} // namespace planner
