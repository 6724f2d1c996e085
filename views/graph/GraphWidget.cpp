// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphWidget.h"

#include "GraphOverview.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "inventory/EstateStore.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace planner {

namespace {

// Keeps the overview in the bottom-right corner of the view's viewport.
class CornerKeeper : public QObject
{
public:
    CornerKeeper(GraphView *view, QWidget *corner)
        : QObject(corner)
        , m_view(view)
        , m_corner(corner)
    {
        view->installEventFilter(this);
    }
    void place()
    {
        const QRect port = m_view->viewport()->geometry();
        m_corner->move(port.right() - m_corner->width() - 10, port.bottom() - m_corner->height() - 10);
        m_corner->raise();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
            place();
        return false;
    }

private:
    GraphView *m_view;
    QWidget *m_corner;
};

} // namespace

GraphWidget::GraphWidget(EstateStore *store, QUndoStack *undoStack, ComponentSelection *selection,
                         QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_scene(new GraphScene(store, undoStack, selection, this))
    , m_view(new GraphView(m_scene, this))
{
    m_overview = new GraphOverview(m_view, m_view);
    m_overview->resize(m_overview->sizeHint());
    new CornerKeeper(m_view, m_overview);

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_status = new QLabel(this);
    m_status->setContentsMargins(8, 0, 8, 0);
    buildToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);

    m_searchNamesTimer.setSingleShot(true);
    m_searchNamesTimer.setInterval(500);
    connect(&m_searchNamesTimer, &QTimer::timeout, this, &GraphWidget::refreshSearchNames);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(6000);
    connect(&m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);

    connect(m_scene, &GraphScene::layoutStarted, this,
            [this] { m_status->setText(tr("Laying out the graph…")); });
    connect(m_scene, &GraphScene::layoutFinished, this, &GraphWidget::onLayoutFinished);
    connect(m_view, &GraphView::statusMessage, this, &GraphWidget::showStatus);
    connect(m_view, &GraphView::viewportChanged, this, &GraphWidget::updateOverviewVisibility);
    connect(m_scene, &GraphScene::drawingChanged, this, &GraphWidget::updateOverviewVisibility);
    connect(store, &EstateStore::wasReset, this, [this] {
        m_fitWhenLaidOut = true;
        fillSiteFilter();
    });
    connect(store, &EstateStore::sectionChanged, this, [this](EstateStore::Section section) {
        if (section == EstateStore::Section::Sites)
            fillSiteFilter();
    });
    connect(store, &EstateStore::changed, &m_searchNamesTimer, qOverload<>(&QTimer::start));

    fillSiteFilter();
    refreshSearchNames();
}

GraphWidget::~GraphWidget()
{
    // The view (and the overview in it) go before the scene they show.
    disconnect(m_view, nullptr, this, nullptr);
    delete m_view;
}

void GraphWidget::buildToolBar()
{
    QToolBar *bar = m_toolBar;
    QAction *fit = bar->addAction(tr("Fit"), m_view, &GraphView::fitToView);
    fit->setToolTip(tr("Show the whole graph (F)"));
    QAction *out = bar->addAction(QStringLiteral("\u2212"), m_view, &GraphView::zoomOut);
    out->setToolTip(tr("Zoom out (-)"));
    QAction *in = bar->addAction(QStringLiteral("+"), m_view, &GraphView::zoomIn);
    in->setToolTip(tr("Zoom in (+)"));
    QAction *actual = bar->addAction(tr("100 %"), m_view, [this] { m_view->setZoom(1.0); });
    actual->setToolTip(tr("Actual size (1)"));
    bar->addSeparator();

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find component…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
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
    m_impact = new QComboBox(bar);
    m_impact->setObjectName(QStringLiteral("impactFilter"));
    m_impact->addItem(tr("Whole estate"));
    m_impact->addItem(tr("What depends on the selection"), int(ImpactDirection::Dependents));
    m_impact->addItem(tr("What the selection needs"), int(ImpactDirection::Dependencies));
    m_impact->addItem(tr("Both ways from the selection"), int(ImpactDirection::Both));
    m_impact->setToolTip(tr("Impact view: only the selected components and what depends on "
                            "them or what they need, directly or not"));
    for (QComboBox *combo : {m_kind, m_site, m_criticality, m_impact}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &GraphWidget::applyFilterChoice);
    }
    bar->addSeparator();

    m_groupBySite = bar->addAction(tr("Group by site"));
    m_groupBySite->setObjectName(QStringLiteral("groupBySite"));
    m_groupBySite->setCheckable(true);
    m_groupBySite->setToolTip(tr("Draw each site's components together in a labelled box"));
    connect(m_groupBySite, &QAction::toggled, m_scene, &GraphScene::setGroupBySite);
    m_connect = bar->addAction(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("connectMode"));
    m_connect->setCheckable(true);
    m_connect->setToolTip(tr("Drag from a component to what it depends on to add a dependency "
                             "(Shift+drag does the same at any time)"));
    connect(m_connect, &QAction::toggled, m_view, &GraphView::setConnectMode);
    QAction *relayout = bar->addAction(tr("Re-layout"), m_scene, &GraphScene::relayout);
    relayout->setToolTip(tr("Lay the graph out again; components placed by hand stay"));

    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
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

    m_showOverview = bar->addAction(tr("Overview"));
    m_showOverview->setCheckable(true);
    m_showOverview->setChecked(true);
    m_showOverview->setToolTip(tr("Show the overview when the graph does not fit the view"));
    connect(m_showOverview, &QAction::toggled, this, &GraphWidget::updateOverviewVisibility);

    bar->addWidget(m_status);
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
    m_scene->setFilter(filter);
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

void GraphWidget::setConflicts(const QHash<QString, QStringList> &messages)
{
    m_scene->setConflicts(messages);
}

void GraphWidget::setHighlightedComponents(const QStringList &ids, const QColor &colour)
{
    m_scene->setHighlightedComponents(ids, colour);
}

void GraphWidget::setUpgradePath(const UpgradePath &path)
{
    m_scene->setUpgradePath(path);
}

Expected<Done> GraphWidget::exportTo(const QString &path, GraphExportFormat format,
                                     bool visiblePartOnly)
{
    return exportScene(*m_scene, path, format,
                       visiblePartOnly ? m_view->visibleSceneRect() : QRectF());
}

void GraphWidget::exportInteractively(GraphExportFormat format, bool visiblePartOnly)
{
    const bool svg = format == GraphExportFormat::Svg;
    const QString path = QFileDialog::getSaveFileName(
        this, visiblePartOnly ? tr("Export the visible part") : tr("Export the graph"),
        svg ? tr("graph.svg") : tr("graph.png"),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const Expected<Done> done = exportTo(path, format, visiblePartOnly);
    if (!done)
        QMessageBox::warning(this, tr("Export failed"), done.error().text());
    else
        showStatus(tr("Exported to %1.").arg(path));
}

void GraphWidget::showStatus(const QString &text)
{
    m_status->setText(text);
    m_statusTimer.start();
}

void GraphWidget::updateOverviewVisibility()
{
    // The overview is in the way when the whole graph is in view anyway.
    const QRectF bounds = m_scene->graphBounds();
    const bool needed = !bounds.isEmpty() && !m_view->visibleSceneRect().contains(bounds);
    m_overview->setVisible(m_showOverview->isChecked() && needed);
}

void GraphWidget::onLayoutFinished()
{
    if (!m_statusTimer.isActive())
        m_status->clear();
    if (m_fitWhenLaidOut) {
        m_fitWhenLaidOut = false;
        m_view->fitToView();
    }
}

} // namespace planner
