// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteBoxItem.h"

#include "GraphStyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace planner {

SiteBoxItem::SiteBoxItem(const QString &siteId, const QString &label, const QRectF &box,
                         const QPointF &labelPosition)
    : m_siteId(siteId)
    , m_label(label)
    , m_box(box)
    , m_labelAt(labelPosition)
{
    setZValue(-10.0);
    setAcceptedMouseButtons(Qt::NoButton);
    m_text.setTextFormat(Qt::PlainText);
    m_text.setText(label);
    m_text.prepare(QTransform(), GraphStyle::instance().siteFont);
}

namespace {

// Zoomed out, the label moves above the box and keeps this size on screen, down to flatLevel.
constexpr double insideLevel = 0.7;
constexpr double aboveHeight = 20.0; // device pixels

} // namespace

QRectF SiteBoxItem::boundingRect() const
{
    return m_box.adjusted(-2, -2 - aboveHeight / GraphStyle::flatLevel, 2, 2);
}

void SiteBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const GraphStyle &style = GraphStyle::instance();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(lod < GraphStyle::flatLevel ? style.edgeFlatPen : style.siteBoxPen);
    painter->setBrush(style.siteBoxFill);
    painter->drawRoundedRect(m_box, 10, 10);
    if (lod < GraphStyle::flatLevel)
        return;
    painter->setFont(style.siteFont);
    painter->setPen(style.siteLabelPen);
    if (lod >= insideLevel) {
        painter->drawStaticText(m_labelAt, m_text);
        return;
    }
    // Further out the label sits above the box at a readable size.
    painter->save();
    painter->translate(m_box.topLeft());
    painter->scale(1 / lod, 1 / lod);
    painter->drawStaticText(QPointF(6, -aboveHeight), m_text);
    painter->restore();
}

} // namespace planner
