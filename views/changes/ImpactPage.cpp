// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImpactPage.h"

#include "changes/ChangeAnalysis.h"
#include "inventory/Estate.h"
#include "inventory/Vocabulary.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int ComponentRole = Qt::UserRole + 1;

QString minutesText(int minutes)
{
    if (minutes < 60)
        return QObject::tr("%1 min").arg(minutes);
    return minutes % 60 ? QObject::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : QObject::tr("%1 h").arg(minutes / 60);
}

} // namespace

ImpactPage::ImpactPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_tree->setHeaderLabels({tr("Step / process"), tr("Downtime"), tr("Worst case"),
                             tr("Criticality"), tr("User groups"), tr("Customers"),
                             tr("Service level"), tr("Reached through")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, ComponentRole).toString();
        if (!id.isEmpty())
            Q_EMIT componentRequested(id);
    });
}

void ImpactPage::show(const Estate &estate, const ChangeAnalysis &analysis)
{
    const BusinessImpact &impact = analysis.impact;
    int affecting = 0;
    for (const StepImpact &step : impact.steps)
        affecting += step.processes.isEmpty() ? 0 : 1;
    m_summary->setText(
        tr("%1 of %2 steps affect business processes; %3 processes are affected, %4 of them on "
           "the stricter list (emergency, payment, production control, public service). "
           "Downtime is the step's execution and verification as scheduled; the worst case "
           "runs to the end of its rollback reserve.")
            .arg(affecting)
            .arg(impact.steps.size())
            .arg(impact.processes.size())
            .arg(impact.stricter.size()));
    m_tree->clear();
    const QColor strict(0xd3, 0x2f, 0x2f);
    for (const StepImpact &step : impact.steps) {
        const Component *c = estate.find(step.component);
        auto *top = new QTreeWidgetItem(
            m_tree,
            {tr("%1 %2 → %3").arg(step.component, step.from.text(), step.to.text()),
             minutesText(step.downtimeMinutes) + (step.scheduled ? QString() : tr(" (planned)")),
             QString(), QString(),
             step.processes.isEmpty() ? tr("no business process") : QString()});
        top->setData(0, ComponentRole, step.component);
        if (c)
            top->setToolTip(0, c->name);
        if (step.stricter)
            top->setForeground(0, strict);
        for (const ProcessImpact &p : step.processes) {
            QString criticality = criticalityLabel(p.criticality);
            if (!p.category.isEmpty())
                criticality += QStringLiteral(" · ")
                               + vocabularyLabel(Vocabulary::ProcessCategory, p.category);
            QString level = p.serviceLevel;
            if (p.maxOutageMinutes)
                level += (level.isEmpty() ? QString() : QStringLiteral(" · "))
                         + tr("max outage %1").arg(minutesText(*p.maxOutageMinutes));
            auto *row = new QTreeWidgetItem(top, {p.name, minutesText(p.downtimeMinutes),
                                                  minutesText(p.worstCaseMinutes), criticality,
                                                  p.userGroups.join(QStringLiteral(", ")),
                                                  p.externalCustomers ? tr("external")
                                                                      : tr("internal only"),
                                                  level,
                                                  p.via == step.component ? tr("uses it directly")
                                                                          : p.via});
            row->setData(0, ComponentRole, step.component);
            if (p.stricter)
                row->setForeground(3, strict);
            if (p.maxOutageMinutes && p.worstCaseMinutes > *p.maxOutageMinutes) {
                row->setForeground(2, strict);
                row->setToolTip(2, tr("Longer than the service level allows"));
            }
        }
        top->setExpanded(step.stricter);
    }
    for (int column = 0; column < m_tree->columnCount() - 1; ++column)
        m_tree->resizeColumnToContents(column);
}

} // namespace planner
