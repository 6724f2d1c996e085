// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

namespace planner {

/// One dependency in the graph: a directed polyline from the dependent's box to the box of what
/// it needs, with an arrow head at the needed end. It holds the two component ids and the
/// geometry of its route; whether it is emphasised or highlighted it reads from the scene's
/// GraphModel, and EdgePainter draws it. Its points are scene coordinates (the item stays at the origin).
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 502 };

    EdgeItem(const QString &from, const QString &to);

    int type() const override { return Type; }
    const QString &from() const { return m_from; }
    const QString &to() const { return m_to; }
    void setEnds(const QString &from, const QString &to);

    /// The route to draw, from the dependent's border to the dependency's border (at least two
    /// points, otherwise nothing is drawn). @p reversed marks an edge that closes a cycle.
    void setRoute(const QList<QPointF> &points, bool reversed);
    const QPolygonF &route() const { return m_points; }
    bool hasRoute() const { return m_points.size() >= 2; }
    bool isReversed() const { return m_reversed; }
    /// The route with rounded bends, ending where the arrow head starts (close-up drawing).
    const QPainterPath &path() const { return m_path; }
    /// The arrow head at the needed end (empty for a route too short for one).
    const QPolygonF &arrow() const { return m_arrow; }

    /// Length of the route (scene units).
    double length() const { return m_length; }

    /// A dependency longer than this on screen (device pixels) is drawn as two stubs of
    /// stubPixels at its ends, unless it is emphasised or highlighted: the thousands of edges
    /// of a hub would otherwise cover the screen with lines leading nowhere in sight.
    static constexpr double stubThreshold = 4000.0;
    static constexpr double stubPixels = 250.0;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_from;
    QString m_to;
    QPolygonF m_points;
    QPainterPath m_path; // with rounded bends, for the close-up drawing
    QPolygonF m_arrow;
    QRectF m_bounds;
    mutable QPainterPath m_shape; // built on first hit test
    double m_length = 0.0;
    bool m_reversed = false;
};

} // namespace planner
