// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphModel.h"

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace planner {

class NodeItem;

/// Draws a component's box as the graph view shows it at a level of detail: far out one flat
/// rectangle in the colour of what matters most (selected, conflict, highlight, kind); closer
/// the outline shaped and coloured by kind with the search and highlight halos, then the name,
/// then the name and the versions, and the badge of its moves on an upgrade path.
class NodePainter
{
public:
    /// Paints @p node looking like @p look at zoom @p lod (GraphStyle's levels).
    static void paint(QPainter *painter, const NodeItem &node, const NodeLook &look, double lod);

private:
    static void paintText(QPainter *painter, const NodeItem &node, double lod);
    static void paintPathMarks(QPainter *painter, const NodeItem &node, const QString &marks);
};

} // namespace planner
