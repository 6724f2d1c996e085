// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgeItem.h"

#include "EdgePainter.h"
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

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const auto *graph = static_cast<const GraphScene *>(scene());
    const GraphModel *model = graph ? &graph->model() : nullptr;
    EdgePainter::Look look;
    look.highlight = model ? model->edgeHighlight(m_from, m_to) : nullptr;
    look.emphasised = isSelected() || (model && model->isEdgeEmphasised(m_from, m_to));
    EdgePainter::paint(painter, *this, look,
                       option->levelOfDetailFromTransform(painter->worldTransform()),
                       option->exposedRect);
}

} // namespace planner
