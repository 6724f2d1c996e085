// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePanel.h"

#include "itemmodels/Counted.h"

#include "BackupsPage.h"
#include "ComparisonPage.h"
#include "ImpactPage.h"
#include "MessagesPage.h"
#include "ReadinessPage.h"
#include "RecordPage.h"
#include "UpgradeRecordPage.h"

#include "analysis/AnalysisRunner.h"
#include "changes/ChangeAnalysis.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ChangeRecordModels.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

/// A change page that scrolls up and down only: as wide as the page needs (its minimum, as
/// before it scrolled), so that it never squeezes sideways, while a short window scrolls it.
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        return {pageWidth(widget() ? widget()->minimumSizeHint().width() : 0),
                QScrollArea::minimumSizeHint().height()};
    }
    QSize sizeHint() const override
    {
        return {pageWidth(widget() ? widget()->sizeHint().width() : 0),
                QScrollArea::sizeHint().height()};
    }

private:
    int pageWidth(int page) const
    {
        return page + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
    }
};

} // namespace

namespace {

/// The day the plan ends: the latest end of a scheduled step's rollback reserve.
QDate planEnd(const Schedule &schedule)
{
    QDateTime end;
    for (const ScheduledStep &s : schedule.steps)
        if (!end.isValid() || s.rollbackEnd > end)
            end = s.rollbackEnd;
    return end.date();
}

} // namespace

ChangePanel::ChangePanel(EstateStore *store, QUndoStack *undoStack, AnalysisRunner *runner,
                         QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_runner(runner)
    , m_analysis(std::make_unique<ChangeAnalysis>())
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_list->setMaximumWidth(190);
    m_list->setMinimumWidth(150);

    m_readiness = new ReadinessPage(this);
    addPage(tr("Readiness & risk"), m_readiness);
    m_impact = new ImpactPage(this);
    addPage(tr("Business impact"), m_impact);
    m_configuration = newConfigurationModel(
        store, undoStack, [this] { return m_analysis ? planEnd(m_analysis->schedule) : QDate(); },
        this);
    addRecordPage(tr("Configuration"), m_configuration,
                  tr("What must survive the upgrade, per component: parameters, routing rules, "
                     "permissions, integration keys, jobs, service accounts, firewall rules, "
                     "certificates, scripts. Orange: not backed up. Red: expires before the "
                     "plan ends."));
    m_backups = new BackupsPage(store, undoStack, this);
    addPage(tr("Backups"), m_backups);
    addRecordPage(tr("Rollback plans"), newRollbackModel(store, undoStack, this),
                  tr("How each step is undone: what starts a rollback, who decides, what is "
                     "restored, how long it takes, which data may be lost, and whether after "
                     "the migration only a forward repair is possible."));
    addRecordPage(tr("Pilots"), newPilotModel(store, undoStack, this),
                  tr("What was tried before production: where, on which representative "
                     "devices, by which roles, with which data flows, and what it showed."));
    addRecordPage(tr("Acceptance checks"), newAcceptanceModel(store, undoStack, this),
                  tr("Checks defined before the upgrade and run after it, for one step or for a "
                     "whole window, each with the result that passes. Core functions are "
                     "checked first; include a review of the logs."));
    m_messages = new MessagesPage(store, undoStack, this);
    addPage(tr("Messages"), m_messages);
    addRecordPage(tr("Monitoring"), newMonitoringModel(store, undoStack, this),
                  tr("What is watched after the release, against which baseline, and for how "
                     "long (hours up to a business cycle: 168 h is a week)."));
    m_record = new UpgradeRecordPage(store, undoStack, this);
    addPage(tr("Upgrade record"), m_record);
    m_comparison = new ComparisonPage(store, undoStack, this);
    addPage(tr("Planned vs actual"), m_comparison);

    for (QWidget *page : m_pages) {
        if (auto *records = qobject_cast<RecordPage *>(page))
            connect(records, &RecordPage::componentRequested, this,
                    &ChangePanel::componentRequested);
    }
    connect(m_readiness, &ReadinessPage::componentRequested, this, &ChangePanel::componentRequested);
    connect(m_impact, &ImpactPage::componentRequested, this, &ChangePanel::componentRequested);
    connect(m_backups, &BackupsPage::componentRequested, this, &ChangePanel::componentRequested);
    connect(m_comparison, &ComparisonPage::componentRequested, this,
            &ChangePanel::componentRequested);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(body, 1);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    if (m_runner) {
        connect(m_runner, &AnalysisRunner::findingsChanged, this, &ChangePanel::resultsChanged);
        connect(m_runner, &AnalysisRunner::busyChanged, this, &ChangePanel::resultsChanged);
    }
    // Planned against actual reads only the records: no need to wait for a run.
    connect(m_store, &EstateStore::changed, this, &ChangePanel::resultsChanged);
    updateSummary();
}

