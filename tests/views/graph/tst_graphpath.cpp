// SPDX-License-Identifier: GPL-3.0-or-later
// The path of a stepping-stone upgrade drawn over the graph: the component and the neighbours
// whose moves come between its hops, numbered boxes, the dependencies between them in the
// path colour, and the callout listing the moves with their waves.
#include "GraphFixture.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "graph/NodeItem.h"
#include "graph/PathCalloutItem.h"
#include "itemmodels/ComponentSelection.h"
#include "planning/UpgradePath.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <limits>

using namespace planner;

namespace {

struct Fixture : graphtest::SceneFixture
{
    NodeLook look(const char *id) const
    {
        return scene.model().nodeLook(QString::fromLatin1(id));
    }
};

PlanStep step(const char *component, const char *from, const char *to, int wave, bool stone = false)
{
    PlanStep s;
    s.component = QString::fromLatin1(component);
    s.from = *Version::parse(QString::fromLatin1(from));
    s.to = *Version::parse(QString::fromLatin1(to));
    s.wave = wave;
    s.steppingStone = stone;
    return s;
}

// The database stops at 14 while its host moves; the web shop (no neighbour of the database)
// moves meanwhile too.
UpgradePlan plan()
{
    UpgradePlan p;
    p.steps = {step("db", "12.20", "14.13", 1, true), step("os1", "11", "12", 2),
               step("web", "4.2", "5.0", 2), step("db", "14.13", "16.6", 3)};
    return p;
}

int pixelsOf(const QImage &image, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == colour;
    return n;
}

} // namespace

class TestGraphPath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbersTheBoxesAndColoursTheEdges();
    void calloutListsTheMovesBesideTheComponent();
    void calloutHidesTheFewestBoxes();
    void drawnNearAndFar();
    void clearedByAnEmptyPathAndANewEstate();
};

void TestGraphPath::numbersTheBoxesAndColoursTheEdges()
{
    Fixture f;
    const UpgradePath path = upgradePathOf(plan(), f.scene.estate(), QStringLiteral("db"));
    QVERIFY(path.isMultiHop());
    QSignalSpy drawing(&f.scene, &GraphScene::drawingChanged);
    f.scene.model().setUpgradePath(path);
    QCOMPARE(drawing.size(), 1);
    const GraphStyle &style = GraphStyle::instance();
    QCOMPARE(f.look("db").pathMarks, QStringLiteral("1 3"));
    QCOMPARE(f.look("os1").pathMarks, QStringLiteral("2"));
    QCOMPARE(f.look("web").pathMarks, QString()); // moves, but not next to the database
    QCOMPARE(f.look("db").highlight, &style.pathHaloPen);
    QCOMPARE(f.look("api").highlight, nullptr);
    QCOMPARE(f.scene.model().edgeHighlight(QStringLiteral("db"), QStringLiteral("os1")), &style.pathEdgePen);
    QCOMPARE(f.scene.model().edgeHighlight(QStringLiteral("api"), QStringLiteral("db")), nullptr);

    // Over the wave: the path's boxes keep the path colour, the others the wave's.
    f.scene.model().setHighlightedComponents({QStringLiteral("db"), QStringLiteral("web")}, Qt::blue);
    QCOMPARE(f.look("db").highlight, &style.pathHaloPen);
    QVERIFY(f.look("web").highlight && f.look("web").highlight != &style.pathHaloPen);
}

void TestGraphPath::calloutListsTheMovesBesideTheComponent()
{
    Fixture f;
    QVERIFY(!f.scene.pathCallout());
    f.scene.model().setUpgradePath(upgradePathOf(plan(), f.scene.estate(), QStringLiteral("db")));
    const PathCalloutItem *callout = f.scene.pathCallout();
    QVERIFY(callout && callout->isVisible());
    QCOMPARE(callout->lines(),
             QStringList({u"Upgrade path of Orders database: 12.20 \u2192 14.13 \u2192 16.6"_qs,
                          u"1.  wave 1: Orders database 12.20 \u2192 14.13 (stepping stone)"_qs,
                          u"2.  wave 2: Linux db host 11 \u2192 12"_qs,
                          u"3.  wave 3: Orders database 14.13 \u2192 16.6"_qs}));
    // Beside the database's box, and it follows the box when the box moves: far right of
    // everything, the callout goes right of it.
    const NodeItem *db = f.node("db");
    const QRectF graph = f.scene.graphBounds();
    f.node("db")->setPos(QPointF(graph.right() + 400, db->pos().y()));
    QCOMPARE(callout->pos().x() - (db->pos().x() + db->box().right()), 12.0);
    QCOMPARE(callout->pos().y(), db->pos().y() + db->box().top());
    QVERIFY(callout->flags().testFlag(QGraphicsItem::ItemIgnoresTransformations));
}

