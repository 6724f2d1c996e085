// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeItem.h"

#include "GraphScene.h"
#include "GraphStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

// Room around the box for the widest halo (search hit) and antialiasing.
constexpr double haloMargin = 7.0;
constexpr double textPadding = 6.0;

} // namespace

NodeItem::NodeItem(const QString &componentId)
    : m_id(componentId)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    setZValue(1.0);
    m_title.setTextFormat(Qt::PlainText);
    m_detail.setTextFormat(Qt::PlainText);
    m_site.setTextFormat(Qt::PlainText);
    m_title.setPerformanceHint(QStaticText::AggressiveCaching);
    m_detail.setPerformanceHint(QStaticText::AggressiveCaching);
    m_site.setPerformanceHint(QStaticText::AggressiveCaching);
    for (QStaticText &line : m_name) {
        line.setTextFormat(Qt::PlainText);
        line.setPerformanceHint(QStaticText::AggressiveCaching);
    }
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

void NodeItem::layoutText()
{
    m_textReady = true;
    const GraphStyle &style = GraphStyle::instance();
    const double room = m_rect.width() - 2 * textPadding;

    // Whole lines, never elided: exported pictures must carry every name in full.
    const QString &title = m_content.title;
    const QString &detail = m_content.versionLine;
    const double titleWidth = fitLine(style.titleFont, title, room, 9, &m_titleFont, &m_titleScale);
    const double detailWidth = fitLine(style.detailFont, detail, room, 8, &m_detailFont,
                                       &m_detailScale);
    const QFontMetricsF titleMetrics(m_titleFont);
    const QFontMetricsF detailMetrics(m_detailFont);
    m_title.setText(title);
    m_detail.setText(detail);
    m_title.prepare(QTransform(), m_titleFont);
    m_detail.prepare(QTransform(), m_detailFont);

    const double lineGap = 2.0;
    const double textHeight = titleMetrics.height()
                              + (detail.isEmpty() ? 0.0 : lineGap + detailMetrics.height());
    const double top = -textHeight / 2;
    m_titleAt = QPointF(-titleWidth / 2, top);

    // The site goes after the versions when both fit on the line.
    const QString separator = QStringLiteral("  ·  ");
    const double siteWidth = m_content.site.isEmpty()
                                 ? 0.0
                                 : detailMetrics.horizontalAdvance(separator + m_content.site);
    m_showSite = siteWidth > 0 && m_detailScale == 1.0
                 && m_detailFont.pixelSize() == style.detailFont.pixelSize()
                 && detailWidth + siteWidth <= room;
    const double lineWidth = detailWidth + (m_showSite ? siteWidth : 0.0);
    m_detailAt = QPointF(-lineWidth / 2, top + titleMetrics.height() + lineGap);
    if (m_showSite) {
        m_site.setText(separator + m_content.site);
        m_site.prepare(QTransform(), style.detailFont);
        m_siteAt = m_detailAt + QPointF(detailWidth, 0);
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
        m_name[i].setText(text[i]);
        m_name[i].prepare(QTransform(), style.nameFont);
        m_nameAt[i] = QPointF(-nameMetrics.horizontalAdvance(text[i]) / 2,
                              -lines * lineHeight / 2 + i * lineHeight);
    }
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
    const GraphStyle &style = GraphStyle::instance();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const auto *graph = static_cast<const GraphScene *>(scene());
    const GraphScene::NodeLook look = graph ? graph->nodeLook(m_id) : GraphScene::NodeLook{};
    const auto kind = size_t(m_content.kind);

    if (lod < GraphStyle::flatLevel) {
        // Far out: one flat box, coloured by what matters most.
        const QBrush &fill = isSelected()     ? style.selectedSolid
                             : look.conflict  ? style.conflictSolid
                             : look.highlight ? look.highlight->brush()
                                              : style.kindSolid[kind];
        painter->fillRect(look.searchHit ? m_bounds : m_rect, fill);
        return;
    }

    painter->setBrush(Qt::NoBrush);
    if (look.searchHit) {
        painter->setPen(style.searchPen);
        painter->drawPath(m_outline);
    }
    if (look.highlight) {
        painter->setPen(*look.highlight);
        painter->drawPath(m_outline);
    }

    const bool bold = m_content.criticality >= Criticality::High;
    painter->setPen(isSelected()    ? style.selectedPen
                    : look.conflict ? style.conflictPen
                    : bold          ? style.kindBoldPen[kind]
                                    : style.kindPen[kind]);
    painter->setBrush(look.conflict ? style.conflictFill : style.kindFill[kind]);
    painter->drawPath(m_outline);

    if (lod >= GraphStyle::nameLevel)
        paintText(painter, lod);
    if (!look.pathMarks.isEmpty())
        paintPathMarks(painter, look.pathMarks);
}

void NodeItem::paintText(QPainter *painter, double lod)
{
    const GraphStyle &style = GraphStyle::instance();
    if (!m_textReady)
        layoutText();
    if (lod < GraphStyle::textLevel) {
        painter->setFont(style.nameFont);
        painter->setPen(style.textPen);
        painter->drawStaticText(m_nameAt[0], m_name[0]);
        if (!m_name[1].text().isEmpty())
            painter->drawStaticText(m_nameAt[1], m_name[1]);
        return;
    }
    auto drawLine = [painter](const QPointF &at, const QStaticText &text, double scale) {
        if (scale == 1.0) {
            painter->drawStaticText(at, text);
            return;
        }
        painter->save();
        painter->translate(at);
        painter->scale(scale, 1.0);
        painter->drawStaticText(QPointF(0, 0), text);
        painter->restore();
    };
    painter->setFont(m_titleFont);
    painter->setPen(style.textPen);
    drawLine(m_titleAt, m_title, m_titleScale);
    painter->setFont(m_detailFont);
    painter->setPen(style.detailPen);
    drawLine(m_detailAt, m_detail, m_detailScale);
    if (m_showSite)
        painter->drawStaticText(m_siteAt, m_site);
}

// The numbers of the box's moves on the upgrade path, in a badge on its top left corner.
void NodeItem::paintPathMarks(QPainter *painter, const QString &marks) const
{
    const GraphStyle &style = GraphStyle::instance();
    const QFontMetricsF metrics(style.pathFont);
    const double height = std::min(metrics.height() + 4, m_rect.height());
    const QRectF badge(m_rect.left() - haloMargin / 2, m_rect.top() - haloMargin / 2,
                       metrics.horizontalAdvance(marks) + 10, height);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.pathColour);
    painter->drawRoundedRect(badge, height / 2, height / 2);
    painter->setFont(style.pathFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, marks);
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
