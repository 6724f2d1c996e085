// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene: the whole graph drawn in a few batched calls for far zoom, where painting tens of
// thousands of items one by one cannot keep up with the screen.
#include "GraphScene.h"

#include "EdgeItem.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "SiteBoxItem.h"

#include <QPainter>

namespace planner {

namespace {

// Batches after the kinds' colours.
constexpr int selectedBatch = componentKindCount;
constexpr int conflictBatch = componentKindCount + 1;
constexpr int highlightBatch = componentKindCount + 2;
constexpr int batchCount = componentKindCount + 3;

// Boxes smaller than this on screen are drawn as dots of this size.
constexpr double dotPixels = 2.0;
// Lines longer than this on screen are drawn as two stubs of flatStubPixels.
constexpr double flatStubThreshold = 600.0;
constexpr double flatStubPixels = 90.0;

} // namespace

void GraphScene::rebuildFlat() const
{
    FlatDrawing &flat = m_flat;
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
    flat.sites.clear();
    flat.smallestBox = 1e9;

    for (const NodeItem *node : m_nodes) {
        if (!node->isVisible())
            continue;
        const QString &id = node->componentId();
        const NodeLook look = nodeLook(id);
        const int batch = node->isSelected() ? selectedBatch
                          : look.conflict    ? conflictBatch
                          : look.highlight   ? highlightBatch
                                             : int(node->content().kind);
        const QRectF box = node->box().translated(node->pos());
        flat.boxes[batch].append(box);
        flat.dots[batch].append(box.center());
        flat.smallestBox = std::min({flat.smallestBox, box.width(), box.height()});
        if (look.searchHit)
            flat.searchHit.append(box.adjusted(-box.width() / 2, -box.height(), box.width() / 2,
                                               box.height()));
    }
    for (const EdgeItem *edge : m_edges) {
        if (!edge->isVisible())
            continue;
        const QLineF line(edge->route().first(), edge->route().last());
        if (isEdgeEmphasised(edge->from(), edge->to()))
            flat.emphasised.append(line);
        else if (edgeHighlight(edge->from(), edge->to()))
            flat.highlighted.append(line);
        else
            flat.lines.append(line);
    }
    for (const SiteBoxItem *box : m_siteBoxes)
        if (box->isVisible())
            flat.sites.append(box->box());
    flat.valid = true;
}

void GraphScene::drawFlat(QPainter *painter, const QRectF &sceneRect, double scale) const
{
    Q_UNUSED(sceneRect) // the painter's clip culls; the batches are drawn whole
    if (!m_flat.valid)
        rebuildFlat();
    const GraphStyle &style = GraphStyle::instance();
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::Antialiasing, false);

    if (!m_flat.sites.isEmpty()) {
        painter->setPen(style.edgeFlatPen);
        painter->setBrush(style.siteBoxFill);
        painter->drawRects(m_flat.sites.constData(), int(m_flat.sites.size()));
    }

    // Long lines shrink to stubs at both ends, as EdgeItem does, and sooner: this far out the
    // fans of the hubs would grey the whole screen (and take most of the time); the selection's
    // lines stay whole. The buffer keeps its capacity from frame to frame.
    QList<QLineF> &drawn = m_flat.drawn;
    drawn.clear();
    const double longest = flatStubThreshold / scale;
    const double stub = flatStubPixels / scale;
    for (const QLineF &line : m_flat.lines) {
        const double length = line.length();
        if (length <= longest) {
            drawn.append(line);
            continue;
        }
        drawn.append(QLineF(line.p1(), line.pointAt(stub / length)));
        drawn.append(QLineF(line.pointAt(1.0 - stub / length), line.p2()));
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(style.edgeFlatPen);
    painter->drawLines(drawn.constData(), int(drawn.size()));
    if (!m_flat.highlighted.isEmpty()) {
        painter->setPen(m_highlightFlatPen);
        painter->drawLines(m_flat.highlighted.constData(), int(m_flat.highlighted.size()));
    }
    if (!m_flat.emphasised.isEmpty()) {
        painter->setPen(style.edgeFlatEmphasisPen);
        painter->drawLines(m_flat.emphasised.constData(), int(m_flat.emphasised.size()));
    }

    for (const QRectF &hit : m_flat.searchHit)
        painter->fillRect(hit, style.searchPen.brush());

    const bool asDots = m_flat.smallestBox * scale < dotPixels;
    for (int b = 0; b < batchCount; ++b) {
        const QBrush &brush = b == selectedBatch    ? style.selectedSolid
                              : b == conflictBatch  ? style.conflictSolid
                              : b == highlightBatch ? m_highlightPen.brush()
                                                    : style.kindSolid[size_t(b)];
        if (asDots) {
            if (m_flat.dots[b].isEmpty())
                continue;
            painter->setPen(b == selectedBatch    ? style.selectedDotPen
                            : b == conflictBatch  ? style.conflictDotPen
                            : b == highlightBatch ? m_highlightDotPen
                                                  : style.kindDotPen[size_t(b)]);
            painter->drawPoints(m_flat.dots[b].constData(), int(m_flat.dots[b].size()));
        } else {
            if (m_flat.boxes[b].isEmpty())
                continue;
            painter->setPen(style.noPen);
            painter->setBrush(brush);
            painter->drawRects(m_flat.boxes[b].constData(), int(m_flat.boxes[b].size()));
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace planner
