// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphEditor.h"
#include "graphquery/GraphFilter.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "layout/LayeredLayout.h"
#include "planning/UpgradePath.h"

#include <QColor>
#include <QFutureWatcher>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <vector>

QT_BEGIN_NAMESPACE
class QUndoStack;
QT_END_NAMESPACE

namespace planner {

class EdgeItem;
class NodeItem;
class PathCalloutItem;
class SiteBoxItem;

/// The estate as a dependency graph: one NodeItem per component, one EdgeItem per dependency
/// (index for index with the estate's rows), laid out by the layered layout and, when grouping
/// by site, one SiteBoxItem per site. It follows the EstateStore's signals (items appear and go
/// at once, the layout follows, in a worker thread for big estates), keeps the graph's
/// selection in step with the document's ComponentSelection both ways, and holds the state the
/// items read when they paint: conflicts, highlights, the search hit and the filter.
/// Edits made in the graph go through its GraphEditor onto the document's undo stack.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /// What a component's box reads from the scene when it paints.
    struct NodeLook
    {
        bool conflict = false;
        bool searchHit = false;
        const QPen *highlight = nullptr; ///< the wave or path it belongs to, if highlighted
        QString pathMarks; ///< the numbers of its moves on the upgrade path shown, e.g. "1 3"
    };

    /// @p undoStack null: a read-only graph (export), nodes cannot be moved. @p selection null:
    /// the graph keeps its selection to itself.
    GraphScene(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
               QObject *parent = nullptr);
    ~GraphScene() override;

    EstateStore *store() const { return m_store; }
    const Estate &estate() const { return m_store->estate(); }
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

    // --- state the items draw ---
    /// Components in conflict and the messages their tooltip gives (from the conflict checker).
    void setConflicts(const QHash<QString, QStringList> &messages);
    QStringList conflictMessages(const QString &id) const { return m_conflicts.value(id); }
    /// Outlines these components in @p colour: the selected step's wave, a stepping-stone path.
    /// An empty list clears the highlight.
    void setHighlightedComponents(const QStringList &ids, const QColor &colour);
    const QSet<QString> &highlightedComponents() const { return m_highlighted; }
    /// Shows the path of a stepping-stone upgrade: the component and the neighbours whose moves
    /// come between its hops are outlined in the path colour, the dependencies between them
    /// drawn in it, each box numbered with its moves, and a callout beside the component lists
    /// the moves in order with their waves. It takes precedence over the wave highlight. A
    /// path without moves clears it.
    void setUpgradePath(const UpgradePath &path);
    const UpgradePath &upgradePath() const { return m_path; }
    /// The callout of the path shown, or nullptr. It sits beside the component's box where
    /// it hides the fewest boxes (those of the path weigh most).
    const PathCalloutItem *pathCallout() const { return m_pathCallout; }
    /// The zoom of the view showing the scene: the callout keeps its size on screen, so where
    /// it fits depends on it (the view tells).
    void setPathCalloutZoom(double zoom);
    /// How much of the graph a callout at @p area (scene) would hide: boxes it covers, those
    /// of the path shown counting three.
    int pathCalloutCover(const QRectF &area) const;
    /// Marks the component a search found (empty: none).
    void setSearchHit(const QString &id);
    QString searchHit() const { return m_searchHit; }
    /// Shows only what @p filter lets through.
    void setFilter(const GraphFilter &filter);
    const GraphFilter &filter() const { return m_filter; }

    NodeLook nodeLook(const QString &id) const;
    /// The dependency from -> to is drawn emphasised when it touches a selected component,
    /// and in the highlight colour when both its ends are highlighted.
    bool isEdgeEmphasised(const QString &from, const QString &to) const;
    const QPen *edgeHighlight(const QString &from, const QString &to) const;

    /// The tooltip of a box or an edge: what it is, its versions, its conflicts.
    QString toolTipFor(const QGraphicsItem *item) const;

    /// Called by a box the user drags: its edges follow.
    void nodeMoved(NodeItem *node);

