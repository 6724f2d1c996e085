// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphExport.h"

#include "GraphLegend.h"
#include "GraphScene.h"
#include "GraphStyle.h"
#include "NodeItem.h"
#include "analysis/ConflictBadges.h"
#include "compat/Compatibility.h"
#include "exchange/FileFormat.h"
#include "inventory/EstateStore.h"
#include "storage/SafeWrite.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <optional>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(GraphExport)
};

constexpr double border = 20.0;

} // namespace

namespace {

// The title above the graph: the project's name, then what is drawn.
struct Title
{
    QString name;
    QString subtitle;
    QFont nameFont;
    QFont subtitleFont;
    QSizeF size;

    // @p part: the part of the scene drawn, or empty for the whole graph.
    Title(const GraphScene &scene, const QRectF &part)
    {
        const Estate &estate = scene.estate();
        name = estate.project.name.isEmpty() ? Tr::tr("Dependency graph") : estate.project.name;
        int shown = 0;
        int inConflict = 0;
        for (const NodeItem *node : scene.nodeItems()) {
            if (!node->isVisible()
                || (!part.isEmpty() && !part.intersects(node->sceneBoundingRect())))
                continue;
            shown += 1;
            inConflict += scene.model().conflictMessages(node->componentId()).isEmpty() ? 0 : 1;
        }
        subtitle = !part.isEmpty() ? Tr::tr("Dependency graph (the part shown)")
                                   : Tr::tr("Dependency graph");
        subtitle += shown == 1 ? Tr::tr(": 1 component") : Tr::tr(": %1 components").arg(shown);
        if (inConflict > 0)
            subtitle += inConflict == 1 ? Tr::tr(", 1 with an open error")
                                        : Tr::tr(", %1 with an open error").arg(inConflict);
        const GraphStyle &style = GraphStyle::instance();
        nameFont = style.titleFont;
        nameFont.setPixelSize(18);
        subtitleFont = style.detailFont;
        subtitleFont.setPixelSize(12);
        const QFontMetricsF big(nameFont), small(subtitleFont);
        size = QSizeF(std::max(big.horizontalAdvance(name), small.horizontalAdvance(subtitle)),
                      big.height() + 4 + small.height());
    }
    void paint(QPainter *painter, const QPointF &topLeft) const
    {
        const GraphStyle &style = GraphStyle::instance();
        const QFontMetricsF big(nameFont), small(subtitleFont);
        painter->setFont(nameFont);
        painter->setPen(style.textPen);
        painter->drawText(topLeft + QPointF(0, big.ascent()), name);
        painter->setFont(subtitleFont);
        painter->setPen(style.detailPen);
        painter->drawText(topLeft + QPointF(0, big.height() + 4 + small.ascent()), subtitle);
    }
};

} // namespace

