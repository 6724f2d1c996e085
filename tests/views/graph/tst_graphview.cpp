// SPDX-License-Identifier: GPL-3.0-or-later
// Working in the graph view with mouse and keyboard: connecting, dragging, deleting and
// renaming are undoable edits of the estate; zoom, fit, pan and search move the view.
#include "GraphFixture.h"
#include "generator/EstateGenerator.h"
#include "graph/EdgeItem.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "itemmodels/ComponentSelection.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPicture>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace planner;

namespace {

struct Fixture
{
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    GraphScene scene{&store, &stack, &selection};
    GraphView view{&scene};

    Fixture()
    {
        store.reset(graphtest::smallEstate());
        scene.waitForLayout();
        view.resize(1000, 700);
        view.show();
        view.setZoom(1.0);
        view.centerOn(scene.graphBounds().center());
    }
    NodeItem *node(const char *id) const { return scene.nodeItem(QString::fromLatin1(id)); }
    QPoint at(const char *id) const { return view.mapFromScene(node(id)->pos()); }
    QWidget *port() const { return view.viewport(); }
};

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
           Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons,
                      modifiers);
    QApplication::sendEvent(widget, &event);
}

// Presses at @p from, moves in a few steps to @p to and releases there.
void drag(QWidget *widget, const QPoint &from, const QPoint &to,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier, Qt::MouseButton button = Qt::LeftButton)
{
    mouse(widget, QEvent::MouseButtonPress, from, button, button, modifiers);
    for (int step = 1; step <= 4; ++step)
        mouse(widget, QEvent::MouseMove, from + (to - from) * step / 4, Qt::NoButton, button,
              modifiers);
    mouse(widget, QEvent::MouseButtonRelease, to, button, Qt::NoButton, modifiers);
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shiftDragConnects();
    void connectModeAndCancel();
    void draggingABoxPlacesItByHand();
    void deleteKeyRemovesTheSelection();
    void renameInline();
    void zoomAndFit();
    void panByDraggingTheBackground();
    void searchCentresAndSelects();
    void drawsAtEveryZoom();
    void farPictureFollowsChanges();
    void farLinesMatchThePainters();
    void boxMenu();
    void boxMenuOffersRemoveOnlyForAPick();
    void arrowMenu();
};

void TestGraphView::shiftDragConnects()
{
    Fixture f;
    QStringList asked;
    f.view.setRangePrompt([&](const QString &from, const QString &to) {
        asked << from << to;
        return std::optional<QString>(QStringLiteral(">=3.8"));
    });
    const int before = f.store.estate().dependencyCount();
    drag(f.port(), f.at("web"), f.at("mq"), Qt::ShiftModifier);
    QCOMPARE(asked, (QStringList{"web", "mq"}));
    QCOMPARE(f.store.estate().dependencyCount(), before + 1);
    const Dependency &added = f.store.estate().dependencies().last();
    QCOMPARE(added.from, QStringLiteral("web"));
    QCOMPARE(added.to, QStringLiteral("mq"));
    QCOMPARE(added.requirement->text(), QStringLiteral(">=3.8"));
    QCOMPARE(f.scene.edgeItems().size(), before + 1);
    // The drag connected; it did not move the box.
    QVERIFY(f.store.estate().manualPositions.isEmpty());

    f.stack.undo();
    QCOMPARE(f.store.estate().dependencyCount(), before);
    QCOMPARE(f.scene.edgeItems().size(), before);
}

void TestGraphView::connectModeAndCancel()
{
    Fixture f;
    f.view.setRangePrompt([](const QString &, const QString &) { return std::optional<QString>(); });
    const int before = f.store.estate().dependencyCount();
    f.view.setConnectMode(true);
    drag(f.port(), f.at("batch"), f.at("os1"));
    QCOMPARE(f.store.estate().dependencyCount(), before); // the prompt was cancelled

    f.view.setRangePrompt(
        [](const QString &, const QString &) { return std::optional<QString>(QString()); });
    drag(f.port(), f.at("batch"), f.at("os1"));
    QCOMPARE(f.store.estate().dependencyCount(), before + 1);
    QVERIFY(!f.store.estate().dependencies().last().requirement); // any version

    // An existing dependency is refused with a message, without asking.
    QSignalSpy messages(&f.view, &GraphView::statusMessage);
    drag(f.port(), f.at("batch"), f.at("os1"));
    QCOMPARE(f.store.estate().dependencyCount(), before + 1);
    QCOMPARE(messages.size(), 1);
}

