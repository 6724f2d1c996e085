// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgePainter.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "layout/LayoutMetrics.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>

namespace planner {

namespace {

// An edge longer than this (width plus height of its bounds) is drawn piece by piece, clipped
// to what is exposed: stroking a path far beyond the screen costs far more than it shows.
constexpr double longEdge = 3000.0;

} // namespace

void EdgePainter::drawAlong(QPainter *painter, const EdgeItem &edge, double from, double to,
                            const QRectF &exposed)
{
    const QPolygonF &points = edge.route();
    double start = 0.0;
    for (qsizetype i = 1; i < points.size() && start < to; ++i) {
        const QLineF segment(points[i - 1], points[i]);
        const double length = segment.length();
        const double end = start + length;
        if (end > from && length > 0.0) {
            const QLineF piece(segment.pointAt(std::max(0.0, from - start) / length),
                               segment.pointAt(std::min(length, to - start) / length));
            double t0 = 0.0;
            double t1 = 1.0;
            if (clipSegment(piece.p1(), piece.p2(), exposed, t0, t1))
                painter->drawLine(QLineF(piece.pointAt(t0), piece.pointAt(t1)));
        }
        start = end;
    }
}

void EdgePainter::paint(QPainter *painter, const EdgeItem &edge, const Look &look, double lod,
                        const QRectF &exposedRect)
{
    const QPolygonF &points = edge.route();
    if (points.size() < 2)
        return;
    const GraphStyle &style = GraphStyle::instance();

    if (lod < GraphStyle::flatLevel) {
        // Far out: one hairline from end to end.
        painter->setPen(edge.isSelected() ? style.selectedPen : style.edgeFlatPen);
        painter->drawLine(points.first(), points.last());
        return;
    }

    const QPen *highlight = look.highlight;
    // An upgrade path's colour wins over the selection's, whose component it usually touches.
    const bool onPath = highlight == &style.pathEdgePen;
    const bool emphasised = !onPath && look.emphasised;
    const bool far = lod < GraphStyle::textLevel;
    const QPen &pen = emphasised          ? style.edgeEmphasisPen
                      : highlight         ? *highlight
                      : edge.isReversed() ? style.edgeCyclePen
                      : far               ? style.edgeMidPen
                                          : style.edgePen;
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = exposedRect.adjusted(-4, -4, 4, 4);
    const QRectF bounds = edge.boundingRect();
    const double length = edge.length();
    if (!emphasised && !highlight && lod * length > EdgeItem::stubThreshold) {
        const double stub = EdgeItem::stubPixels / lod;
        drawAlong(painter, edge, 0.0, stub, exposed);
        drawAlong(painter, edge, length - stub, length, exposed);
    } else if (bounds.width() + bounds.height() > longEdge && !exposed.contains(bounds)) {
        drawAlong(painter, edge, 0.0, length, exposed);
    } else if (lod < GraphStyle::nameLevel) {
        painter->drawPolyline(points);
    } else {
        painter->drawPath(edge.path());
    }

    if (!edge.arrow().isEmpty()) {
        painter->setPen(style.noPen);
        painter->setBrush(emphasised  ? style.edgeEmphasisArrow
                          : highlight ? highlight->brush()
                                      : style.edgeArrow);
        painter->drawPolygon(edge.arrow());
    }
}

} // namespace planner
