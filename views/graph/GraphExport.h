// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"
#include "layout/LayeredLayout.h"

#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace planner {

class Estate;
class GraphScene;

enum class GraphExportFormat { Svg, Png };

/// Largest side of an exported PNG, in pixels: a bigger drawing is scaled down to fit.
inline constexpr int maxPngSide = 8000;

/// What an exported picture carries around the graph, so that it explains itself away from
/// the workbench: a title (the project's name, what is drawn and how many components are in
/// conflict) above, the legend (GraphLegend) below.
struct GraphDecorations
{
    bool title = true;
    bool legend = true;
};

/// Draws @p source of @p scene (the whole graph when empty) into @p device as an SVG document
/// or a PNG image, at 100 % (a PNG's graph scaled down so that no side passes maxPngSide
/// pixels; title and legend stay at their size), as the view draws it: conflicts, highlights
/// and the path shown included.
Expected<Done> exportScene(GraphScene &scene, QIODevice *device, GraphExportFormat format,
                           const QRectF &source = {}, const GraphDecorations &decorations = {});
Expected<Done> exportScene(GraphScene &scene, const QString &path, GraphExportFormat format,
                           const QRectF &source = {}, const GraphDecorations &decorations = {});

/// Lays out @p estate, checks its compatibility (conflicts drawn red as in the workbench) and
/// draws the whole graph into @p device, without a window: what
/// `upgrade-planner export --format svg|png` writes. Needs a QApplication (on the offscreen
/// platform when there is no display); says so in the Error otherwise.
Expected<Done> exportGraph(const Estate &estate, QIODevice *device, GraphExportFormat format,
                           const LayoutOptions &options = {});
Expected<Done> exportGraph(const Estate &estate, const QString &path, GraphExportFormat format,
                           const LayoutOptions &options = {});

/// Gives the file format registry (exchange/FileFormat.h) its "svg" and "png" writers, which
/// draw with the graph view's scene. Called once at start-up.
void provideGraphFormats();

} // namespace planner
