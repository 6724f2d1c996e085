// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphExport.h"
#include "graphquery/GraphFilter.h"
#include "planning/UpgradePath.h"

#include <QColor>
#include <QHash>
#include <QStringList>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolBar;
class QToolButton;
class QUndoStack;
QT_END_NAMESPACE

namespace planner {

class ComponentSelection;
class EstateStore;
class GraphOverview;
class GraphScene;
class GraphView;
class LegendOverlay;

/// The "Graph" tab of a document: the dependency graph with its toolbar (fit, zoom with the
/// zoom shown, search, legend, overview, export, the Arrange menu with grouping by site,
/// connect mode and re-layout, and the Filters drop-down: kind, site, criticality, impact
/// view), the legend in the bottom-left corner (folded to a one-line key in a small view; a
/// click folds or unfolds it) and the overview in the bottom-right one. A project opens as it
/// was last seen (setProjectPath()), otherwise fitted to the view when the names stay
/// readable that way, or else at the smallest zoom where they are, on the components with an
/// open error (the first layer before the analysis is in), with a hint that Fit shows names
/// only once zoomed in. Edits go onto @p undoStack; the selection is shared with the
/// document's other views through @p selection.
class GraphWidget : public QWidget
{
    Q_OBJECT
public:
    GraphWidget(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
                QWidget *parent = nullptr);
    ~GraphWidget() override;

    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    GraphOverview *overview() const { return m_overview; }

    /// Components in conflict and their messages (shown in colour, listed in the tooltip).
    void setConflicts(const QHash<QString, QStringList> &messages);
    /// Outlines the selected step's wave in @p colour.
    void setHighlightedComponents(const QStringList &ids, const QColor &colour);
    /// Draws the path of a stepping-stone upgrade (see GraphScene::setUpgradePath).
    void setUpgradePath(const UpgradePath &path);

    /// Writes the whole graph, or only the part the view shows, as SVG or PNG, with the
    /// project's name above and, while the legend is shown, the legend below.
    Expected<Done> exportTo(const QString &path, GraphExportFormat format, bool visiblePartOnly);

    /// The file of the project shown (empty: untitled). The view of each project (its centre
    /// and zoom, or fitted) is kept in the settings under its path: a project opened again
    /// shows what it showed when it was left, instead of the whole graph.
    void setProjectPath(const QString &path);
    QString projectPath() const { return m_projectPath; }
    /// Shows or hides the legend (the toolbar's Legend button); the choice is kept.
    void setLegendVisible(bool on);
    bool isLegendVisible() const;
    /// The legend drawn over the view.
    QWidget *legend() const;
    /// Folds the legend to a one-line key, or unfolds it (a click on it does the same); the
    /// choice is kept. Until the user chooses, it is folded when the whole of it would take
    /// more than a fifth of the view's height.
    void setLegendFolded(bool folded);
    bool isLegendFolded() const;

Q_SIGNALS:
    /// The user asked for the details of component @p id (its context menu).
    void detailsRequested(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBar();
    void buildFilters();
    void showFilter(const GraphFilter &filter);
    void legendSwitched(bool on);
    QRectF openingFocus() const;
    void updateZoomHint();
    void sayOpening();
    void fillSiteFilter();
    void applyFilterChoice();
    void search();
    void refreshSearchNames();
    void exportInteractively(GraphExportFormat format, bool visiblePartOnly);
    void showStatus(const QString &text);
    void onLayoutFinished();
    void updateOverviewVisibility();
    void updateZoomLabel();
    void updateLegend();
    void saveView();
    bool restoreView();

    EstateStore *m_store;
    GraphScene *m_scene;
    GraphView *m_view;
    GraphOverview *m_overview;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QStringListModel *m_searchNames;
    QComboBox *m_kind;
    QComboBox *m_site;
    QComboBox *m_criticality;
    QComboBox *m_impact;
    QToolButton *m_filterButton;
    QAction *m_groupBySite;
    QAction *m_connect;
    QAction *m_showOverview;
    QAction *m_showLegend;
    QToolButton *m_zoomLabel;
    LegendOverlay *m_legend;
    QLabel *m_status;
    QLabel *m_zoomHint;
    QTimer m_searchNamesTimer;
    QTimer m_statusTimer;
    QTimer m_saveViewTimer;
    QString m_projectPath;
    bool m_openingToSay = false; // the opening explained once the tab is shown
    bool m_fitWhenLaidOut = true;
    bool m_restoreWhenNamed = false; // a new estate whose project path is not known yet
    int m_legendForWidth = -1;       // the view's width the legend was arranged for
    int m_legendForHeight = -1;
};

} // namespace planner
