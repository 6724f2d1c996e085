// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphOverview.h"

#include "GraphScene.h"
#include "GraphStyle.h"
#include "GraphView.h"

#include <QMouseEvent>
#include <QPainter>

namespace planner {

GraphOverview::GraphOverview(GraphView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(150);
    connect(&m_redrawTimer, &QTimer::timeout, this, &GraphOverview::redraw);
    connect(view->graphScene(), &GraphScene::drawingChanged, this, &GraphOverview::scheduleRedraw);
    connect(view->graphScene(), &QGraphicsScene::selectionChanged, this,
            &GraphOverview::scheduleRedraw);
    connect(view, &GraphView::viewportChanged, this, qOverload<>(&QWidget::update));
    scheduleRedraw();
}

void GraphOverview::scheduleRedraw()
{
    if (isVisible())
        m_redrawTimer.start();
}

void GraphOverview::redraw()
{
    GraphScene *scene = m_view->graphScene();
    m_area = scene->graphBounds().adjusted(-20, -20, 20, 20);
    const QSizeF room = QSizeF(size()) - QSizeF(8, 8);
    if (m_area.isEmpty() || room.isEmpty()) {
        m_picture = QImage();
        update();
        return;
    }
    const double scale = std::min(room.width() / m_area.width(), room.height() / m_area.height());
    const QSizeF pictureSize = m_area.size() * scale;
    m_target = QRectF(QPointF((width() - pictureSize.width()) / 2,
                              (height() - pictureSize.height()) / 2),
                      pictureSize);
    const qreal dpr = devicePixelRatioF();
    m_picture = QImage((pictureSize * dpr).toSize().expandedTo(QSize(1, 1)),
                       QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(Qt::white);
    QPainter painter(&m_picture);
    if (scale < GraphStyle::flatLevel) {
        painter.scale(scale, scale);
        painter.translate(-m_area.topLeft());
        scene->drawFlat(&painter, m_area, scale);
    } else {
        scene->render(&painter, QRectF(QPointF(0, 0), pictureSize), m_area);
    }
    painter.end();
    update();
}

QPointF GraphOverview::toScene(const QPointF &pos) const
{
    if (m_target.isEmpty())
        return m_area.center();
    const QPointF f((pos.x() - m_target.left()) / m_target.width(),
                    (pos.y() - m_target.top()) / m_target.height());
    return m_area.topLeft() + QPointF(f.x() * m_area.width(), f.y() * m_area.height());
}

QRectF GraphOverview::toWidget(const QRectF &sceneRect) const
{
    const double sx = m_target.width() / m_area.width();
    const double sy = m_target.height() / m_area.height();
    return QRectF(m_target.left() + (sceneRect.left() - m_area.left()) * sx,
                  m_target.top() + (sceneRect.top() - m_area.top()) * sy, sceneRect.width() * sx,
                  sceneRect.height() * sy);
}

void GraphOverview::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xfa, 0xfb, 0xfc));
    painter.setPen(QColor(0xb0, 0xb8, 0xc2));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_picture.isNull() || m_area.isEmpty())
        return;
    painter.drawImage(m_target, m_picture);
    const QRectF shown = toWidget(m_view->visibleSceneRect()).intersected(QRectF(rect()));
    painter.setPen(QPen(QColor(0x1f, 0x6f, 0xeb), 1.5));
    painter.setBrush(QColor(0x1f, 0x6f, 0xeb, 36));
    painter.drawRect(shown);
}

void GraphOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_view->moveTo(toScene(event->position()));
}

void GraphOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_view->moveTo(toScene(event->position()));
}

void GraphOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    redraw();
}

void GraphOverview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    redraw();
}

} // namespace planner
