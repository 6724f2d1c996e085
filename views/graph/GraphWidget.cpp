// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphWidget.h"

#include "GraphLegend.h"
#include "GraphOverview.h"
#include "GraphScene.h"
#include "GraphStyle.h"
#include "GraphView.h"
#include "NodeItem.h"
#include "inventory/EstateStore.h"

#include <QAbstractItemView>
#include <QAction>
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
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <algorithm>
#include <functional>
#include <limits>

namespace planner {

// The legend over the view's bottom-left corner: the same drawing exported pictures carry,
// or its folded one-line key. A click folds or unfolds it.
class LegendOverlay : public QWidget
{
public:
    std::function<void()> clicked;
    static constexpr int padding = 8;

    explicit LegendOverlay(QWidget *parent)
        : QWidget(parent)
        , m_legend(Estate())
    {
        setCursor(Qt::PointingHandCursor);
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
    void mousePressEvent(QMouseEvent *event) override { event->accept(); }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        event->accept();
        if (clicked && rect().contains(event->pos()))
            clicked();
    }

private:
    GraphLegend m_legend;
};

namespace {

constexpr int overlayMargin = 10;

// The overview's size in a viewport of @p port: a short or narrow view keeps most of its room
// for the graph.
QSize overviewSize(const QWidget *overview, const QSize &port)
{
    const QSize full = overview->sizeHint();
    const double scale = std::min(
        {1.0, port.width() / 3.5 / full.width(), port.height() * 0.35 / full.height()});
    return {std::max(80, int(full.width() * scale)), std::max(54, int(full.height() * scale))};
}

// Keeps the overlays in the view's corners: the overview bottom right, the legend bottom left,
// the status line top left, the zoom hint top right.
class CornerKeeper : public QObject
{
public:
    CornerKeeper(GraphView *view, QWidget *overview, QWidget *legend, QWidget *status, QWidget *hint)
        : QObject(view)
        , m_view(view)
        , m_overview(overview)
        , m_legend(legend)
        , m_status(status)
        , m_hint(hint)
    {
        view->installEventFilter(this);
        for (QWidget *w : {overview, legend, status, hint})
            w->installEventFilter(this);
    }
    void place()
    {
        const QRect port = m_view->viewport()->geometry();
        m_overview->resize(overviewSize(m_overview, port.size()));
        m_overview->move(port.right() - m_overview->width() - overlayMargin,
                         port.bottom() - m_overview->height() - overlayMargin);
        m_legend->move(port.left() + overlayMargin,
                       port.bottom() - m_legend->height() - overlayMargin);
        m_status->move(port.left() + overlayMargin, port.top() + overlayMargin);
        m_hint->move(port.right() - m_hint->width() - overlayMargin, port.top() + overlayMargin);
        for (QWidget *w : {m_legend, m_overview, m_status, m_hint})
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
    QWidget *m_hint;
};

const QString legendKey = QStringLiteral("graph/showLegend");
const QString legendFoldedKey = QStringLiteral("graph/legendFolded");

const QString overlayStyle = QStringLiteral(
    "QLabel { background: rgba(255, 255, 255, 235); border: 1px solid #b0b8c2;"
    " border-radius: 4px; padding: 3px 8px; }");

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
    m_status->setStyleSheet(overlayStyle);
    m_status->hide();
    // Said while the view is too far out for names (a large estate fitted).
    m_zoomHint = new QLabel(m_view);
    m_zoomHint->setObjectName(QStringLiteral("graphZoomHint"));
    m_zoomHint->setStyleSheet(overlayStyle);
    m_zoomHint->hide();
    auto *corners = new CornerKeeper(m_view, m_overview, m_legend, m_status, m_zoomHint);
    m_legend->clicked = [this] { setLegendFolded(!isLegendFolded()); };

    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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
    connect(m_view, &GraphView::zoomChanged, this, &GraphWidget::updateZoomHint);
    connect(m_view, &GraphView::detailsRequested, this, &GraphWidget::detailsRequested);
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
    // The legend's rows follow the view's size.
    connect(m_view, &GraphView::viewportChanged, this, [this] {
        if (m_view->viewport()->width() != m_legendForWidth
            || m_view->viewport()->height() != m_legendForHeight)
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

void GraphWidget::setConflicts(const QHash<QString, QStringList> &messages)
{
    m_scene->model().setConflicts(messages);
    // Opened on the first layer before the analysis came in: now on what is in error.
    if (m_view->isOpening() && !m_view->isFitted())
        m_view->openView(openingFocus());
}

void GraphWidget::setHighlightedComponents(const QStringList &ids, const QColor &colour)
{
    m_scene->model().setHighlightedComponents(ids, colour);
}

void GraphWidget::setUpgradePath(const UpgradePath &path)
{
    m_scene->model().setUpgradePath(path);
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
    const QString path = QFileDialog::getSaveFileName(this,
                                                      visiblePartOnly
                                                          ? tr("Export the visible part")
                                                          : tr("Export the graph"),
                                                      svg ? tr("graph.svg") : tr("graph.png"),
                                                      svg ? tr("SVG images (*.svg)")
                                                          : tr("PNG images (*.png)"));
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

void GraphWidget::updateZoomHint()
{
    const double readable = GraphStyle::instance().readableZoom();
    const bool tooFar = m_view->zoom() < readable * 0.999 && !m_scene->nodeItems().isEmpty();
    if (tooFar)
        m_zoomHint->setText(
            tr("Names show from %1 % on: zoom in (+) to read them").arg(qCeil(readable * 100)));
    m_zoomHint->adjustSize();
    m_zoomHint->setVisible(tooFar);
}

void GraphWidget::legendSwitched(bool on)
{
    QSettings().setValue(legendKey, on);
    updateLegend();
}

void GraphWidget::setLegendFolded(bool folded)
{
    QSettings().setValue(legendFoldedKey, folded);
    updateLegend();
}

bool GraphWidget::isLegendFolded() const
{
    return m_legend->graphLegend().form() == GraphLegend::Form::Folded;
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

// The legend for the estate's kinds, in as many rows as the view's width asks, folded when
// the user folded it or (until they choose) when the whole of it would take more than a
// fifth of the view's height; a fitted graph keeps clear of it.
void GraphWidget::updateLegend()
{
    const bool on = m_showLegend->isChecked();
    m_legendForWidth = m_view->viewport()->width();
    m_legendForHeight = m_view->viewport()->height();
    if (on) {
        // Beside the overview in the other corner, when the view is wide enough for both.
        const int overview = overviewSize(m_overview, m_view->viewport()->size()).width();
        const double width = m_legendForWidth - overview - 5 * overlayMargin
                             - 2 * LegendOverlay::padding;
        GraphLegend legend(m_store->estate(), width);
        const QVariant folded = QSettings().value(legendFoldedKey);
        if (folded.isValid() ? folded.toBool()
                             : legend.size().height() + 30 > m_legendForHeight / 5.0)
            legend = GraphLegend(m_store->estate(), width, GraphLegend::Form::Folded);
        m_legend->setLegend(legend);
        m_legend->setToolTip(legend.form() == GraphLegend::Form::Folded
                                 ? tr("Click to show the whole legend, with the kinds")
                                 : tr("Click to fold the legend to one line"));
    }
    m_legend->setVisible(on);
    m_view->setFitMargins(on ? QMargins(0, 0, 0, m_legend->height() + overlayMargin) : QMargins());
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
        if (!restoreView()) {
            m_view->openView(openingFocus());
            m_openingToSay = true;
            if (isVisible())
                sayOpening();
        }
    }
    updateZoomHint();
}

void GraphWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_openingToSay)
        sayOpening();
}

// Once the graph is on screen at its real size: why it is not fitted, if it is not.
void GraphWidget::sayOpening()
{
    m_openingToSay = false;
    if (m_view->isOpening() && !m_view->isFitted())
        showStatus(tr("Shown at %1 % so that names can be read. Fit (F) shows all %n "
                      "component(s); names show only when you zoom in.",
                      nullptr, int(m_scene->nodeItems().size()))
                       .arg(qRound(m_view->zoom() * 100)));
}

// Where a graph too big to read fitted opens: on the box in error that matters most (most
// critical, then the first in reading order), or else on the first layer.
QRectF GraphWidget::openingFocus() const
{
    const NodeItem *best = nullptr;
    auto before = [](const NodeItem *a, const NodeItem *b) {
        if (a->content().criticality != b->content().criticality)
            return a->content().criticality > b->content().criticality;
        if (!qFuzzyCompare(a->pos().y(), b->pos().y()))
            return a->pos().y() < b->pos().y();
        return a->pos().x() < b->pos().x();
    };
    QRectF firstLayer;
    double top = std::numeric_limits<double>::max();
    for (const NodeItem *node : m_scene->nodeItems()) {
        if (!node->isVisible())
            continue;
        if (!m_scene->model().conflictMessages(node->componentId()).isEmpty()
            && (!best || before(node, best)))
            best = node;
        const QRectF box = node->sceneBoundingRect();
        if (box.top() < top - 1) {
            top = box.top();
            firstLayer = box;
        } else if (box.top() < top + 1) {
            firstLayer |= box;
        }
    }
    return best ? best->sceneBoundingRect() : firstLayer;
}

} // namespace planner
