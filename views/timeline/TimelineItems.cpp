// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineItems.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace planner {

QColor timelinePhaseColor(int phase)
{
    static const QColor colors[] = {
        QColor(0x9e, 0xc5, 0xe8), // prepare: light blue
        QColor(0x5b, 0x8f, 0xc9), // backup: blue
        QColor(0xe0, 0x8a, 0x2c), // execute: orange
        QColor(0x4c, 0xa8, 0x5a), // verify: green
        QColor(0x8e, 0x6b, 0xb8), // decision: purple
        QColor(0xe8, 0xb4, 0xb4), // rollback reserve: pale red (hatched)
    };
    return colors[qBound(0, phase, 5)];
}

QColor timelineWindowColor()
{
    return QColor(0xd8, 0xea, 0xd3);
}
QColor timelineFreezeColor()
{
    return QColor(0xc8, 0xc8, 0xc8);
}

StepBarItem::StepBarItem(int step, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_step(step)
{
    setAcceptHoverEvents(true);
    setZValue(2);
}

void StepBarItem::setGeometry(const std::array<QRectF, PhaseCount> &phases, qreal ponrX)
{
    prepareGeometryChange();
    m_phases = phases;
    m_ponrX = ponrX;
}

void StepBarItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    prepareGeometryChange(); // the label moves past the tick that a highlighted bar shows
    m_highlighted = on;
    setZValue(on ? 3 : 2);
    update();
}

void StepBarItem::setLabels(const QString &full, const QString &shortLabel)
{
    prepareGeometryChange();
    m_label = full;
    m_shortLabel = shortLabel;
}

void StepBarItem::setRoom(const QRectF &room)
{
    prepareGeometryChange();
    m_room = room;
}

QRectF StepBarItem::barRect() const
{
    QRectF r;
    for (const QRectF &p : m_phases)
        r = r.united(p);
    return r;
}

QFont StepBarItem::labelFont() const
{
    QFont f;
    f.setPointSizeF(qBound(6.5, barRect().height() * 0.7, 9.0));
    return f;
}

std::pair<QString, QRectF> StepBarItem::labelPlacement() const
{
    const QRectF bar = barRect();
    if (bar.isEmpty() || bar.height() < 7 || m_label.isEmpty())
        return {};
    const QFontMetricsF fm(labelFont());
    const qreal gap = 5;
    const QRectF room = m_room.isEmpty() ? bar.adjusted(-2000, 0, 2000, 0) : m_room;
    // Clear of the point-of-no-return tick, which may stand beyond the bar.
    const bool tick = bar.width() >= 12 || m_highlighted;
    const qreal barRight = tick ? qMax(bar.right(), m_ponrX + 2) : bar.right();
    const qreal barLeft = tick ? qMin(bar.left(), m_ponrX - 2) : bar.left();
    const qreal right = room.right() - barRight - gap;
    const qreal left = barLeft - room.left() - gap;
    auto at = [&](const QString &text, bool onRight) {
        const qreal w = fm.horizontalAdvance(text) + 2;
        const qreal x = onRight ? barRight + gap : barLeft - gap - w;
        return std::pair{text, QRectF(x, bar.top() - 2, w, bar.height() + 4)};
    };
    // Beside the bar, right or left, full when it fits, else the component alone.
    for (const QString &text : {m_label, m_shortLabel}) {
        const qreal w = fm.horizontalAdvance(text) + 2;
        if (w <= right)
            return at(text, true);
        if (w <= left)
            return at(text, false);
    }
    // Only the component, over the bar itself (a step as wide as the view).
    const qreal w = fm.horizontalAdvance(m_shortLabel) + 2;
    const QRectF visible = bar.intersected(room);
    return {m_shortLabel, QRectF(visible.left() + 3, bar.top() - 2, w, bar.height() + 4)};
}

QString StepBarItem::shownLabel() const
{
    return labelPlacement().first;
}

QRectF StepBarItem::boundingRect() const
{
    return barRect().adjusted(-4, -4, 4, 4).united(labelPlacement().second);
}

void StepBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF all = barRect();
    for (int i = 0; i < PhaseCount; ++i) {
        const QRectF &r = m_phases[i];
        if (r.isEmpty())
            continue;
        painter->setPen(Qt::NoPen);
        painter->setBrush(timelinePhaseColor(i));
        painter->drawRect(r);
        if (i == PhaseCount - 1) {
            painter->setBrush(QBrush(QColor(0xb0, 0x40, 0x40), Qt::BDiagPattern));
            painter->drawRect(r);
        }
    }
    if (all.isEmpty())
        return;
    // point of no return: a red tick standing out above and below the bar; left out at a
    // zoom where the bar itself is a sliver and the tick would hide it
    if (all.width() >= 12 || m_highlighted) {
        painter->setPen(QPen(QColor(0xd0, 0x10, 0x10), 2));
        painter->drawLine(QPointF(m_ponrX, all.top() - 3), QPointF(m_ponrX, all.bottom() + 3));
    }
    if (m_highlighted) {
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(all.adjusted(-1, -1, 1, 1));
    }
    const auto [text, rect] = labelPlacement();
    if (!text.isEmpty()) {
        painter->setFont(labelFont());
        if (rect.intersects(all)) { // over the bar: on a light ground to stay readable
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 255, 255, 200));
            painter->drawRect(rect.adjusted(-2, 2, 2, -2));
        }
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

WindowBandItem::WindowBandItem(int occurrence, QGraphicsItem *parent)
    : QGraphicsRectItem(parent)
    , m_occurrence(occurrence)
{
    setPen(Qt::NoPen);
}

void WindowBandItem::setLabel(const QString &id, const QString &date)
{
    m_id = id;
    m_date = date;
    update();
}

qreal WindowBandItem::labelHeight()
{
    QFont f;
    f.setPointSizeF(8);
    return QFontMetricsF(f).height() * 2 + 4;
}

QRectF WindowBandItem::visibleRect() const
{
    // A band that begins before the view's left edge carries its label at that edge.
    if (const auto *plot = dynamic_cast<const QGraphicsRectItem *>(parentItem()))
        return rect().intersected(plot->rect());
    return rect();
}

QString WindowBandItem::shownLabel() const
{
    QFont f;
    f.setPointSizeF(8);
    const QFontMetricsF fm(f);
    const qreal room = visibleRect().width() - 4;
    if (m_id.isEmpty() || room <= 0)
        return QString();
    if (fm.horizontalAdvance(m_id) <= room && fm.horizontalAdvance(m_date) <= room)
        return m_date.isEmpty() ? m_id : m_id + u'\n' + m_date;
    return fm.horizontalAdvance(m_id) <= room ? m_id : QString();
}

void WindowBandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    QGraphicsRectItem::paint(painter, option, widget);
    const QString text = shownLabel();
    if (text.isEmpty())
        return;
    QFont f = painter->font();
    f.setPointSizeF(8);
    painter->setFont(f);
    painter->setPen(QColor(0x2e, 0x5a, 0x28));
    painter->drawText(visibleRect().adjusted(2, 2, -2, 0), Qt::AlignLeft | Qt::AlignTop, text);
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    if (onZoom && event->angleDelta().y() != 0)
        onZoom(event->angleDelta().y() > 0 ? 0.8 : 1.25, event->position().x());
    event->accept();
}

int TimelineChartView::barAt(const QPoint &pos) const
{
    const auto hits = items(pos);
    for (QGraphicsItem *item : hits)
        if (auto *bar = qgraphicsitem_cast<StepBarItem *>(item))
            return bar->step();
    return -1;
}

int TimelineChartView::bandAt(const QPoint &pos) const
{
    const auto hits = items(pos);
    for (QGraphicsItem *item : hits)
        if (auto *band = qgraphicsitem_cast<WindowBandItem *>(item))
            if (band->occurrence() >= 0)
                return band->occurrence();
    return -1;
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const int step = barAt(event->position().toPoint());
        if (step >= 0) {
            if (onBarClicked)
                onBarClicked(step);
            event->accept();
            return;
        }
        m_dragging = true;
        m_last = m_pressed = event->position();
        m_pressedBand = bandAt(event->position().toPoint());
        setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging && onPan) {
        onPan(event->position().x() - m_last.x());
        m_last = event->position();
    }
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // A click, not a drag, on a window band: that occurrence.
    const bool click = m_dragging && (event->position() - m_pressed).manhattanLength() < 5;
    m_dragging = false;
    unsetCursor();
    if (click && m_pressedBand >= 0 && onBandClicked)
        onBandClicked(m_pressedBand);
    m_pressedBand = -1;
    event->accept();
}

void TimelineChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const int step = barAt(event->pos());
    if (step >= 0 && onBarContextMenu) {
        onBarContextMenu(step, event->globalPos());
        event->accept();
        return;
    }
    QChartView::contextMenuEvent(event);
}

} // namespace planner
