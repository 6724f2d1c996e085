// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: running the layered layout (in a worker for big estates) and placing the items.
#include "GraphScene.h"

#include "EdgeItem.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace planner {

namespace {

// Room around the drawing, so that any box can be centred and the view panned past the edges.
constexpr double sceneMargin = 1500.0;

// Where the line from the centre of a box of @p size at @p centre towards @p towards leaves it.
QPointF borderPoint(const QPointF &centre, const QSizeF &size, const QPointF &towards)
{
    const QPointF d = towards - centre;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return centre;
    const double tx = std::abs(d.x()) < 1e-9 ? 1e18 : size.width() / 2 / std::abs(d.x());
    const double ty = std::abs(d.y()) < 1e-9 ? 1e18 : size.height() / 2 / std::abs(d.y());
    return centre + d * std::min({tx, ty, 1.0});
}

} // namespace

void GraphScene::setLayoutOptions(const LayoutOptions &options)
{
    const bool grouping = options.groupBySite != m_options.groupBySite;
    m_options = options;
    if (grouping)
        for (int row = 0; row < m_nodes.size(); ++row)
            updateNodeContent(row);
    ++m_input;
    m_layoutTimer.start();
}

void GraphScene::setGroupBySite(bool on)
{
    if (on == m_options.groupBySite)
        return;
    LayoutOptions options = m_options;
    options.groupBySite = on;
    setLayoutOptions(options);
}

void GraphScene::relayout()
{
    ++m_input;
    startLayout();
}

bool GraphScene::isLayoutPending() const
{
    return m_layoutTimer.isActive() || m_layoutRunning;
}

void GraphScene::waitForLayout()
{
    while (isLayoutPending()) {
        if (!m_layoutRunning) {
            startLayout();
            continue;
        }
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(); // delivers the watcher's finished()
    }
}

void GraphScene::startLayout()
{
    m_layoutTimer.stop();
    if (m_layoutRunning) {
        m_runAgain = true;
        return;
    }
    const Estate snapshot = estate();
    m_runningInput = m_input;
    m_runningStructure = m_structure;
    if (snapshot.componentCount() <= m_asyncThreshold) {
        applyLayout(layoutEstate(snapshot, m_options));
        Q_EMIT layoutFinished();
        return;
    }
    m_layoutRunning = true;
    Q_EMIT layoutStarted();
    m_watcher.setFuture(QtConcurrent::run(
        [snapshot, options = m_options] { return layoutEstate(snapshot, options); }));
}

void GraphScene::onLayoutDone()
{
    m_layoutRunning = false;
    const bool current = m_runningInput == m_input;
    if (current)
        applyLayout(m_watcher.result());
    if (!current || m_runAgain) {
        m_runAgain = false;
        startLayout();
        return;
    }
    Q_EMIT layoutFinished();
}

void GraphScene::applyLayout(const LayoutResult &result)
{
    flatChanged();
    m_layout = result;
    m_layoutStructure = m_runningStructure;
    m_layoutCentre.clear();
    m_layoutFixed.clear();
    m_layoutCentre.reserve(m_nodes.size());

    m_placing = true;
    for (int row = 0; row < m_nodes.size() && row < result.nodes.size(); ++row) {
        NodeItem *node = m_nodes[row];
        const NodePlacement &placement = result.nodes[row];
        m_layoutCentre.insert(node->componentId(), placement.centre);
        if (placement.fixed)
            m_layoutFixed.insert(node->componentId());
        if (node->size() != placement.size)
            updateNodeContent(row);
        node->setPos(placement.centre);
    }
    m_placing = false;

    for (int row = 0; row < m_edges.size(); ++row) {
        routeEdge(row);
        updateEdgeVisibility(row);
    }
    rebuildSiteBoxes();
    growSceneRect();
    Q_EMIT drawingChanged();
}

