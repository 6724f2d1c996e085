// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the layout tests: graphs to lay out and the checks every layout must pass.

#include "layout/LayeredLayout.h"
#include "layout/LayoutMetrics.h"

#include <QRectF>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace layouttest {

using namespace planner;

/// A small deterministic random number generator (the tests must not depend on the platform).
class Lcg
{
public:
    explicit Lcg(quint64 seed)
        : m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL)
    {
    }
    int below(int n)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((m_state >> 33) % quint64(n));
    }

private:
    quint64 m_state;
};

inline LayoutGraph nodes(int n, QSizeF size = {100, 40})
{
    LayoutGraph g;
    for (int i = 0; i < n; ++i) {
        LayoutNode node;
        node.size = size;
        g.nodes.append(node);
    }
    return g;
}

inline LayoutGraph chain(int n)
{
    LayoutGraph g = nodes(n);
    for (int i = 0; i + 1 < n; ++i)
        g.edges.append({i, i + 1});
    return g;
}

/// Node i depends on its children 2i+1 and 2i+2.
inline LayoutGraph binaryTree(int n)
{
    LayoutGraph g = nodes(n);
    for (int i = 1; i < n; ++i)
        g.edges.append({(i - 1) / 2, i});
    return g;
}

/// A rows x columns grid where (r, c) depends on (r + 1, c) and (r, c + 1): level planar.
inline LayoutGraph grid(int rows, int columns)
{
    LayoutGraph g = nodes(rows * columns, {60, 30});
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            if (r + 1 < rows)
                g.edges.append({r * columns + c, (r + 1) * columns + c});
            if (c + 1 < columns)
                g.edges.append({r * columns + c, r * columns + c + 1});
        }
    return g;
}

/// Edges only from lower to higher index: acyclic. Sizes vary like component names.
inline LayoutGraph randomDag(int n, int m, quint64 seed)
{
    Lcg random(seed);
    LayoutGraph g = nodes(n);
    for (LayoutNode &node : g.nodes)
        node.size = QSizeF(60 + random.below(140), random.below(2) ? 28 : 44);
    for (int k = 0; k < m; ++k) {
        const int a = random.below(n - 1);
        const int b = a + 1 + random.below(std::min(n - a - 1, 12));
        g.edges.append({a, b});
    }
    return g;
}

/// Any edges at all: cycles, loops, parallel edges.
inline LayoutGraph randomGraph(int n, int m, quint64 seed)
{
    Lcg random(seed);
    LayoutGraph g = nodes(n);
    for (int k = 0; k < m; ++k)
        g.edges.append({random.below(n), random.below(n)});
    return g;
}

inline void assignGroups(LayoutGraph &g, int groups, quint64 seed)
{
    Lcg random(seed);
    for (int k = 0; k < groups; ++k)
        g.groupNames.append(QStringLiteral("site %1").arg(k));
    for (LayoutNode &node : g.nodes)
        node.group = random.below(groups);
}

inline QRectF rectOf(const NodePlacement &p)
{
    return QRectF(p.centre - QPointF(p.size.width() / 2, p.size.height() / 2), p.size);
}

inline bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.width() > 1e-6 && i.height() > 1e-6;
}

/// A point on the border of @p r (within half a pixel).
inline bool onBorder(const QPointF &p, const QRectF &r)
{
    if (!r.adjusted(-0.5, -0.5, 0.5, 0.5).contains(p))
        return false;
    return std::abs(p.x() - r.left()) < 0.5 || std::abs(p.x() - r.right()) < 0.5
           || std::abs(p.y() - r.top()) < 0.5 || std::abs(p.y() - r.bottom()) < 0.5;
}

/// Empty when no two node boxes overlap, otherwise a description of the first overlap found.
/// Sorting by left edge keeps it fast on large graphs.
inline QString firstOverlap(const LayoutResult &r)
{
    QList<int> byLeft(r.nodes.size());
    for (int i = 0; i < byLeft.size(); ++i)
        byLeft[i] = i;
    std::sort(byLeft.begin(), byLeft.end(),
              [&](int a, int b) { return rectOf(r.nodes[a]).left() < rectOf(r.nodes[b]).left(); });
    for (int i = 0; i < byLeft.size(); ++i) {
        const QRectF a = rectOf(r.nodes[byLeft[i]]);
        for (int j = i + 1; j < byLeft.size(); ++j) {
            const QRectF b = rectOf(r.nodes[byLeft[j]]);
            if (b.left() >= a.right())
                break;
            if (overlap(a, b))
                return QStringLiteral("nodes %1 and %2 overlap").arg(byLeft[i]).arg(byLeft[j]);
        }
    }
    return {};
}

/// Empty when every drawn edge points down the layers (reversed ones up) and runs from the
/// border of its `from` node to the border of its `to` node.
inline QString firstBadEdge(const LayoutGraph &g, const LayoutResult &r)
{
    for (int e = 0; e < g.edges.size(); ++e) {
        const LayoutEdge &in = g.edges[e];
        const EdgeRoute &route = r.edges[e];
        if (in.from < 0 || in.to < 0 || in.from >= g.nodes.size() || in.to >= g.nodes.size())
            continue;
        if (route.points.size() < 2)
            return QStringLiteral("edge %1 is not drawn").arg(e);
        if (in.from == in.to)
            continue;
        const int top = route.reversed ? in.to : in.from;
        const int bottom = route.reversed ? in.from : in.to;
        if (r.nodes[top].layer >= r.nodes[bottom].layer)
            return QStringLiteral("edge %1 does not point down the layers").arg(e);
        if (!onBorder(route.points.first(), rectOf(r.nodes[in.from])))
            return QStringLiteral("edge %1 does not start on its node's border").arg(e);
        if (!onBorder(route.points.last(), rectOf(r.nodes[in.to])))
            return QStringLiteral("edge %1 does not end on its node's border").arg(e);
        if (!r.nodes[top].fixed && !r.nodes[bottom].fixed
            && r.nodes[top].centre.y() >= r.nodes[bottom].centre.y())
            return QStringLiteral("edge %1 is not drawn downwards").arg(e);
    }
    return {};
}

/// Empty when no segment of any route passes through a node's box.
inline QString firstRouteThroughNode(const LayoutResult &r)
{
    for (int e = 0; e < r.edges.size(); ++e) {
        const EdgeRoute &route = r.edges[e];
        if (route.from == route.to)
            continue;
        for (qsizetype k = 0; k + 1 < route.points.size(); ++k)
            for (int v = 0; v < r.nodes.size(); ++v)
                if (segmentEntersRect(route.points[k], route.points[k + 1], rectOf(r.nodes[v])))
                    return QStringLiteral("edge %1 passes through node %2").arg(e).arg(v);
    }
    return {};
}

} // namespace layouttest
