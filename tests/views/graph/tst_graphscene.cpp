// SPDX-License-Identifier: GPL-3.0-or-later
// The graph scene follows the estate: one box per component and one edge per dependency after
// every kind of change, laid out with dependents above their dependencies, edits through the
// undo stack, filters, highlights, conflicts and the shared selection.
#include "GraphFixture.h"
#include "commands/AddComponentCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "generator/EstateGenerator.h"
#include "graph/EdgeItem.h"
#include "graph/GraphScene.h"
#include "graph/NodeItem.h"
#include "graph/SiteBoxItem.h"
#include "itemmodels/ComponentSelection.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace planner;

namespace {

QStringList visibleIds(const GraphScene &scene)
{
    QStringList ids;
    for (const NodeItem *node : scene.nodeItems())
        if (node->isVisible())
            ids.append(node->componentId());
    ids.sort();
    return ids;
}

int visibleEdges(const GraphScene &scene)
{
    int n = 0;
    for (const EdgeItem *edge : scene.edgeItems())
        n += edge->isVisible() ? 1 : 0;
    return n;
}

// Every item mirrors the estate row for row.
void checkMirrors(const GraphScene &scene)
{
    const Estate &estate = scene.estate();
    QCOMPARE(scene.nodeItems().size(), estate.componentCount());
    QCOMPARE(scene.edgeItems().size(), estate.dependencyCount());
    for (int i = 0; i < estate.componentCount(); ++i)
        QCOMPARE(scene.nodeItems()[i]->componentId(), estate.component(i).id);
    for (int i = 0; i < estate.dependencyCount(); ++i) {
        QCOMPARE(scene.edgeItems()[i]->from(), estate.dependency(i).from);
        QCOMPARE(scene.edgeItems()[i]->to(), estate.dependency(i).to);
    }
    int nodes = 0, edges = 0;
    for (const QGraphicsItem *item : scene.items()) {
        nodes += item->type() == NodeItem::Type ? 1 : 0;
        edges += item->type() == EdgeItem::Type ? 1 : 0;
    }
    QCOMPARE(nodes, estate.componentCount());
    QCOMPARE(edges, estate.dependencyCount());
}

using Fixture = graphtest::SceneFixture;

} // namespace

class TestGraphScene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsFollowTheStore();
    void layoutPutsDependentsAbove();
    void bigEstatesAreLaidOutInAWorker();
    void editsGoThroughTheUndoStack();
    void manualPositionsSurviveRelayoutAndUndo();
    void groupingBySiteDrawsSiteBoxes();
    void filtersHideNodesAndTheirEdges();
    void impactViewFollowsTheSelection();
    void selectionInStepBothWays();
    void conflictsAndHighlights();
};

void TestGraphScene::itemsFollowTheStore()
{
    Fixture f;
    checkMirrors(f.scene);

    f.stack.push(
        new AddComponentCommand(&f.store,
                                graphtest::component("cache", "Cache", ComponentKind::Middleware,
                                                     "7.0", nullptr, "fra", Criticality::Medium),
                                2));
    checkMirrors(f.scene);
    QVERIFY(f.node("cache"));

    f.stack.push(new RemoveComponentsCommand(&f.store, {QStringLiteral("api")}));
    checkMirrors(f.scene);
    QVERIFY(!f.node("api"));
    QCOMPARE(f.scene.edgeItems().size(), 4); // web->api, api->db, api->mq went with it

    f.stack.undo();
    f.stack.undo();
    checkMirrors(f.scene);
    QCOMPARE(f.scene.nodeItems().size(), 8);

    Estate other;
    other.appendComponent(
        graphtest::component("a", "A", ComponentKind::Server, "1", nullptr, "", Criticality::Low));
    f.store.reset(other);
    checkMirrors(f.scene);
    f.scene.waitForLayout();
    QCOMPARE(f.scene.layout().nodes.size(), 1);
}

void TestGraphScene::layoutPutsDependentsAbove()
{
    Fixture f;
    const Estate &estate = f.scene.estate();
    for (int i = 0; i < estate.componentCount(); ++i)
        QCOMPARE(f.scene.nodeItems()[i]->pos(), f.scene.layout().nodes[i].centre);
    for (const EdgeItem *edge : f.scene.edgeItems()) {
        QVERIFY(edge->isVisible());
        QVERIFY2(f.scene.nodeItem(edge->from())->y() < f.scene.nodeItem(edge->to())->y(),
                 qPrintable(edge->from() + QLatin1String(" -> ") + edge->to()));
        // The route runs from the dependent's box to the dependency's box.
        const QRectF fromBox = f.scene.nodeItem(edge->from())->sceneBoundingRect();
        const QRectF toBox = f.scene.nodeItem(edge->to())->sceneBoundingRect();
        QVERIFY(fromBox.contains(edge->route().first()));
        QVERIFY(toBox.contains(edge->route().last()));
    }
    // The boxes have the layout's sizes and show name and versions.
    const NodeItem *db = f.node("db");
    QCOMPARE(db->content().title, QStringLiteral("Orders database"));
    QCOMPARE(db->content().versionLine, QStringLiteral("12.20 \u2192 16.6"));
    QCOMPARE(db->content().site, QStringLiteral("Frankfurt DC"));
    QCOMPARE(db->size(), f.scene.layout().nodes[2].size);
}

