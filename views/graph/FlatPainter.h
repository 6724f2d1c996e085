// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QLine>
#include <QList>
#include <QPoint>
#include <QRectF>

#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
class QTransform;
QT_END_NAMESPACE

namespace planner {

class GraphScene;

/// Draws a whole graph scene in its simplest form, in a few batched calls: boxes as flat
/// rectangles (dots when smaller than two pixels) in the colour of their state, dependencies
/// as straight hairlines, each line and dot once in whole device pixels. The graph view uses it
/// when zoomed out below GraphStyle::flatLevel, where painting tens of thousands of items one
/// by one could not keep up; the overview and scaled-down exports use it too. It keeps the
/// batches until invalidate() and its buffers from frame to frame.
class FlatPainter
{
public:
    /// Draws @p sceneRect of @p scene; @p scale is the painter's zoom.
    void draw(QPainter *painter, const QRectF &sceneRect, double scale, const GraphScene &scene);
    /// Something drawn changed: the batches are built again on the next draw.
    void invalidate()
    {
        m_batches.valid = false;
        ++m_revision;
    }
    /// Changes whenever what draw() draws changes: views cache its picture until then.
    quint64 revision() const { return m_revision; }

    /// From this many distinct lines on, draw() sets the lines of an image (a raster paint
    /// engine) pixel by pixel itself instead of through the painter, in a fraction of the time.
    static constexpr int rasterLinesFrom = 2000;

private:
    void rebuild(const GraphScene &scene);
    void drawLines(QPainter *painter, const QList<QLineF> &lines, const QTransform &toPixels,
                   const QRectF &pixelArea, bool stubs);
    void rasterizeLines(QPainter *painter, const QRectF &pixelArea);
    void drawDots(QPainter *painter, const QList<QPointF> &dots, const QTransform &toPixels,
                  const QRectF &pixelArea);

    // The scene in batches, rebuilt when something drawn changed.
    struct Batches
    {
        bool valid = false;
        QList<QList<QRectF>> boxes; // by brush: kinds, selected, conflict, highlight, path
        QList<QList<QPointF>> dots; // the same boxes' centres
        QList<QRectF> searchHit;
        QList<QLineF> lines;
        QList<QLineF> emphasised;  // touching the selection
        QList<QLineF> highlighted; // between highlighted components
        QList<QLineF> path;        // along the upgrade path shown
        QList<QRectF> sites;
        double smallestBox = 0; // the narrowest side of any box
    };
    // One frame's drawing in whole device pixels, each line and dot once (buffers that keep
    // their capacity from frame to frame).
    struct Pixels
    {
        std::vector<quint64> keys;
        QList<QLine> lines;
        QList<QPoint> dots;
        QImage lineLayer; // the lines set pixel by pixel (see rasterizeLines())
        std::vector<qint32> rowRuns;
        std::vector<qint32> columnRuns;
        std::vector<qint32> columnSums;
    };
    Batches m_batches;
    Pixels m_pixels;
    quint64 m_revision = 0;
};

} // namespace planner
