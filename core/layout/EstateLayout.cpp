// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayeredLayout.h"

#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace planner {

namespace {

// Average advance of a character of the view's default font, and the box's inner margins.
constexpr double charWidth = 7.0;
constexpr double sideMargins = 20.0;

QString versionLine(const Component &c)
{
    if (c.hasUpgrade())
        return QStringLiteral("%1 \u2192 %2").arg(c.version.text(), c.target->text());
    return c.version.text();
}

} // namespace

QSizeF estimatedNodeSize(const QString &title, const QString &subtitle)
{
    const qsizetype chars = std::max(title.size(), subtitle.size());
    const double width = std::clamp(double(chars) * charWidth + sideMargins, 60.0, 260.0);
    return {width, subtitle.isEmpty() ? 28.0 : 44.0};
}

LayoutResult layoutEstate(const Estate &estate, const LayoutOptions &options)
{
    LayoutGraph graph;
    QHash<QString, int> siteIndex;
    for (const Site &site : estate.sites) {
        siteIndex.insert(site.id, int(graph.groupNames.size()));
        graph.groupNames.append(site.name.isEmpty() ? site.id : site.name);
    }

    const int n = estate.componentCount();
    graph.nodes.resize(n);
    for (int i = 0; i < n; ++i) {
        const Component &c = estate.component(i);
        LayoutNode &node = graph.nodes[i];
        node.size = estimatedNodeSize(c.name.isEmpty() ? c.id : c.name, versionLine(c));
        node.group = siteIndex.value(c.site, -1);
        const auto manual = estate.manualPositions.constFind(c.id);
        if (manual != estate.manualPositions.constEnd())
            node.fixedCentre = QPointF(*manual);
    }

    // Only dependencies between known components go to the layout; the result lists them all.
    QList<int> kept;
    QStringList warnings;
    graph.edges.reserve(estate.dependencyCount());
    for (int d = 0; d < estate.dependencyCount(); ++d) {
        const Dependency &dep = estate.dependency(d);
        const int from = estate.indexOf(dep.from);
        const int to = estate.indexOf(dep.to);
        if (from < 0 || to < 0) {
            warnings.append(QCoreApplication::translate("LayeredLayout",
                                                        "dependencies[%1]: unknown component "
                                                        "\"%2\", not drawn")
                                .arg(d)
                                .arg(from < 0 ? dep.from : dep.to));
            continue;
        }
        graph.edges.append({from, to});
        kept.append(d);
    }

    LayoutResult laid = layoutGraph(graph, options);
    QList<EdgeRoute> edges(estate.dependencyCount());
    for (qsizetype k = 0; k < kept.size(); ++k)
        edges[kept[k]] = std::move(laid.edges[k]);
    laid.edges = std::move(edges);
    laid.warnings = warnings + laid.warnings;
    return laid;
}

} // namespace planner
