// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: what the items read when they paint (conflicts, highlights, search, selection)
// and which of them are shown (filters, impact view).
#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"
#include "itemmodels/ComponentSelection.h"

namespace planner {

void GraphScene::setConflicts(const QHash<QString, QStringList> &messages)
{
    flatChanged();
    QSet<QString> touched;
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it)
        touched.insert(it.key());
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        touched.insert(it.key());
    m_conflicts = messages;
    for (const QString &id : std::as_const(touched))
        if (NodeItem *node = nodeItem(id))
            node->update();
    Q_EMIT drawingChanged();
}

void GraphScene::setHighlightedComponents(const QStringList &ids, const QColor &colour)
{
    flatChanged();
    QSet<QString> touched = m_highlighted;
    m_highlighted = QSet<QString>(ids.cbegin(), ids.cend());
    touched.unite(m_highlighted);
    QColor halo = colour;
    halo.setAlpha(200);
    m_highlightPen = QPen(halo, 9.0);
    m_highlightPen.setJoinStyle(Qt::RoundJoin);
    m_highlightEdgePen = QPen(colour, 2.6);
    m_highlightEdgePen.setJoinStyle(Qt::RoundJoin);
    m_highlightFlatPen = QPen(colour, 1.5);
    m_highlightFlatPen.setCosmetic(true);
    m_highlightDotPen = GraphStyle::dotPen(QBrush(colour), 3.0);
    repaintComponents(touched);
}

void GraphScene::repaintComponents(const QSet<QString> &ids)
{
    for (const QString &id : ids) {
        if (NodeItem *node = nodeItem(id))
            node->update();
        for (int row : edgesOf(id))
            m_edges[row]->update();
    }
    Q_EMIT drawingChanged();
}

void GraphScene::setSearchHit(const QString &id)
{
    if (id == m_searchHit)
        return;
    flatChanged();
    if (NodeItem *old = nodeItem(m_searchHit))
        old->update();
    m_searchHit = id;
    if (NodeItem *node = nodeItem(id))
        node->update();
}

GraphScene::NodeLook GraphScene::nodeLook(const QString &id) const
{
    NodeLook look;
    look.conflict = !m_conflicts.isEmpty() && m_conflicts.contains(id);
    look.searchHit = !m_searchHit.isEmpty() && id == m_searchHit;
    if (!m_pathMarks.isEmpty()) {
        look.pathMarks = m_pathMarks.value(id);
        if (!look.pathMarks.isEmpty())
            look.highlight = &GraphStyle::instance().pathHaloPen;
    }
    if (!look.highlight && !m_highlighted.isEmpty() && m_highlighted.contains(id))
        look.highlight = &m_highlightPen;
    return look;
}

bool GraphScene::isEdgeEmphasised(const QString &from, const QString &to) const
{
    return !m_selectedIds.isEmpty() && (m_selectedIds.contains(from) || m_selectedIds.contains(to));
}

const QPen *GraphScene::edgeHighlight(const QString &from, const QString &to) const
{
    if (!m_pathNeighbours.isEmpty()
        && ((from == m_path.component && m_pathNeighbours.contains(to))
            || (to == m_path.component && m_pathNeighbours.contains(from))))
        return &GraphStyle::instance().pathEdgePen;
    if (m_highlighted.isEmpty() || !m_highlighted.contains(from) || !m_highlighted.contains(to))
        return nullptr;
    return &m_highlightEdgePen;
}

void GraphScene::setFilter(const GraphFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
    Q_EMIT filterChanged(m_filter);
}

void GraphScene::applyFilter()
{
    flatChanged();
    m_filterTimer.stop();
    const Estate &est = estate();
    const QStringList seeds = m_selection
                                  ? m_selection->selectedIds()
                                  : QStringList(m_selectedIds.cbegin(), m_selectedIds.cend());
    const QList<bool> visible = visibleComponents(est, m_filter, seeds);
    // Hiding a box deselects it; that is the filter's doing, not the user's choice.
    m_syncingSelection = true;
    QSet<QString> shownSites;
    for (int row = 0; row < m_nodes.size() && row < visible.size(); ++row) {
        m_nodes[row]->setVisible(visible[row]);
        if (visible[row])
            shownSites.insert(est.component(row).site);
    }
    for (int row = 0; row < m_edges.size(); ++row)
        updateEdgeVisibility(row);
    for (SiteBoxItem *box : std::as_const(m_siteBoxes))
        box->setVisible(!m_filter.isActive() || shownSites.contains(box->siteId()));
    // Boxes the filter brings back get their selection back.
    for (const QString &id : std::as_const(m_selectedIds))
        if (NodeItem *node = nodeItem(id); node && node->isVisible() && !node->isSelected())
            node->setSelected(true);
    m_syncingSelection = false;
    Q_EMIT drawingChanged();
}

void GraphScene::updateEdgeVisibility(int row)
{
    flatChanged();
    EdgeItem *edge = m_edges[row];
    const NodeItem *from = nodeItem(edge->from());
    const NodeItem *to = nodeItem(edge->to());
    edge->setVisible(edge->hasRoute() && from && to && from->isVisible() && to->isVisible());
}

void GraphScene::onSceneSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QSet<QString> ids;
    QStringList ordered;
    for (QGraphicsItem *item : selectedItems()) {
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item)) {
            ids.insert(node->componentId());
            ordered.append(node->componentId());
        }
    }
    // Keep the document's order for ids that stay selected, so the table does not jump.
    if (m_selection) {
        QStringList kept;
        for (const QString &id : m_selection->selectedIds())
            if (ids.contains(id))
                kept.append(id);
        for (const QString &id : std::as_const(ordered))
            if (!kept.contains(id))
                kept.append(id);
        ordered = kept;
    }
    selectionNowIs(ids);
    if (m_selection)
        m_selection->setSelection(ordered, this);
    if (m_filter.impact)
        applyFilter();
}

void GraphScene::onComponentSelectionChanged(const QStringList &ids, QObject *source)
{
    if (source == this)
        return;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    m_syncingSelection = true;
    for (QGraphicsItem *item : selectedItems()) {
        const auto *node = qgraphicsitem_cast<const NodeItem *>(item);
        if (!node || !wanted.contains(node->componentId()))
            item->setSelected(false);
    }
    for (const QString &id : ids)
        if (NodeItem *node = nodeItem(id))
            node->setSelected(true);
    m_syncingSelection = false;
    selectionNowIs(wanted);
    if (m_filter.impact)
        applyFilter();
}

void GraphScene::selectionNowIs(const QSet<QString> &ids)
{
    flatChanged();
    // The dependencies of newly (de)selected components change their emphasis.
    QSet<QString> touched = m_selectedIds;
    touched.unite(ids);
    for (const QString &id : std::as_const(touched)) {
        if (m_selectedIds.contains(id) == ids.contains(id))
            continue;
        for (int row : edgesOf(id))
            m_edges[row]->update();
    }
    m_selectedIds = ids;
}

} // namespace planner