ChangePanel::~ChangePanel()
{
    // Deleting the pages may commit an open cell editor, which changes the estate: the panel
    // no longer follows it (the store itself may be gone already, deleted with the window).
    m_closing = true;
    delete m_stack;
    m_stack = nullptr;
}

void ChangePanel::addPage(const QString &title, QWidget *page)
{
    m_pages[m_stack->count()] = page;
    // A page taller than the room a small window leaves (1280 x 720 with the docks open)
    // scrolls instead of being squeezed below its minimum: squeezed, its tables showed no row
    // and its group boxes cut their contents.
    auto *scroll = new PageScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(title, m_list);
    // A little air above each row: at the font's bare height the dots of "Ü" touched the row
    // above and were cut off.
    item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 6));
}

RecordPage *ChangePanel::addRecordPage(const QString &title, RecordTableModel *model,
                                       const QString &intro)
{
    auto *page = new RecordPage(model, intro, this);
    addPage(title, page);
    return page;
}

void ChangePanel::setCurrentPage(Page page)
{
    m_list->setCurrentRow(page);
}

ChangePanel::Page ChangePanel::currentPage() const
{
    return Page(m_stack->currentIndex());
}

QWidget *ChangePanel::page(Page page) const
{
    return page >= 0 && page < PageCount ? m_pages[page] : nullptr;
}

RecordPage *ChangePanel::recordListPage(Page which) const
{
    return qobject_cast<RecordPage *>(page(which));
}

void ChangePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reanalyse();
}

void ChangePanel::resultsChanged()
{
    if (m_closing)
        return;
    m_stale = true;
    if (isVisible())
        reanalyse();
    else
        updateSummary();
}

void ChangePanel::reanalyse()
{
    const Estate &estate = m_store->estate();
    // The plan and schedule must be those of the estate as it is: wait while they are stale.
    if (m_runner && m_runner->hasResults() && !m_runner->isBusy()) {
        ChangeAnalysis &a = *m_analysis;
        a.plan = m_runner->plan();
        a.schedule = m_runner->schedule();
        a.conflicts = m_runner->conflicts();
        a.impact = analyseImpact(estate, a.plan, &a.schedule);
        a.risk = assessRisk(estate, a.plan, a.conflicts, &a.schedule, &a.impact);
        a.backups = backupWarnings(estate, a.plan, &a.schedule);
        a.messages = fillMessages(estate, a.schedule);
        a.readiness = assessReadiness(estate, a.plan, &a.schedule, &a.impact);
        m_stale = false;
        m_readiness->show(estate, a);
        m_impact->show(estate, a);
        m_backups->show(a.backups);
        m_messages->show(a.messages);
        m_configuration->refreshDecorations();
    }
    m_analysis->comparison = comparePlannedActual(estate);
    m_comparison->show(*m_analysis);
    updateSummary();
}

void ChangePanel::updateSummary()
{
    const bool busy = m_runner && (m_runner->isBusy() || !m_runner->hasResults());
    const ChangeAnalysis &a = *m_analysis;
    const int missing = int(a.readiness.items.size());
    QString text = missing == 0 ? tr("<b style='color:#2e7d32'>Ready for approval</b>")
                                : counted(missing,
                                          tr("<b style='color:#d32f2f'>Not ready: %n item "
                                             "missing</b>",
                                             "", missing),
                                          tr("<b style='color:#d32f2f'>Not ready: %n items "
                                             "missing</b>",
                                             "", missing));
    const int affecting = int(
        std::count_if(a.impact.steps.cbegin(), a.impact.steps.cend(),
                      [](const StepImpact &s) { return !s.processes.isEmpty(); }));
    text += counted(affecting,
                    tr(" · risk score %1 (%2) · review path: %3 · %n step affects business "
                       "processes",
                       "", affecting),
                    tr(" · risk score %1 (%2) · review path: %3 · %n steps affect business "
                       "processes",
                       "", affecting))
                .arg(a.risk.score)
                .arg(a.risk.level.isEmpty() ? tr("none") : riskLevelLabel(a.risk.level),
                     a.risk.reviewPath.isEmpty() ? tr("none") : reviewPathLabel(a.risk.reviewPath));
    if (busy)
        text += tr(" <i>(analysing…)</i>");
    m_summary->setText(text);
    m_list->item(Readiness)->setText(missing ? tr("Readiness & risk (%1)").arg(missing)
                                             : tr("Readiness & risk"));
}

} // namespace planner
