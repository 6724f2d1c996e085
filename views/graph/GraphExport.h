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

/// Draws @p source of @p scene (the whole graph when empty) into @p device as an SVG document
/// or a PNG image, at 100 % (a PNG scaled down to at most maxPngSide pixels).
Expected<Done> exportScene(GraphScene &scene, QIODevice *device, GraphExportFormat format,
                           const QRectF &source = {});
Expected<Done> exportScene(GraphScene &scene, const QString &path, GraphExportFormat format,
                           const QRectF &source = {});

/// Lays out @p estate and draws the whole graph into @p device, without a window: what
/// `upgrade-planner export --format svg|png` writes. Needs a QApplication (on the offscreen
/// platform when there is no display); says so in the Error otherwise.
Expected<Done> exportGraph(const Estate &estate, QIODevice *device, GraphExportFormat format,
                           const LayoutOptions &options = {});
Expected<Done> exportGraph(const Estate &estate, const QString &path, GraphExportFormat format,
                           const LayoutOptions &options = {});

} // namespace planner