void GraphScene::applyManualPositions()
{
    flatChanged();
    const QMap<QString, QPoint> &manual = estate().manualPositions;
    bool needLayout = false;
    QStringList moved;
    m_placing = true;
    for (NodeItem *node : std::as_const(m_nodes)) {
        const QString &id = node->componentId();
        QPointF target;
        const auto it = manual.constFind(id);
        if (it != manual.cend()) {
            target = QPointF(*it);
        } else if (m_layoutFixed.contains(id)) {
            needLayout = true; // the last layout held it where the user had put it
            continue;
        } else if (const auto centre = m_layoutCentre.constFind(id);
                   centre != m_layoutCentre.cend()) {
            target = *centre;
        } else {
            continue;
        }
        if (node->pos() != target) {
            node->setPos(target);
            moved.append(id);
        }
    }
    m_placing = false;
    for (const QString &id : std::as_const(moved))
        routeEdgesOf(id);
    if (needLayout)
        m_layoutTimer.start();
    growSceneRect();
    Q_EMIT drawingChanged();
}

void GraphScene::rebuildSiteBoxes()
{
    flatChanged();
    qDeleteAll(m_siteBoxes);
    m_siteBoxes.clear();
    if (!m_options.groupBySite)
        return;
    const QList<Site> &sites = estate().sites;
    for (const GroupBox &group : std::as_const(m_layout.groups)) {
        const QString siteId = group.group >= 0 && group.group < sites.size()
                                   ? sites[group.group].id
                                   : QString();
        auto *box = new SiteBoxItem(siteId, group.label, group.box, group.labelPosition);
        addItem(box);
        m_siteBoxes.append(box);
    }
}

const QList<int> &GraphScene::edgesOf(const QString &id) const
{
    if (m_adjacencyStructure != m_structure) {
        m_adjacency.clear();
        const Estate &est = estate();
        for (int row = 0; row < est.dependencyCount(); ++row) {
            const Dependency &dep = est.dependency(row);
            m_adjacency[dep.from].append(row);
            if (dep.to != dep.from)
                m_adjacency[dep.to].append(row);
        }
        m_adjacencyStructure = m_structure;
    }
    static const QList<int> none;
    const auto it = m_adjacency.constFind(id);
    return it == m_adjacency.cend() ? none : *it;
}

void GraphScene::routeEdge(int row)
{
    flatChanged();
    EdgeItem *edge = m_edges[row];
    const Dependency &dep = estate().dependency(row);
    const NodeItem *from = nodeItem(dep.from);
    const NodeItem *to = nodeItem(dep.to);
    if (!from || !to || from == to) {
        edge->setRoute({}, false);
        return;
    }
    const auto atLayoutCentre = [this](const NodeItem *node) {
        const auto it = m_layoutCentre.constFind(node->componentId());
        return it != m_layoutCentre.cend() && (node->pos() - *it).manhattanLength() < 0.5;
    };
    bool reversed = false;
    if (m_layoutStructure == m_structure && row < m_layout.edges.size()) {
        const EdgeRoute &route = m_layout.edges[row];
        reversed = route.reversed;
        if (route.points.size() >= 2 && atLayoutCentre(from) && atLayoutCentre(to)) {
            edge->setRoute(route.points, route.reversed);
            return;
        }
    }
    // A box moved since the layout: a straight line until the next layout routes it.
    const QPointF a = from->pos();
    const QPointF b = to->pos();
    edge->setRoute({borderPoint(a, from->size(), b), borderPoint(b, to->size(), a)}, reversed);
}

void GraphScene::routeEdgesOf(const QString &id)
{
    for (int row : edgesOf(id))
        routeEdge(row);
}

void GraphScene::nodeMoved(NodeItem *node)
{
    flatChanged();
    if (m_placing)
        return;
    routeEdgesOf(node->componentId());
}

void GraphScene::growSceneRect()
{
    QRectF bounds = m_layout.bounds;
    for (const NodeItem *node : std::as_const(m_nodes))
        bounds |= node->sceneBoundingRect();
    bounds.adjust(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin);
    if (bounds != sceneRect())
        setSceneRect(bounds);
}

QRectF GraphScene::graphBounds() const
{
    QRectF bounds;
    for (const NodeItem *node : m_nodes)
        if (node->isVisible())
            bounds |= node->sceneBoundingRect();
    for (const EdgeItem *edge : m_edges)
        if (edge->isVisible())
            bounds |= edge->sceneBoundingRect();
    for (const SiteBoxItem *box : m_siteBoxes)
        if (box->isVisible())
            bounds |= box->sceneBoundingRect();
    return bounds;
}

} // namespace planner
