// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FlatPainter.h"
#include "GraphEditor.h"
#include "GraphModel.h"
#include "itemmodels/ComponentSelection.h"
#include "layout/LayeredLayout.h"

#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace planner {

class EdgeItem;
class NodeItem;
class PathCalloutItem;
class SiteBoxItem;

/// The graph view's scene: it turns its GraphModel (the estate and the state laid over it)
/// into items, one NodeItem per component and one EdgeItem per dependency (index for index with
/// the estate's rows), laid out by the layered layout and, when grouping by site, one
/// SiteBoxItem per site. It follows the EstateStore's signals (items appear and go at once, the
/// layout follows, in a worker thread for big estates) and the model's (items repaint, the
/// filter shows and hides them), and keeps the graph's selection in step with the document's
/// ComponentSelection both ways. Items hold ids only; they read their look from the model and
/// NodePainter, EdgePainter and, zoomed far out, FlatPainter draw them.
/// Edits made in the graph go through its GraphEditor onto the document's undo stack.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /// @p undoStack null: a read-only graph (export), nodes cannot be moved. @p selection null:
    /// the graph keeps its selection to itself.
    GraphScene(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
               QObject *parent = nullptr);
    ~GraphScene() override;

    EstateStore *store() const { return m_store; }
    const Estate &estate() const { return m_store->estate(); }
    /// What is drawn and how it looks: conflicts, highlights, the path, search, filter.
    GraphModel &model() { return m_model; }
    const GraphModel &model() const { return m_model; }
    GraphEditor &editor() { return m_editor; }
    ComponentSelection *componentSelection() const { return m_selection; }

    /// The box of component @p id, or nullptr.
    NodeItem *nodeItem(const QString &id) const { return m_nodeById.value(id); }
    /// Boxes in the estate's component order.
    const QList<NodeItem *> &nodeItems() const { return m_nodes; }
    /// Edges in the estate's dependency order.
    const QList<EdgeItem *> &edgeItems() const { return m_edges; }
    const QList<SiteBoxItem *> &siteBoxes() const { return m_siteBoxes; }

    // --- layout ---
    LayoutOptions layoutOptions() const { return m_options; }
    void setLayoutOptions(const LayoutOptions &options);
    bool groupBySite() const { return m_options.groupBySite; }
    void setGroupBySite(bool on);
    /// Lays the graph out again (hand-placed nodes stay). Runs in a worker thread when the
    /// estate has more than asyncThreshold() components; the drawing changes when it is done.
    void relayout();
    int asyncThreshold() const { return m_asyncThreshold; }
    void setAsyncThreshold(int components) { m_asyncThreshold = components; }
    /// True while a layout is due or running.
    bool isLayoutPending() const;
    /// Finishes the due or running layout now (blocking): for export and tests.
    void waitForLayout();
    /// The last layout applied.
    const LayoutResult &layout() const { return m_layout; }
    /// What is drawn: the visible items' bounds.
    QRectF graphBounds() const;

    // --- the upgrade path's callout ---
    /// The callout of the path shown, or nullptr. It sits beside the component's box where
    /// it hides the fewest boxes (those of the path weigh most).
    const PathCalloutItem *pathCallout() const { return m_pathCallout; }
    /// The zoom of the view showing the scene: the callout keeps its size on screen, so where
    /// it fits depends on it (the view tells).
    void setPathCalloutZoom(double zoom);
    /// How much of the graph a callout at @p area (scene) would hide: boxes it covers, those
    /// of the path shown counting three.
    int pathCalloutCover(const QRectF &area) const;
    /// The tooltip of a box or an edge: what it is, its versions, its conflicts.
    QString toolTipFor(const QGraphicsItem *item) const;

    /// Called by a box the user drags: its edges follow.
    void nodeMoved(NodeItem *node);

    /// Draws @p sceneRect of the graph in its simplest form (FlatPainter); @p scale is the
    /// painter's zoom.
    void drawFlat(QPainter *painter, const QRectF &sceneRect, double scale) const
    {
        m_flat.draw(painter, sceneRect, scale, *this);
    }
    /// Changes whenever what drawFlat() draws changes: views cache its picture until then.
    quint64 flatRevision() const { return m_flat.revision(); }

Q_SIGNALS:
    void layoutStarted();
    void layoutFinished();
    /// Something drawn changed (layout, filter, highlight, conflicts): overviews redraw.
    void drawingChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    // GraphScene.cpp: items following the store
    void rebuild();
    NodeItem *createNode(int row);
    EdgeItem *createEdge(int row);
    void updateNodeContent(int row);
    void onComponentInserted(int row);
    void onComponentRemoved(int row);
    void onComponentChanged(int row);
    void onDependencyInserted(int row);
    void onDependencyRemoved(int row);
    void onDependencyChanged(int row);
    void onSectionChanged(EstateStore::Section section);
    void structureChanged();
    void scheduleFilter();

    // GraphSceneLayout.cpp: running and applying the layout
    void startLayout();
    void onLayoutDone();
    void applyLayout(const LayoutResult &result);
    void applyManualPositions();
    void rebuildSiteBoxes();
    void routeEdge(int row);
    void routeEdgesOf(const QString &id);
    const QList<int> &edgesOf(const QString &id) const;
    void growSceneRect();

    void flatChanged()
    {
        m_flat.invalidate();
        if (m_pathCallout)
            placePathCallout();
    }

    // GraphScenePath.cpp: the stepping-stone path
    void onPathChanged();
    void placePathCallout();

    // GraphSceneState.cpp: the model's state on the items, filter and selection
    void onLookChanged(const QSet<QString> &ids, GraphModel::Repaint what);
    void applyFilter();
    void updateEdgeVisibility(int row);
    void onSceneSelectionChanged();
    void onComponentSelectionChanged(const QStringList &ids, QObject *source);
    void selectionNowIs(const QSet<QString> &ids);

    EstateStore *m_store;
    GraphModel m_model;
    GraphEditor m_editor;
    QPointer<ComponentSelection> m_selection;

    QList<NodeItem *> m_nodes;
    QHash<QString, NodeItem *> m_nodeById;
    QList<EdgeItem *> m_edges;
    QList<SiteBoxItem *> m_siteBoxes;

    LayoutOptions m_options;
    LayoutResult m_layout;
    QHash<QString, QPointF> m_layoutCentre; // automatic centre of each laid-out component
    QSet<QString> m_layoutFixed;            // components the last layout kept in place
    quint64 m_structure = 0;                // bumped on every change of components or dependencies
    quint64 m_input = 0;                    // bumped on every change of the layout's input
    quint64 m_layoutStructure = ~0ull;      // m_structure of the applied layout
    quint64 m_runningInput = 0;
    quint64 m_runningStructure = 0;
    bool m_layoutRunning = false;
    bool m_runAgain = false;
    mutable QHash<QString, QList<int>> m_adjacency; // component id -> dependency rows
    mutable quint64 m_adjacencyStructure = ~0ull;
    int m_asyncThreshold = 400;
    QTimer m_layoutTimer;
    QFutureWatcher<LayoutResult> m_watcher;
    bool m_placing = false; // the scene moves boxes: no edge rerouting per box

    PathCalloutItem *m_pathCallout = nullptr;
    double m_calloutZoom = 1.0;
    QTimer m_filterTimer;
    bool m_syncingSelection = false;
    QHash<QString, QPointF> m_dragStart;

    mutable FlatPainter m_flat; // the drawing zoomed far out
};

} // namespace planner
