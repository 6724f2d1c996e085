// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphWidget.h"

#include "GraphLegend.h"
#include "GraphOverview.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "inventory/EstateStore.h"

#include <QAction>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace planner {

// The legend over the view's bottom-left corner: the same drawing exported pictures carry.
class LegendOverlay : public QWidget
{
public:
    explicit LegendOverlay(QWidget *parent)
        : QWidget(parent)
        , m_legend(Estate())
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    void setLegend(const GraphLegend &legend)
    {
        m_legend = legend;
        resize((m_legend.size() + QSizeF(2 * padding, 2 * padding)).toSize());
        update();
    }
    const GraphLegend &graphLegend() const { return m_legend; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QColor(0xb0, 0xb8, 0xc2));
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        m_legend.paint(&painter, QPointF(padding, padding));
    }

private:
    static constexpr int padding = 8;
    GraphLegend m_legend;
};

namespace {

constexpr int overlayMargin = 10;

// Keeps the overlays in the view's corners: the overview bottom right, the legend bottom left,
// the status line top left.
class CornerKeeper : public QObject
{
public:
    CornerKeeper(GraphView *view, QWidget *overview, QWidget *legend, QWidget *status)
        : QObject(view)
        , m_view(view)
        , m_overview(overview)
        , m_legend(legend)
        , m_status(status)
    {
        view->installEventFilter(this);
        for (QWidget *w : {overview, legend, status})
            w->installEventFilter(this);
    }
    void place()
    {
        const QRect port = m_view->viewport()->geometry();
        m_overview->move(port.right() - m_overview->width() - overlayMargin,
                         port.bottom() - m_overview->height() - overlayMargin);
        m_legend->move(port.left() + overlayMargin,
                       port.bottom() - m_legend->height() - overlayMargin);
        m_status->move(port.left() + overlayMargin, port.top() + overlayMargin);
        for (QWidget *w : {m_legend, m_overview, m_status})
            w->raise();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            place();
        return QObject::eventFilter(watched, event);
    }

private:
    GraphView *m_view;
    QWidget *m_overview;
    QWidget *m_legend;
    QWidget *m_status;
};

const QString legendKey = QStringLiteral("graph/showLegend");

// Where the settings keep the view of the project at @p path.
QString viewKey(const QString &path)
{
    const QByteArray id = QCryptographicHash::hash(QDir::cleanPath(path).toUtf8(),
                                                   QCryptographicHash::Sha1);
    return QStringLiteral("graph/views/") + QString::fromLatin1(id.toHex());
}

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
    m_legend = new LegendOverlay(m_view);
    m_legend->setObjectName(QStringLiteral("graphLegend"));
    // Messages (laying out, found, exported) over the view's corner, not in the toolbar where
    // their width would push buttons into the overflow.
    m_status = new QLabel(m_view);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255, 255, 255, 235); border: 1px solid #b0b8c2;"
        " border-radius: 4px; padding: 3px 8px; }"));
    m_status->hide();
    auto *corners = new CornerKeeper(m_view, m_overview, m_legend, m_status);

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
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
    connect(&m_statusTimer, &QTimer::timeout, this, [this] { showStatus({}); });
    m_saveViewTimer.setSingleShot(true);
    m_saveViewTimer.setInterval(1000);
    connect(&m_saveViewTimer, &QTimer::timeout, this, &GraphWidget::saveView);

    connect(m_scene, &GraphScene::layoutStarted, this, [this] {
        m_status->setText(tr("Laying out the graph…"));
        m_status->adjustSize();
        m_status->show();
    });
    connect(m_scene, &GraphScene::layoutFinished, this, &GraphWidget::onLayoutFinished);
    connect(m_view, &GraphView::statusMessage, this, &GraphWidget::showStatus);
    connect(m_view, &GraphView::viewportChanged, this, &GraphWidget::updateOverviewVisibility);
    connect(m_view, &GraphView::viewportChanged, this, [this] {
        if (!m_projectPath.isEmpty() && !m_fitWhenLaidOut)
            m_saveViewTimer.start();
    });
    connect(m_view, &GraphView::zoomChanged, this, &GraphWidget::updateZoomLabel);
    connect(m_scene, &GraphScene::drawingChanged, this, &GraphWidget::updateOverviewVisibility);
    connect(store, &EstateStore::aboutToReset, this, [this] {
        if (!m_projectPath.isEmpty() && !m_fitWhenLaidOut)
            saveView(); // what the last project showed, before the new one replaces it
        m_saveViewTimer.stop();
        m_projectPath.clear();
    });
    connect(store, &EstateStore::wasReset, this, [this] {
        m_fitWhenLaidOut = true;
        m_restoreWhenNamed = true;
        fillSiteFilter();
        updateLegend();
    });
    connect(store, &EstateStore::sectionChanged, this, [this](EstateStore::Section section) {
        if (section == EstateStore::Section::Sites)
            fillSiteFilter();
    });
    connect(store, &EstateStore::changed, &m_searchNamesTimer, qOverload<>(&QTimer::start));
    connect(store, &EstateStore::changed, this, &GraphWidget::updateLegend);
    // The legend's rows follow the view's width.
    connect(m_view, &GraphView::viewportChanged, this, [this] {
        if (m_view->viewport()->width() != m_legendForWidth)
            updateLegend();
    });

    fillSiteFilter();
    refreshSearchNames();
    setLegendVisible(QSettings().value(legendKey, true).toBool());
    updateLegend();
    updateZoomLabel();
    corners->place();
}

