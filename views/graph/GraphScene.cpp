// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphScene.h"

#include "EdgeItem.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"
#include "itemmodels/ComponentSelection.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QToolTip>

namespace planner {

GraphScene::GraphScene(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
                       QObject *parent)
    : QGraphicsScene(parent)
    , m_store(store)
    , m_model(store)
    , m_editor(store, undoStack)
    , m_selection(selection)
{
    setItemIndexMethod(BspTreeIndex);
    setBackgroundBrush(Qt::white);

    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &GraphScene::startLayout);
    connect(&m_watcher, &QFutureWatcher<LayoutResult>::finished, this, &GraphScene::onLayoutDone);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(0);
    connect(&m_filterTimer, &QTimer::timeout, this, &GraphScene::applyFilter);
    connect(&m_model, &GraphModel::lookChanged, this, &GraphScene::onLookChanged);
    connect(&m_model, &GraphModel::pathChanged, this, &GraphScene::onPathChanged);
    connect(&m_model, &GraphModel::filterChanged, this, &GraphScene::applyFilter);

    connect(store, &EstateStore::wasReset, this, &GraphScene::rebuild);
    connect(store, &EstateStore::componentInserted, this, &GraphScene::onComponentInserted);
    connect(store, &EstateStore::componentRemoved, this, &GraphScene::onComponentRemoved);
    connect(store, &EstateStore::componentChanged, this, &GraphScene::onComponentChanged);
    connect(store, &EstateStore::dependencyInserted, this, &GraphScene::onDependencyInserted);
    connect(store, &EstateStore::dependencyRemoved, this, &GraphScene::onDependencyRemoved);
    connect(store, &EstateStore::dependencyChanged, this, &GraphScene::onDependencyChanged);
    connect(store, &EstateStore::sectionChanged, this, &GraphScene::onSectionChanged);

    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::onSceneSelectionChanged);
    if (m_selection)
        connect(m_selection, &ComponentSelection::selectionChanged, this,
                &GraphScene::onComponentSelectionChanged);

    rebuild();
}

GraphScene::~GraphScene()
{
    m_watcher.waitForFinished();
    // Items go now, while the members they report to still exist; nothing is echoed.
    m_syncingSelection = true;
    disconnect(this, nullptr, this, nullptr);
    disconnect(&m_model, nullptr, this, nullptr);
    clear();
    m_pathCallout = nullptr;
    m_nodes.clear();
    m_nodeById.clear();
    m_edges.clear();
    m_siteBoxes.clear();
}

void GraphScene::rebuild()
{
    flatChanged();
    m_syncingSelection = true;
    clear(); // deletes every item
    m_syncingSelection = false;
    m_nodes.clear();
    m_nodeById.clear();
    m_edges.clear();
    m_siteBoxes.clear();
    m_pathCallout = nullptr; // the path is the old estate's: the next plan brings a new one
    m_model.estateReset();
    m_layout = {};
    m_layoutCentre.clear();
    m_layoutFixed.clear();
    m_dragStart.clear();

    const Estate &estate = m_store->estate();
    m_nodes.reserve(estate.componentCount());
    m_nodeById.reserve(estate.componentCount());
    for (int row = 0; row < estate.componentCount(); ++row)
        m_nodes.append(createNode(row));
    for (int row = 0; row < estate.componentCount(); ++row)
        updateNodeContent(row);
    m_edges.reserve(estate.dependencyCount());
    for (int row = 0; row < estate.dependencyCount(); ++row)
        m_edges.append(createEdge(row));
    if (m_selection)
        onComponentSelectionChanged(m_selection->selectedIds(), nullptr);
    ++m_structure;
    ++m_input;
    applyFilter();
    m_layoutTimer.start(); // once control returns: options set meanwhile need no second run
}

NodeItem *GraphScene::createNode(int row)
{
    const Component &c = estate().component(row);
    auto *node = new NodeItem(c.id);
    node->setFlag(QGraphicsItem::ItemIsMovable, m_editor.canEdit());
    m_nodeById.insert(c.id, node);
    m_placing = true;
    addItem(node);
    m_placing = false;
    return node;
}

EdgeItem *GraphScene::createEdge(int row)
{
    const Dependency &dep = estate().dependency(row);
    auto *edge = new EdgeItem(dep.from, dep.to);
    addItem(edge);
    return edge;
}

void GraphScene::updateNodeContent(int row)
{
    flatChanged();
    const NodeContent content = m_model.nodeContent(row, !m_options.groupBySite);
    // Until the layout has measured it, a box gets the size the layout would give it.
    const bool laidOut = m_layoutStructure == m_structure && row < m_layout.nodes.size();
    const QSizeF size = laidOut ? m_layout.nodes[row].size
                                : estimatedNodeSize(content.title, content.versionLine);
    m_nodes[row]->setContent(content, size);
}

