// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayeredLayout.h"

#include "CoordinateAssignment.h"
#include "CrossingReduction.h"
#include "CycleBreaking.h"
#include "EdgeRouting.h"
#include "FixedNodes.h"
#include "LayeredGraph.h"
#include "Layering.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace planner {

using namespace layout;

namespace {

constexpr double labelHeight = 18.0; // room for a site's name at the top of its box

double finiteOr(double value, double fallback, double minimum)
{
    return std::isfinite(value) ? std::max(value, minimum) : fallback;
}

LayoutOptions sanitized(const LayoutOptions &o)
{
    LayoutOptions s = o;
    s.nodeSpacing = finiteOr(o.nodeSpacing, 30.0, 0.0);
    s.layerSpacing = finiteOr(o.layerSpacing, 70.0, 0.0);
    s.edgeSpacing = finiteOr(o.edgeSpacing, 12.0, 0.0);
    s.groupPadding = finiteOr(o.groupPadding, 14.0, 0.0);
    s.sweeps = std::max(0, o.sweeps);
    return s;
}

// A small loop on the right side of the node, for a component that depends on itself.
QList<QPointF> selfLoop(const QPointF &c, const QSizeF &size, double spacing)
{
    const double x = c.x() + size.width() / 2;
    const double reach = std::max(6.0, spacing / 2);
    const double dy = size.height() / 4;
    return {{x, c.y() - dy}, {x + reach, c.y() - dy}, {x + reach, c.y() + dy}, {x, c.y() + dy}};
}

// Each layer a horizontal band as tall as its tallest free node. A gap crossed by edges that
// run far sideways grows (up to three times the spacing) so that they do not lie almost flat.
void assignBands(const LayeredGraph &g, Placement &p, const LayoutOptions &o, double top)
{
    std::vector<double> bandHeight(size_t(g.layerCount), 0.0);
    for (int v = 0; v < g.realCount; ++v) {
        if (!g.fixed[size_t(v)]) {
            double &band = bandHeight[size_t(g.layer[size_t(v)])];
            band = std::max(band, g.height[size_t(v)]);
        }
    }
    std::vector<double> reach(size_t(g.layerCount), 0.0);
    for (int v = 0; v < g.nodeCount(); ++v) {
        if (g.fixed[size_t(v)])
            continue;
        double &r = reach[size_t(g.layer[size_t(v)])];
        for (int w : g.down.of(v))
            if (!g.fixed[size_t(w)])
                r = std::max(r, std::abs(p.x[size_t(v)] - p.x[size_t(w)]));
    }
    p.bandTop.resize(size_t(g.layerCount));
    p.bandBottom.resize(size_t(g.layerCount));
    double y = top;
    for (int l = 0; l < g.layerCount; ++l) {
        p.bandTop[size_t(l)] = y;
        p.bandBottom[size_t(l)] = y + bandHeight[size_t(l)];
        y = p.bandBottom[size_t(l)]
            + std::clamp(reach[size_t(l)] * 0.12, o.layerSpacing, 3 * o.layerSpacing);
    }
}

// The box around each site's free nodes, with room for its name at the top.
QList<GroupBox> siteBoxes(const LayoutGraph &graph, const LayoutResult &result,
                          const std::vector<int> &groups, int groupCount, int noGroup,
                          double padding)
{
    std::vector<QRectF> boxes(static_cast<size_t>(groupCount));
    for (int i = 0; i < int(result.nodes.size()); ++i) {
        const NodePlacement &node = result.nodes[i];
        if (node.fixed)
            continue;
        const QPointF half(node.size.width() / 2, node.size.height() / 2);
        boxes[size_t(groups[size_t(i)])] |= QRectF(node.centre - half, node.size);
    }
    QList<GroupBox> out;
    for (int k = 0; k < groupCount; ++k) {
        if (boxes[size_t(k)].isNull())
            continue;
        GroupBox box;
        box.group = k == noGroup ? -1 : k;
        box.label = k == noGroup ? QCoreApplication::translate("LayeredLayout", "No site")
                                 : graph.groupNames[k];
        box.box = boxes[size_t(k)].adjusted(-padding, -padding - labelHeight, padding, padding);
        box.labelPosition = box.box.topLeft() + QPointF(padding, 3.0);
        out.append(box);
    }
    return out;
}

} // namespace

