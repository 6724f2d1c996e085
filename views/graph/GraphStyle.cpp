// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphStyle.h"

#include <QPolygonF>
#include <QRectF>

#include <algorithm>

namespace planner {

namespace {

// Hues by kind, in ComponentKind order: infrastructure in cool colours, software in warm ones.
constexpr std::array<QRgb, componentKindCount> kindRgb = {
    0x4a6fa5, // server
    0x5b8c85, // os
    0xc0783a, // database
    0x8e6bb0, // middleware
    0x3f8f4f, // application
    0x7a8a99, // endpoint
    0x2f7f9f, // network
    0x6d6d9c, // storage
    0xa08f3c, // license
    0xb0894a, // certificate
    0x3b9a8c, // api
    0x9a5d8a, // integration
    0x707a60, // backup
    0x5f7fa0, // monitoring
    0x888888, // other
};

QPen cosmeticPen(const QColor &colour, double width)
{
    QPen pen(colour, width);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

QPen GraphStyle::dotPen(const QBrush &brush, double pixels)
{
    QPen pen(brush, pixels, Qt::SolidLine, Qt::SquareCap);
    pen.setCosmetic(true);
    return pen;
}

const GraphStyle &GraphStyle::instance()
{
    static const GraphStyle style;
    return style;
}

double GraphStyle::readableZoom() const
{
    const int pixels = nameFont.pixelSize() > 0 ? nameFont.pixelSize() : 12;
    return std::max(nameLevel, readablePixels / pixels);
}

GraphStyle::GraphStyle()
{
    for (int k = 0; k < componentKindCount; ++k) {
        const QColor colour = QColor::fromRgb(kindRgb[size_t(k)]);
        kindColour[size_t(k)] = colour;
        kindFill[size_t(k)] = QBrush(QColor::fromHsv(colour.hue(), 22, 252));
        kindSolid[size_t(k)] = QBrush(colour);
        kindPen[size_t(k)] = QPen(colour.darker(115), 1.4);
        kindBoldPen[size_t(k)] = QPen(colour.darker(150), 2.8);
        kindDotPen[size_t(k)] = dotPen(kindSolid[size_t(k)]);
    }

    // Condensed faces fit the box widths the layout estimates (7 pixels per character).
    titleFont = QFont(QStringLiteral("DejaVu Sans Condensed"));
    titleFont.setPixelSize(12);
    titleFont.setBold(true);
    nameFont = QFont(QStringLiteral("DejaVu Sans Condensed"));
    nameFont.setPixelSize(19);
    nameFont.setBold(true);
    detailFont = QFont(QStringLiteral("DejaVu Sans Condensed"));
    detailFont.setPixelSize(11);
    siteFont = QFont(QStringLiteral("DejaVu Sans"));
    siteFont.setPixelSize(14);
    siteFont.setBold(true);
    textPen = QPen(QColor(0x1c, 0x20, 0x26));
    detailPen = QPen(QColor(0x4a, 0x51, 0x5a));

    selectedPen = QPen(QColor(0x1f, 0x6f, 0xeb), 3.0);
    conflictPen = QPen(QColor(0xd0, 0x21, 0x21), 3.0);
    searchPen = QPen(QColor(0xff, 0xb0, 0x00), 12.0);
    conflictFill = QBrush(QColor(0xfd, 0xe4, 0xe4));
    conflictSolid = QBrush(QColor(0xd0, 0x21, 0x21));
    selectedSolid = QBrush(QColor(0x1f, 0x6f, 0xeb));
    selectedDotPen = dotPen(selectedSolid, 3.0);
    conflictDotPen = dotPen(conflictSolid, 3.0);

    edgePen = QPen(QColor(0x8a, 0x92, 0x9c), 1.2);
    edgePen.setCapStyle(Qt::RoundCap);
    edgePen.setJoinStyle(Qt::RoundJoin);
    edgeMidPen = cosmeticPen(QColor(0x80, 0x88, 0x92), 1.0);
    edgeFlatPen = cosmeticPen(QColor(0xa8, 0xae, 0xb6), 0.0);
    edgeFlatEmphasisPen = cosmeticPen(QColor(0x1f, 0x6f, 0xeb), 1.5);
    edgeEmphasisPen = QPen(QColor(0x1f, 0x6f, 0xeb), 2.2);
    edgeEmphasisPen.setJoinStyle(Qt::RoundJoin);
    edgeCyclePen = QPen(QColor(0xc0, 0x50, 0x50), 1.4, Qt::DashLine);
    edgeArrow = QBrush(QColor(0x6a, 0x72, 0x7c));
    edgeEmphasisArrow = QBrush(QColor(0x1f, 0x6f, 0xeb));

    noPen = QPen(Qt::NoPen);

    siteBoxPen = QPen(QColor(0x9a, 0xa6, 0xb4), 1.5, Qt::DashLine);
    pathColour = QColor(0xe6, 0x51, 0x00);
    QColor pathHalo = pathColour;
    pathHalo.setAlpha(200);
    pathHaloPen = QPen(pathHalo, 9.0);
    pathHaloPen.setJoinStyle(Qt::RoundJoin);
    pathEdgePen = QPen(pathColour, 3.0);
    pathEdgePen.setJoinStyle(Qt::RoundJoin);
    pathFlatPen = cosmeticPen(pathColour, 2.0);
    pathDotPen = dotPen(QBrush(pathColour), 4.0);
    pathFont = QFont(titleFont);
    pathFont.setPointSizeF(9.0);
    siteBoxFill = QBrush(QColor(0xf3, 0xf6, 0xfa));
    siteLabelPen = QPen(QColor(0x4a, 0x56, 0x66));
}

QPainterPath GraphStyle::nodeOutline(ComponentKind kind, const QSizeF &size)
{
    const QRectF r(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    QPainterPath path;
    switch (kind) {
    case ComponentKind::Database:
    case ComponentKind::Storage:
    case ComponentKind::Backup: {
        // A drum: straight sides, curved top and bottom.
        const double bulge = std::min(6.0, r.height() / 6);
        path.moveTo(r.left(), r.top() + bulge);
        path.quadTo(r.center().x(), r.top() - bulge, r.right(), r.top() + bulge);
        path.lineTo(r.right(), r.bottom() - bulge);
        path.quadTo(r.center().x(), r.bottom() + bulge, r.left(), r.bottom() - bulge);
        path.closeSubpath();
        break;
    }
    case ComponentKind::Network: {
        const double cut = std::min(12.0, r.height() / 2);
        path.addPolygon(
            QPolygonF({QPointF(r.left() + cut, r.top()), QPointF(r.right() - cut, r.top()),
                       QPointF(r.right(), r.center().y()), QPointF(r.right() - cut, r.bottom()),
                       QPointF(r.left() + cut, r.bottom()), QPointF(r.left(), r.center().y())}));
        path.closeSubpath();
        break;
    }
    case ComponentKind::Api:
    case ComponentKind::Integration:
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
        break;
    case ComponentKind::Certificate:
    case ComponentKind::License: {
        const double cut = 9.0;
        path.addPolygon(
            QPolygonF({r.topLeft(), QPointF(r.right() - cut, r.top()),
                       QPointF(r.right(), r.top() + cut), r.bottomRight(), r.bottomLeft()}));
        path.closeSubpath();
        break;
    }
    case ComponentKind::Endpoint:
        path.addRoundedRect(r, 12, 12);
        break;
    case ComponentKind::Server:
    case ComponentKind::Os:
        path.addRect(r);
        break;
    default:
        path.addRoundedRect(r, 5, 5);
        break;
    }
    return path;
}

} // namespace planner
