// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

class Estate;

/// One box of the dependency graph: a component, with the size its drawing needs.
struct LayoutNode
{
    QSizeF size{120.0, 40.0}; ///< pixels
    int group = -1;           ///< its site: an index into LayoutGraph::groupNames, -1 for none
    /// Where the user placed it by hand (centre, screen coordinates): kept exactly, and the
    /// automatic layout arranges the other nodes around it.
    std::optional<QPointF> fixedCentre;
};

/// `from` depends on `to` (node indices). Dependents are drawn above what they depend on.
struct LayoutEdge
{
    int from = -1;
    int to = -1;
};

/// The graph to lay out: nodes, dependencies and the names of the groups (sites).
struct LayoutGraph
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    QStringList groupNames;
};

/// How dense the drawing is and whether each site gets its own box.
struct LayoutOptions
{
    double nodeSpacing = 30.0;  ///< horizontal gap between neighbouring boxes
    double layerSpacing = 70.0; ///< vertical gap between layers, where edges run
    double edgeSpacing = 12.0;  ///< horizontal gap between edges routed side by side
    bool groupBySite = false;   ///< keep each site's nodes together inside a labelled box
    double groupPadding = 14.0; ///< margin inside a site box, around its nodes
    int sweeps = 24;            ///< at most this many crossing-reduction sweeps when refining
};

/// Where a node ended up: its centre (screen coordinates, y grows downwards) and its layer
/// (0 at the top: the components nothing depends on; dependencies lie on higher layers).
struct NodePlacement
{
    QPointF centre;
    QSizeF size; ///< the box laid out (the input size, made valid)
    int layer = 0;
    bool fixed = false; ///< kept at the user's position
};

/// How one dependency is drawn: a polyline from the dependent's border to the dependency's
/// border, bending where the edge passes between other nodes on intermediate layers.
struct EdgeRoute
{
    int from = -1;
    int to = -1;
    QList<QPointF> points; ///< empty for an edge that was skipped (see LayoutResult::warnings)
    /// The edge closes a dependency cycle: it was laid out pointing up the layers so that all
    /// the others point down; its points still run from `from` to `to`.
    bool reversed = false;
};

/// The box drawn around one site's nodes when grouping by site.
struct GroupBox
{
    int group = -1;
    QString label;
    QRectF box;
    QPointF labelPosition; ///< top-left corner of the label, inside the box
};

/// Where the time went, in milliseconds per stage (for benchmarks).
struct LayoutTimings
{
    double cycles = 0;
    double layering = 0;
    double ordering = 0;
    double coordinates = 0;
    double routing = 0;
};

/// The whole drawing, index for index with the input graph's nodes and edges.
struct LayoutResult
{
    QList<NodePlacement> nodes;
    QList<EdgeRoute> edges;
    QList<GroupBox> groups;
    QRectF bounds; ///< everything: nodes, routes and boxes
    int layerCount = 0;
    int reversedEdges = 0; ///< edges turned around to break cycles
    qint64 crossings = 0;  ///< crossings between routed edges, counted between layers
    int dummyNodes = 0;    ///< bend points added where long edges pass a layer
    LayoutTimings timings;
    QStringList warnings; ///< input that was skipped, e.g. an edge to a node that is not there
};

/// Lays out a dependency graph in layers (Sugiyama style): dependents above their
/// dependencies, every edge pointing down (cycles broken by turning a few edges around), few
/// crossings, long edges running straight between the nodes. Deterministic: the same graph and
/// options always give the same drawing. Needs no display.
LayoutResult layoutGraph(const LayoutGraph &graph, const LayoutOptions &options = {});

/// The size a component's box needs for its name and version line, estimated from the number
/// of characters (the core has no fonts; views may measure and pass real sizes instead).
QSizeF estimatedNodeSize(const QString &title, const QString &subtitle);

/// Lays out the estate: one node per component and one edge per dependency, index for index
/// (a dependency naming an unknown component gets an empty route and a warning), sites as
/// groups, and the positions in Estate::manualPositions kept.
LayoutResult layoutEstate(const Estate &estate, const LayoutOptions &options = {});

} // namespace planner
