// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
class QPen;
QT_END_NAMESPACE

namespace planner {

class EdgeItem;

/// Draws a dependency as the graph view shows it at a level of detail: far out one hairline
/// from end to end; closer its route in the colour of its state (emphasised by the selection,
/// a highlight or the upgrade path, a cycle, plain), long routes as stubs at both ends unless
/// they matter, with the arrow head at the needed end.
class EdgePainter
{
public:
    struct Look
    {
        const QPen *highlight = nullptr; ///< the wave's or the path's pen, if highlighted
        bool emphasised = false;         ///< selected, or touching a selected component
    };

    /// Paints @p edge looking like @p look at zoom @p lod; only @p exposed (scene) shows.
    static void paint(QPainter *painter, const EdgeItem &edge, const Look &look, double lod,
                      const QRectF &exposed);

private:
    /// The part of the route between the two distances from its start, cut to @p exposed.
    static void drawAlong(QPainter *painter, const EdgeItem &edge, double from, double to,
                          const QRectF &exposed);
};

} // namespace planner
