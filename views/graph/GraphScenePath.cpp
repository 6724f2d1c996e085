// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: the path of a stepping-stone upgrade, drawn over the graph.
#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "PathCalloutItem.h"

#include <limits>

namespace planner {

void GraphScene::onPathChanged()
{
    const QStringList lines = m_model.pathLines();
    if (lines.isEmpty()) {
        delete m_pathCallout;
        m_pathCallout = nullptr;
        return;
    }
    if (!m_pathCallout) {
        m_pathCallout = new PathCalloutItem;
        addItem(m_pathCallout);
    }
    m_pathCallout->setLines(lines);
    placePathCallout();
}

void GraphScene::setPathCalloutZoom(double zoom)
{
    if (zoom <= 0 || qFuzzyCompare(zoom, m_calloutZoom))
        return;
    m_calloutZoom = zoom;
    if (m_pathCallout)
        placePathCallout();
}

// Beside the component's box where the callout hides the fewest boxes, those of the path
// counting three times: right, left, below or above, then further out; the first of the
// best. The callout keeps its size on screen, so its size in the scene follows the zoom.
void GraphScene::placePathCallout()
{
    const NodeItem *node = nodeItem(m_model.upgradePath().component);
    m_pathCallout->setVisible(node && node->isVisible());
    if (!node)
        return;
    const QRectF box = node->box().translated(node->pos());
    const QSizeF size = m_pathCallout->boundingRect().size() / m_calloutZoom;
    const double gap = 12.0;
    const double w = size.width();
    const double h = size.height();
    QList<QPointF> candidates = {
        {box.right() + gap, box.top()},        {box.left() - gap - w, box.top()},
        {box.right() + gap, box.bottom() - h}, {box.left() - gap - w, box.bottom() - h},
        {box.left(), box.bottom() + gap},      {box.left(), box.top() - gap - h},
        {box.right() - w, box.bottom() + gap}, {box.right() - w, box.top() - gap - h},
    };
    for (int step = 1; step <= 3; ++step) {
        const double out = step * (w + gap);
        candidates.append({box.right() + gap + out, box.top()});
        candidates.append({box.left() - gap - w - out, box.top()});
        candidates.append({box.left(), box.bottom() + gap + step * (h + gap)});
        candidates.append({box.left(), box.top() - gap - h - step * (h + gap)});
    }
    QPointF best = candidates.first();
    int fewest = std::numeric_limits<int>::max();
    for (const QPointF &at : std::as_const(candidates)) {
        const int hidden = pathCalloutCover(QRectF(at, size));
        if (hidden < fewest) {
            fewest = hidden;
            best = at;
        }
        if (hidden == 0)
            break;
    }
    m_pathCallout->setPos(best);
}

int GraphScene::pathCalloutCover(const QRectF &area) const
{
    int hidden = 0;
    for (const QGraphicsItem *item : items(area, Qt::IntersectsItemBoundingRect)) {
        const auto *node = qgraphicsitem_cast<const NodeItem *>(item);
        if (!node || !node->isVisible() || !area.intersects(node->box().translated(node->pos())))
            continue;
        hidden += m_model.isOnPath(node->componentId()) ? 3 : 1;
    }
    return hidden;
}

} // namespace planner
