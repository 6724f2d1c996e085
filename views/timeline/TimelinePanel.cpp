// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelinePanel.h"

#include "TimelineText.h"
#include "TimelineView.h"
#include "analysis/AnalysisRunner.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace planner {

namespace {

QWidget *titled(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(title, box));
    layout->addWidget(content, 1);
    return box;
}

} // namespace

TimelinePanel::TimelinePanel(EstateStore *store, ComponentSelection *selection,
                             AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_selection(selection)
    , m_runner(runner)
    , m_view(new TimelineView(this))
    , m_summary(new QLabel(this))
    , m_unscheduled(new QListWidget(this))
    , m_details(new QTextBrowser(this))
{
    m_view->setSelection(selection);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long summary wraps: one line of it must not set the window's width.
    m_summary->setWordWrap(true);
    // Long reasons are elided in the list; the tooltip and the details pane have them whole.
    m_unscheduled->setTextElideMode(Qt::ElideRight);
    m_unscheduled->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_unscheduled->setMinimumHeight(60);
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(60);

    auto *lists = new QSplitter(Qt::Horizontal, this);
    lists->addWidget(titled(tr("Not scheduled, and why:"), m_unscheduled, lists));
    lists->addWidget(titled(tr("Details:"), m_details, lists));
    lists->setStretchFactor(0, 1);
    lists->setStretchFactor(1, 1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(lists, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // One analysis for every view: the runner's schedule, with the estate it analysed.
    connect(m_store, &EstateStore::changed, this, [this] {
        m_busy = true;
        m_summary->setText(tr("Scheduling…"));
    });
    connect(m_runner, &AnalysisRunner::scheduleReady, this, [this](const Schedule &schedule) {
        showSchedule(m_runner->analysedEstate(), schedule);
    });
    connect(m_unscheduled, &QListWidget::itemSelectionChanged, this,
            &TimelinePanel::unscheduledChosen);
    connect(m_selection, &ComponentSelection::selectionChanged, this,
            &TimelinePanel::followSelection);
    if (m_runner->hasResults() && !m_runner->isBusy()) {
        showSchedule(m_runner->analysedEstate(), m_runner->schedule());
    } else {
        m_busy = true;
        m_summary->setText(tr("Scheduling…"));
    }
}

TimelinePanel::~TimelinePanel() = default;

QString TimelinePanel::summary() const
{
    return m_summary->text();
}

QString TimelinePanel::detailsText() const
{
    return m_details->toPlainText();
}

void TimelinePanel::showSchedule(const Estate &estate, const Schedule &schedule)
{
    m_estate = estate;
    m_schedule = schedule;
    m_view->setSchedule(estate, schedule);
    updateSummary();
    {
        const QSignalBlocker blocker(m_unscheduled);
        m_unscheduled->clear();
        for (int i = 0; i < schedule.unscheduled.size(); ++i) {
            const UnscheduledStep &u = schedule.unscheduled[i];
            auto *item = new QListWidgetItem(tr("%1: %2").arg(TimelineText::stepTitle(u.component,
                                                                                      u.from, u.to),
                                                              u.reason),
                                             m_unscheduled);
            item->setData(Qt::UserRole, i);
            item->setToolTip(TimelineText::unscheduledHtml(schedule, u));
        }
        if (schedule.unscheduled.isEmpty())
            m_unscheduled->addItem(tr("Every step is scheduled."));
    }
    followSelection(m_selection->selectedIds(), nullptr);
    m_busy = false;
    Q_EMIT scheduleShown();
}

void TimelinePanel::updateSummary()
{
    const Schedule &s = m_schedule;
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
                             .arg(s.finish.isValid() ? TimelineText::dayTime(s.finish, true)
                                                     : tr("nothing scheduled"),
                                  critical, QString::number(s.steps.size()),
                                  QString::number(s.unscheduled.size())));
}

void TimelinePanel::unscheduledChosen()
{
    const QList<QListWidgetItem *> items = m_unscheduled->selectedItems();
    if (items.isEmpty())
        return;
    const int index = items.constFirst()->data(Qt::UserRole).toInt();
    const QVariant data = items.constFirst()->data(Qt::UserRole);
    if (!data.isValid() || index < 0 || index >= m_schedule.unscheduled.size())
        return;
    const UnscheduledStep &u = m_schedule.unscheduled[index];
    // A step chosen here, not a component picked one by one (nothing to remove at a stroke).
    m_selection->setSelection({u.component}, this, ComponentSelection::Origin::Derived);
    m_details->setHtml(TimelineText::unscheduledHtml(m_schedule, u));
    if (u.closestWindow >= 0)
        m_view->zoomToWindow(u.closestWindow);
}

void TimelinePanel::followSelection(const QStringList &ids, QObject *source)
{
    if (source == this)
        return;
    const QString id = ids.isEmpty() ? QString() : ids.constFirst();
    {
        const QSignalBlocker blocker(m_unscheduled);
        m_unscheduled->clearSelection();
        for (int row = 0; row < m_unscheduled->count(); ++row) {
            QListWidgetItem *item = m_unscheduled->item(row);
            const QVariant index = item->data(Qt::UserRole);
            if (index.isValid() && m_schedule.unscheduled.value(index.toInt()).component == id) {
                item->setSelected(true);
                m_unscheduled->scrollToItem(item);
            }
        }
    }
    showComponentDetails(id);
    showStepsOf(id);
}

void TimelinePanel::showStepsOf(const QString &id)
{
    // Chosen elsewhere (the graph, the inventory): bring its window into view, unless one of
    // its steps is in view already (the timeline does not jump under the user's eyes).
    int first = -1;
    for (int i = 0; i < m_schedule.steps.size(); ++i) {
        const ScheduledStep &s = m_schedule.steps[i];
        if (s.component != id)
            continue;
        if (s.start >= m_view->visibleFrom() && s.start <= m_view->visibleTo())
            return;
        if (first < 0)
            first = i;
    }
    if (first >= 0)
        m_view->zoomToStep(first);
}

void TimelinePanel::showComponentDetails(const QString &id)
{
    QStringList parts;
    for (int i = 0; i < m_schedule.steps.size(); ++i)
        if (m_schedule.steps[i].component == id)
            parts << TimelineText::stepHtml(m_estate, m_schedule, i);
    for (const UnscheduledStep &u : std::as_const(m_schedule.unscheduled))
        if (u.component == id)
            parts << TimelineText::unscheduledHtml(m_schedule, u);
    if (id.isEmpty())
        parts << QStringLiteral("<span style=\"color:gray\">%1</span>")
                     .arg(tr("Select a step in the timeline or the list to read when it runs, "
                             "its point of no return and why it is not earlier.")
                              .toHtmlEscaped());
    else if (parts.isEmpty())
        parts << tr("%1 has no step in the schedule: it does not change.").arg(id).toHtmlEscaped();
    m_details->setHtml(parts.join(QStringLiteral("<hr>")));
}

void TimelinePanel::showPlanStep(int planStep)
{
    for (int i = 0; i < m_schedule.steps.size(); ++i) {
        if (m_schedule.steps[i].planStep == planStep) {
            m_view->zoomToStep(i);
            m_selection->setSelection({m_schedule.steps[i].component}, this,
                                      ComponentSelection::Origin::Derived);
            showComponentDetails(m_schedule.steps[i].component);
            return;
        }
    }
    for (int row = 0; row < m_unscheduled->count(); ++row) {
        const QVariant index = m_unscheduled->item(row)->data(Qt::UserRole);
        if (index.isValid() && m_schedule.unscheduled.value(index.toInt()).planStep == planStep) {
            m_unscheduled->setCurrentRow(row);
            return;
        }
    }
}

} // namespace planner
