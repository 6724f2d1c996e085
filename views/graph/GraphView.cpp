// SPDX-License-Identifier: GPL-3.0-or-later
// GraphView: zoom, pan, search and the mouse gestures; the edits are in GraphViewEditing.cpp.
#include "GraphView.h"

#include "GraphScene.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

// Far enough out to fit a layer of ten thousand boxes on one screen.
constexpr double minZoom = 0.0002;
constexpr double maxZoom = 4.0;
constexpr double zoomStep = 1.25;
// Below this zoom antialiasing costs more than it shows.
constexpr double antialiasZoom = 0.3;

} // namespace

GraphView::GraphView(GraphScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setOptimizationFlags(QGraphicsView::DontSavePainterState
                         | QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Panning, the overview and the keyboard move the view; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(Qt::white);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &GraphView::updateSceneRect);
    updateSceneRect();
}

// The view scrolls half a view beyond the scene's edges: a graph fitted beside an overlay
// (the legend) or a box at the edge can still come to the middle.
void GraphView::updateSceneRect()
{
    const QSizeF half = QSizeF(viewport()->size()) / (2 * zoom());
    setSceneRect(
        m_scene->sceneRect().adjusted(-half.width(), -half.height(), half.width(), half.height()));
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setZoom(double zoom)
{
    m_hold = Hold::None;
    applyZoom(zoom);
}

void GraphView::applyZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (std::abs(zoom - this->zoom()) < 1e-9)
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    zoomChangedTo();
}

void GraphView::zoomBy(double factor)
{
    m_hold = Hold::None;
    const double target = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (std::abs(target - zoom()) < 1e-9)
        return;
    scale(target / zoom(), target / zoom());
    zoomChangedTo();
}

void GraphView::zoomIn()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(zoomStep);
    setTransformationAnchor(anchor);
}

void GraphView::zoomOut()
{
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    zoomBy(1 / zoomStep);
    setTransformationAnchor(anchor);
}

void GraphView::zoomChangedTo()
{
    updateSceneRect();
    m_scene->setPathCalloutZoom(zoom());
    setRenderHint(QPainter::Antialiasing, zoom() >= antialiasZoom);
    Q_EMIT zoomChanged(zoom());
    Q_EMIT viewportChanged();
}

void GraphView::fitToView()
{
    m_hold = Hold::Fit;
    applyHold();
}

void GraphView::setFitMargins(const QMargins &margins)
{
    if (margins == m_fitMargins)
        return;
    m_fitMargins = margins;
    if (m_hold == Hold::Fit || m_hold == Hold::Open)
        applyHold();
}

void GraphView::showView(const QPointF &centre, double zoom)
{
    m_hold = Hold::Centre;
    m_heldCentre = centre;
    setTransform(QTransform::fromScale(1, 1));
    applyZoom(zoom);
    applyHold();
}

QPointF GraphView::viewCentre() const
{
    return mapToScene(viewport()->rect()).boundingRect().center();
}

void GraphView::moveTo(const QPointF &scenePos)
{
    m_hold = Hold::None;
    centerOn(scenePos);
}

void GraphView::openView(const QRectF &focus)
{
    m_hold = Hold::Open;
    m_openFocus = focus;
    applyHold();
}

// The part of the viewport not covered by overlays (the legend).
QRectF GraphView::fitArea() const
{
    QRectF area = viewport()->rect().marginsRemoved(m_fitMargins);
    if (area.width() < 50 || area.height() < 50)
        area = viewport()->rect(); // overlays bigger than the view: they must give way
    return area;
}

double GraphView::fitZoom() const
{
    QRectF bounds = m_scene->graphBounds();
    if (bounds.isEmpty())
        bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return 1.0;
    bounds.adjust(-20, -20, 20, 20);
    const QRectF area = fitArea();
    const double fit = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    return std::clamp(fit, minZoom, 1.0);
}

