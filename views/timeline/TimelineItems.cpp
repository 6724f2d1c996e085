// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineItems.h"

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

QColor timelineWindowColor() { return QColor(0xd8, 0xea, 0xd3); }
QColor timelineFreezeColor() { return QColor(0xc8, 0xc8, 0xc8); }

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
    m_highlighted = on;
    setZValue(on ? 3 : 2);
    update();
}

QRectF StepBarItem::boundingRect() const
{
    QRectF r;
    for (const QRectF &p : m_phases)
        r = r.united(p);
    QFontMetricsF fm{QFont()};
    return r.adjusted(-4, -4, 4 + fm.horizontalAdvance(m_label) + 8, 4);
}

void StepBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QRectF all;
    for (int i = 0; i < PhaseCount; ++i) {
        const QRectF &r = m_phases[i];
        if (r.isEmpty())
            continue;
        all = all.united(r);
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
        painter->drawLine(QPointF(m_ponrX, all.top() - 3),
                          QPointF(m_ponrX, all.bottom() + 3));
    }
    if (m_highlighted) {
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(all.adjusted(-1, -1, 1, 1));
    }
    // the component beside the bar when the bar is too narrow to hold it
    if (!m_label.isEmpty() && all.height() >= 9) {
        QFont f = painter->font();
        f.setPointSizeF(qMin(9.0, all.height() * 0.7));
        painter->setFont(f);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(all.right() + 5, all.top() - 2, 400, all.height() + 4),
                          Qt::AlignLeft | Qt::AlignVCenter, m_label);
    }
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    if (onZoom && event->angleDelta().y() != 0)
        onZoom(event->angleDelta().y() > 0 ? 0.8 : 1.25, event->position().x());
    event->accept();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const auto hits = items(event->position().toPoint());
        for (QGraphicsItem *item : hits) {
            if (auto *bar = qgraphicsitem_cast<StepBarItem *>(item)) {
                if (onBarClicked)
                    onBarClicked(bar->step());
                event->accept();
                return;
            }
        }
        m_dragging = true;
        m_last = event->position();
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
    m_dragging = false;
    unsetCursor();
    event->accept();
}

} // namespace planner
