// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: the model's state on the items (they repaint when their look changes), which of
// them are shown (filters, impact view) and the selection kept in step both ways.
#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"
#include "itemmodels/ComponentSelection.h"

namespace planner {

void GraphScene::onLookChanged(const QSet<QString> &ids, GraphModel::Repaint what)
{
    flatChanged();
    const bool boxes = what != GraphModel::Repaint::Edges;
    const bool edges = what != GraphModel::Repaint::Boxes;
    for (const QString &id : ids) {
        if (boxes)
            if (NodeItem *node = nodeItem(id))
                node->update();
        if (edges)
            for (int row : edgesOf(id))
                m_edges[row]->update();
    }
    Q_EMIT drawingChanged();
}

void GraphScene::applyFilter()
{
    flatChanged();
    m_filterTimer.stop();
    const Estate &est = estate();
    const GraphFilter &filter = m_model.filter();
    const QSet<QString> &selected = m_model.selectedComponents();
    const QStringList seeds = m_selection ? m_selection->selectedIds()
                                          : QStringList(selected.cbegin(), selected.cend());
    const QList<bool> visible = visibleComponents(est, filter, seeds);
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
        box->setVisible(!filter.isActive() || shownSites.contains(box->siteId()));
    // Boxes the filter brings back get their selection back.
    for (const QString &id : selected)
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
    m_model.setSelectedComponents(ids);
    if (m_selection)
        m_selection->setSelection(ordered, this);
    if (m_model.filter().impact)
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
    m_model.setSelectedComponents(wanted);
    if (m_model.filter().impact)
        applyFilter();
}

} // namespace planner
