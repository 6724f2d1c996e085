// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GraphExport.h"
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
class QUndoStack;
QT_END_NAMESPACE

namespace planner {

class ComponentSelection;
class EstateStore;
class GraphOverview;
class GraphScene;
class GraphView;

/// The "Graph" tab of a document: the dependency graph with its toolbar (fit, zoom, search,
/// filters by kind, site and criticality, impact view, grouping by site, connect mode,
/// re-layout, export) and the overview in the corner. Edits go onto @p undoStack; the selection
/// is shared with the document's other views through @p selection.
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

    /// Writes the whole graph, or only the part the view shows, as SVG or PNG.
    Expected<Done> exportTo(const QString &path, GraphExportFormat format, bool visiblePartOnly);

private:
    void buildToolBar();
    void fillSiteFilter();
    void applyFilterChoice();
    void search();
    void refreshSearchNames();
    void exportInteractively(GraphExportFormat format, bool visiblePartOnly);
    void showStatus(const QString &text);
    void onLayoutFinished();
    void updateOverviewVisibility();

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
    QAction *m_groupBySite;
    QAction *m_connect;
    QAction *m_showOverview;
    QLabel *m_status;
    QTimer m_searchNamesTimer;
    QTimer m_statusTimer;
    bool m_fitWhenLaidOut = true;
};

} // namespace planner