GraphWidget::~GraphWidget()
{
    if (!m_projectPath.isEmpty() && !m_fitWhenLaidOut)
        saveView();
    // The view (and the overview in it) go before the scene they show.
    disconnect(m_view, nullptr, this, nullptr);
    delete m_view;
}

void GraphWidget::buildToolBar()
{
    // The most used first: what does not fit goes into the overflow from the end.
    QToolBar *bar = m_toolBar;
    QAction *fit = bar->addAction(tr("Fit"), m_view, &GraphView::fitToView);
    fit->setToolTip(tr("Show the whole graph (F)"));
    QAction *out = bar->addAction(QStringLiteral("\u2212"), m_view, &GraphView::zoomOut);
    out->setToolTip(tr("Zoom out (-)"));
    // The zoom as it is; a click shows the graph at 100 %.
    m_zoomLabel = new QToolButton(bar);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setToolTip(tr("Zoom; click for actual size (1)"));
    m_zoomLabel->setMinimumWidth(QFontMetrics(m_zoomLabel->font()).horizontalAdvance(
                                     QStringLiteral("1000 %")) + 8);
    connect(m_zoomLabel, &QToolButton::clicked, m_view, [this] { m_view->setZoom(1.0); });
    bar->addWidget(m_zoomLabel);
    QAction *in = bar->addAction(QStringLiteral("+"), m_view, &GraphView::zoomIn);
    in->setToolTip(tr("Zoom in (+)"));
    bar->addSeparator();

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("graphSearch"));
    m_search->setPlaceholderText(tr("Find component…"));
    m_search->setToolTip(tr("Find a component by name or id and show it"));
    m_search->setClearButtonEnabled(true);
    // Room for the placeholder whole, and the clear button.
    const int searchWidth =
        QFontMetrics(m_search->font()).horizontalAdvance(m_search->placeholderText()) + 48;
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
    connect(m_showLegend, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(legendKey, on);
        updateLegend();
    });
    m_showOverview = bar->addAction(tr("Overview"));
    m_showOverview->setObjectName(QStringLiteral("showOverview"));
    m_showOverview->setCheckable(true);
    m_showOverview->setChecked(true);
    m_showOverview->setToolTip(tr("Show the overview when the graph does not fit the view"));
    connect(m_showOverview, &QAction::toggled, this, &GraphWidget::updateOverviewVisibility);

    auto *exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setText(tr("Export"));
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
    for (QComboBox *combo : {m_kind, m_site, m_criticality, m_impact}) {
        // As wide as the first choice ("All kinds"); the list opens as wide as its longest.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_impact ? 13 : 10);
        combo->view()->setTextElideMode(Qt::ElideNone);
        bar->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &GraphWidget::applyFilterChoice);
    }
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
    GraphDecorations decorations;
    decorations.legend = m_showLegend->isChecked();
    return exportScene(*m_scene, path, format,
                       visiblePartOnly ? m_view->visibleSceneRect() : QRectF(), decorations);
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
    m_status->adjustSize();
    m_status->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_statusTimer.start();
}

void GraphWidget::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
}

void GraphWidget::setLegendVisible(bool on)
{
    m_showLegend->setChecked(on);
    updateLegend();
}

bool GraphWidget::isLegendVisible() const
{
    return m_showLegend->isChecked();
}

QWidget *GraphWidget::legend() const
{
    return m_legend;
}

// The legend for the estate's kinds, in as many rows as the view's width asks; a fitted
// graph keeps clear of it.
void GraphWidget::updateLegend()
{
    const bool on = m_showLegend->isChecked();
    m_legendForWidth = m_view->viewport()->width();
    if (on)
        // Beside the overview in the other corner, when the view is wide enough for both.
        m_legend->setLegend(GraphLegend(m_store->estate(), m_legendForWidth - m_overview->width()
                                                               - 5 * overlayMargin));
    m_legend->setVisible(on);
    m_view->setFitMargins(on ? QMargins(0, 0, 0, m_legend->height() + overlayMargin)
                             : QMargins());
}

void GraphWidget::setProjectPath(const QString &path)
{
    const bool restore = m_restoreWhenNamed;
    m_restoreWhenNamed = false;
    if (path == m_projectPath && !restore)
        return;
    if (!restore && !m_projectPath.isEmpty())
        saveView(); // saved under another name: the old one keeps its view
    m_projectPath = path;
    if (restore && !m_fitWhenLaidOut)
        restoreView(); // laid out already, before the path was known
}

void GraphWidget::saveView()
{
    m_saveViewTimer.stop();
    if (m_projectPath.isEmpty())
        return;
    const QPointF centre = m_view->viewCentre();
    QSettings().setValue(viewKey(m_projectPath),
                         QVariantList{m_view->isFitted(), centre.x(), centre.y(), m_view->zoom()});
}

bool GraphWidget::restoreView()
{
    if (m_projectPath.isEmpty())
        return false;
    const QVariantList view = QSettings().value(viewKey(m_projectPath)).toList();
    if (view.size() != 4)
        return false;
    if (view[0].toBool())
        m_view->fitToView();
    else
        m_view->showView(QPointF(view[1].toDouble(), view[2].toDouble()), view[3].toDouble());
    return true;
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
        showStatus({});
    if (m_fitWhenLaidOut) {
        m_fitWhenLaidOut = false;
        if (!restoreView())
            m_view->fitToView();
    }
}

} // namespace planner