void TestGraphScene::bigEstatesAreLaidOutInAWorker()
{
    EstateStore store;
    store.reset(generateEstate({300, 7}));
    GraphScene scene(&store, nullptr, nullptr);
    scene.setAsyncThreshold(100);
    QSignalSpy started(&scene, &GraphScene::layoutStarted);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    QVERIFY(scene.isLayoutPending());
    QVERIFY(finished.wait(20000));
    QCOMPARE(started.size(), 1);
    QVERIFY(!scene.isLayoutPending());
    checkMirrors(scene);
    QCOMPARE(scene.nodeItems().first()->pos(), scene.layout().nodes.first().centre);
    // Read-only: boxes cannot be dragged.
    QVERIFY(!(scene.nodeItems().first()->flags() & QGraphicsItem::ItemIsMovable));
}

void TestGraphScene::editsGoThroughTheUndoStack()
{
    Fixture f;
    const int dependencies = f.store.estate().dependencyCount();
    QVERIFY(
        !f.scene.editor().connectRefusal(QStringLiteral("web"), QStringLiteral("api")).isEmpty());
    QVERIFY(
        !f.scene.editor().connectRefusal(QStringLiteral("web"), QStringLiteral("web")).isEmpty());
    QVERIFY(!f.scene.editor().connect(QStringLiteral("web"), QStringLiteral("mq"),
                                      QStringLiteral(">=3 <<")));
    QCOMPARE(f.store.estate().dependencyCount(), dependencies);

    QVERIFY(f.scene.editor().connect(QStringLiteral("web"), QStringLiteral("mq"),
                                     QStringLiteral(">=3.8")));
    QCOMPARE(f.store.estate().dependencyCount(), dependencies + 1);
    QCOMPARE(f.store.estate().dependencies().last().requirement->text(), QStringLiteral(">=3.8"));
    checkMirrors(f.scene);
    QVERIFY(f.scene.edgeItems().last()->isVisible());
    f.stack.undo();
    QCOMPARE(f.store.estate().dependencyCount(), dependencies);
    checkMirrors(f.scene);

    QVERIFY(f.scene.editor().rename(QStringLiteral("db"), QStringLiteral("Orders DB")));
    QCOMPARE(f.store.estate().find(QStringLiteral("db"))->name, QStringLiteral("Orders DB"));
    QCOMPARE(f.node("db")->content().title, QStringLiteral("Orders DB"));
    f.stack.undo();
    QCOMPARE(f.node("db")->content().title, QStringLiteral("Orders database"));

    const int steps = f.stack.index();
    f.scene.editor().remove({QStringLiteral("lonely")}, {0}); // and web -> api
    QCOMPARE(f.stack.index(), steps + 1);                     // one undo step
    QVERIFY(!f.node("lonely"));
    QCOMPARE(f.store.estate().dependencyCount(), dependencies - 1);
    checkMirrors(f.scene);
    f.stack.undo();
    QCOMPARE(f.store.estate(), graphtest::smallEstate());
    checkMirrors(f.scene);
}

void TestGraphScene::manualPositionsSurviveRelayoutAndUndo()
{
    Fixture f;
    const QPointF automatic = f.node("db")->pos();
    f.scene.editor().move({{QStringLiteral("db"), QPoint(900, 700)}});
    QCOMPARE(f.store.estate().manualPositions.value(QStringLiteral("db")), QPoint(900, 700));
    QCOMPARE(f.node("db")->pos(), QPointF(900, 700));
    // Its edges follow the box at once.
    const EdgeItem *apiDb = f.scene.edgeItems()[1];
    QVERIFY(f.node("db")->sceneBoundingRect().contains(apiDb->route().last()));

    f.scene.relayout();
    f.scene.waitForLayout();
    QCOMPARE(f.node("db")->pos(), QPointF(900, 700));
    QVERIFY(f.scene.layout().nodes[2].fixed);
    QVERIFY(f.node("db")->sceneBoundingRect().contains(apiDb->route().last()));

    f.stack.undo();
    QVERIFY(f.store.estate().manualPositions.isEmpty());
    f.scene.waitForLayout(); // the layout had kept it in place: it places it again
    QCOMPARE(f.node("db")->pos(), automatic);
}

void TestGraphScene::groupingBySiteDrawsSiteBoxes()
{
    Fixture f;
    QVERIFY(f.scene.siteBoxes().isEmpty());
    f.scene.setGroupBySite(true);
    f.scene.waitForLayout();
    QCOMPARE(f.scene.siteBoxes().size(), 2);
    QStringList labels;
    for (const SiteBoxItem *box : f.scene.siteBoxes()) {
        labels.append(box->label());
        for (const NodeItem *node : f.scene.nodeItems()) {
            const Component *c = f.store.estate().find(node->componentId());
            if (c->site == box->siteId())
                QVERIFY(box->box().contains(node->sceneBoundingRect().center()));
        }
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{"Berlin DC", "Frankfurt DC"}));
    // Grouped, the box says the site: the component's own line does not repeat it.
    QVERIFY(f.node("db")->content().site.isEmpty());
}