// Fitted if names stay readable; otherwise readable, on the focus.
void GraphView::applyOpening()
{
    const double readable = GraphStyle::instance().readableZoom();
    m_openFitted = fitZoom() >= readable || m_openFocus.isEmpty();
    if (m_openFitted) {
        // Decided in the view's real size: from now on simply fitted, as fitToView() keeps it.
        if (viewport()->isVisible())
            m_hold = Hold::Fit;
        return;
    }
    setTransform(QTransform::fromScale(1, 1));
    applyZoom(readable);
    const QRectF area = fitArea();
    const QSizeF room = area.size() / zoom();
    // The free area's middle on the focus's middle, or its top left on the focus's top left.
    const double margin = 20 / zoom();
    QPointF middle = m_openFocus.center();
    if (m_openFocus.width() + 2 * margin > room.width())
        middle.setX(m_openFocus.left() - margin + room.width() / 2);
    if (m_openFocus.height() + 2 * margin > room.height())
        middle.setY(m_openFocus.top() - margin + room.height() / 2);
    // No empty band beyond the graph's edges where the graph is bigger than the view.
    const QRectF bounds = m_scene->graphBounds().adjusted(-margin, -margin, margin, margin);
    if (bounds.width() > room.width())
        middle.setX(std::clamp(middle.x(), bounds.left() + room.width() / 2,
                               bounds.right() - room.width() / 2));
    if (bounds.height() > room.height())
        middle.setY(std::clamp(middle.y(), bounds.top() + room.height() / 2,
                               bounds.bottom() - room.height() / 2));
    const QPointF offset = (QRectF(viewport()->rect()).center() - area.center()) / zoom();
    centerOn(middle + offset);
    zoomChangedTo();
}

// Shows again what the view holds: the whole graph, the centre of a restored view, or the
// opening choice.
void GraphView::applyHold()
{
    if (m_hold == Hold::Centre) {
        centerOn(m_heldCentre);
        Q_EMIT viewportChanged();
        return;
    }
    if (m_hold == Hold::Open) {
        applyOpening();
        if (!m_openFitted)
            return;
    } else if (m_hold != Hold::Fit) {
        return;
    }
    QRectF bounds = m_scene->graphBounds();
    if (bounds.isEmpty())
        bounds = m_scene->sceneRect();
    if (bounds.isEmpty())
        return;
    bounds.adjust(-20, -20, 20, 20);
    const QRectF area = fitArea();
    setTransform(QTransform::fromScale(1, 1));
    applyZoom(fitZoom());
    // The middle of the free area on the middle of the graph.
    const QPointF offset = (QRectF(viewport()->rect()).center() - area.center()) / zoom();
    centerOn(bounds.center() + offset);
    zoomChangedTo();
}

QRectF GraphView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

QString GraphView::showComponent(const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    const Estate &estate = m_scene->estate();
    QString found;
    if (estate.indexOf(wanted) >= 0)
        found = wanted;
    for (int pass = 0; pass < 2 && found.isEmpty(); ++pass) {
        for (const Component &c : estate.components()) {
            const bool hit = pass == 0 ? c.name.compare(wanted, Qt::CaseInsensitive) == 0
                                             || c.id.compare(wanted, Qt::CaseInsensitive) == 0
                                       : c.name.contains(wanted, Qt::CaseInsensitive)
                                             || c.id.contains(wanted, Qt::CaseInsensitive);
            if (hit) {
                found = c.id;
                break;
            }
        }
    }
    if (found.isEmpty()) {
        Q_EMIT statusMessage(tr("No component matches \"%1\".").arg(wanted));
        return {};
    }
    NodeItem *node = m_scene->nodeItem(found);
    if (node && !node->isVisible())
        Q_EMIT statusMessage(tr("%1 is hidden by the filter.").arg(found));
    m_scene->model().setSearchHit(found);
    m_scene->clearSelection();
    if (node && node->isVisible())
        node->setSelected(true);
    centreOn(found);
    return found;
}

bool GraphView::centreOn(const QString &id)
{
    const NodeItem *node = m_scene->nodeItem(id);
    if (!node)
        return false;
    m_hold = Hold::None;
    if (zoom() < 0.7)
        applyZoom(1.0);
    centerOn(node);
    Q_EMIT viewportChanged();
    return true;
}

void GraphView::setConnectMode(bool on)
{
    m_connectMode = on;
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
}

