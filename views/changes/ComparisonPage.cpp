// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonPage.h"

#include "itemmodels/Counted.h"

#include "RecordPage.h"

#include "changes/ChangeAnalysis.h"
#include "commands/ReplaceSectionCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ChangeRecordModels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int ComponentRole = Qt::UserRole + 1;

QString ratioText(const std::optional<double> &ratio)
{
    return ratio ? QStringLiteral("%1 %").arg(qRound(*ratio * 100)) : QString();
}

QColor ratioColour(const std::optional<double> &ratio)
{
    if (!ratio)
        return {};
    if (*ratio > 1.2)
        return QColor(0xd3, 0x2f, 0x2f);
    return *ratio < 0.8 ? QColor(0x15, 0x65, 0xc0) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

ComparisonPage::ComparisonPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_accept(new QPushButton(tr("Accept as estimates"), this))
{
    m_summary->setWordWrap(true);
    QStringList headers{tr("Step / kind"), tr("Planned"), tr("Actual"), tr("Actual / planned")};
    const QString phases[phaseCount] = {tr("Prepare"), tr("Backup"), tr("Execute"), tr("Verify"),
                                        tr("Rollback")};
    for (const QString &phase : phases)
        headers.append(phase);
    m_tree->setHeaderLabels(headers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->headerItem()->setToolTip(4, tr("Planned / actual minutes of each phase"));
    m_accept->setToolTip(tr("Store the average actual minutes per kind as the estimates the "
                            "next plan uses (one undo step)"));
    m_estimates = new RecordPage(
        newEstimateModel(store, undoStack, this),
        tr("Accepted estimates per kind: the schedule uses them before the built-in defaults "
           "(a component's own figure still comes first)."),
        this);
    m_estimates->addButton()->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    line->addWidget(m_summary, 1);
    line->addWidget(m_accept);
    topLayout->addLayout(line);
    topLayout->addWidget(m_tree, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_estimates);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_accept, &QPushButton::clicked, this, &ComparisonPage::acceptEstimates);
    connect(m_estimates, &RecordPage::componentRequested, this, &ComparisonPage::componentRequested);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, ComponentRole).toString();
        if (!id.isEmpty())
            Q_EMIT componentRequested(id);
    });
}

void ComparisonPage::show(const ChangeAnalysis &analysis)
{
    const PlanComparison &c = analysis.comparison;
    m_summary->setText(
        c.steps.isEmpty()
            ? tr("Nothing is recorded yet: enter actual phase times in Upgrade record.")
            : tr("%1 recorded steps. Planned minutes count only the phases with an actual, so "
                 "the two compare. Red: took more than 120 % of the plan.")
                  .arg(c.steps.size()));
    // Enabled only when accepting would change the stored estimates.
    Estate copy = m_store->estate();
    m_accept->setEnabled(planner::acceptEstimates(copy, c) > 0);
    m_tree->clear();
    auto *steps = new QTreeWidgetItem(m_tree, {tr("Steps")});
    for (const StepComparison &s : c.steps) {
        QStringList cells{s.component + QStringLiteral(" (") + kindLabel(s.kind) + u')',
                          QString::number(s.plannedTotal), QString::number(s.actualTotal),
                          ratioText(s.ratio)};
        for (int p = 0; p < phaseCount; ++p)
            cells.append(s.actual[p] ? QStringLiteral("%1 / %2").arg(s.planned[p]).arg(*s.actual[p])
                                     : QStringLiteral("%1 / –").arg(s.planned[p]));
        auto *row = new QTreeWidgetItem(steps, cells);
        row->setData(0, ComponentRole, s.component);
        row->setForeground(3, ratioColour(s.ratio));
    }
    auto *kinds = new QTreeWidgetItem(m_tree, {tr("Kinds (averages)")});
    for (const KindComparison &k : c.kinds) {
        double planned = 0, actual = 0;
        QStringList cells{
            counted(k.steps, tr("%1 (%n step)", "", k.steps), tr("%1 (%n steps)", "", k.steps))
                .arg(kindLabel(k.kind))};
        QStringList phases;
        for (int p = 0; p < phaseCount; ++p) {
            planned += k.averagePlanned[p].value_or(0);
            actual += k.averageActual[p].value_or(0);
            phases.append(k.averageActual[p] ? QStringLiteral("%1 / %2")
                                                   .arg(qRound(k.averagePlanned[p].value_or(0)))
                                                   .arg(qRound(*k.averageActual[p]))
                                             : QString());
        }
        cells << QString::number(qRound(planned)) << QString::number(qRound(actual))
              << ratioText(k.ratio) << phases;
        auto *row = new QTreeWidgetItem(kinds, cells);
        row->setForeground(3, ratioColour(k.ratio));
    }
    m_tree->expandAll();
    for (int column = 0; column < m_tree->columnCount(); ++column)
        m_tree->resizeColumnToContents(column);
}

bool ComparisonPage::acceptEstimates()
{
    Estate copy = m_store->estate();
    if (planner::acceptEstimates(copy, comparePlannedActual(copy)) == 0)
        return false;
    auto *command = new ReplaceSectionCommand(m_store, copy.records);
    command->setText(tr("Accept actual durations as estimates"));
    m_undoStack->push(command);
    return true;
}

} // namespace planner
