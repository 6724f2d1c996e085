// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgeRouting.h"

#include <algorithm>
#include <cmath>

namespace planner::layout {

namespace {

// Where the ray from a box's centre towards @p towards leaves the box.
QPointF borderPoint(const QPointF &centre, double width, double height, const QPointF &towards)
{
    const double dx = towards.x() - centre.x();
    const double dy = towards.y() - centre.y();
    if (std::abs(dx) < 1e-9 && std::abs(dy) < 1e-9)
        return centre;
    const double tx = std::abs(dx) < 1e-9 ? 1e300 : (width / 2) / std::abs(dx);
    const double ty = std::abs(dy) < 1e-9 ? 1e300 : (height / 2) / std::abs(dy);
    const double t = std::min(tx, ty);
    return {centre.x() + dx * t, centre.y() + dy * t};
}

// Drops repeated points and points in the middle of a straight run.
void simplify(QList<QPointF> &points)
{
    qsizetype out = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &q = points[i];
        if (out > 0 && std::abs(points[out - 1].x() - q.x()) < 0.01
            && std::abs(points[out - 1].y() - q.y()) < 0.01)
            continue;
        if (out >= 2) {
            const QPointF &a = points[out - 2];
            const QPointF &b = points[out - 1];
            const QPointF ab = b - a;
            const double cross = ab.x() * (q.y() - a.y()) - ab.y() * (q.x() - a.x());
            const double dot = ab.x() * (q.x() - b.x()) + ab.y() * (q.y() - b.y());
            if (std::abs(cross) < 0.01 && dot >= 0) {
                points[out - 1] = q;
                continue;
            }
        }
        points[out++] = q;
    }
    points.resize(out);
}

// Offsets of the ports along one side of each real node, for the arcs in @p arcsOf, ordered by
// the x of the next node on each arc so that edges leaving one node do not cross each other.
void spreadPorts(const LayeredGraph &g, const Placement &p, double edgeSpacing, bool bottomSide,
                 std::vector<double> &offset)
{
    const int arcs = int(g.chainStart.size()) - 1;
    std::vector<int> start(size_t(g.realCount) + 1, 0);
    for (int a = 0; a < arcs; ++a) {
        const auto c = g.chain(a);
        ++start[size_t(bottomSide ? c.front() : c.back()) + 1];
    }
    for (int v = 0; v < g.realCount; ++v)
        start[size_t(v) + 1] += start[size_t(v)];
    std::vector<int> list(static_cast<size_t>(arcs));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (int a = 0; a < arcs; ++a) {
        const auto c = g.chain(a);
        list[size_t(fill[size_t(bottomSide ? c.front() : c.back())]++)] = a;
    }
    const auto nextX = [&](int a) {
        const auto c = g.chain(a);
        return p.x[size_t(bottomSide ? c[1] : c[c.size() - 2])];
    };
    for (int v = 0; v < g.realCount; ++v) {
        const auto first = list.begin() + start[size_t(v)];
        const auto last = list.begin() + start[size_t(v) + 1];
        const int k = int(last - first);
        if (k == 0)
            continue;
        std::stable_sort(first, last, [&](int a, int b) { return nextX(a) < nextX(b); });
        const double room = g.width[size_t(v)] * 0.6;
        const double step = k > 1 ? std::min(edgeSpacing, room / (k - 1)) : 0.0;
        for (int i = 0; i < k; ++i)
            offset[size_t(first[i])] = (i - (k - 1) / 2.0) * step;
    }
}

} // namespace

QList<QList<QPointF>> routeArcs(const LayeredGraph &g, const Placement &p, double edgeSpacing)
{
    const int arcs = int(g.chainStart.size()) - 1;
    std::vector<double> outPort(size_t(arcs), 0.0), inPort(size_t(arcs), 0.0);
    spreadPorts(g, p, edgeSpacing, true, outPort);
    spreadPorts(g, p, edgeSpacing, false, inPort);

    QList<QList<QPointF>> routes;
    routes.reserve(arcs);
    for (int a = 0; a < arcs; ++a) {
        const auto c = g.chain(a);
        const int top = c.front();
        const int bottom = c.back();
        QList<QPointF> points;
        points.reserve(qsizetype(c.size()) * 2 + 2);
        const double topLayerBottom = p.bandBottom[size_t(g.layer[size_t(top)])];
        const double bottomLayerTop = p.bandTop[size_t(g.layer[size_t(bottom)])];
        if (g.fixed[size_t(top)]) {
            points.append({p.x[size_t(top)], p.y[size_t(top)]});
        } else {
            const double px = p.x[size_t(top)] + outPort[size_t(a)];
            points.append({px, p.y[size_t(top)] + g.height[size_t(top)] / 2});
            points.append({px, topLayerBottom});
        }
        for (size_t i = 1; i + 1 < c.size(); ++i) {
            const int d = c[i];
            const int l = g.layer[size_t(d)];
            points.append({p.x[size_t(d)], p.bandTop[size_t(l)]});
            points.append({p.x[size_t(d)], p.bandBottom[size_t(l)]});
        }
        if (g.fixed[size_t(bottom)]) {
            points.append({p.x[size_t(bottom)], p.y[size_t(bottom)]});
        } else {
            const double px = p.x[size_t(bottom)] + inPort[size_t(a)];
            points.append({px, bottomLayerTop});
            points.append({px, p.y[size_t(bottom)] - g.height[size_t(bottom)] / 2});
        }
        if (g.fixed[size_t(top)])
            points.front() = borderPoint(points.front(), g.width[size_t(top)],
                                         g.height[size_t(top)], points[1]);
        if (g.fixed[size_t(bottom)])
            points.back() = borderPoint(points.back(), g.width[size_t(bottom)],
                                        g.height[size_t(bottom)], points[points.size() - 2]);
        simplify(points);
        routes.append(std::move(points));
    }
    return routes;
}

} // namespace planner::layout
