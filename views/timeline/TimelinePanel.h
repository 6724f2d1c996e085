// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "schedule/Schedule.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace planner {

class AnalysisRunner;
class ComponentSelection;
class EstateStore;
class TimelineView;

/// The timeline of an open document: after each edit of the estate (and a short pause) it
/// orders the upgrade and schedules it in a worker thread, then shows the result in a
/// TimelineView, a summary line (windows used, finish, critical path) and the steps that could
/// not be scheduled with their reasons. Results made stale by a later edit are dropped.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    /// Schedules the plan @p runner computes for @p store's estate, after every analysis run.
    TimelinePanel(EstateStore *store, ComponentSelection *selection, AnalysisRunner *runner,
                  QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineView *view() const { return m_view; }
    /// The summary line as shown ("3 windows used · finish ... · critical path ...").
    QString summary() const;
    /// True from an edit until its schedule is shown.
    bool isBusy() const { return m_busy; }
    /// Schedules the runner's latest plan now.
    void reschedule();

Q_SIGNALS:
    /// A fresh schedule is shown.
    void scheduleShown();

private:
    struct Result
    {
        Estate estate;
        Schedule schedule;
    };
    void showResult(const Result &result);

    EstateStore *m_store;
    TimelineView *m_view;
    QLabel *m_summary;
    QListWidget *m_unscheduled;
    AnalysisRunner *m_runner;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace planner
