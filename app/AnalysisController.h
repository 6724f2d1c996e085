// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"
#include "planning/UpgradePlan.h"

#include <QObject>

namespace planner {

class AnalysisRunner;
class ComponentTableModel;
class Document;
class GraphWidget;

/// Keeps what the views show about the analysis in step with the estate: one AnalysisRunner per
/// document re-checks conflicts, re-orders and re-schedules the upgrade after every edit (in a
/// worker); this controller puts the badges of its findings (the schedule's included) on the
/// inventory table and the graph, and highlights in
/// the graph the wave of the selected component's steps and its stepping-stone path.
class AnalysisController : public QObject
{
    Q_OBJECT
public:
    AnalysisController(Document *document, QObject *parent = nullptr);

    AnalysisRunner *runner() const { return m_runner; }
    void setInventoryModel(ComponentTableModel *model) { m_inventory = model; }
    void setGraph(GraphWidget *graph) { m_graph = graph; }

private:
    void showConflicts(const QList<Conflict> &conflicts);
    void highlightWave();

    Document *m_document;
    AnalysisRunner *m_runner;
    ComponentTableModel *m_inventory = nullptr;
    GraphWidget *m_graph = nullptr;
};

} // namespace planner