void GraphScene::onComponentInserted(int row)
{
    NodeItem *node = createNode(row);
    m_nodes.insert(row, node);
    structureChanged();
    updateNodeContent(row);
    // Until the layout places it: at its hand-placed position, or below the drawing.
    const QString &id = node->componentId();
    const auto manual = estate().manualPositions.constFind(id);
    const QRectF bounds = m_layout.bounds;
    m_placing = true;
    node->setPos(manual != estate().manualPositions.cend()
                     ? QPointF(*manual)
                     : QPointF(bounds.center().x(), bounds.bottom() + 60));
    m_placing = false;
    for (int r : edgesOf(node->componentId())) {
        routeEdge(r);
        updateEdgeVisibility(r);
    }
    growSceneRect();
    scheduleFilter();
}

void GraphScene::onComponentRemoved(int row)
{
    NodeItem *node = m_nodes.takeAt(row);
    m_nodeById.remove(node->componentId());
    m_model.componentRemoved(node->componentId());
    m_dragStart.remove(node->componentId());
    m_syncingSelection = true;
    delete node;
    m_syncingSelection = false;
    structureChanged();
}

void GraphScene::onComponentChanged(int row)
{
    NodeItem *node = m_nodes[row];
    const QString &id = estate().component(row).id;
    if (node->componentId() != id) {
        m_nodeById.remove(node->componentId());
        node->setComponentId(id);
        m_nodeById.insert(id, node);
    }
    structureChanged(); // the box may need another size
    updateNodeContent(row);
    scheduleFilter();
}

void GraphScene::onDependencyInserted(int row)
{
    m_edges.insert(row, createEdge(row));
    structureChanged();
    routeEdge(row);
    updateEdgeVisibility(row);
    if (m_model.filter().impact)
        scheduleFilter();
}

void GraphScene::onDependencyRemoved(int row)
{
    m_syncingSelection = true;
    delete m_edges.takeAt(row);
    m_syncingSelection = false;
    structureChanged();
    if (m_model.filter().impact)
        scheduleFilter();
}

void GraphScene::onDependencyChanged(int row)
{
    const Dependency &dep = estate().dependency(row);
    m_edges[row]->setEnds(dep.from, dep.to);
    structureChanged();
    routeEdge(row);
    updateEdgeVisibility(row);
    if (m_model.filter().impact)
        scheduleFilter();
}

void GraphScene::onSectionChanged(EstateStore::Section section)
{
    if (section == EstateStore::Section::Positions) {
        ++m_input;
        applyManualPositions();
    } else if (section == EstateStore::Section::Sites) {
        for (int row = 0; row < m_nodes.size(); ++row)
            updateNodeContent(row);
        if (m_options.groupBySite)
            structureChanged();
    }
}

void GraphScene::scheduleFilter()
{
    // Components that come and go change what the filter and the impact view let through.
    if (m_model.filter().isActive())
        m_filterTimer.start();
}

void GraphScene::structureChanged()
{
    flatChanged();
    ++m_structure;
    ++m_input;
    m_layoutTimer.start();
}

QString GraphScene::toolTipFor(const QGraphicsItem *item) const
{
    if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item))
        return m_model.componentToolTip(node->componentId());
    if (const auto *edge = qgraphicsitem_cast<const EdgeItem *>(item))
        return m_model.dependencyToolTip(int(m_edges.indexOf(const_cast<EdgeItem *>(edge))),
                                         edge->isReversed());
    return {};
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QList<QGraphicsItem *> under = items(event->scenePos(), Qt::IntersectsItemShape,
                                               Qt::DescendingOrder);
    QString text;
    for (const QGraphicsItem *item : under) {
        text = toolTipFor(item);
        if (!text.isEmpty())
            break;
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), text, event->widget());
    event->setAccepted(!text.isEmpty());
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() != Qt::LeftButton || !m_editor.canEdit())
        return;
    for (QGraphicsItem *item : selectedItems())
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            m_dragStart.insert(node->componentId(), node->pos());
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_dragStart.isEmpty())
        return;
    QMap<QString, QPoint> moved;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        const NodeItem *node = nodeItem(it.key());
        if (node && (node->pos() - it.value()).manhattanLength() >= 1.0)
            moved.insert(it.key(), node->pos().toPoint());
    }
    m_dragStart.clear();
    m_editor.move(moved);
}

} // namespace planner
