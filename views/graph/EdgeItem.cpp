// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgeItem.h"

#include "GraphScene.h"
#include "GraphStyle.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace planner {

namespace {

constexpr double arrowLength = 10.0;
constexpr double arrowHalfWidth = 4.5;
constexpr double bendRadius = 14.0;
constexpr double pickWidth = 8.0; // how close a click must come to select the edge
// An edge longer than this (width plus height of its bounds) is drawn piece by piece, clipped
// to what is exposed: stroking a path far beyond the screen costs far more than it shows.
constexpr double longEdge = 3000.0;

// Cuts @p line to @p box (Liang-Barsky); false when nothing of it is inside.
bool clipLine(QLineF &line, const QRectF &box)
{
    const double dx = line.dx();
    const double dy = line.dy();
    double t0 = 0.0;
    double t1 = 1.0;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - box.left(), box.right() - line.x1(), line.y1() - box.top(),
                         box.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}

} // namespace

EdgeItem::EdgeItem(const QString &from, const QString &to)
    : m_from(from)
    , m_to(to)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemUsesExtendedStyleOption); // for the exposed rectangle
    setZValue(0.0);
}

void EdgeItem::setEnds(const QString &from, const QString &to)
{
    m_from = from;
    m_to = to;
    update();
}

void EdgeItem::setRoute(const QList<QPointF> &points, bool reversed)
{
    prepareGeometryChange();
    m_points = QPolygonF(points);
    m_reversed = reversed;
    m_path = QPainterPath();
    m_arrow.clear();
    m_shape = QPainterPath();
    m_length = 0.0;
    if (m_points.size() < 2) {
        m_bounds = QRectF();
        return;
    }
    for (qsizetype i = 1; i < m_points.size(); ++i)
        m_length += QLineF(m_points[i - 1], m_points[i]).length();

    // The line stops where the arrow head starts, so the head keeps its sharp point.
    const QPointF tip = m_points.last();
    QLineF last(m_points[m_points.size() - 2], tip);
    const double length = last.length();
    QPointF base = tip;
    if (length > 0.01) {
        const QPointF unit = (tip - last.p1()) / length;
        const QPointF normal(-unit.y(), unit.x());
        base = tip - unit * std::min(arrowLength, length);
        m_arrow = QPolygonF({tip, base + normal * arrowHalfWidth, base - normal * arrowHalfWidth});
    }

    // Bends are rounded: each corner is cut by a quadratic curve through it.
    m_path.moveTo(m_points.first());
    for (qsizetype i = 1; i + 1 < m_points.size(); ++i) {
        const QPointF corner = m_points[i];
        const QLineF in(corner, m_points[i - 1]);
        const QLineF out(corner, i + 2 == m_points.size() ? base : m_points[i + 1]);
        const double r = std::min({bendRadius, in.length() / 2, out.length() / 2});
        if (r < 0.5) {
            m_path.lineTo(corner);
            continue;
        }
        m_path.lineTo(in.pointAt(r / in.length()));
        m_path.quadTo(corner, out.pointAt(r / out.length()));
    }
    m_path.lineTo(base);

    m_bounds = m_points.boundingRect().adjusted(-arrowLength, -arrowLength, arrowLength,
                                                arrowLength);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(pickWidth);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
    }
    return m_shape;
}

void EdgeItem::drawAlong(QPainter *painter, double from, double to, const QRectF &exposed) const
{
    // The part of the route between the two distances from its start, clipped to what shows.
    double start = 0.0;
    for (qsizetype i = 1; i < m_points.size() && start < to; ++i) {
        const QLineF segment(m_points[i - 1], m_points[i]);
        const double length = segment.length();
        const double end = start + length;
        if (end > from && length > 0.0) {
            QLineF piece(segment.pointAt(std::max(0.0, from - start) / length),
                         segment.pointAt(std::min(length, to - start) / length));
            if (clipLine(piece, exposed))
                painter->drawLine(piece);
        }
        start = end;
    }
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    if (m_points.size() < 2)
        return;
    const GraphStyle &style = GraphStyle::instance();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const auto *graph = static_cast<const GraphScene *>(scene());

    if (lod < GraphStyle::flatLevel) {
        // Far out: one hairline from end to end.
        painter->setPen(isSelected() ? style.selectedPen : style.edgeFlatPen);
        painter->drawLine(m_points.first(), m_points.last());
        return;
    }

    const QPen *highlight = graph ? graph->edgeHighlight(m_from, m_to) : nullptr;
    // An upgrade path's colour wins over the selection's, whose component it usually touches.
    const bool onPath = highlight == &style.pathEdgePen;
    const bool emphasised = !onPath
                            && (isSelected() || (graph && graph->isEdgeEmphasised(m_from, m_to)));
    const bool far = lod < GraphStyle::textLevel;
    const QPen &pen = emphasised   ? style.edgeEmphasisPen
                      : highlight  ? *highlight
                      : m_reversed ? style.edgeCyclePen
                      : far        ? style.edgeMidPen
                                   : style.edgePen;
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    if (!emphasised && !highlight && lod * m_length > stubThreshold) {
        const double stub = stubPixels / lod;
        drawAlong(painter, 0.0, stub, exposed);
        drawAlong(painter, m_length - stub, m_length, exposed);
    } else if (m_bounds.width() + m_bounds.height() > longEdge && !exposed.contains(m_bounds)) {
        drawAlong(painter, 0.0, m_length, exposed);
    } else if (lod < GraphStyle::nameLevel) {
        painter->drawPolyline(m_points);
    } else {
        painter->drawPath(m_path);
    }

    if (!m_arrow.isEmpty() && lod >= GraphStyle::flatLevel) {
        painter->setPen(style.noPen);
        painter->setBrush(emphasised  ? style.edgeEmphasisArrow
                          : highlight ? highlight->brush()
                                      : style.edgeArrow);
        painter->drawPolygon(m_arrow);
    }
}

} // namespace planner
