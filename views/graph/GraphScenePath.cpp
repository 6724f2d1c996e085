// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: the path of a stepping-stone upgrade, drawn over the graph.
#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "PathCalloutItem.h"

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

// Beside the component's box, at its top right corner.
void GraphScene::placePathCallout()
{
    const NodeItem *node = nodeItem(m_path.component);
    m_pathCallout->setVisible(node && node->isVisible());
    if (node)
        m_pathCallout->setPos(node->pos() + node->box().topRight() + QPointF(12, 0));
}

} // namespace planner
