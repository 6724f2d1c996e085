// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodePainter.h"

#include "GraphStyle.h"
#include "NodeItem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace planner {

void NodePainter::paint(QPainter *painter, const NodeItem &node, const NodeLook &look, double lod)
{
    const GraphStyle &style = GraphStyle::instance();
    const auto kind = size_t(node.content().kind);
    const bool selected = node.isSelected();

    if (lod < GraphStyle::flatLevel) {
        // Far out: one flat box, coloured by what matters most.
        const QBrush &fill = selected         ? style.selectedSolid
                             : look.conflict  ? style.conflictSolid
                             : look.highlight ? look.highlight->brush()
                                              : style.kindSolid[kind];
        painter->fillRect(look.searchHit ? node.boundingRect() : node.box(), fill);
        return;
    }

    painter->setBrush(Qt::NoBrush);
    if (look.searchHit) {
        painter->setPen(style.searchPen);
        painter->drawPath(node.outline());
    }
    if (look.highlight) {
        painter->setPen(*look.highlight);
        painter->drawPath(node.outline());
    }

    const bool bold = node.content().criticality >= Criticality::High;
    painter->setPen(selected        ? style.selectedPen
                    : look.conflict ? style.conflictPen
                    : bold          ? style.kindBoldPen[kind]
                                    : style.kindPen[kind]);
    painter->setBrush(look.conflict ? style.conflictFill : style.kindFill[kind]);
    painter->drawPath(node.outline());

    if (lod >= GraphStyle::nameLevel)
        paintText(painter, node, lod);
    if (!look.pathMarks.isEmpty())
        paintPathMarks(painter, node, look.pathMarks);
}

void NodePainter::paintText(QPainter *painter, const NodeItem &node, double lod)
{
    const GraphStyle &style = GraphStyle::instance();
    const NodeText &text = node.text();
    if (lod < GraphStyle::textLevel) {
        painter->setFont(style.nameFont);
        painter->setPen(style.textPen);
        painter->drawStaticText(text.nameAt[0], text.name[0]);
        if (!text.name[1].text().isEmpty())
            painter->drawStaticText(text.nameAt[1], text.name[1]);
        return;
    }
    auto drawLine = [painter](const QPointF &at, const QStaticText &line, double scale) {
        if (scale == 1.0) {
            painter->drawStaticText(at, line);
            return;
        }
        painter->save();
        painter->translate(at);
        painter->scale(scale, 1.0);
        painter->drawStaticText(QPointF(0, 0), line);
        painter->restore();
    };
    painter->setFont(text.titleFont);
    painter->setPen(style.textPen);
    drawLine(text.titleAt, text.title, text.titleScale);
    painter->setFont(text.detailFont);
    painter->setPen(style.detailPen);
    drawLine(text.detailAt, text.detail, text.detailScale);
    if (text.showSite)
        painter->drawStaticText(text.siteAt, text.site);
}

// The numbers of the box's moves on the upgrade path, in a badge on its top left corner.
void NodePainter::paintPathMarks(QPainter *painter, const NodeItem &node, const QString &marks)
{
    const GraphStyle &style = GraphStyle::instance();
    const QRectF box = node.box();
    const QFontMetricsF metrics(style.pathFont);
    const double height = std::min(metrics.height() + 4, box.height());
    const QRectF badge(box.left() - NodeItem::haloMargin / 2, box.top() - NodeItem::haloMargin / 2,
                       metrics.horizontalAdvance(marks) + 10, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.pathColour);
    painter->drawRoundedRect(badge, height / 2, height / 2);
    painter->setFont(style.pathFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, marks);
}

} // namespace planner