void TestGraphView::draggingABoxPlacesItByHand()
{
    Fixture f;
    const QPointF start = f.node("db")->pos();
    drag(f.port(), f.at("db"), f.at("db") + QPoint(80, 40));
    QCOMPARE(f.stack.count(), 1);
    const QPoint placed = f.store.estate().manualPositions.value(QStringLiteral("db"));
    QCOMPARE(placed, (start + QPointF(80, 40)).toPoint());
    QCOMPARE(f.node("db")->pos(), QPointF(placed));

    f.stack.undo();
    QVERIFY(f.store.estate().manualPositions.isEmpty());
    QCOMPARE(f.node("db")->pos(), start);
    f.stack.redo();
    QCOMPARE(f.node("db")->pos(), QPointF(placed));

    // Arrow keys nudge the selected box; consecutive nudges are one undo step.
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Right);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.store.estate().manualPositions.value(QStringLiteral("db")), placed + QPoint(20, 0));
    QCOMPARE(f.stack.count(), 2);
}

void TestGraphView::deleteKeyRemovesTheSelection()
{
    Fixture f;
    f.selection.setSelection({QStringLiteral("lonely"), QStringLiteral("os2")});
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Delete);
    QVERIFY(!f.store.estate().find(QStringLiteral("lonely")));
    QVERIFY(!f.store.estate().find(QStringLiteral("os2")));
    QCOMPARE(f.scene.nodeItems().size(), 6);
    QCOMPARE(f.scene.edgeItems().size(), 6); // mq -> os2 went with os2
    f.stack.undo();
    QCOMPARE(f.store.estate(), graphtest::smallEstate());
    QCOMPARE(f.scene.nodeItems().size(), 8);

    // The same boxes selected by another view for a conflict: Delete removes nothing.
    f.selection.setSelection({QStringLiteral("lonely"), QStringLiteral("os2")}, nullptr,
                             ComponentSelection::Origin::Derived);
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Delete);
    QVERIFY(f.store.estate().find(QStringLiteral("lonely")));
    QCOMPARE(f.scene.nodeItems().size(), 8);
}

