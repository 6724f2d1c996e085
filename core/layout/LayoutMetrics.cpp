// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutMetrics.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace planner {

namespace {

struct Segment
{
    QPointF a;
    QPointF b;
    int first; // the nodes it joins: segments of edges sharing a node do not count
    int second;
    int edge;
    double minX() const { return std::min(a.x(), b.x()); }
    double maxX() const { return std::max(a.x(), b.x()); }
};

double orientation(const QPointF &p, const QPointF &q, const QPointF &r)
{
    return (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
}

// Proper crossing: each segment's ends lie strictly on both sides of the other.
bool properlyCross(const Segment &s, const Segment &t)
{
    constexpr double eps = 1e-9;
    const double o1 = orientation(s.a, s.b, t.a);
    const double o2 = orientation(s.a, s.b, t.b);
    const double o3 = orientation(t.a, t.b, s.a);
    const double o4 = orientation(t.a, t.b, s.b);
    return ((o1 > eps && o2 < -eps) || (o1 < -eps && o2 > eps))
           && ((o3 > eps && o4 < -eps) || (o3 < -eps && o4 > eps));
}

qint64 countCrossings(std::vector<Segment> &segments)
{
    std::sort(segments.begin(), segments.end(),
              [](const Segment &s, const Segment &t) { return s.minX() < t.minX(); });
    qint64 count = 0;
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        const double right = s.maxX();
        for (size_t j = i + 1; j < segments.size() && segments[j].minX() <= right; ++j) {
            const Segment &t = segments[j];
            if (s.edge == t.edge || s.first == t.first || s.first == t.second || s.second == t.first
                || s.second == t.second)
                continue;
            if (properlyCross(s, t))
                ++count;
        }
    }
    return count;
}

} // namespace

qint64 countStraightCrossings(const QList<QPointF> &centres, const QList<LayoutEdge> &edges)
{
    std::vector<Segment> segments;
    segments.reserve(size_t(edges.size()));
    const int n = int(centres.size());
    for (int i = 0; i < int(edges.size()); ++i) {
        const LayoutEdge &e = edges[i];
        if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n || e.from == e.to)
            continue;
        segments.push_back({centres[e.from], centres[e.to], e.from, e.to, i});
    }
    return countCrossings(segments);
}

qint64 countRouteCrossings(const LayoutResult &result)
{
    std::vector<Segment> segments;
    for (int i = 0; i < int(result.edges.size()); ++i) {
        const EdgeRoute &r = result.edges[i];
        if (r.from == r.to)
            continue;
        for (qsizetype k = 0; k + 1 < r.points.size(); ++k)
            segments.push_back({r.points[k], r.points[k + 1], r.from, r.to, i});
    }
    return countCrossings(segments);
}

bool segmentEntersRect(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    // Clipped against the rectangle shrunk a hair, so that touching is no hit.
    constexpr double eps = 1e-6;
    const QRectF inside = rect.adjusted(eps, eps, -eps, -eps);
    double t0 = 0, t1 = 0;
    return inside.left() < inside.right() && inside.top() < inside.bottom()
           && clipSegment(a, b, inside, t0, t1) && t0 < t1;
}

bool clipSegment(const QPointF &a, const QPointF &b, const QRectF &rect, double &t0, double &t1)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    t0 = 0.0;
    t1 = 1.0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                         rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

} // namespace planner
