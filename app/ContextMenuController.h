// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QTabWidget;

namespace planner {

class DependenciesPanel;
class Document;
class EditController;
class GraphWidget;
class InventoryPanel;

/// Fills the right-click menus of the inventory and dependencies panels with the edit
/// controller's actions (add dependency, remove) and the panels' own (copy id, select both
/// ends, edit range), plus Show in Graph, which switches to the Graph tab and centres the
/// right-clicked component. Remove acts only on components the user picked (see
/// EditController): the panels make the right-clicked row a picked selection.
class ContextMenuController : public QObject
{
    Q_OBJECT
public:
    ContextMenuController(Document *document, EditController *edit, InventoryPanel *inventory,
                          DependenciesPanel *dependencies, QTabWidget *tabs, GraphWidget *graph,
                          QObject *parent = nullptr);

    QAction *showInGraphAction() const { return m_showInGraph; }

    /// Shows the Graph tab centred on the selected component.
    void showInGraph();

private:
    Document *m_document;
    QTabWidget *m_tabs;
    GraphWidget *m_graph;
    QAction *m_showInGraph;
};

} // namespace planner