void TestGraphScene::filtersHideNodesAndTheirEdges()
{
    Fixture f;
    GraphFilter filter;
    filter.site = QStringLiteral("ber");
    f.scene.model().setFilter(filter);
    QCOMPARE(visibleIds(f.scene), (QStringList{"batch", "lonely", "mq", "os2"}));
    QCOMPARE(visibleEdges(f.scene), 2); // mq -> os2, batch -> mq

    filter = {};
    filter.minimumCriticality = Criticality::High;
    f.scene.model().setFilter(filter);
    QCOMPARE(visibleIds(f.scene), (QStringList{"api", "db", "web"}));
    QCOMPARE(visibleEdges(f.scene), 2);
    QVERIFY(f.scene.graphBounds().contains(f.node("web")->sceneBoundingRect()));
    QVERIFY(!f.scene.graphBounds().contains(f.node("os2")->sceneBoundingRect()));

    f.scene.model().setFilter({});
    QCOMPARE(visibleIds(f.scene).size(), 8);
    QCOMPARE(visibleEdges(f.scene), 7);
}

void TestGraphScene::impactViewFollowsTheSelection()
{
    Fixture f;
    GraphFilter filter;
    filter.impact = ImpactDirection::Dependents;
    f.scene.model().setFilter(filter);
    QCOMPARE(visibleIds(f.scene).size(), 8); // nothing selected yet

    f.selection.setSelection({QStringLiteral("db")});
    QCOMPARE(visibleIds(f.scene), (QStringList{"api", "batch", "db", "web"}));
    QCOMPARE(visibleEdges(f.scene), 3);

    // Selecting a component the impact view hides shows its impact instead.
    f.selection.setSelection({QStringLiteral("mq")});
    QCOMPARE(visibleIds(f.scene), (QStringList{"api", "batch", "mq", "web"}));
    QVERIFY(f.node("mq")->isSelected());

    filter.impact = ImpactDirection::Dependencies;
    f.scene.model().setFilter(filter);
    QCOMPARE(visibleIds(f.scene), (QStringList{"mq", "os2"}));
    // The filter does not change the document's selection.
    QCOMPARE(f.selection.selectedIds(), QStringList{"mq"});
}

void TestGraphScene::selectionInStepBothWays()
{
    Fixture f;
    QSignalSpy documentChanges(&f.selection, &ComponentSelection::selectionChanged);

    f.selection.setSelection({QStringLiteral("api"), QStringLiteral("os1")});
    QVERIFY(f.node("api")->isSelected());
    QVERIFY(f.node("os1")->isSelected());
    QVERIFY(!f.node("db")->isSelected());
    QCOMPARE(documentChanges.size(), 1); // the scene did not echo it back
    // The selected components' dependencies stand out.
    QVERIFY(f.scene.model().isEdgeEmphasised(QStringLiteral("web"), QStringLiteral("api")));
    QVERIFY(!f.scene.model().isEdgeEmphasised(QStringLiteral("mq"), QStringLiteral("os2")));

    f.scene.clearSelection();
    f.node("db")->setSelected(true);
    QCOMPARE(f.selection.selectedIds(), QStringList{"db"});
    QCOMPARE(documentChanges.last().at(1).value<QObject *>(), &f.scene);

    f.selection.clear();
    QVERIFY(f.scene.selectedItems().isEmpty());
}

void TestGraphScene::conflictsAndHighlights()
{
    Fixture f;
    const QString message = QStringLiteral("Web shop 5.0 needs Orders API >=3");
    f.scene.model().setConflicts({{QStringLiteral("web"), {message}}});
    QVERIFY(f.scene.model().nodeLook(QStringLiteral("web")).conflict);
    QVERIFY(!f.scene.model().nodeLook(QStringLiteral("api")).conflict);
    const QString tip = f.scene.toolTipFor(f.node("web"));
    QVERIFY2(tip.contains(message.toHtmlEscaped()), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Web shop")));
    QVERIFY(f.scene.toolTipFor(f.scene.edgeItems().first()).contains(QStringLiteral("depends on")));

    f.scene.model().setHighlightedComponents({QStringLiteral("api"), QStringLiteral("db")}, Qt::magenta);
    QVERIFY(f.scene.model().nodeLook(QStringLiteral("db")).highlight);
    QCOMPARE(f.scene.model().nodeLook(QStringLiteral("db")).highlight->color().rgb(),
             QColor(Qt::magenta).rgb());
    QVERIFY(!f.scene.model().nodeLook(QStringLiteral("web")).highlight);
    QVERIFY(f.scene.model().edgeHighlight(QStringLiteral("api"), QStringLiteral("db")));
    QVERIFY(!f.scene.model().edgeHighlight(QStringLiteral("web"), QStringLiteral("api")));
    f.scene.model().setHighlightedComponents({}, Qt::magenta);
    QVERIFY(!f.scene.model().nodeLook(QStringLiteral("db")).highlight);
}

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
