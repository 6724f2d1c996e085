// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphExport.h"

#include "GraphScene.h"
#include "GraphStyle.h"
#include "inventory/EstateStore.h"
#include "storage/SafeWrite.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace planner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphExport", text);
}

constexpr double border = 20.0;

} // namespace

Expected<Done> exportScene(GraphScene &scene, QIODevice *device, GraphExportFormat format,
                           const QRectF &source)
{
    scene.waitForLayout();
    QRectF area = source.isEmpty() ? scene.graphBounds() : source;
    if (area.isEmpty())
        area = QRectF(0, 0, 200, 100); // an empty estate still gives a valid, blank picture
    if (source.isEmpty())
        area.adjust(-border, -border, border, border);

    if (format == GraphExportFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(device);
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setTitle(scene.estate().project.name.isEmpty() ? tr("Dependency graph")
                                                           : scene.estate().project.name);
        svg.setDescription(tr("Dependency graph drawn by Upgrade Planner"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{tr("SVG export"), tr("cannot write to the output")};
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
        painter.end();
        return Done{};
    }

    const double scale = std::min(1.0, maxPngSide / std::max(area.width(), area.height()));
    const QSize size(std::max(1, int(std::ceil(area.width() * scale))),
                     std::max(1, int(std::ceil(area.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error{tr("PNG export"), tr("not enough memory for a %1 x %2 image")
                                           .arg(size.width())
                                           .arg(size.height())};
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        if (scale < GraphStyle::flatLevel) {
            painter.scale(scale, scale);
            painter.translate(-area.topLeft());
            scene.drawFlat(&painter, area, scale);
        } else {
            scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), area);
        }
    }
    QImageWriter writer(device, "png");
    if (!writer.write(image))
        return Error{tr("PNG export"), writer.errorString()};
    return Done{};
}

Expected<Done> exportScene(GraphScene &scene, const QString &path, GraphExportFormat format,
                           const QRectF &source)
{
    return writeFileAtomically(path, [&](QIODevice *device) {
        return exportScene(scene, device, format, source);
    });
}

Expected<Done> exportGraph(const Estate &estate, QIODevice *device, GraphExportFormat format,
                           const LayoutOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error{tr("graph export"),
                     tr("drawing the graph needs a QApplication (use the offscreen platform "
                        "without a display)")};
    EstateStore store;
    store.reset(estate);
    GraphScene scene(&store, nullptr, nullptr);
    scene.setLayoutOptions(options);
    return exportScene(scene, device, format);
}

Expected<Done> exportGraph(const Estate &estate, const QString &path, GraphExportFormat format,
                           const LayoutOptions &options)
{
    return writeFileAtomically(path, [&](QIODevice *device) {
        return exportGraph(estate, device, format, options);
    });
}

} // namespace planner