void TestGraphView::renameInline()
{
    Fixture f;
    f.selection.setSelection({QStringLiteral("db")});
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_F2);
    auto *editor = f.view.viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Orders database"));
    editor->setText(QStringLiteral("Orders DB cluster"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(f.store.estate().find(QStringLiteral("db"))->name,
             QStringLiteral("Orders DB cluster"));
    QCOMPARE(f.node("db")->content().title, QStringLiteral("Orders DB cluster"));
    QCoreApplication::processEvents();

    f.view.startRename(QStringLiteral("web"));
    editor = f.view.viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(QStringLiteral("ignored"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(f.store.estate().find(QStringLiteral("web"))->name, QStringLiteral("Web shop"));
    QCOMPARE(f.stack.count(), 1);
    f.stack.undo();
    QCOMPARE(f.store.estate().find(QStringLiteral("db"))->name, QStringLiteral("Orders database"));
}

void TestGraphView::zoomAndFit()
{
    Fixture f;
    QCOMPARE(f.view.zoom(), 1.0);
    QWheelEvent wheel(QPointF(500, 350), f.view.mapToGlobal(QPointF(500, 350)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(f.port(), &wheel);
    QVERIFY(f.view.zoom() > 1.2);
    f.view.setFocus();
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QVERIFY(f.view.zoom() < 1.0);
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QVERIFY(f.view.zoom() < 1.2);

    f.view.setZoom(3.0);
    f.view.fitToView();
    QVERIFY(f.view.zoom() <= 1.0);
    const QRectF visible = f.view.visibleSceneRect();
    QVERIFY2(visible.contains(f.scene.graphBounds()),
             qPrintable(
                 QStringLiteral("%1 %2").arg(visible.width()).arg(f.scene.graphBounds().width())));
}

void TestGraphView::panByDraggingTheBackground()
{
    Fixture f;
    f.view.setZoom(3.0);
    const QPointF empty = f.scene.graphBounds().topLeft() + QPointF(-30, -30);
    f.view.centerOn(empty);
    const QPoint from = f.view.mapFromScene(empty);
    QVERIFY(!f.view.itemAt(from));
    f.selection.setSelection({QStringLiteral("db")});
    const int h = f.view.horizontalScrollBar()->value();
    const int v = f.view.verticalScrollBar()->value();
    drag(f.port(), from, from + QPoint(-60, -40));
    QCOMPARE(f.view.horizontalScrollBar()->value(), h + 60);
    QCOMPARE(f.view.verticalScrollBar()->value(), v + 40);
    QCOMPARE(f.selection.selectedIds(), QStringList{"db"}); // panning keeps the selection

    // The middle button pans anywhere, even over a box.
    f.view.setZoom(1.0);
    f.view.centerOn(f.node("api"));
    const int h2 = f.view.horizontalScrollBar()->value();
    drag(f.port(), f.at("api"), f.at("api") + QPoint(30, 0), Qt::NoModifier, Qt::MiddleButton);
    QCOMPARE(f.view.horizontalScrollBar()->value(), h2 - 30);
    QVERIFY(f.store.estate().manualPositions.isEmpty());

    // A click on the background clears the selection.
    f.view.setZoom(3.0);
    f.view.centerOn(empty);
    const QPoint spot = f.view.mapFromScene(empty);
    mouse(f.port(), QEvent::MouseButtonPress, spot, Qt::LeftButton, Qt::LeftButton);
    mouse(f.port(), QEvent::MouseButtonRelease, spot, Qt::LeftButton, Qt::NoButton);
    QVERIFY(f.selection.selectedIds().isEmpty());
}

void TestGraphView::searchCentresAndSelects()
{
    Fixture f;
    f.view.fitToView();
    QCOMPARE(f.view.showComponent(QStringLiteral("broker")), QStringLiteral("mq"));
    QCOMPARE(f.scene.model().searchHit(), QStringLiteral("mq"));
    QCOMPARE(f.selection.selectedIds(), QStringList{"mq"});
    QVERIFY(f.view.zoom() >= 0.7);
    const QPointF centre = f.view.visibleSceneRect().center();
    QVERIFY(QLineF(centre, f.node("mq")->pos()).length() < 20);
    QCOMPARE(f.view.showComponent(QStringLiteral("OS1")), QStringLiteral("os1")); // id, any case

    QSignalSpy messages(&f.view, &GraphView::statusMessage);
    QVERIFY(f.view.showComponent(QStringLiteral("mainframe")).isEmpty());
    QCOMPARE(messages.size(), 1);
}

void TestGraphView::drawsAtEveryZoom()
{
    Fixture f;
    f.scene.model().setConflicts({{QStringLiteral("db"), {QStringLiteral("too old")}}});
    f.scene.model().setHighlightedComponents({QStringLiteral("api")}, Qt::darkGreen);
    f.selection.setSelection({QStringLiteral("web")});
    for (double zoom : {0.05, 0.3, 1.0, 2.5}) {
        f.view.setZoom(zoom);
        f.view.centerOn(f.node("api"));
        // Antialiasing only where it shows.
        QCOMPARE(f.view.renderHints().testFlag(QPainter::Antialiasing), zoom >= 0.3);
        const QImage image = f.view.viewport()->grab().toImage();
        QVERIFY(!image.isNull());
        // The highlighted box is drawn in the middle at every zoom.
        bool coloured = false;
        for (int y = 0; y < image.height() && !coloured; y += 2)
            for (int x = 0; x < image.width() && !coloured; x += 2)
                coloured = image.pixelColor(x, y) != Qt::white;
        QVERIFY(coloured);
    }
}

void TestGraphView::farPictureFollowsChanges()
{
    Fixture f;
    f.view.setZoom(0.05); // batched drawing, kept while nothing changes
    f.view.centerOn(f.scene.graphBounds().center());
    const QImage before = f.view.viewport()->grab().toImage();
    QCOMPARE(f.view.viewport()->grab().toImage(), before);
    f.selection.setSelection({QStringLiteral("db")});
    const QImage selected = f.view.viewport()->grab().toImage();
    QVERIFY(selected != before);
    f.scene.model().setConflicts({{QStringLiteral("web"), {QStringLiteral("broken")}}});
    QVERIFY(f.view.viewport()->grab().toImage() != selected);
}

// Far out on an image, thousands of lines are set pixel by pixel instead of through the
// painter; they must land where the painter's own aliased hairlines would. A QPicture records
// the same drawing as painter calls, which QPainter then draws: the reference.
void TestGraphView::farLinesMatchThePainters()
{
    // Thirty layers of a hundred components, each using three of the next layer's at random:
    // lines at every slope.
    Estate estate;
    QRandomGenerator random(7);
    for (int l = 0; l < 30; ++l)
        for (int i = 0; i < 100; ++i)
            estate.appendComponent(
                graphtest::component(qPrintable(QStringLiteral("c%1-%2").arg(l).arg(i)), "c",
                                     ComponentKind::Server, "1.0", nullptr, "fra",
                                     Criticality::Low));
    for (int l = 0; l + 1 < 30; ++l)
        for (int i = 0; i < 100; ++i)
            for (int k = 0; k < 3; ++k)
                estate.appendDependency(
                    graphtest::dependency(qPrintable(QStringLiteral("c%1-%2").arg(l).arg(i)),
                                          qPrintable(QStringLiteral("c%1-%2").arg(l + 1).arg(
                                              random.bounded(100)))));
    EstateStore store;
    store.reset(estate);
    GraphScene scene(&store, nullptr, nullptr);
    scene.waitForLayout();
    // The whole drawing, at a zoom where boxes are small and lines stubs no longer.
    const QRectF shown = scene.graphBounds();
    const double scale = 1200 / shown.width();
    QVERIFY(scale < GraphStyle::flatLevel);
    const auto draw = [&](QPaintDevice *device) {
        QPainter painter(device);
        painter.scale(scale, scale);
        painter.translate(-shown.topLeft());
        scene.drawFlat(&painter, shown, scale);
    };
    QImage ours((shown.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    ours.fill(Qt::white);
    draw(&ours);
    QPicture recorded;
    draw(&recorded);
    QImage reference(ours.size(), ours.format());
    reference.fill(Qt::white);
    {
        QPainter painter(&reference);
        painter.drawPicture(0, 0, recorded);
    }
    // Every drawn pixel of one has a drawn pixel of the other next to it (the two may step a
    // line differently by a pixel), most of them on the very pixel (90 % here, where lines
    // cover most of the picture; a run a few pixels too long leaves thousands of strays).
    const auto drawn = [](const QImage &image, int x, int y) {
        return x >= 0 && y >= 0 && x < image.width() && y < image.height()
               && image.pixel(x, y) != qRgb(255, 255, 255);
    };
    const auto near = [&](const QImage &image, int x, int y) {
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx)
                if (drawn(image, x + dx, y + dy))
                    return true;
        return false;
    };
    int oursDrawn = 0, referenceDrawn = 0, same = 0, strays = 0;
    for (int y = 0; y < ours.height(); ++y) {
        for (int x = 0; x < ours.width(); ++x) {
            const bool a = drawn(ours, x, y), b = drawn(reference, x, y);
            oursDrawn += a;
            referenceDrawn += b;
            same += a && b;
            strays += (a && !near(reference, x, y)) + (b && !near(ours, x, y));
        }
    }
    int linesInView = 0;
    for (const QGraphicsItem *item : scene.items(shown))
        linesInView += dynamic_cast<const EdgeItem *>(item) != nullptr;
    QVERIFY2(linesInView > FlatPainter::rasterLinesFrom,
             qPrintable(QString::number(linesInView)));
    QVERIFY(referenceDrawn > 10000);
    QCOMPARE(strays, 0);
    QVERIFY2(same > 0.85 * std::max(oursDrawn, referenceDrawn),
             qPrintable(QStringLiteral("%1 of %2 / %3 pixels the same")
                            .arg(same)
                            .arg(oursDrawn)
                            .arg(referenceDrawn)));
}

namespace {

QAction *action(QMenu *menu, const char *name)
{
    return menu->findChild<QAction *>(QString::fromLatin1(name));
}

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

} // namespace

// A right click on a box: its details, what depends on it and what it needs, a path, a new
// dependency, each doing what it says through the document's selection and undo stack.
void TestGraphView::boxMenu()
{
    Fixture f;
    std::unique_ptr<QMenu> menu(f.view.createContextMenu(f.at("db")));
    for (const char *name : {"showDetails", "selectDependents", "selectDependencies", "findPath",
                             "addDependency", "rename", "remove"})
        QVERIFY2(action(menu.get(), name) && action(menu.get(), name)->isEnabled(), name);
    QCOMPARE(f.selection.selectedIds(), QStringList{"db"}); // the right click picked it

    action(menu.get(), "selectDependents")->trigger();
    QCOMPARE(sorted(f.selection.selectedIds()), (QStringList{"api", "batch", "db", "web"}));
    QVERIFY(!f.selection.isPicked()); // chosen for the user: nothing destructive on it
    menu.reset(f.view.createContextMenu(f.at("db")));
    action(menu.get(), "selectDependencies")->trigger();
    QCOMPARE(sorted(f.selection.selectedIds()), (QStringList{"db", "os1"}));

    QSignalSpy details(&f.view, &GraphView::detailsRequested);
    menu.reset(f.view.createContextMenu(f.at("db")));
    action(menu.get(), "showDetails")->trigger();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.at(0).at(0).toString(), QStringLiteral("db"));
    QCOMPARE(f.selection.selectedIds(), QStringList{"db"});

    // The path from web to os1, along what each depends on.
    f.view.setComponentPrompt([](const QString &, const QString &) {
        return std::optional<QString>(QStringLiteral("os1"));
    });
    menu.reset(f.view.createContextMenu(f.at("web")));
    action(menu.get(), "findPath")->trigger();
    QCOMPARE(f.selection.selectedIds(), (QStringList{"web", "api", "db", "os1"}));

    // A new dependency from the box: one undo step.
    f.view.setComponentPrompt([](const QString &, const QString &) {
        return std::optional<QString>(QStringLiteral("lonely"));
    });
    f.view.setRangePrompt([](const QString &, const QString &) {
        return std::optional<QString>(QStringLiteral(">=9"));
    });
    menu.reset(f.view.createContextMenu(f.at("batch")));
    action(menu.get(), "addDependency")->trigger();
    const Estate &estate = f.store.estate();
    QCOMPARE(estate.dependencyCount(), 8);
    QCOMPARE(estate.dependency(7).from, QStringLiteral("batch"));
    QCOMPARE(estate.dependency(7).to, QStringLiteral("lonely"));
    QCOMPARE(estate.dependency(7).requirement->text(), QStringLiteral(">=9"));
    f.stack.undo();
    QCOMPARE(f.store.estate(), graphtest::smallEstate());
}

// Remove is there for a box the user picked and removes it; not for boxes another view
// selected (a conflict's pair).
void TestGraphView::boxMenuOffersRemoveOnlyForAPick()
{
    Fixture f;
    f.selection.setSelection({QStringLiteral("lonely"), QStringLiteral("os2")}, nullptr,
                             ComponentSelection::Origin::Derived);
    std::unique_ptr<QMenu> menu(f.view.createContextMenu(f.at("lonely")));
    QVERIFY(!action(menu.get(), "remove"));
    QVERIFY(action(menu.get(), "showDetails"));

    menu.reset(f.view.createContextMenu(f.at("mq"))); // outside the selection: picked now
    QAction *remove = action(menu.get(), "remove");
    QVERIFY(remove);
    QVERIFY(remove->text().contains(QStringLiteral("Message broker")));
    remove->trigger();
    QVERIFY(!f.store.estate().find(QStringLiteral("mq")));
    f.stack.undo();
    QVERIFY(f.store.estate().find(QStringLiteral("mq")));
}

// A right click on an arrow: both ends, its version range, its removal.
void TestGraphView::arrowMenu()
{
    Fixture f;
    const int row = 1; // api -> db
    EdgeItem *edge = f.scene.edgeItems().at(row);
    const QPolygonF route = edge->route();
    const QPointF middle = (route.at(0) + route.at(1)) / 2;
    QCOMPARE(qgraphicsitem_cast<EdgeItem *>(f.view.itemAt(f.view.mapFromScene(middle))), edge);
    std::unique_ptr<QMenu> menu(f.view.createContextMenu(f.view.mapFromScene(middle)));
    for (const char *name : {"selectEnds", "editRange", "removeDependency"})
        QVERIFY2(action(menu.get(), name) && action(menu.get(), name)->isEnabled(), name);
    QVERIFY(!action(menu.get(), "remove"));

    action(menu.get(), "selectEnds")->trigger();
    QCOMPARE(sorted(f.selection.selectedIds()), (QStringList{"api", "db"}));

    f.view.setRangePrompt([](const QString &from, const QString &to) {
        return from == QLatin1String("api") && to == QLatin1String("db")
                   ? std::optional<QString>(QStringLiteral(">=12 <17"))
                   : std::nullopt;
    });
    action(menu.get(), "editRange")->trigger();
    QCOMPARE(f.store.estate().dependency(row).requirement->text(), QStringLiteral(">=12 <17"));
    QCOMPARE(f.stack.count(), 1);
    f.stack.undo();
    QVERIFY(!f.store.estate().dependency(row).requirement);

    f.scene.waitForLayout(); // the edit laid the graph out again
    const QPolygonF after = edge->route();
    menu.reset(f.view.createContextMenu(f.view.mapFromScene((after.at(0) + after.at(1)) / 2)));
    QVERIFY(action(menu.get(), "removeDependency"));
    action(menu.get(), "removeDependency")->trigger();
    QCOMPARE(f.store.estate().dependencyCount(), 6);
    QVERIFY(f.store.estate().find(QStringLiteral("api")));
    f.stack.undo();
    QCOMPARE(f.store.estate(), graphtest::smallEstate());
}

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
