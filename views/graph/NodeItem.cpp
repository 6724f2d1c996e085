// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeItem.h"

#include "GraphScene.h"
#include "GraphStyle.h"
#include "NodePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

constexpr double textPadding = 6.0;

} // namespace

NodeText::NodeText()
{
    for (QStaticText *line : {&title, &detail, &site, &name[0], &name[1]}) {
        line->setTextFormat(Qt::PlainText);
        line->setPerformanceHint(QStaticText::AggressiveCaching);
    }
}

NodeItem::NodeItem(const QString &componentId)
    : m_id(componentId)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    setZValue(1.0);
}

void NodeItem::setContent(const NodeContent &content, const QSizeF &size)
{
    const QRectF rect(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
        m_bounds = rect.adjusted(-haloMargin, -haloMargin, haloMargin, haloMargin);
    }
    m_content = content;
    m_outline = GraphStyle::nodeOutline(content.kind, size);
    m_textReady = false;
    update();
}

namespace {

// The font in which @p text fits @p room: @p base, or down to @p minimumPixels smaller; when
// even that is too wide, @p scale narrows it to fit. Returns the width it takes (after scaling).
double fitLine(const QFont &base, const QString &text, double room, int minimumPixels, QFont *font,
               double *scale)
{
    *font = base;
    *scale = 1.0;
    double width = QFontMetricsF(*font).horizontalAdvance(text);
    if (width <= room || room <= 0)
        return width;
    const int basePixels = base.pixelSize() > 0 ? base.pixelSize() : 12;
    int pixels = std::max(minimumPixels, int(std::floor(basePixels * room / width)));
    for (; pixels >= minimumPixels; --pixels) {
        font->setPixelSize(pixels);
        width = QFontMetricsF(*font).horizontalAdvance(text);
        if (width <= room || pixels == minimumPixels)
            break;
    }
    if (width > room) {
        *scale = room / width;
        width = room;
    }
    return width;
}

} // namespace

void NodeItem::layoutText() const
{
    m_textReady = true;
    NodeText &t = m_text;
    const GraphStyle &style = GraphStyle::instance();
    const double room = m_rect.width() - 2 * textPadding;

    // Whole lines, never elided: exported pictures must carry every name in full.
    const QString &title = m_content.title;
    const QString &detail = m_content.versionLine;
    const double titleWidth = fitLine(style.titleFont, title, room, 9, &t.titleFont, &t.titleScale);
    const double detailWidth = fitLine(style.detailFont, detail, room, 8, &t.detailFont,
                                       &t.detailScale);
    const QFontMetricsF titleMetrics(t.titleFont);
    const QFontMetricsF detailMetrics(t.detailFont);
    t.title.setText(title);
    t.detail.setText(detail);
    t.title.prepare(QTransform(), t.titleFont);
    t.detail.prepare(QTransform(), t.detailFont);

    const double lineGap = 2.0;
    const double textHeight = titleMetrics.height()
                              + (detail.isEmpty() ? 0.0 : lineGap + detailMetrics.height());
    const double top = -textHeight / 2;
    t.titleAt = QPointF(-titleWidth / 2, top);

    // The site goes after the versions when both fit on the line.
    const QString separator = QStringLiteral("  ·  ");
    const double siteWidth = m_content.site.isEmpty()
                                 ? 0.0
                                 : detailMetrics.horizontalAdvance(separator + m_content.site);
    t.showSite = siteWidth > 0 && t.detailScale == 1.0
                 && t.detailFont.pixelSize() == style.detailFont.pixelSize()
                 && detailWidth + siteWidth <= room;
    const double lineWidth = detailWidth + (t.showSite ? siteWidth : 0.0);
    t.detailAt = QPointF(-lineWidth / 2, top + titleMetrics.height() + lineGap);
    if (t.showSite) {
        t.site.setText(separator + m_content.site);
        t.site.prepare(QTransform(), style.detailFont);
        t.siteAt = t.detailAt + QPointF(detailWidth, 0);
    }

    // Zoomed out: the name alone, broken between words over two lines where it must.
    const QFontMetricsF nameMetrics(style.nameFont);
    const double nameRoom = m_rect.width() - 8.0;
    QString first = m_content.title;
    QString second;
    if (nameMetrics.horizontalAdvance(first) > nameRoom) {
        const QStringList words = m_content.title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        first = words.value(0);
        int w = 1;
        for (; w < words.size(); ++w) {
            const QString longer = first + QLatin1Char(' ') + words[w];
            if (nameMetrics.horizontalAdvance(longer) > nameRoom)
                break;
            first = longer;
        }
        second = words.mid(w).join(QLatin1Char(' '));
        first = nameMetrics.elidedText(first, Qt::ElideRight, nameRoom);
        second = nameMetrics.elidedText(second, Qt::ElideRight, nameRoom);
    }
    const int lines = second.isEmpty() ? 1 : 2;
    const double lineHeight = std::min(nameMetrics.height(), (m_rect.height() - 2.0) / 2);
    const QString text[2] = {first, second};
    for (int i = 0; i < 2; ++i) {
        t.name[i].setText(text[i]);
        t.name[i].prepare(QTransform(), style.nameFont);
        t.nameAt[i] = QPointF(-nameMetrics.horizontalAdvance(text[i]) / 2,
                              -lines * lineHeight / 2 + i * lineHeight);
    }
}

const NodeText &NodeItem::text() const
{
    if (!m_textReady)
        layoutText();
    return m_text;
}

QRectF NodeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath NodeItem::shape() const
{
    return m_outline;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const auto *graph = static_cast<const GraphScene *>(scene());
    NodePainter::paint(painter, *this, graph ? graph->model().nodeLook(m_id) : NodeLook{},
                       option->levelOfDetailFromTransform(painter->worldTransform()));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        if (auto *graph = static_cast<GraphScene *>(scene()))
            graph->nodeMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace planner
