// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisController.h"

#include "Document.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/ConflictBadges.h"
#include "graph/GraphWidget.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ComponentTableModel.h"
#include "planning/UpgradePath.h"

#include <QColor>
#include <QSet>

namespace planner {

AnalysisController::AnalysisController(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_runner(new AnalysisRunner(document->store(), this))
{
    // Badges for every open finding, the schedule's too: the same as the conflict list.
    connect(m_runner, &AnalysisRunner::findingsChanged, this,
            [this] { showConflicts(m_runner->findings()); });
    connect(m_runner, &AnalysisRunner::planReady, this, &AnalysisController::highlightWave);
    connect(document->selection(), &ComponentSelection::selectionChanged, this,
            &AnalysisController::highlightWave);
}

void AnalysisController::showConflicts(const QList<Conflict> &conflicts)
{
    const QHash<QString, QStringList> messages = conflictMessagesByComponent(conflicts);
    if (m_inventory) {
        const QHash<QString, Conflict::Severity> worst = worstSeverityByComponent(conflicts);
        QHash<QString, ComponentTableModel::ConflictBadge> badges;
        for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
            const auto severity = worst.value(it.key(), Conflict::Severity::Info);
            const int level = severity == Conflict::Severity::Error     ? 2
                              : severity == Conflict::Severity::Warning ? 1
                                                                        : 0;
            badges.insert(it.key(), {level, it.value()});
        }
        m_inventory->setConflictBadges(std::move(badges));
    }
    if (m_graph)
        m_graph->setConflicts(graphConflictMarks(conflicts));
}

// The selected component's steps: every component moving in the same waves is highlighted,
// so the architect sees what else happens in those windows; a stepping-stone upgrade's path
// is drawn on top.
void AnalysisController::highlightWave()
{
    if (!m_graph)
        return;
    const QString selected = m_document->selection()->current();
    QSet<int> waves;
    // The plan and the estate it was made for: the store may hold a newer one already.
    const UpgradePlan &plan = m_runner->plan();
    for (const PlanStep &s : plan.steps)
        if (s.component == selected)
            waves.insert(s.wave);
    QStringList ids;
    for (const PlanStep &s : plan.steps)
        if (waves.contains(s.wave) && !ids.contains(s.component))
            ids << s.component;
    m_graph->setHighlightedComponents(ids, QColor(0x1e, 0x88, 0xe5));
    // A component that goes through stepping stones or required stops: its path, with the
    // neighbours' moves in between, drawn over the wave.
    const UpgradePath path = upgradePathOf(plan, m_runner->analysedEstate(), selected);
    m_graph->setUpgradePath(path.isMultiHop() ? path : UpgradePath{});
}

} // namespace planner