    /// Draws @p sceneRect of the graph in its simplest form, in a few batched calls: boxes as
    /// flat rectangles (dots when smaller than two pixels) in the colour of their state,
    /// dependencies as straight hairlines. @p scale is the painter's zoom. The view uses it
    /// when zoomed out below GraphStyle::flatLevel, where drawing tens of thousands of items
    /// one by one could not keep up; the overview and scaled-down exports use it too.
    void drawFlat(QPainter *painter, const QRectF &sceneRect, double scale) const;
    /// From this many distinct lines on, drawFlat() sets the lines of an image (a raster paint
    /// engine) pixel by pixel itself instead of through the painter, in a fraction of the time.
    static constexpr int flatRasterLinesFrom = 2000;
    /// Changes whenever what drawFlat() draws changes: views cache its picture until then.
    quint64 flatRevision() const { return m_flatRevision; }

Q_SIGNALS:
    void layoutStarted();
    void layoutFinished();
    /// Something drawn changed (layout, filter, highlight, conflicts): overviews redraw.
    void drawingChanged();
    /// The filter changed (from the toolbar or a context menu).
    void filterChanged(const GraphFilter &filter);

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

    // GraphSceneFlat.cpp: the batched drawing for far zoom
    void rebuildFlat() const;
    void drawFlatLines(QPainter *painter, const QList<QLineF> &lines, const QTransform &toPixels,
                       const QRectF &pixelArea, bool stubs) const;
    void rasterizeFlatLines(QPainter *painter, const QRectF &pixelArea) const;
    void drawFlatDots(QPainter *painter, const QList<QPointF> &dots, const QTransform &toPixels,
                      const QRectF &pixelArea) const;
    void flatChanged()
    {
        m_flat.valid = false;
        ++m_flatRevision;
        if (m_pathCallout)
            placePathCallout();
    }

    // GraphScenePath.cpp: the stepping-stone path
    void placePathCallout();
    QString moveText(const PathMove &move) const;

    // GraphSceneState.cpp: filter and selection
    void applyFilter();
    void updateEdgeVisibility(int row);
    void onSceneSelectionChanged();
    /// Repaints these components' boxes and their edges; overviews redraw.
    void repaintComponents(const QSet<QString> &ids);
    void onComponentSelectionChanged(const QStringList &ids, QObject *source);
    void selectionNowIs(const QSet<QString> &ids);

    EstateStore *m_store;
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

    QHash<QString, QStringList> m_conflicts;
    QSet<QString> m_highlighted;
    QPen m_highlightPen;     // halo around highlighted boxes
    QPen m_highlightEdgePen; // dependencies between highlighted components
    QPen m_highlightFlatPen; // the same, zoomed far out
    QPen m_highlightDotPen;  // highlighted boxes shrunk to dots
    UpgradePath m_path;
    QSet<QString> m_pathNeighbours;
    QHash<QString, QString> m_pathMarks;
    PathCalloutItem *m_pathCallout = nullptr;
    double m_calloutZoom = 1.0;
    QString m_searchHit;
    GraphFilter m_filter;
    QTimer m_filterTimer;
    QSet<QString> m_selectedIds;
    bool m_syncingSelection = false;
    QHash<QString, QPointF> m_dragStart;

    // The batched far drawing, rebuilt when something drawn changed (see drawFlat()).
    struct FlatDrawing
    {
        bool valid = false;
        QList<QList<QRectF>> boxes; // by brush: kinds, selected, conflict, highlight, path
        QList<QList<QPointF>> dots; // the same boxes' centres
        QList<QRectF> searchHit;
        QList<QLineF> lines;
        QList<QLineF> emphasised;  // touching the selection
        QList<QLineF> highlighted; // between highlighted components
        QList<QLineF> path;        // along the upgrade path shown
        QList<QRectF> sites;
        double smallestBox = 0; // the narrowest side of any box
        // One frame's drawing in whole device pixels, each line and dot once (buffers that
        // keep their capacity from frame to frame).
        std::vector<quint64> keys;
        QList<QLine> pixelLines;
        QList<QPoint> pixelDots;
        QImage lineLayer; // the lines set pixel by pixel (see rasterizeFlatLines())
        std::vector<qint32> rowRuns;
        std::vector<qint32> columnRuns;
        std::vector<qint32> columnSums;
    };
    mutable FlatDrawing m_flat;
    quint64 m_flatRevision = 0;
};

} // namespace planner