namespace {

QRectF sceneBox(const NodeItem *node)
{
    return node->box().translated(node->pos());
}

} // namespace

// Boxes right of the database, where the callout used to go: it goes where it hides none, and
// moves again when the zoom makes it bigger in the scene.
void TestGraphPath::calloutHidesTheFewestBoxes()
{
    Fixture f;
    const NodeItem *db = f.node("db");
    // The host and the broker just right of the database, one under the other.
    const QRectF dbBox = sceneBox(db);
    f.node("os1")->setPos(
        QPointF(dbBox.right() + 12 + f.node("os1")->box().width() / 2 + 10, db->pos().y()));
    f.node("mq")->setPos(QPointF(f.node("os1")->pos().x(), db->pos().y() + 60));
    f.scene.model().setUpgradePath(upgradePathOf(plan(), f.scene.estate(), QStringLiteral("db")));
    const PathCalloutItem *callout = f.scene.pathCallout();
    QVERIFY(callout);
    const QRectF right(QPointF(dbBox.right() + 12, dbBox.top()), callout->boundingRect().size());
    QVERIFY(f.scene.pathCalloutCover(right) >= 3); // the host is on the path: it counts three
    const QRectF placed(callout->pos(), callout->boundingRect().size());
    QCOMPARE(f.scene.pathCalloutCover(placed), 0);
    for (const NodeItem *node : f.scene.nodeItems())
        QVERIFY2(!placed.intersects(sceneBox(node)), qPrintable(node->componentId()));
    // Beside the box: touching its sides' lines, not somewhere far away.
    QVERIFY(placed.adjusted(-13, -13, 13, 13).intersects(dbBox));

    // Zoomed out to a quarter, the callout is four times bigger in the scene.
    f.scene.setPathCalloutZoom(0.25);
    const QRectF far(callout->pos(), callout->boundingRect().size() * 4);
    int fewest = std::numeric_limits<int>::max();
    const QSizeF size = far.size();
    for (const QPointF &at : {QPointF(dbBox.right() + 12, dbBox.top()),
                              QPointF(dbBox.left() - 12 - size.width(), dbBox.top()),
                              QPointF(dbBox.left(), dbBox.bottom() + 12),
                              QPointF(dbBox.left(), dbBox.top() - 12 - size.height())})
        fewest = std::min(fewest, f.scene.pathCalloutCover(QRectF(at, size)));
    QVERIFY(f.scene.pathCalloutCover(far) <= fewest);
}

void TestGraphPath::drawnNearAndFar()
{
    Fixture f;
    f.scene.model().setUpgradePath(upgradePathOf(plan(), f.scene.estate(), QStringLiteral("db")));
    const QRgb path = GraphStyle::instance().pathColour.rgb();
    const QRectF area = f.scene.graphBounds();
    // Near: the badges and the callout's heading and border.
    QImage near((area.size() * 1.0).toSize(), QImage::Format_RGB32);
    near.fill(Qt::white);
    {
        QPainter painter(&near);
        f.scene.render(&painter, QRectF(near.rect()), area);
    }
    QVERIFY(pixelsOf(near, path) > 100);
    // Far: the batched drawing shows the path's boxes and dependency in its colour.
    const double scale = 0.05;
    QImage far((area.size() * scale).toSize().expandedTo(QSize(20, 20)), QImage::Format_RGB32);
    far.fill(Qt::white);
    {
        QPainter painter(&far);
        painter.scale(scale, scale);
        painter.translate(-area.topLeft());
        f.scene.drawFlat(&painter, area, scale);
    }
    QVERIFY(pixelsOf(far, path) > 0);
    f.scene.model().setUpgradePath({});
    far.fill(Qt::white);
    {
        QPainter painter(&far);
        painter.scale(scale, scale);
        painter.translate(-area.topLeft());
        f.scene.drawFlat(&painter, area, scale);
    }
    QCOMPARE(pixelsOf(far, path), 0);
}

void TestGraphPath::clearedByAnEmptyPathAndANewEstate()
{
    Fixture f;
    f.scene.model().setUpgradePath(upgradePathOf(plan(), f.scene.estate(), QStringLiteral("db")));
    f.scene.model().setUpgradePath({});
    QVERIFY(!f.scene.pathCallout());
    QCOMPARE(f.look("db").pathMarks, QString());
    QCOMPARE(f.look("db").highlight, nullptr);

    f.scene.model().setUpgradePath(upgradePathOf(plan(), f.scene.estate(), QStringLiteral("db")));
    f.store.reset(graphtest::smallEstate()); // another file: the old path goes with the items
    QVERIFY(!f.scene.pathCallout());
    QVERIFY(f.scene.model().upgradePath().moves.isEmpty());
    QCOMPARE(f.look("db").pathMarks, QString());
}

QTEST_MAIN(TestGraphPath)
#include "tst_graphpath.moc"