LayoutResult layoutGraph(const LayoutGraph &graph, const LayoutOptions &options)
{
    const LayoutOptions o = sanitized(options);
    QElapsedTimer clock;
    clock.start();
    const auto lap = [&clock](double &stage) {
        stage = double(clock.nsecsElapsed()) / 1e6;
        clock.restart();
    };
    const int n = int(graph.nodes.size());
    LayoutResult result;
    result.nodes.resize(n);
    result.edges.resize(graph.edges.size());

    // Nodes: sizes, groups, hand-placed positions.
    std::vector<double> widths(static_cast<size_t>(n)), heights(static_cast<size_t>(n));
    std::vector<int> groups(size_t(n), -1);
    std::vector<char> fixed(size_t(n), 0);
    int groupCount = o.groupBySite ? int(graph.groupNames.size()) : 0;
    int noGroup = -1;
    for (int i = 0; i < n; ++i) {
        const LayoutNode &node = graph.nodes[i];
        widths[size_t(i)] = finiteOr(node.size.width(), 120.0, 1.0);
        heights[size_t(i)] = finiteOr(node.size.height(), 40.0, 1.0);
        if (o.groupBySite) {
            if (node.group >= 0 && node.group < int(graph.groupNames.size())) {
                groups[size_t(i)] = node.group;
            } else {
                if (noGroup < 0)
                    noGroup = groupCount++;
                groups[size_t(i)] = noGroup;
            }
        }
        if (node.fixedCentre && std::isfinite(node.fixedCentre->x())
            && std::isfinite(node.fixedCentre->y()))
            fixed[size_t(i)] = 1;
    }

    // Edges: dependents on top; loops drawn apart; cycles broken by reversing a few arcs.
    std::vector<Arc> arcs;
    std::vector<int> arcEdge;
    std::vector<int> loops;
    arcs.reserve(size_t(graph.edges.size()));
    arcEdge.reserve(size_t(graph.edges.size()));
    for (int e = 0; e < int(graph.edges.size()); ++e) {
        const LayoutEdge &edge = graph.edges[e];
        result.edges[e].from = edge.from;
        result.edges[e].to = edge.to;
        const bool fromOk = edge.from >= 0 && edge.from < n;
        if (!fromOk || edge.to < 0 || edge.to >= n) {
            result.warnings.append(QCoreApplication::translate("LayeredLayout",
                                                               "edges[%1]: node %2 does not exist, "
                                                               "edge skipped")
                                       .arg(e)
                                       .arg(fromOk ? edge.to : edge.from));
            continue;
        }
        if (edge.from == edge.to) {
            loops.push_back(e);
            continue;
        }
        arcs.push_back({edge.from, edge.to});
        arcEdge.push_back(e);
    }
    const std::vector<char> reversed = feedbackArcs(n, arcs);
    for (size_t a = 0; a < arcs.size(); ++a) {
        if (reversed[a]) {
            std::swap(arcs[a].top, arcs[a].bottom);
            ++result.reversedEdges;
        }
    }
    lap(result.timings.cycles);

    const std::vector<int> layers = assignLayers(n, arcs);
    LayeredGraph g = buildLayeredGraph(arcs, layers, widths, heights, groups, fixed, 0.0);
    result.layerCount = g.layerCount;
    result.dummyNodes = g.nodeCount() - g.realCount;
    lap(result.timings.layering);
    CrossingOptions cross;
    cross.sweeps = o.sweeps;
    cross.grouped = o.groupBySite;
    cross.groupCount = groupCount;
    // Full effort up to a few thousand nodes (with dummies); beyond, the budget shrinks with
    // the square root of the size so that the largest estates stay within a second.
    cross.maxWork = (long long)(double(cross.maxWork)
                                * std::min(1.0, std::sqrt(12000.0 / std::max(1, g.nodeCount()))));
    result.crossings = reduceCrossings(g, cross);
    lap(result.timings.ordering);

    CoordinateOptions co;
    co.nodeSpacing = o.nodeSpacing;
    co.edgeSpacing = o.edgeSpacing;
    co.grouped = o.groupBySite;
    co.groupCount = groupCount;
    co.groupMargin = o.groupPadding + o.nodeSpacing / 2;
    Placement p;
    p.x = assignX(g, co);

    // Layers become horizontal bands; free nodes start at the left edge (inside their box).
    const int total = g.nodeCount();
    double left = std::numeric_limits<double>::max();
    for (int v = 0; v < total; ++v)
        if (!g.fixed[size_t(v)])
            left = std::min(left, p.x[size_t(v)] - g.width[size_t(v)] / 2);
    assignBands(g, p, o, o.groupBySite ? o.groupPadding + labelHeight : 0.0);
    p.y.resize(static_cast<size_t>(total));
    for (int v = 0; v < total; ++v) {
        if (g.fixed[size_t(v)]) {
            p.x[size_t(v)] = graph.nodes[v].fixedCentre->x();
            p.y[size_t(v)] = graph.nodes[v].fixedCentre->y();
            continue;
        }
        const int l = g.layer[size_t(v)];
        p.x[size_t(v)] -= left - (o.groupBySite ? o.groupPadding : 0.0);
        p.y[size_t(v)] = (p.bandTop[size_t(l)] + p.bandBottom[size_t(l)]) / 2;
    }
    keepClearOfFixedNodes(g, p, o.nodeSpacing, o.edgeSpacing);
    lap(result.timings.coordinates);

    // Output: nodes, routes (reversed ones turned back to run from `from` to `to`), loops.
    QRectF bounds;
    for (int i = 0; i < n; ++i) {
        NodePlacement &node = result.nodes[i];
        node.centre = QPointF(p.x[size_t(i)], p.y[size_t(i)]);
        node.layer = g.layer[size_t(i)];
        node.fixed = g.fixed[size_t(i)] != 0;
        node.size = QSizeF(widths[size_t(i)], heights[size_t(i)]);
        bounds |= QRectF(node.centre - QPointF(node.size.width() / 2, node.size.height() / 2),
                         node.size);
    }
    QList<QList<QPointF>> routes = routeArcs(g, p, o.edgeSpacing);
    for (size_t a = 0; a < arcs.size(); ++a) {
        EdgeRoute &route = result.edges[arcEdge[a]];
        route.points = std::move(routes[qsizetype(a)]);
        if (reversed[a]) {
            std::reverse(route.points.begin(), route.points.end());
            route.reversed = true;
        }
    }
    for (int e : loops) {
        const int v = graph.edges[e].from;
        result.edges[e].points = selfLoop(result.nodes[v].centre,
                                          QSizeF(widths[size_t(v)], heights[size_t(v)]),
                                          o.nodeSpacing);
    }
    for (const EdgeRoute &route : std::as_const(result.edges))
        for (const QPointF &pt : route.points)
            bounds |= QRectF(pt, QSizeF(0.001, 0.001));

    if (o.groupBySite)
        result.groups = siteBoxes(graph, result, groups, groupCount, noGroup, o.groupPadding);
    for (const GroupBox &box : std::as_const(result.groups))
        bounds |= box.box;
    result.bounds = bounds;
    lap(result.timings.routing);
    return result;
}

} // namespace planner
