// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredLayout.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace planner {

/// How many pairs of edges cross when every edge is drawn as a straight segment between its
/// nodes' centres (edges sharing a node do not count, nor lines that only touch). The measure
/// used to compare drawings, ours and Graphviz's alike; edges naming missing nodes are ignored.
qint64 countStraightCrossings(const QList<QPointF> &centres, const QList<LayoutEdge> &edges);

/// How many pairs of routed edges cross (polylines as drawn; edges sharing a node do not count).
qint64 countRouteCrossings(const LayoutResult &result);

/// True when the segment from @p a to @p b passes through the inside of @p rect (touching its
/// border does not count).
bool segmentEntersRect(const QPointF &a, const QPointF &b, const QRectF &rect);

/// The part of the segment @p a - @p b inside @p rect (edges included), Liang and Barsky's way:
/// false when none is, else @p t0 <= @p t1 in [0, 1] along the segment.
bool clipSegment(const QPointF &a, const QPointF &b, const QRectF &rect, double &t0, double &t1);

} // namespace planner
