// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "schedule/Schedule.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace planner {

class AnalysisRunner;
class ComponentSelection;
class EstateStore;
class TimelineView;

/// The timeline of an open document: shows the schedule the AnalysisRunner computes after
/// each edit (the same analysis the conflict list and the plan show) in a TimelineView, a
/// summary line (windows used, finish, critical path), the steps that could not be scheduled,
/// and a details pane. Choosing an unscheduled step selects its component everywhere, says in
/// the pane why it was not placed, which window came closest and what it waited for, and
/// scrolls the timeline to that window; selecting a component anywhere shows its steps there
/// (window, phases, point of no return and why, why not earlier).
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    /// Shows the schedules @p runner computes for @p store's estate.
    TimelinePanel(EstateStore *store, ComponentSelection *selection, AnalysisRunner *runner,
                  QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineView *view() const { return m_view; }
    /// The summary line as shown ("3 windows used · finish ... · critical path ...").
    QString summary() const;
    /// True from an edit until its schedule is shown.
    bool isBusy() const { return m_busy; }
    /// Shows @p schedule, computed for @p estate (the runner's; tests give their own).
    void showSchedule(const Estate &estate, const Schedule &schedule);

    /// The steps that could not be scheduled, one item each (or one saying every step is).
    QListWidget *unscheduledList() const { return m_unscheduled; }
    /// The details pane, and its text as plain text.
    QTextBrowser *detailsView() const { return m_details; }
    QString detailsText() const;

public Q_SLOTS:
    /// Zooms the timeline to the window of plan step @p planStep (index into
    /// UpgradePlan::steps) and selects its component; for an unscheduled step, chooses it in
    /// the list instead.
    void showPlanStep(int planStep);

Q_SIGNALS:
    /// A fresh schedule is shown.
    void scheduleShown();

private:
    void unscheduledChosen();
    void followSelection(const QStringList &ids, QObject *source);
    void showStepsOf(const QString &id);
    void showComponentDetails(const QString &id);
    void updateSummary();

    EstateStore *m_store;
    ComponentSelection *m_selection;
    AnalysisRunner *m_runner;
    TimelineView *m_view;
    QLabel *m_summary;
    QListWidget *m_unscheduled;
    QTextBrowser *m_details;
    Estate m_estate;
    Schedule m_schedule;
    bool m_busy = false;
};

} // namespace planner
