// SPDX-License-Identifier: GPL-3.0-or-later
// The svg and png export formats: the dependency graph as the graph view draws it, laid out
// without a window (QApplication on the offscreen platform).
#include "graph/GraphExport.h"
#include "inventory/Estate.h"

namespace planner::cli {

Expected<Done> writeGraphSvg(const Estate &estate, QIODevice *device)
{
    return exportGraph(estate, device, GraphExportFormat::Svg);
}

Expected<Done> writeGraphPng(const Estate &estate, QIODevice *device)
{
    return exportGraph(estate, device, GraphExportFormat::Png);
}

} // namespace planner::cli
