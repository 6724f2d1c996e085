// SPDX-License-Identifier: GPL-3.0-or-later
// GraphWidget: the toolbar (zoom, search, legend, overview, export, arrange) and the Filters
// drop-down with its choices.
#include "GraphWidget.h"
#include "panels/ActionIcons.h"

#include "GraphScene.h"
#include "GraphView.h"
#include "inventory/EstateStore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

namespace planner {

void GraphWidget::buildToolBar()
{
    // The most used first: what does not fit goes into the overflow from the end.
    QToolBar *bar = m_toolBar;
    QAction *fit = bar->addAction(actionIcon(ActionIcon::ZoomFit), tr("Fit"), m_view,
                                  &GraphView::fitToView);
    fit->setToolTip(tr("Show the whole graph (F)"));
    // The zoom buttons show their icons alone: a magnifier with - and + needs no word.
    const auto iconOnly = [bar](QAction *action) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    };
    QAction *out = bar->addAction(actionIcon(ActionIcon::ZoomOut), tr("Zoom Out"), m_view,
                                  &GraphView::zoomOut);
    out->setToolTip(tr("Zoom out (-)"));
    iconOnly(out);
    // The zoom as it is; a click shows the graph at 100 %.
    m_zoomLabel = new QToolButton(bar);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setToolTip(tr("Zoom; click for actual size (1)"));
    m_zoomLabel->setMinimumWidth(
        QFontMetrics(m_zoomLabel->font()).horizontalAdvance(QStringLiteral("1000 %")) + 8);
    connect(m_zoomLabel, &QToolButton::clicked, m_view, [this] { m_view->setZoom(1.0); });
    bar->addWidget(m_zoomLabel);
    QAction *in = bar->addAction(actionIcon(ActionIcon::ZoomIn), tr("Zoom In"), m_view,
                                 &GraphView::zoomIn);
    in->setToolTip(tr("Zoom in (+)"));
    iconOnly(in);
    bar->addSeparator();

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find component…"));
    m_search->setToolTip(tr("Find a component by name or id and show it"));
    m_search->setClearButtonEnabled(true);
    // Room for the placeholder whole, and the clear button.
    const int searchWidth
        = QFontMetrics(m_search->font()).horizontalAdvance(m_search->placeholderText()) + 48;
    m_search->setMinimumWidth(searchWidth);
    m_search->setMaximumWidth(std::max(searchWidth, 240));
    m_searchNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_searchNames, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    connect(m_search, &QLineEdit::returnPressed, this, &GraphWidget::search);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &) { search(); });
    bar->addWidget(m_search);
    bar->addSeparator();

    m_showLegend = bar->addAction(tr("Legend"));
    m_showLegend->setObjectName(QStringLiteral("showLegend"));
    m_showLegend->setCheckable(true);
    m_showLegend->setToolTip(tr("Show what the colours, borders, shapes and arrows mean "
                                "(exported pictures carry it too)"));
    connect(m_showLegend, &QAction::toggled, this, &GraphWidget::legendSwitched);
    m_showOverview = bar->addAction(tr("Overview"));
    m_showOverview->setObjectName(QStringLiteral("showOverview"));
    m_showOverview->setCheckable(true);
    m_showOverview->setChecked(true);
    m_showOverview->setToolTip(tr("Show the overview when the graph does not fit the view"));
    connect(m_showOverview, &QAction::toggled, this, &GraphWidget::updateOverviewVisibility);

    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(actionIcon(ActionIcon::Export));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setToolTip(tr("Save the graph as a picture, with its title and legend"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Whole graph as SVG…"), this,
                          [this] { exportInteractively(GraphExportFormat::Svg, false); });
    exportMenu->addAction(tr("Whole graph as PNG…"), this,
                          [this] { exportInteractively(GraphExportFormat::Png, false); });
    exportMenu->addAction(tr("Visible part as SVG…"), this,
                          [this] { exportInteractively(GraphExportFormat::Svg, true); });
    exportMenu->addAction(tr("Visible part as PNG…"), this,
                          [this] { exportInteractively(GraphExportFormat::Png, true); });
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    // Grouping, connecting and laying out again: less often used, one menu.
    auto *arrangeButton = new QToolButton(bar);
    arrangeButton->setObjectName(QStringLiteral("arrangeButton"));
    arrangeButton->setText(tr("Arrange"));
    arrangeButton->setToolTip(tr("Group by site, connect components, lay the graph out again"));
    arrangeButton->setPopupMode(QToolButton::InstantPopup);
    auto *arrangeMenu = new QMenu(arrangeButton);
    m_groupBySite = arrangeMenu->addAction(tr("Group by site"));
    m_groupBySite->setObjectName(QStringLiteral("groupBySite"));
    m_groupBySite->setCheckable(true);
    m_groupBySite->setToolTip(tr("Draw each site's components together in a labelled box"));
    connect(m_groupBySite, &QAction::toggled, m_scene, &GraphScene::setGroupBySite);
    m_connect = arrangeMenu->addAction(tr("Connect by dragging"));
    m_connect->setObjectName(QStringLiteral("connectMode"));
    m_connect->setCheckable(true);
    m_connect->setToolTip(tr("Drag from a component to what it depends on to add a dependency "
                             "(Shift+drag does the same at any time)"));
    connect(m_connect, &QAction::toggled, m_view, &GraphView::setConnectMode);
    QAction *relayout = arrangeMenu->addAction(tr("Re-layout"), m_scene, &GraphScene::relayout);
    relayout->setToolTip(tr("Lay the graph out again; components placed by hand stay"));
    arrangeMenu->setToolTipsVisible(true);
    arrangeButton->setMenu(arrangeMenu);
    bar->addWidget(arrangeButton);
    bar->addSeparator();
    buildFilters();
}

