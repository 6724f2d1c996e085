// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelinePanel.h"

#include "TimelineView.h"
#include "analysis/AnalysisRunner.h"
#include "inventory/EstateStore.h"
#include "schedule/Scheduler.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace planner {

TimelinePanel::TimelinePanel(EstateStore *store, ComponentSelection *selection,
                             AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_view(new TimelineView(this))
    , m_summary(new QLabel(this))
    , m_unscheduled(new QListWidget(this))
    , m_runner(runner)
{
    m_view->setSelection(selection);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long summary wraps: one line of it must not set the window's width.
    m_summary->setWordWrap(true);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(new QLabel(tr("Not scheduled, and why:"), lower));
    lowerLayout->addWidget(m_unscheduled);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    m_unscheduled->setMinimumHeight(60);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The ordering is the runner's (shared with the plan panel); only scheduling runs here.
    connect(m_store, &EstateStore::changed, this, [this] {
        m_busy = true;
        ++m_generation; // whatever is running now is stale
        m_summary->setText(tr("Scheduling…"));
    });
    connect(m_runner, &AnalysisRunner::planReady, this, &TimelinePanel::reschedule);
    if (m_runner->hasResults())
        reschedule();
    else
        m_busy = true;
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::reschedule()
{
    m_busy = true;
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showResult(watcher->result());
    });
    // The runner reports a plan only for the newest estate, which is the store's now.
    watcher->setFuture(QtConcurrent::run([estate = m_store->estate(), plan = m_runner->plan()] {
        return Result{estate, scheduleUpgrade(estate, plan)};
    }));
}

QString TimelinePanel::summary() const
{
    return m_summary->text();
}

void TimelinePanel::showResult(const Result &result)
{
    const Schedule &s = result.schedule;
    m_view->setSchedule(result.estate, s);
    QString critical = tr("none");
    if (!s.criticalPath.isEmpty()) {
        const ScheduledStep &first = s.steps[s.criticalPath.constFirst()];
        const ScheduledStep &last = s.steps[s.criticalPath.constLast()];
        const qint64 days = first.start.daysTo(last.end);
        critical = tr("%n step(s), ", nullptr, int(s.criticalPath.size()))
                   + tr("%n day(s) from first start to finish", nullptr, int(days));
    }
    m_summary->setText(tr("%n window(s) used · ", nullptr, s.windowsUsed)
                       + tr("finish: %1 · critical path: %2 · %3 scheduled, %4 not scheduled")
                             .arg(s.finish.isValid() ? s.finish.toString(u"ddd yyyy-MM-dd HH:mm")
                                                     : tr("nothing scheduled"),
                                  critical, QString::number(s.steps.size()),
                                  QString::number(s.unscheduled.size())));
    m_unscheduled->clear();
    for (const UnscheduledStep &u : s.unscheduled)
        m_unscheduled->addItem(tr("%1 %2 → %3: %4")
                                   .arg(u.component, u.from.text(), u.to.text(), u.reason));
    if (s.unscheduled.isEmpty())
        m_unscheduled->addItem(tr("Every step is scheduled."));
    m_busy = false;
    Q_EMIT scheduleShown();
}

} // namespace planner
