// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadinessPage.h"

#include "itemmodels/Counted.h"

#include "changes/ChangeAnalysis.h"
#include "inventory/Estate.h"
#include "inventory/Vocabulary.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int ComponentRole = Qt::UserRole + 1;

QColor levelColour(const QString &level)
{
    if (level == QLatin1String("high"))
        return QColor(0xd3, 0x2f, 0x2f);
    if (level == QLatin1String("medium"))
        return QColor(0xc2, 0x7c, 0x0e);
    return QColor(0x2e, 0x7d, 0x32);
}

QTreeWidget *newTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(true);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setWordWrap(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ReadinessPage::ReadinessPage(QWidget *parent)
    : QWidget(parent)
    , m_guidance(new QLabel(this))
{
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    m_checklist = newTree({tr("Missing before approval"), tr("Component / window"), tr("Why")},
                          this);
    m_checklist->setRootIsDecorated(false);
    m_risk = newTree({tr("Step / rule"), tr("Points"), tr("Cause")}, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_checklist);
    splitter->addWidget(m_risk);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_guidance);
    layout->addWidget(splitter, 1);
    connect(m_checklist, &QTreeWidget::itemDoubleClicked, this, &ReadinessPage::activated);
    connect(m_risk, &QTreeWidget::itemDoubleClicked, this, &ReadinessPage::activated);
}

void ReadinessPage::activated(QTreeWidgetItem *item)
{
    const QString id = item ? item->data(0, ComponentRole).toString() : QString();
    if (!id.isEmpty())
        Q_EMIT componentRequested(id);
}

void ReadinessPage::show(const Estate &estate, const ChangeAnalysis &analysis)
{
    const ProjectInfo &p = estate.project;
    const auto orUnset = [this](const QString &s) {
        return s.isEmpty() ? tr("<i>not stated</i>") : s.toHtmlEscaped();
    };
    const Readiness &ready = analysis.readiness;
    const QString verdict
        = ready.isReady()
              ? tr("<b style='color:#2e7d32'>Ready for approval.</b>")
              : counted(int(ready.items.size()),
                        tr("<b style='color:#d32f2f'>Not ready for approval: %n item missing.</b>",
                           "", int(ready.items.size())),
                        tr("<b style='color:#d32f2f'>Not ready for approval: %n items missing.</b>",
                           "", int(ready.items.size())));
    m_guidance->setText(
        tr("%1 &nbsp; Reason: %2 · urgency: %3 · purpose: %4<br>"
           "Risk score of the plan: <b style='color:%5'>%6 (%7)</b> · review path: <b>%8</b> — %9")
            .arg(verdict, orUnset(vocabularyLabel(Vocabulary::ChangeReason, p.reason)),
                 orUnset(vocabularyLabel(Vocabulary::Urgency, p.urgency)), orUnset(p.purpose),
                 levelColour(analysis.risk.level).name())
            .arg(analysis.risk.score)
            .arg(riskLevelLabel(analysis.risk.level), reviewPathLabel(analysis.risk.reviewPath),
                 analysis.risk.guidance.toHtmlEscaped()));

    m_checklist->clear();
    for (const ReadinessItem &item : ready.items) {
        QString where = item.component;
        if (where.isEmpty())
            where = item.window.isEmpty() ? item.process : item.window;
        if (where.isEmpty())
            where = tr("the plan");
        auto *row = new QTreeWidgetItem(m_checklist,
                                        {readinessKindLabel(item.kind), where, item.reason});
        row->setData(0, ComponentRole, item.component);
        row->setToolTip(2, item.reason);
        if (!item.component.isEmpty()) {
            if (const Component *c = estate.find(item.component))
                row->setToolTip(1, c->name);
        }
    }
    if (ready.isReady())
        new QTreeWidgetItem(m_checklist, {tr("nothing"), QString(),
                                          tr("Every record the plan needs is there.")});

    m_risk->clear();
    for (const StepRisk &step : analysis.risk.steps) {
        auto *top = new QTreeWidgetItem(m_risk,
                                        {tr("%1 %2 → %3")
                                             .arg(step.component, step.from.text(), step.to.text()),
                                         QString::number(step.score), riskLevelLabel(step.level)});
        top->setData(0, ComponentRole, step.component);
        top->setForeground(2, levelColour(step.level));
        top->setForeground(1, levelColour(step.level));
        for (const RiskItem &item : step.items) {
            auto *child = new QTreeWidgetItem(top,
                                              {riskRuleLabel(item.rule),
                                               QStringLiteral("+%1").arg(item.points), item.cause});
            child->setData(0, ComponentRole, step.component);
            child->setToolTip(2, item.cause);
        }
        top->setExpanded(step.score >= riskHighFrom);
    }
    for (QTreeWidget *tree : {m_checklist, m_risk}) {
        tree->resizeColumnToContents(0);
        tree->resizeColumnToContents(1);
    }
}

} // namespace planner
