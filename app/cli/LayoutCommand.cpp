// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner layout PROJECT [--json] [--group-by-site]
#include "CommandSupport.h"

#include "layout/LayeredLayout.h"
#include "layout/LayoutJson.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace planner::cli {

int runLayout(const QStringList &arguments)
{
    const QString command = QStringLiteral("layout");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lays out the dependency graph as the graph view draws it (dependents above what\n"
               "they need, hand-placed components kept) and prints the coordinates: screen\n"
               "coordinates, y growing downwards."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print nodes, edges and site boxes as JSON (fields in "
                                         "docs/cli.md)."));
    const QCommandLineOption groupBySite(QStringLiteral("group-by-site"),
                                         Tr::tr("Keep each site's components together in a "
                                                "box."));
    parser.addOption(json);
    parser.addOption(groupBySite);
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;
    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;

    LayoutOptions options;
    options.groupBySite = parser.isSet(groupBySite);
    const LayoutResult layout = layoutEstate(*estate, options);
    for (const QString &warning : layout.warnings)
        err() << parser.positionalArguments().constFirst() << ": " << warning << '\n';

    if (parser.isSet(json)) {
        out() << QString::fromUtf8(layoutToJson(*estate, layout)) << '\n';
        return ExitSuccess;
    }
    int drawn = 0;
    for (const EdgeRoute &route : layout.edges)
        drawn += route.points.isEmpty() ? 0 : 1;
    out() << Tr::tr("%1 components in %2 layers, %3 of %4 dependencies drawn")
                 .arg(layout.nodes.size())
                 .arg(layout.layerCount)
                 .arg(drawn)
                 .arg(estate->dependencyCount())
          << '\n';
    out() << Tr::tr("drawing: %1 x %2 pixels, %3 edge crossings, %4 edges turned to break cycles")
                 .arg(qRound(layout.bounds.width()))
                 .arg(qRound(layout.bounds.height()))
                 .arg(layout.crossings)
                 .arg(layout.reversedEdges)
          << '\n';
    if (!layout.groups.isEmpty())
        out() << Tr::tr("%n site box(es)", nullptr, int(layout.groups.size())) << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
