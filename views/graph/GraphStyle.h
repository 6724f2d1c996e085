// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPen>
#include <QSizeF>

#include <array>

namespace planner {

/// The look of the dependency graph: colours by component kind, pens, brushes and fonts, built
/// once so that painting thousands of items allocates nothing per frame.
struct GraphStyle
{
    /// A pen that draws dots of @p pixels on screen, whatever the zoom.
    static QPen dotPen(const QBrush &brush, double pixels = 2.0);

    /// The one style (created on first use; needs a QGuiApplication for the fonts).
    static const GraphStyle &instance();

    /// Box outline of a component of @p kind, centred on (0, 0): databases and storage are
    /// drums, networks hexagons, APIs and integrations pills, endpoints rounded, certificates
    /// and licences cut-corner cards, the rest rounded rectangles.
    static QPainterPath nodeOutline(ComponentKind kind, const QSizeF &size);

    /// Levels of detail, by zoom (QStyleOptionGraphicsItem::levelOfDetailFromTransform):
    /// from textLevel up boxes show name, versions and site; from nameLevel up only the name,
    /// larger and over two lines, so that it stays readable further out; from flatLevel up
    /// plain shapes; below it single flat boxes and straight hairlines.
    static constexpr double textLevel = 0.75;
    static constexpr double nameLevel = 0.3;
    static constexpr double flatLevel = 0.15;
    /// Smallest size (the font's pixel size) of a readable name on screen: the bold condensed
    /// names still read at 6 px, not below.
    static constexpr double readablePixels = 6.0;
    /// The smallest zoom at which the boxes show their names at readablePixels or more (the
    /// names drawn zoomed out, see nameLevel): a graph opened further out shows no name.
    double readableZoom() const;

    std::array<QColor, componentKindCount> kindColour;
    std::array<QBrush, componentKindCount> kindFill;  ///< pale, behind the text
    std::array<QBrush, componentKindCount> kindSolid; ///< saturated, for the flat drawing
    std::array<QPen, componentKindCount> kindPen;     ///< outline of an ordinary component
    std::array<QPen, componentKindCount> kindBoldPen; ///< outline of a high or critical one
    std::array<QPen, componentKindCount> kindDotPen;  ///< a box shrunk to a dot, far out

    QFont titleFont;
    QFont nameFont; ///< the name alone, zoomed out
    QFont detailFont;
    QFont siteFont;
    QPen textPen;
    QPen detailPen;

    QPen selectedPen;
    QPen conflictPen;
    QPen searchPen;      ///< the halo around a component found by search
    QBrush conflictFill; ///< pale red behind a component in conflict
    QBrush conflictSolid;
    QBrush selectedSolid;
    QPen selectedDotPen;
    QPen conflictDotPen;

    QPen edgePen;     ///< dependencies at normal zoom
    QPen edgeMidPen;  ///< dependencies zoomed out: one device pixel, darker
    QPen edgeFlatPen; ///< dependencies zoomed far out: one device pixel
    QPen edgeFlatEmphasisPen;
    QPen edgeEmphasisPen; ///< dependencies of the selected components
    QPen edgeCyclePen;    ///< a dependency laid out against the flow to break a cycle
    QBrush edgeArrow;
    QBrush edgeEmphasisArrow;

    QPen noPen;

    // The path of a stepping-stone upgrade (see GraphScene::setUpgradePath).
    QColor pathColour;
    QPen pathHaloPen; ///< around the boxes on the path
    QPen pathEdgePen; ///< the dependencies the path runs along
    QPen pathFlatPen; ///< the same, zoomed far out
    QPen pathDotPen;
    QFont pathFont; ///< the callout and the numbers on the boxes

    QPen siteBoxPen;
    QBrush siteBoxFill;
    QPen siteLabelPen;

private:
    GraphStyle();
};

} // namespace planner