Expected<Done> exportScene(GraphScene &scene, QIODevice *device, GraphExportFormat format,
                           const QRectF &source, const GraphDecorations &decorations)
{
    scene.waitForLayout();
    QRectF area = source.isEmpty() ? scene.graphBounds() : source;
    if (area.isEmpty())
        area = QRectF(0, 0, 200, 100); // an empty estate still gives a valid, blank picture
    if (source.isEmpty())
        area.adjust(-border, -border, border, border);

    // Title band, graph, legend band, one under the other; the bands are never scaled.
    const std::optional<Title> title = decorations.title
                                           ? std::optional<Title>(Title(scene, source))
                                           : std::nullopt;
    const std::optional<GraphLegend> legend = decorations.legend ? std::optional<GraphLegend>(
                                                  GraphLegend(scene.estate()))
                                                                 : std::nullopt;
    const double titleBand = title ? title->size.height() + 2 * border : 0.0;
    const double legendBand = legend ? legend->size().height() + 2 * border : 0.0;
    const double bandWidth = std::max(title ? title->size.width() + 2 * border : 0.0,
                                      legend ? legend->size().width() + 2 * border : 0.0);
    double scale = 1.0;
    if (format == GraphExportFormat::Png)
        scale = std::min({1.0, maxPngSide / area.width(),
                          std::max(1.0, maxPngSide - titleBand - legendBand) / area.height()});
    const QSizeF graphSize = area.size() * scale;
    const QSizeF canvas(std::ceil(std::max(graphSize.width(), bandWidth)),
                        std::ceil(titleBand + graphSize.height() + legendBand));
    const QRectF graphTarget(QPointF(0, titleBand), graphSize);

    auto paint = [&](QPainter &painter) {
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        if (title)
            title->paint(&painter, QPointF(border, border));
        if (scale < GraphStyle::flatLevel) {
            painter.save();
            painter.translate(graphTarget.topLeft());
            painter.scale(scale, scale);
            painter.translate(-area.topLeft());
            scene.drawFlat(&painter, area, scale);
            painter.restore();
        } else {
            scene.render(&painter, graphTarget, area);
        }
        if (legend) {
            const QPointF at(border, graphTarget.bottom() + border);
            painter.setPen(QPen(QColor(0xd0, 0xd5, 0xdc), 1.0));
            painter.drawLine(QPointF(border, graphTarget.bottom() + border / 2),
                             QPointF(canvas.width() - border, graphTarget.bottom() + border / 2));
            legend->paint(&painter, at);
        }
    };

    if (format == GraphExportFormat::Svg) {
        QSvgGenerator svg;
        svg.setOutputDevice(device);
        svg.setSize(canvas.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), canvas));
        svg.setTitle(scene.estate().project.name.isEmpty() ? Tr::tr("Dependency graph")
                                                           : scene.estate().project.name);
        svg.setDescription(Tr::tr("Dependency graph drawn by Upgrade Planner"));
        QPainter painter;
        if (!painter.begin(&svg))
            return Error{Tr::tr("SVG export"), Tr::tr("cannot write to the output")};
        painter.fillRect(QRectF(QPointF(0, 0), canvas), Qt::white);
        paint(painter);
        painter.end();
        return Done{};
    }

    const QSize size(std::max(1, int(canvas.width())), std::max(1, int(canvas.height())));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error{Tr::tr("PNG export"), Tr::tr("not enough memory for a %1 x %2 image")
                                               .arg(size.width())
                                               .arg(size.height())};
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter);
    }
    QImageWriter writer(device, "png");
    if (!writer.write(image))
        return Error{Tr::tr("PNG export"), writer.errorString()};
    return Done{};
}

Expected<Done> exportScene(GraphScene &scene, const QString &path, GraphExportFormat format,
                           const QRectF &source, const GraphDecorations &decorations)
{
    return writeFileAtomically(path, [&](QIODevice *device) {
        return exportScene(scene, device, format, source, decorations);
    });
}

Expected<Done> exportGraph(const Estate &estate, QIODevice *device, GraphExportFormat format,
                           const LayoutOptions &options)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error{Tr::tr("graph export"),
                     Tr::tr("drawing the graph needs a QApplication (use the offscreen platform "
                            "without a display)")};
    EstateStore store;
    store.reset(estate);
    GraphScene scene(&store, nullptr, nullptr);
    scene.setLayoutOptions(options);
    scene.model().setConflicts(graphConflictMarks(checkCompatibility(estate)));
    return exportScene(scene, device, format);
}

void provideGraphFormats()
{
    FileFormat svg;
    svg.name = QStringLiteral("svg");
    svg.write = [](const Estate &estate, QIODevice *device, const FormatOptions &) {
        return exportGraph(estate, device, GraphExportFormat::Svg);
    };
    svg.needsGui = true;
    FileFormats::provide(svg);
    FileFormat png = svg;
    png.name = QStringLiteral("png");
    png.write = [](const Estate &estate, QIODevice *device, const FormatOptions &) {
        return exportGraph(estate, device, GraphExportFormat::Png);
    };
    FileFormats::provide(png);
}

Expected<Done> exportGraph(const Estate &estate, const QString &path, GraphExportFormat format,
                           const LayoutOptions &options)
{
    return writeFileAtomically(path, [&](QIODevice *device) {
        return exportGraph(estate, device, format, options);
    });
}

} // namespace planner
