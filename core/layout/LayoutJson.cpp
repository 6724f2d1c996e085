// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutJson.h"

#include "inventory/Estate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace planner {

namespace {

double rounded(double v)
{
    const double r = std::round(v * 10.0) / 10.0;
    return r == 0.0 ? 0.0 : r; // no "-0"
}

QJsonArray point(const QPointF &p)
{
    return QJsonArray{rounded(p.x()), rounded(p.y())};
}

} // namespace

QByteArray layoutToJson(const Estate &estate, const LayoutResult &layout)
{
    QJsonArray nodes;
    const int n = std::min(estate.componentCount(), int(layout.nodes.size()));
    for (int i = 0; i < n; ++i) {
        const NodePlacement &p = layout.nodes[i];
        QJsonObject node{{QStringLiteral("id"), estate.component(i).id},
                         {QStringLiteral("x"), rounded(p.centre.x())},
                         {QStringLiteral("y"), rounded(p.centre.y())},
                         {QStringLiteral("layer"), p.layer},
                         {QStringLiteral("width"), rounded(p.size.width())},
                         {QStringLiteral("height"), rounded(p.size.height())}};
        if (p.fixed)
            node.insert(QStringLiteral("fixed"), true);
        nodes.append(node);
    }

    QJsonArray edges;
    const int m = std::min(estate.dependencyCount(), int(layout.edges.size()));
    for (int i = 0; i < m; ++i) {
        const EdgeRoute &route = layout.edges[i];
        if (route.points.isEmpty())
            continue;
        QJsonArray points;
        for (const QPointF &pt : route.points)
            points.append(point(pt));
        QJsonObject edge{{QStringLiteral("from"), estate.dependency(i).from},
                         {QStringLiteral("to"), estate.dependency(i).to},
                         {QStringLiteral("points"), points}};
        if (route.reversed)
            edge.insert(QStringLiteral("reversed"), true);
        edges.append(edge);
    }

    QJsonObject root{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}};
    if (!layout.groups.isEmpty()) {
        QJsonArray groups;
        for (const GroupBox &g : layout.groups) {
            const QString site = g.group >= 0 && g.group < int(estate.sites.size())
                                     ? estate.sites[g.group].id
                                     : QString();
            groups.append(QJsonObject{{QStringLiteral("site"), site},
                                      {QStringLiteral("label"), g.label},
                                      {QStringLiteral("x"), rounded(g.box.x())},
                                      {QStringLiteral("y"), rounded(g.box.y())},
                                      {QStringLiteral("width"), rounded(g.box.width())},
                                      {QStringLiteral("height"), rounded(g.box.height())}});
        }
        root.insert(QStringLiteral("groups"), groups);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace planner
