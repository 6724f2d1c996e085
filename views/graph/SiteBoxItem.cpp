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

QRectF SiteBoxItem::boundingRect() const
{
    return m_box.adjusted(-2, -2, 2, 2);
}

void SiteBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                        QWidget *widget)
{
    Q_UNUSED(widget)
    const GraphStyle &style = GraphStyle::instance();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(lod < GraphStyle::flatLevel ? style.edgeFlatPen : style.siteBoxPen);
    painter->setBrush(style.siteBoxFill);
    painter->drawRoundedRect(m_box, 10, 10);
    // The label stays readable a little further out than the components' text.
    if (lod * style.siteFont.pixelSize() >= 5.0) {
        painter->setFont(style.siteFont);
        painter->setPen(style.siteLabelPen);
        painter->drawStaticText(m_labelAt, m_text);
    }
}

} // namespace planner
