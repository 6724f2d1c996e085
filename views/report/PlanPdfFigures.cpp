// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency graph of the moving components and the timeline, drawn by the graph scene and
// the timeline view themselves (vector drawing into the PDF page).
#include "PlanPdfSections.h"

#include "graph/GraphScene.h"
#include "inventory/EstateStore.h"
#include "timeline/TimelineView.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <memory>

namespace planner::pdf {

using namespace report;

namespace {

/// Below this many points per scene pixel the boxes' names are too small to read on paper.
constexpr qreal readableScale = 0.42;

/// The moving components and those directly connected to them, with the dependencies
/// between them.
Estate movingNeighbourhood(const PlanDocument &p, QStringList *moving)
{
    QSet<QString> moves, shown;
    for (const PlanMove &m : p.moves) {
        moves.insert(m.component);
        moving->append(m.component);
    }
    shown = moves;
    for (const Dependency &d : p.estate.dependencies())
        if (moves.contains(d.from) || moves.contains(d.to)) {
            shown.insert(d.from);
            shown.insert(d.to);
        }
    Estate sub;
    sub.project = p.estate.project;
    sub.sites = p.estate.sites;
    for (const Component &c : p.estate.components())
        if (shown.contains(c.id))
            sub.appendComponent(c);
    for (const Dependency &d : p.estate.dependencies())
        if (sub.indexOf(d.from) >= 0 && sub.indexOf(d.to) >= 0)
            sub.appendDependency(d);
    for (auto it = p.estate.manualPositions.cbegin(); it != p.estate.manualPositions.cend(); ++it)
        if (shown.contains(it.key()))
            sub.manualPositions.insert(it.key(), it.value());
    return sub;
}

/// The content area of a landscape page in points, less a heading and a caption.
QSizeF landscapeRoom(const Context &c)
{
    QSizeF page = QPageSize(c.options.pageSize).size(QPageSize::Point).transposed();
    return QSizeF(page.width() - 96, page.height() - 124 - 90);
}

} // namespace

void addGraph(ReportDocument &doc, const Context &c)
{
    struct Graph
    {
        EstateStore store;
        std::unique_ptr<GraphScene> scene;
    };
    auto graph = std::make_shared<Graph>();
    QStringList moving;
    graph->store.reset(movingNeighbourhood(c.plan, &moving));
    graph->scene = std::make_unique<GraphScene>(&graph->store, nullptr, nullptr);
    graph->scene->waitForLayout();
    graph->scene->model().setHighlightedComponents(moving, QColor(0x1f, 0x5f, 0xd0));
    QHash<QString, QStringList> conflicts;
    for (const Conflict *risk : c.openRisks())
        for (const QString &id : risk->components)
            conflicts[id].append(risk->message);
    graph->scene->model().setConflicts(conflicts);

    QRectF area = graph->scene->graphBounds();
    if (area.isEmpty())
        area = QRectF(0, 0, 200, 100);
    area.adjust(-20, -20, 20, 20);
    const QSizeF room = landscapeRoom(c);
    const qreal scale = std::min(room.width() / area.width(), room.height() / area.height());

    QString caption = tr("The %n moving component(s), outlined in blue, and the components "
                         "directly connected to them. Each box shows the name and the current "
                         "and target versions; an arrow points from a component to one it "
                         "depends on. Red: involved in a conflict not waived.",
                         int(moving.size()));
    if (scale < readableScale)
        caption += u' '
                   + tr("With %n components the names are too small to read at 100 %: "
                        "zoom into this page, or see the full graph in the SVG export "
                        "(upgrade-planner export --format svg).",
                        graph->store.estate().componentCount());
    doc.figurePage(
        tr("Dependency graph of the moving components"), caption,
        [graph, area](QPainter *p, const QRectF &target) { graph->scene->render(p, target, area); },
        area.width() / area.height());
}

void addTimeline(ReportDocument &doc, const Context &c)
{
    auto view = std::make_shared<TimelineView>();
    view->setSchedule(c.plan.estate, c.plan.schedule);
    const QString caption = tr(
        "The whole plan in time. Shaded bands are the maintenance windows (freezes in a "
        "different shade); each row is one step, its bar coloured by phase as the legend "
        "says. The pale part after a bar is the time kept to undo the step; the red tick is "
        "its point of no return. The steps of each window, with their times, follow in the "
        "next section.");
    const QSizeF room = landscapeRoom(c);
    doc.figurePage(
        tr("Timeline"), caption,
        [view](QPainter *p, const QRectF &target) {
            const qreal points = p->device()->logicalDpiX() / 72.0;
            const QSize layout = (target.size() / points * 1.35).toSize();
            view->renderChart(p, target, layout);
        },
        room.width() / room.height());
}

} // namespace planner::pdf
