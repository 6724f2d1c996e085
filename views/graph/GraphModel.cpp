// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphModel.h"

#include "GraphStyle.h"

namespace planner {

namespace {

QString versionLine(const Component &c)
{
    if (c.hasUpgrade())
        return QStringLiteral("%1 \u2192 %2").arg(c.version.text(), c.target->text());
    return c.version.text();
}

QString siteName(const Estate &estate, const QString &siteId)
{
    for (const Site &site : estate.sites)
        if (site.id == siteId)
            return site.name.isEmpty() ? site.id : site.name;
    return siteId;
}

} // namespace

GraphModel::GraphModel(EstateStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

NodeContent GraphModel::nodeContent(int row, bool siteOnBox) const
{
    const Estate &est = estate();
    const Component &c = est.component(row);
    NodeContent content;
    content.title = c.name.isEmpty() ? c.id : c.name;
    content.versionLine = versionLine(c);
    content.site = (!siteOnBox || c.site.isEmpty()) ? QString() : siteName(est, c.site);
    content.kind = c.kind;
    content.criticality = c.criticality;
    return content;
}

void GraphModel::setConflicts(const QHash<QString, QStringList> &messages)
{
    QSet<QString> touched;
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it)
        touched.insert(it.key());
    for (auto it = messages.cbegin(); it != messages.cend(); ++it)
        touched.insert(it.key());
    m_conflicts = messages;
    Q_EMIT lookChanged(touched, Repaint::Boxes);
}

void GraphModel::setHighlightedComponents(const QStringList &ids, const QColor &colour)
{
    QSet<QString> touched = m_highlighted;
    m_highlighted = QSet<QString>(ids.cbegin(), ids.cend());
    touched.unite(m_highlighted);
    QColor halo = colour;
    halo.setAlpha(200);
    m_highlightPen = QPen(halo, 9.0);
    m_highlightPen.setJoinStyle(Qt::RoundJoin);
    m_highlightEdgePen = QPen(colour, 2.6);
    m_highlightEdgePen.setJoinStyle(Qt::RoundJoin);
    m_highlightFlatPen = QPen(colour, 1.5);
    m_highlightFlatPen.setCosmetic(true);
    m_highlightDotPen = GraphStyle::dotPen(QBrush(colour), 3.0);
    Q_EMIT lookChanged(touched, Repaint::BoxesAndEdges);
}

void GraphModel::setUpgradePath(const UpgradePath &path)
{
    QSet<QString> touched = m_pathNeighbours;
    touched.insert(m_path.component);
    m_path = path.moves.isEmpty() ? UpgradePath{} : path;
    m_pathNeighbours = QSet<QString>(m_path.neighbours.cbegin(), m_path.neighbours.cend());
    m_pathMarks.clear();
    for (int i = 0; i < m_path.moves.size(); ++i) {
        QString &marks = m_pathMarks[m_path.moves[i].component];
        marks += (marks.isEmpty() ? QString() : QStringLiteral(" ")) + QString::number(i + 1);
    }
    touched.unite(m_pathNeighbours);
    touched.insert(m_path.component);
    touched.remove(QString());
    Q_EMIT pathChanged();
    Q_EMIT lookChanged(touched, Repaint::BoxesAndEdges);
}

QStringList GraphModel::pathLines() const
{
    if (m_path.moves.isEmpty())
        return {};
    const Component *c = estate().find(m_path.component);
    QStringList lines{tr("Upgrade path of %1: %2")
                          .arg(c ? c->name : m_path.component,
                               m_path.versions().join(QStringLiteral(" \u2192 ")))};
    for (int i = 0; i < m_path.moves.size(); ++i)
        lines << QStringLiteral("%1.  ").arg(i + 1) + moveText(m_path.moves[i]);
    return lines;
}

// "wave 2: Ledger 4.2 -> 5.0 (stepping stone)"
QString GraphModel::moveText(const PathMove &move) const
{
    const Component *c = estate().find(move.component);
    QString text = tr("wave %1: %2 %3 \u2192 %4")
                       .arg(move.wave)
                       .arg(c ? c->name : move.component, move.from.text(), move.to.text());
    if (move.steppingStone)
        text += tr(" (stepping stone)");
    else if (move.requiredStop)
        text += tr(" (required stop)");
    return text;
}

void GraphModel::setSearchHit(const QString &id)
{
    if (id == m_searchHit)
        return;
    const QSet<QString> touched{m_searchHit, id};
    m_searchHit = id;
    Q_EMIT lookChanged(touched, Repaint::Boxes);
}

void GraphModel::setFilter(const GraphFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
}

void GraphModel::setSelectedComponents(const QSet<QString> &ids)
{
    // The dependencies of newly (de)selected components change their emphasis.
    QSet<QString> touched;
    for (const QString &id : std::as_const(m_selectedIds))
        if (!ids.contains(id))
            touched.insert(id);
    for (const QString &id : ids)
        if (!m_selectedIds.contains(id))
            touched.insert(id);
    m_selectedIds = ids;
    Q_EMIT lookChanged(touched, Repaint::Edges);
}

void GraphModel::estateReset()
{
    m_path = {};
    m_pathNeighbours.clear();
    m_pathMarks.clear();
    m_selectedIds.clear();
    Q_EMIT pathChanged();
}

NodeLook GraphModel::nodeLook(const QString &id) const
{
    NodeLook look;
    look.conflict = !m_conflicts.isEmpty() && m_conflicts.contains(id);
    look.searchHit = !m_searchHit.isEmpty() && id == m_searchHit;
    if (!m_pathMarks.isEmpty()) {
        look.pathMarks = m_pathMarks.value(id);
        if (!look.pathMarks.isEmpty())
            look.highlight = &GraphStyle::instance().pathHaloPen;
    }
    if (!look.highlight && !m_highlighted.isEmpty() && m_highlighted.contains(id))
        look.highlight = &m_highlightPen;
    return look;
}

bool GraphModel::isEdgeEmphasised(const QString &from, const QString &to) const
{
    return !m_selectedIds.isEmpty() && (m_selectedIds.contains(from) || m_selectedIds.contains(to));
}

const QPen *GraphModel::edgeHighlight(const QString &from, const QString &to) const
{
    if (!m_pathNeighbours.isEmpty()
        && ((from == m_path.component && m_pathNeighbours.contains(to))
            || (to == m_path.component && m_pathNeighbours.contains(from))))
        return &GraphStyle::instance().pathEdgePen;
    if (m_highlighted.isEmpty() || !m_highlighted.contains(from) || !m_highlighted.contains(to))
        return nullptr;
    return &m_highlightEdgePen;
}

QString GraphModel::componentToolTip(const QString &id) const
{
    const Estate &est = estate();
    const Component *c = est.find(id);
    if (!c)
        return {};
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(c->name.toHtmlEscaped(), c->id.toHtmlEscaped());
    lines << tr("%1, %2 criticality").arg(kindLabel(c->kind), criticalityLabel(c->criticality));
    lines << (c->hasUpgrade()
                  ? tr("Version %1, target %2").arg(c->version.text(), c->target->text())
                  : tr("Version %1, stays").arg(c->version.text()));
    if (!c->site.isEmpty())
        lines << tr("Site: %1").arg(siteName(est, c->site).toHtmlEscaped());
    if (est.manualPositions.contains(c->id))
        lines << tr("Placed by hand");
    const QStringList conflicts = m_conflicts.value(c->id);
    for (const QString &message : conflicts)
        lines << QStringLiteral("<span style=\"color:#c00000\">\u26a0 %1</span>")
                     .arg(message.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString GraphModel::dependencyToolTip(int row, bool closesCycle) const
{
    const Estate &est = estate();
    if (row < 0 || row >= est.dependencyCount())
        return {};
    const Dependency &dep = est.dependency(row);
    QString text = tr("%1 depends on %2 (%3)").arg(dep.from, dep.to, dep.type).toHtmlEscaped();
    if (dep.requirement)
        text += QStringLiteral("<br>")
                + tr("requires %1").arg(dep.requirement->text()).toHtmlEscaped();
    if (closesCycle)
        text += QStringLiteral("<br>") + tr("part of a dependency cycle");
    return text;
}

} // namespace planner