// The filters in a drop-down: four choices side by side would not fit the toolbar of a
// 1280 px window. The button says how many are on.
void GraphWidget::buildFilters()
{
    m_filterButton = new QToolButton(m_toolBar);
    m_filterButton->setObjectName(QStringLiteral("filterButton"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_filterButton);
    auto *panel = new QWidget(menu);
    panel->setObjectName(QStringLiteral("filterPanel"));
    auto *form = new QFormLayout(panel);
    form->setContentsMargins(10, 8, 10, 8);
    QWidget *bar = panel;

    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"));
    for (int k = 0; k < componentKindCount; ++k)
        m_kind->addItem(kindLabel(ComponentKind(k)), k);
    m_kind->setToolTip(tr("Show only components of one kind"));
    m_site = new QComboBox(bar);
    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_site->setToolTip(tr("Show only one site's components"));
    m_criticality = new QComboBox(bar);
    m_criticality->setObjectName(QStringLiteral("criticalityFilter"));
    m_criticality->addItem(tr("Any criticality"));
    m_criticality->addItem(tr("Medium or more"), int(Criticality::Medium));
    m_criticality->addItem(tr("High or more"), int(Criticality::High));
    m_criticality->addItem(tr("Critical only"), int(Criticality::Critical));
    m_criticality->setToolTip(tr("Show only components at least this critical"));
    m_impact = new QComboBox(bar);
    m_impact->setObjectName(QStringLiteral("impactFilter"));
    m_impact->addItem(tr("Whole estate"));
    m_impact->addItem(tr("What depends on the selection"), int(ImpactDirection::Dependents));
    m_impact->addItem(tr("What the selection needs"), int(ImpactDirection::Dependencies));
    m_impact->addItem(tr("Both ways from the selection"), int(ImpactDirection::Both));
    m_impact->setToolTip(tr("Impact view: only the selected components and what depends on "
                            "them or what they need, directly or not"));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Criticality:"), m_criticality);
    form->addRow(tr("Impact:"), m_impact);
    for (QComboBox *combo : {m_kind, m_site, m_criticality, m_impact}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->view()->setTextElideMode(Qt::ElideNone);
        connect(combo, &QComboBox::currentIndexChanged, this, &GraphWidget::applyFilterChoice);
    }
    auto *clear = new QPushButton(tr("Show everything"), panel);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, [this] { m_scene->model().setFilter({}); });
    form->addRow(QString(), clear);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    m_filterButton->setMenu(menu);
    m_toolBar->addWidget(m_filterButton);
    // The context menu and "Show everything" change the filter too: the choices follow.
    connect(&m_scene->model(), &GraphModel::filterChanged, this, &GraphWidget::showFilter);
    showFilter(m_scene->model().filter());
}

// The choices and the button as @p filter is.
void GraphWidget::showFilter(const GraphFilter &filter)
{
    const auto choose = [](QComboBox *combo, const QVariant &data) {
        const QSignalBlocker blocker(combo);
        const int index = data.isValid() ? combo->findData(data) : 0;
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    choose(m_kind, filter.kind ? QVariant(int(*filter.kind)) : QVariant());
    choose(m_site, filter.site.isEmpty() ? QVariant() : QVariant(filter.site));
    choose(m_criticality,
           filter.minimumCriticality ? QVariant(int(*filter.minimumCriticality)) : QVariant());
    choose(m_impact, filter.impact ? QVariant(int(*filter.impact)) : QVariant());
    QStringList on;
    for (QComboBox *combo : {m_kind, m_site, m_criticality, m_impact})
        if (combo->currentIndex() > 0)
            on.append(combo->currentText());
    m_filterButton->setText(on.isEmpty() ? tr("Filters") : tr("Filters (%1)").arg(on.size()));
    m_filterButton->setToolTip(on.isEmpty()
                                   ? tr("Show only some components: by kind, site, criticality "
                                        "or impact of the selection")
                                   : tr("Showing only: %1").arg(on.join(QStringLiteral("; "))));
    QFont font = m_filterButton->font();
    font.setBold(!on.isEmpty());
    m_filterButton->setFont(font);
}

void GraphWidget::fillSiteFilter()
{
    const QString current = m_site->currentData().toString();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("All sites"));
    for (const Site &site : m_store->estate().sites)
        m_site->addItem(site.name.isEmpty() ? site.id : site.name, site.id);
    const int index = m_site->findData(current);
    m_site->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilterChoice();
}

void GraphWidget::applyFilterChoice()
{
    GraphFilter filter;
    if (m_kind->currentData().isValid())
        filter.kind = ComponentKind(m_kind->currentData().toInt());
    filter.site = m_site->currentData().toString();
    if (m_criticality->currentData().isValid())
        filter.minimumCriticality = Criticality(m_criticality->currentData().toInt());
    if (m_impact->currentData().isValid())
        filter.impact = ImpactDirection(m_impact->currentData().toInt());
    m_scene->model().setFilter(filter);
}

void GraphWidget::search()
{
    QString text = m_search->text().trimmed();
    // Completions read "Name (id)": search the id.
    if (text.endsWith(QLatin1Char(')')) && text.contains(QLatin1String(" (")))
        text = text.mid(text.lastIndexOf(QLatin1String(" (")) + 2).chopped(1);
    const QString found = m_view->showComponent(text);
    if (!found.isEmpty())
        showStatus(tr("Found %1.").arg(found));
}

void GraphWidget::refreshSearchNames()
{
    QStringList names;
    const Estate &estate = m_store->estate();
    names.reserve(estate.componentCount());
    for (const Component &c : estate.components())
        names.append(c.name.isEmpty() ? c.id : QStringLiteral("%1 (%2)").arg(c.name, c.id));
    m_searchNames->setStringList(names);
}

} // namespace planner
