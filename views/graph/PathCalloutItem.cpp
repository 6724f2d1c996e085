// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathCalloutItem.h"

#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace planner {

namespace {

constexpr double padding = 8.0;

} // namespace

PathCalloutItem::PathCalloutItem()
{
    setFlag(ItemIgnoresTransformations);
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
}

void PathCalloutItem::setLines(const QStringList &lines)
{
    prepareGeometryChange();
    m_lines = lines;
    const GraphStyle &style = GraphStyle::instance();
    QFont heading = style.pathFont;
    heading.setBold(true);
    const QFontMetricsF plain(style.pathFont), bold(heading);
    double width = 0;
    for (int i = 0; i < m_lines.size(); ++i)
        width = std::max(width, (i == 0 ? bold : plain).horizontalAdvance(m_lines[i]));
    const double height = plain.lineSpacing() * double(m_lines.size());
    m_box = QRectF(0, 0, width + 2 * padding, height + 2 * padding);
}

QRectF PathCalloutItem::boundingRect() const
{
    return m_box.adjusted(-2, -2, 2, 2);
}

void PathCalloutItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                            QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    if (m_lines.isEmpty())
        return;
    const GraphStyle &style = GraphStyle::instance();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(style.pathColour, 1.5));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(m_box, 5, 5);
    QFont heading = style.pathFont;
    heading.setBold(true);
    const QFontMetricsF metrics(style.pathFont);
    double y = padding + metrics.ascent();
    for (int i = 0; i < m_lines.size(); ++i) {
        painter->setFont(i == 0 ? heading : style.pathFont);
        painter->setPen(i == 0 ? style.pathColour : style.textPen.color());
        painter->drawText(QPointF(padding, y), m_lines[i]);
        y += metrics.lineSpacing();
    }
}

} // namespace planner