NodeItem *GraphView::nodeAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> under = items(viewPos);
    for (QGraphicsItem *item : under)
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    return nullptr;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const int step = (event->modifiers() & Qt::ShiftModifier) ? 1 : 10;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        fitToView();
        return;
    case Qt::Key_1:
        setZoom(1.0);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return;
    case Qt::Key_F2:
        startRename();
        return;
    case Qt::Key_Escape:
        if (m_drag == Drag::Connect) {
            m_drag = Drag::None;
            viewport()->update();
        }
        m_scene->model().setSearchHit({});
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_scene->selectedItems().isEmpty() && m_scene->editor().canEdit()) {
            nudgeSelection(event->key() == Qt::Key_Left    ? -step
                           : event->key() == Qt::Key_Right ? step
                                                           : 0,
                           event->key() == Qt::Key_Up     ? -step
                           : event->key() == Qt::Key_Down ? step
                                                          : 0);
            return;
        }
        break;
    default:
        break;
    }
    m_hold = Hold::None; // the keys that scroll the view
    QGraphicsView::keyPressEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->pos();
    m_dragMoved = false;
    NodeItem *node = nodeAt(event->pos());
    const QGraphicsItem *top = itemAt(event->pos());
    const bool background = !top || qgraphicsitem_cast<const SiteBoxItem *>(top);

    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && background
            && !(event->modifiers() & Qt::ControlModifier))) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && node && m_scene->editor().canEdit()
        && (m_connectMode || (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Connect;
        m_connectFrom = node->componentId();
        m_connectEnd = mapToScene(event->pos());
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && background) {
        m_drag = Drag::RubberBand;
        setDragMode(QGraphicsView::RubberBandDrag);
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->pos() - m_pressPos).manhattanLength() >= 3)
        m_dragMoved = true;
    if (m_drag == Drag::Pan) {
        m_hold = Hold::None;
        const QPoint delta = event->pos() - m_lastPos;
        m_lastPos = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_drag == Drag::Connect) {
        m_connectEnd = mapToScene(event->pos());
        viewport()->update();
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Pan) {
        viewport()->setCursor(m_connectMode ? Qt::CrossCursor : Qt::ArrowCursor);
        if (!m_dragMoved && event->button() == Qt::LeftButton)
            m_scene->clearSelection(); // a click on the background
        event->accept();
        return;
    }
    if (drag == Drag::Connect) {
        viewport()->update();
        const NodeItem *target = nodeAt(event->pos());
        if (target && target->componentId() != m_connectFrom)
            connectComponents(m_connectFrom, target->componentId());
        m_connectFrom.clear();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (drag == Drag::RubberBand)
        setDragMode(QGraphicsView::NoDrag);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const NodeItem *node = nodeAt(event->pos()); node && event->button() == Qt::LeftButton) {
        startRename(node->componentId());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_drag != Drag::Connect)
        return;
    const NodeItem *from = m_scene->nodeItem(m_connectFrom);
    if (!from)
        return;
    QPen pen(QColor(0x1f, 0x6f, 0xeb), 2.0, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawLine(from->pos(), m_connectEnd);
}

void GraphView::paintEvent(QPaintEvent *event)
{
    if (zoom() >= GraphStyle::flatLevel) {
        QGraphicsView::paintEvent(event);
        return;
    }
    // Far out, the scene draws itself in batches instead of item by item; the picture is kept
    // until the view or the drawing changes (hover and tooltips repaint without redrawing).
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSize pixels = (QSizeF(viewport()->size()) * dpr).toSize();
    if (m_flatPicture.size() != pixels || m_flatPictureTransform != viewportTransform()
        || m_flatPictureRevision != m_scene->flatRevision()) {
        if (m_flatPicture.size() != pixels)
            m_flatPicture = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        m_flatPicture.setDevicePixelRatio(dpr);
        m_flatPicture.fill(backgroundBrush().color());
        QPainter picture(&m_flatPicture);
        picture.setTransform(viewportTransform());
        m_scene->drawFlat(&picture, visibleSceneRect(), zoom());
        m_flatPictureTransform = viewportTransform();
        m_flatPictureRevision = m_scene->flatRevision();
    }
    QPainter painter(viewport());
    painter.drawImage(QRectF(event->rect()), m_flatPicture,
                      QRectF(QPointF(event->rect().topLeft()) * dpr,
                             QSizeF(event->rect().size()) * dpr));
    painter.setTransform(viewportTransform());
    const QRectF exposed = mapToScene(event->rect()).boundingRect();
    drawForeground(&painter, exposed);
    if (const QRect band = rubberBandRect(); !band.isEmpty()) {
        painter.resetTransform();
        painter.setPen(QPen(palette().highlight(), 1));
        painter.setBrush(QColor(0x1f, 0x6f, 0xeb, 40));
        painter.drawRect(band);
    }
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportChanged();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateSceneRect();
    applyHold();
    Q_EMIT viewportChanged();
}

} // namespace planner
