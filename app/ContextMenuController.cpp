// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextMenuController.h"

#include "Document.h"
#include "EditController.h"
#include "graph/GraphView.h"
#include "graph/GraphWidget.h"
#include "itemmodels/ComponentSelection.h"
#include "panels/DependenciesPanel.h"
#include "panels/InventoryPanel.h"

#include <QAction>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>

namespace planner {

ContextMenuController::ContextMenuController(Document *document, EditController *edit,
                                             InventoryPanel *inventory,
                                             DependenciesPanel *dependencies, QTabWidget *tabs,
                                             GraphWidget *graph, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_tabs(tabs)
    , m_graph(graph)
    , m_showInGraph(new QAction(tr("Show in &Graph"), this))
{
    m_showInGraph->setStatusTip(tr("Switch to the graph, centred on this component"));
    connect(m_showInGraph, &QAction::triggered, this, &ContextMenuController::showInGraph);

    QMenu *components = inventory->contextMenu();
    components->addAction(m_showInGraph);
    components->addAction(edit->addDependencyAction());
    components->addAction(inventory->copyIdAction());
    components->addSeparator();
    components->addAction(edit->removeComponentsAction());

    QMenu *links = dependencies->contextMenu(); // already holds Select Both Ends, Edit Range
    links->addSeparator();
    links->addAction(edit->addDependencyAction());
    links->addAction(edit->removeDependenciesAction());
}

void ContextMenuController::showInGraph()
{
    const QString id = m_document->selection()->current();
    if (id.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_graph);
    // After the tab has shown (and, the first time, fitted) the graph.
    QTimer::singleShot(0, m_graph, [graph = m_graph, id] { graph->view()->centreOn(id); });
}

} // namespace planner
