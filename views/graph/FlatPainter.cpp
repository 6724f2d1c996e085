// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlatPainter.h"

#include "EdgeItem.h"
#include "GraphScene.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"
#include "layout/LayoutMetrics.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QTransform>

#include <algorithm>

namespace planner {

namespace {

// Batches after the kinds' colours.
constexpr int selectedBatch = componentKindCount;
constexpr int conflictBatch = componentKindCount + 1;
constexpr int highlightBatch = componentKindCount + 2;
constexpr int pathBatch = componentKindCount + 3;
constexpr int batchCount = componentKindCount + 4;

// Boxes smaller than this on screen are drawn as dots of this size.
constexpr double dotPixels = 2.0;
// Lines longer than this on screen are drawn as two stubs of flatStubPixels.
constexpr double flatStubThreshold = 600.0;
constexpr double flatStubPixels = 90.0;

} // namespace

void FlatPainter::rebuild(const GraphScene &scene)
{
    Batches &flat = m_batches;
    flat.boxes.resize(batchCount);
    flat.dots.resize(batchCount);
    for (int b = 0; b < batchCount; ++b) {
        flat.boxes[b].clear();
        flat.dots[b].clear();
    }
    flat.searchHit.clear();
    flat.lines.clear();
    flat.emphasised.clear();
    flat.highlighted.clear();
    flat.path.clear();
    flat.sites.clear();
    flat.smallestBox = 1e9;

    const GraphModel &model = scene.model();
    for (const NodeItem *node : scene.nodeItems()) {
        if (!node->isVisible())
            continue;
        const QString &id = node->componentId();
        const NodeLook look = model.nodeLook(id);
        const int batch = node->isSelected()          ? selectedBatch
                          : look.conflict             ? conflictBatch
                          : !look.pathMarks.isEmpty() ? pathBatch
                          : look.highlight            ? highlightBatch
                                                      : int(node->content().kind);
        const QRectF box = node->box().translated(node->pos());
        flat.boxes[batch].append(box);
        flat.dots[batch].append(box.center());
        flat.smallestBox = std::min({flat.smallestBox, box.width(), box.height()});
        if (look.searchHit)
            flat.searchHit.append(
                box.adjusted(-box.width() / 2, -box.height(), box.width() / 2, box.height()));
    }
    for (const EdgeItem *edge : scene.edgeItems()) {
        if (!edge->isVisible())
            continue;
        const QLineF line(edge->route().first(), edge->route().last());
        const QPen *highlight = model.edgeHighlight(edge->from(), edge->to());
        if (highlight == &GraphStyle::instance().pathEdgePen)
            flat.path.append(line);
        else if (model.isEdgeEmphasised(edge->from(), edge->to()))
            flat.emphasised.append(line);
        else if (highlight)
            flat.highlighted.append(line);
        else
            flat.lines.append(line);
    }
    for (const SiteBoxItem *box : scene.siteBoxes())
        if (box->isVisible())
            flat.sites.append(box->box());
    flat.valid = true;
}

namespace {

// A line or point in whole pixels as one number, so that duplicates sort next to each other.
quint64 pixelKey(int x1, int y1, int x2 = 0, int y2 = 0)
{
    const auto bits = [](int v) { return quint64(quint16(qint16(v))); };
    return bits(x1) << 48 | bits(y1) << 32 | bits(x2) << 16 | bits(y2);
}

int pixelOf(quint64 key, int shift)
{
    return int(qint16(quint16(key >> shift)));
}

} // namespace

// Far out, tens of thousands of lines fall on the same few pixels, and drawing each one costs
// as much as drawing it once. Each line is mapped to whole device pixels (long ones first cut
// to stubs at both ends), cut to the area drawn, and drawn once; lines shorter than a pixel
// are left to the dots of their boxes.
void FlatPainter::drawLines(QPainter *painter, const QList<QLineF> &lines,
                            const QTransform &toPixels, const QRectF &pixelArea, bool stubs)
{
    std::vector<quint64> &keys = m_pixels.keys;
    keys.clear();
    const auto add = [&](QPointF a, QPointF b) {
        double t0 = 0, t1 = 0;
        if (!clipSegment(a, b, pixelArea, t0, t1))
            return;
        const QPointF start = a;
        a = start + (b - start) * t0;
        b = start + (b - start) * t1;
        int x1 = qRound(a.x()), y1 = qRound(a.y()), x2 = qRound(b.x()), y2 = qRound(b.y());
        if (x1 == x2 && y1 == y2)
            return;
        if (x2 < x1 || (x2 == x1 && y2 < y1)) { // one way round: a-b and b-a are the same
            std::swap(x1, x2);
            std::swap(y1, y2);
        }
        keys.push_back(pixelKey(x1, y1, x2, y2));
    };
    for (const QLineF &line : lines) {
        const QPointF a = toPixels.map(line.p1());
        const QPointF b = toPixels.map(line.p2());
        const QLineF onScreen(a, b);
        const double length = onScreen.length();
        if (!stubs || length <= flatStubThreshold) {
            add(a, b);
            continue;
        }
        add(a, onScreen.pointAt(flatStubPixels / length));
        add(onScreen.pointAt(1.0 - flatStubPixels / length), b);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    if (stubs && keys.size() >= size_t(rasterLinesFrom) && painter->paintEngine()
        && painter->paintEngine()->type() == QPaintEngine::Raster) {
        rasterizeLines(painter, pixelArea);
        return;
    }
    QList<QLine> &drawn = m_pixels.lines;
    drawn.clear();
    for (const quint64 key : keys)
        drawn.append(QLine(pixelOf(key, 48), pixelOf(key, 32), pixelOf(key, 16), pixelOf(key, 0)));
    painter->drawLines(drawn.constData(), int(drawn.size()));
}

// Thousands of hairlines on an image: the painter spends about a microsecond on each, while
// far out they fall on the same few pixels again and again. Here each line becomes runs of
// pixels (a run per row for a flat line, per column for a steep one, as an aliased hairline
// steps), the runs are added up in difference arrays, and one pass over the covered area sets
// every pixel that any run covers: the cost grows with the lines' number and the area, not
// with the pixels they paint over and over. The layer is then drawn in one call.
void FlatPainter::rasterizeLines(QPainter *painter, const QRectF &pixelArea)
{
    // Only the part the lines cover: far out that is a thin band across the screen.
    const QRect clip = pixelArea.toAlignedRect();
    int left = clip.right(), top = clip.bottom(), right = clip.left(), bottom = clip.top();
    for (const quint64 key : m_pixels.keys) {
        left = std::min({left, pixelOf(key, 48), pixelOf(key, 16)});
        right = std::max({right, pixelOf(key, 48), pixelOf(key, 16)});
        top = std::min({top, pixelOf(key, 32), pixelOf(key, 0)});
        bottom = std::max({bottom, pixelOf(key, 32), pixelOf(key, 0)});
    }
    const QRect area = QRect(QPoint(left, top), QPoint(right, bottom)).intersected(clip);
    if (area.isEmpty())
        return;
    const int w = area.width(), h = area.height();
    QImage &layer = m_pixels.lineLayer;
    if (layer.width() < w || layer.height() < h)
        layer = QImage(area.size().expandedTo(layer.size()), QImage::Format_ARGB32_Premultiplied);
    // Row runs: +1 where a run starts, -1 after it ends; column runs the same downwards.
    std::vector<qint32> &rows = m_pixels.rowRuns;
    std::vector<qint32> &columns = m_pixels.columnRuns;
    rows.assign(size_t(w + 1) * size_t(h), 0);
    columns.assign(size_t(w) * size_t(h + 1), 0);
    const auto rowRun = [&](int y, int from, int to) {
        if (y < 0 || y >= h || to < 0 || from >= w)
            return;
        ++rows[size_t(y) * size_t(w + 1) + size_t(std::max(from, 0))];
        --rows[size_t(y) * size_t(w + 1) + size_t(std::min(to, w - 1) + 1)];
    };
    const auto columnRun = [&](int x, int from, int to) {
        if (x < 0 || x >= w || to < 0 || from >= h)
            return;
        ++columns[size_t(std::max(from, 0)) * size_t(w) + size_t(x)];
        --columns[size_t(std::min(to, h - 1) + 1) * size_t(w) + size_t(x)];
    };
    for (const quint64 key : m_pixels.keys) {
        int x1 = pixelOf(key, 48) - area.left(), y1 = pixelOf(key, 32) - area.top();
        int x2 = pixelOf(key, 16) - area.left(), y2 = pixelOf(key, 0) - area.top();
        const bool flat = std::abs(x2 - x1) >= std::abs(y2 - y1);
        // Walk along the major axis (a to b, increasing), one run per step of the minor one.
        if (flat ? x1 > x2 : y1 > y2) {
            std::swap(x1, x2);
            std::swap(y1, y2);
        }
        const int major = flat ? x2 - x1 : y2 - y1;
        const int minor = flat ? y2 - y1 : x2 - x1;
        const int steps = std::abs(minor);
        const int start = flat ? x1 : y1;
        const int across = flat ? y1 : x1;
        const int direction = minor < 0 ? -1 : 1;
        const double perStep = steps > 0 ? double(major) / steps : 0.0;
        int from = start;
        for (int k = 0; k <= steps; ++k) {
            const int to = k == steps ? start + major
                                      : start + int(std::lround((k + 0.5) * perStep)) - 1;
            if (to >= from) {
                if (flat)
                    rowRun(across + k * direction, from, to);
                else
                    columnRun(across + k * direction, from, to);
            }
            from = std::max(from, to + 1);
        }
    }
    // One pass: running sums along each row and down each column; covered pixels get the
    // colour, the rest are cleared.
    const quint32 colour = GraphStyle::instance().edgeFlatPen.color().rgba();
    std::vector<qint32> &down = m_pixels.columnSums;
    down.assign(size_t(w), 0);
    for (int y = 0; y < h; ++y) {
        quint32 *line = reinterpret_cast<quint32 *>(layer.scanLine(y));
        const qint32 *rowDiff = rows.data() + size_t(y) * size_t(w + 1);
        const qint32 *columnDiff = columns.data() + size_t(y) * size_t(w);
        qint32 along = 0;
        for (int x = 0; x < w; ++x) {
            along += rowDiff[x];
            down[size_t(x)] += columnDiff[x];
            line[x] = along > 0 || down[size_t(x)] > 0 ? colour : 0u;
        }
    }
    painter->drawImage(area, layer, QRect(QPoint(0, 0), area.size()));
}

void FlatPainter::drawDots(QPainter *painter, const QList<QPointF> &dots,
                           const QTransform &toPixels, const QRectF &pixelArea)
{
    std::vector<quint64> &keys = m_pixels.keys;
    keys.clear();
    for (const QPointF &dot : dots) {
        const QPointF p = toPixels.map(dot);
        if (pixelArea.contains(p))
            keys.push_back(pixelKey(qRound(p.x()), qRound(p.y())));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QList<QPoint> &drawn = m_pixels.dots;
    drawn.clear();
    for (const quint64 key : keys)
        drawn.append(QPoint(pixelOf(key, 48), pixelOf(key, 32)));
    painter->drawPoints(drawn.constData(), int(drawn.size()));
}

void FlatPainter::draw(QPainter *painter, const QRectF &sceneRect, double scale,
                       const GraphScene &scene)
{
    if (!m_batches.valid)
        rebuild(scene);
    const Batches &flat = m_batches;
    const GraphModel &model = scene.model();
    const GraphStyle &style = GraphStyle::instance();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);

    if (!flat.sites.isEmpty()) {
        painter->setPen(style.edgeFlatPen);
        painter->setBrush(style.siteBoxFill);
        painter->drawRects(flat.sites.constData(), int(flat.sites.size()));
    }

    // Lines and dots are drawn in whole device pixels: the painter's transform times the
    // device's pixel ratio, and back. The area drawn grows by a pixel so that lines along its
    // border stay.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QTransform world = painter->worldTransform();
    const QTransform toPixels = world * QTransform::fromScale(ratio, ratio);
    const QRectF pixelArea = toPixels.mapRect(sceneRect).adjusted(-1, -1, 1, 1);
    const QTransform fromPixels = QTransform::fromScale(1 / ratio, 1 / ratio);

    painter->setWorldTransform(fromPixels);
    painter->setBrush(Qt::NoBrush);
    // Long lines shrink to stubs at both ends, as EdgeItem does, and sooner: this far out the
    // fans of the hubs would grey the whole screen; the selection's lines stay whole.
    painter->setPen(style.edgeFlatPen);
    drawLines(painter, flat.lines, toPixels, pixelArea, true);
    if (!flat.highlighted.isEmpty()) {
        painter->setPen(model.highlightFlatPen());
        drawLines(painter, flat.highlighted, toPixels, pixelArea, false);
    }
    if (!flat.path.isEmpty()) {
        painter->setPen(style.pathFlatPen);
        drawLines(painter, flat.path, toPixels, pixelArea, false);
    }
    if (!flat.emphasised.isEmpty()) {
        painter->setPen(style.edgeFlatEmphasisPen);
        drawLines(painter, flat.emphasised, toPixels, pixelArea, false);
    }
    painter->setWorldTransform(world);

    for (const QRectF &hit : flat.searchHit)
        painter->fillRect(hit, style.searchPen.brush());

    const bool asDots = flat.smallestBox * scale < dotPixels;
    for (int b = 0; b < batchCount; ++b) {
        const QBrush &brush = b == selectedBatch    ? style.selectedSolid
                              : b == conflictBatch  ? style.conflictSolid
                              : b == highlightBatch ? model.highlightPen().brush()
                              : b == pathBatch      ? style.pathHaloPen.brush()
                                                    : style.kindSolid[size_t(b)];
        if (asDots) {
            if (flat.dots[b].isEmpty())
                continue;
            painter->setPen(b == selectedBatch    ? style.selectedDotPen
                            : b == conflictBatch  ? style.conflictDotPen
                            : b == highlightBatch ? model.highlightDotPen()
                            : b == pathBatch      ? style.pathDotPen
                                                  : style.kindDotPen[size_t(b)]);
            painter->setWorldTransform(fromPixels);
            drawDots(painter, flat.dots[b], toPixels, pixelArea);
            painter->setWorldTransform(world);
        } else {
            if (flat.boxes[b].isEmpty())
                continue;
            painter->setPen(style.noPen);
            painter->setBrush(brush);
            painter->drawRects(flat.boxes[b].constData(), int(flat.boxes[b].size()));
        }
    }
    painter->restore();
}

} // namespace planner
