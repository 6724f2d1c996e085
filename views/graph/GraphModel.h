// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphquery/GraphFilter.h"
#include "inventory/EstateStore.h"
#include "inventory/Kinds.h"
#include "planning/UpgradePath.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPen>
#include <QSet>
#include <QStringList>

namespace planner {

/// What a component's box shows, taken from the estate.
struct NodeContent
{
    QString title;       ///< the component's name (its id when it has none)
    QString versionLine; ///< "12.20 → 16.6", or the version alone when it stays
    QString site;        ///< the site's name, shown when there is room
    ComponentKind kind = ComponentKind::Other;
    Criticality criticality = Criticality::Medium;
};

/// What a component's box looks like beyond its content: the state the analysis and the user
/// gave it.
struct NodeLook
{
    bool conflict = false;
    bool searchHit = false;
    const QPen *highlight = nullptr; ///< the wave or path it belongs to, if highlighted
    QString pathMarks; ///< the numbers of its moves on the upgrade path shown, e.g. "1 3"
};

/// The dependency graph as the graph view shows it, apart from any drawing: the estate (through
/// its EstateStore) and the state laid over it by the analysis and the user: components in
/// conflict, the wave or path highlighted, the search hit, the filter and the selection. It
/// answers what each box and edge shows and looks like, and the tooltips; the GraphScene turns
/// it into items and repaints those it names in lookChanged(). Nothing here knows of items,
/// positions or painters, so it is tested on its own.
class GraphModel : public QObject
{
    Q_OBJECT
public:
    explicit GraphModel(EstateStore *store, QObject *parent = nullptr);

    EstateStore *store() const { return m_store; }
    const Estate &estate() const { return m_store->estate(); }

    /// What the box of the component in @p row shows; the site's name only when
    /// @p siteOnBox (not when the boxes are grouped by site already).
    NodeContent nodeContent(int row, bool siteOnBox) const;

    // --- the analysis ---
    /// Components in conflict and the messages their tooltip gives (from the conflict checker).
    void setConflicts(const QHash<QString, QStringList> &messages);
    QStringList conflictMessages(const QString &id) const { return m_conflicts.value(id); }
    /// Outlines these components in @p colour: the selected step's wave, a stepping-stone path.
    /// An empty list clears the highlight.
    void setHighlightedComponents(const QStringList &ids, const QColor &colour);
    const QSet<QString> &highlightedComponents() const { return m_highlighted; }
    /// The path of a stepping-stone upgrade: the component and the neighbours whose moves come
    /// between its hops are outlined in the path colour, the dependencies between them drawn in
    /// it, each box numbered with its moves. It takes precedence over the wave highlight. A
    /// path without moves clears it.
    void setUpgradePath(const UpgradePath &path);
    const UpgradePath &upgradePath() const { return m_path; }
    /// The callout's text for the path shown: a heading with the versions, then the numbered
    /// moves with their waves (empty without a path).
    QStringList pathLines() const;
    /// True for the path's component and the neighbours on it.
    bool isOnPath(const QString &id) const
    {
        return !m_path.moves.isEmpty() && (id == m_path.component || m_pathNeighbours.contains(id));
    }

    // --- the user ---
    /// Marks the component a search found (empty: none).
    void setSearchHit(const QString &id);
    QString searchHit() const { return m_searchHit; }
    /// Shows only what @p filter lets through.
    void setFilter(const GraphFilter &filter);
    const GraphFilter &filter() const { return m_filter; }
    /// The components selected in the graph: their dependencies are emphasised.
    void setSelectedComponents(const QSet<QString> &ids);
    const QSet<QString> &selectedComponents() const { return m_selectedIds; }

    /// The estate was replaced: the path and the selection were the old estate's.
    void estateReset();
    /// A component went: it is no longer selected.
    void componentRemoved(const QString &id) { m_selectedIds.remove(id); }

    // --- the answers ---
    NodeLook nodeLook(const QString &id) const;
    /// The dependency from -> to is drawn emphasised when it touches a selected component.
    bool isEdgeEmphasised(const QString &from, const QString &to) const;
    /// The pen of a dependency between highlighted components (the path's first), or nullptr.
    const QPen *edgeHighlight(const QString &from, const QString &to) const;
    /// The highlight's pens zoomed far out: lines and boxes shrunk to dots.
    const QPen &highlightFlatPen() const { return m_highlightFlatPen; }
    const QPen &highlightDotPen() const { return m_highlightDotPen; }
    const QPen &highlightPen() const { return m_highlightPen; }

    /// The tooltip of a component's box: what it is, its versions, its site, its conflicts.
    QString componentToolTip(const QString &id) const;
    /// The tooltip of the dependency in @p row; @p closesCycle when the layout reversed it.
    QString dependencyToolTip(int row, bool closesCycle) const;

    /// How a state change reaches the drawing.
    enum class Repaint { Boxes, Edges, BoxesAndEdges };

Q_SIGNALS:
    /// These components' boxes (and/or the dependencies touching them) look different now.
    void lookChanged(const QSet<QString> &ids, GraphModel::Repaint what);
    /// The upgrade path shown changed (its callout follows).
    void pathChanged();
    void filterChanged(const GraphFilter &filter);

private:
    QString moveText(const PathMove &move) const;

    EstateStore *m_store;
    QHash<QString, QStringList> m_conflicts;
    QSet<QString> m_highlighted;
    QPen m_highlightPen;     // halo around highlighted boxes
    QPen m_highlightEdgePen; // dependencies between highlighted components
    QPen m_highlightFlatPen; // the same, zoomed far out
    QPen m_highlightDotPen;  // highlighted boxes shrunk to dots
    UpgradePath m_path;
    QSet<QString> m_pathNeighbours;
    QHash<QString, QString> m_pathMarks;
    QString m_searchHit;
    GraphFilter m_filter;
    QSet<QString> m_selectedIds;
};

} // namespace planner
