// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

#include <QList>
#include <QPointF>

namespace planner::layout {

/// The polyline of each arc from its top node's border to its bottom node's border. Edges
/// leave and enter a node at ports spread along its bottom and top sides in the order of where
/// they go, run vertically through every layer band they pass (at their dummy node's x, which
/// the coordinate assignment kept clear of nodes) and slant only in the gaps between bands.
/// An end at a fixed node is cut where the line to its centre meets its border.
QList<QList<QPointF>> routeArcs(const LayeredGraph &g, const Placement &p, double edgeSpacing);

} // namespace planner::layout
