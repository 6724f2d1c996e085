// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering benchmark of the dependency graph view: builds the scene for a generated estate
// (10,000 components unless told otherwise), lays it out, then paints the view's viewport
// (1600 x 1000) into an offscreen image at "fit to view" zoom and at 100 %, and prints the
// milliseconds per frame: the first frame, then the average of unchanged frames and of frames
// while the view pans (a pixel each frame, so that nothing drawn before can be reused).
// Below GraphStyle::flatLevel the view draws the whole scene in batches and keeps that picture
// until the view or the drawing changes: the first frame there is the full cost, the following
// ones show the cache. Goal: under 16 ms per frame. Offscreen platform; not a ctest test.
//
//   bench_render [components] [frames]        BENCH_NOINDEX=1: scene without BSP index
//
// It saves the two frames as bench_render_fit.png and bench_render_100.png in the current
// directory, to look at.

#include "generator/EstateGenerator.h"
#include "graph/EdgeItem.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/NodeItem.h"
#include "inventory/EstateStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

#include <cstdio>

using namespace planner;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Frames
{
    double first = 0;
    double average = 0;
    double moving = 0; // per frame while the view pans a pixel each frame
    int itemsInView = 0;
};

// Paints the viewport the way the screen would, @p frames + 1 times.
Frames paintFrames(GraphView &view, QImage &image, int frames)
{
    Frames result;
    const QRectF shown = view.visibleSceneRect();
    result.itemsInView = int(view.graphScene()->items(shown).size());
    QElapsedTimer timer;
    timer.start();
    view.viewport()->render(&image);
    result.first = ms(timer);
    timer.restart();
    for (int i = 0; i < frames; ++i)
        view.viewport()->render(&image);
    result.average = ms(timer) / frames;
    // Panning: every frame shows something else, so nothing drawn before can be reused.
    double moving = 0;
    for (int i = 0; i < frames; ++i) {
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + (i % 2 ? -1 : 1));
        timer.restart();
        view.viewport()->render(&image);
        moving += ms(timer);
    }
    result.moving = moving / frames;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int components = argc > 1 ? std::max(20, atoi(argv[1])) : 10000;
    const int frames = argc > 2 ? std::max(1, atoi(argv[2])) : 10;

    QElapsedTimer timer;
    timer.start();
    const Estate estate = generateEstate({components, 1});
    const double generateMs = ms(timer);

    EstateStore store;
    store.reset(estate);
    timer.restart();
    GraphScene scene(&store, nullptr, nullptr);
    if (qEnvironmentVariableIsSet("BENCH_NOINDEX"))
        scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    const double buildMs = ms(timer);
    timer.restart();
    scene.waitForLayout();
    const double layoutMs = ms(timer);

    GraphView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    view.fitToView();
    const double fitZoom = view.zoom();
    const Frames fit = paintFrames(view, image, frames);
    image.save(QStringLiteral("bench_render_fit.png"));

    view.setZoom(1.0);
    view.centerOn(scene.graphBounds().center());
    const Frames actual = paintFrames(view, image, frames);
    image.save(QStringLiteral("bench_render_100.png"));

    // A middle zoom, where boxes show their names only.
    view.setZoom(0.4);
    view.centerOn(scene.graphBounds().center());
    const Frames middle = paintFrames(view, image, frames);

    // The whole scene through QGraphicsScene::render (what the overview and export use).
    timer.restart();
    {
        QPainter painter(&image);
        scene.render(&painter, QRectF(image.rect()), scene.graphBounds());
    }
    const double sceneRenderMs = ms(timer);

    std::printf("Graph rendering, generated estate: %d components, %d dependencies\n",
                estate.componentCount(), estate.dependencyCount());
    std::printf(
        "  generate %.0f ms, build scene %.0f ms, layout (worker) %.0f ms, drawing %.0f x %.0f\n",
        generateMs, buildMs, layoutMs, scene.graphBounds().width(), scene.graphBounds().height());
    std::printf("  viewport 1600 x 1000, %d frames averaged after the first, %s\n", frames,
                scene.itemIndexMethod() == QGraphicsScene::BspTreeIndex ? "BSP index" : "no index");
    std::printf("  ms per frame: first / unchanged / panning a pixel each frame\n");
    const auto row = [](const char *name, const Frames &f) {
        std::printf("  %-22s %6.1f / %6.2f / %6.1f   %d items in view\n", name, f.first, f.average,
                    f.moving, f.itemsInView);
    };
    char fitName[64];
    std::snprintf(fitName, sizeof fitName, "fit to view (zoom %.3f)", fitZoom);
    row(fitName, fit);
    row("zoom 0.40", middle);
    row("100 %", actual);
    std::printf("  whole scene item by item (QGraphicsScene::render, for comparison): %.1f ms\n",
                sceneRenderMs);
    std::printf("  goal: under 16 ms per frame: %s\n",
                std::max({fit.first, fit.moving, middle.moving, actual.moving}) < 16 ? "met"
                                                                                     : "NOT met");
    return 0;
}
