// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: the path of a stepping-stone upgrade, drawn over the graph.
#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "PathCalloutItem.h"

#include <limits>

namespace planner {

void GraphScene::setUpgradePath(const UpgradePath &path)
{
    flatChanged();
    QSet<QString> touched = m_pathNeighbours;
    touched.insert(m_path.component);
    m_path = path.moves.isEmpty() ? UpgradePath{} : path;
    m_pathNeighbours = QSet<QString>(m_path.neighbours.cbegin(), m_path.neighbours.cend());
    m_pathMarks.clear();
    QStringList lines;
    for (int i = 0; i < m_path.moves.size(); ++i) {
        const PathMove &move = m_path.moves[i];
        QString &marks = m_pathMarks[move.component];
        marks += (marks.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(i + 1);
        lines << QStringLiteral("%1.  ").arg(i + 1) + moveText(move);
    }
    touched.unite(m_pathNeighbours);
    touched.insert(m_path.component);

    if (m_path.moves.isEmpty()) {
        delete m_pathCallout;
        m_pathCallout = nullptr;
    } else {
        if (!m_pathCallout) {
            m_pathCallout = new PathCalloutItem;
            addItem(m_pathCallout);
        }
        const Component *c = estate().find(m_path.component);
        lines.prepend(tr("Upgrade path of %1: %2")
                          .arg(c ? c->name : m_path.component,
                               m_path.versions().join(QStringLiteral(" \u2192 "))));
        m_pathCallout->setLines(lines);
        placePathCallout();
    }
    repaintComponents(touched);
}

// "wave 2: Ledger 4.2 -> 5.0 (stepping stone)"
QString GraphScene::moveText(const PathMove &move) const
{
    const Component *c = estate().find(move.component);
    QString text = tr("wave %1: %2 %3 \u2192 %4")
                       .arg(move.wave)
                       .arg(c ? c->name : move.component, move.from.text(), move.to.text());
    if (move.steppingStone)
        text += tr(" (stepping stone)");
    else if (move.requiredStop)
        text += tr(" (required stop)");
    return text;
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
    const NodeItem *node = nodeItem(m_path.component);
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
        const QString &id = node->componentId();
        hidden += id == m_path.component || m_pathNeighbours.contains(id) ? 3 : 1;
    }
    return hidden;
}

} // namespace planner
