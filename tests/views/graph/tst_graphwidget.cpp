// SPDX-License-Identifier: GPL-3.0-or-later
// The Graph tab as the main window embeds it: fitted once laid out (also when first shown
// later, at its real size) with the zoom shown true, each project's last view restored, its
// toolbar's filters, grouping, connect mode and search act on the graph and all fit the
// widths the window gives it, the legend toggles, the overview shows only when needed, and
// the visible part exports as it is shown.
#include "GraphFixture.h"
#include "commands/ReplaceSectionCommand.h"
#include "generator/EstateGenerator.h"
#include "graph/GraphLegend.h"
#include "graph/GraphOverview.h"
#include "graph/GraphScene.h"
#include "graph/GraphStyle.h"
#include "graph/GraphView.h"
#include "graph/GraphWidget.h"
#include "graph/NodeItem.h"
#include "itemmodels/ComponentSelection.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace planner;

namespace {

struct Fixture
{
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    GraphWidget widget{&store, &stack, &selection};

    Fixture()
    {
        store.reset(graphtest::smallEstate());
        widget.resize(1200, 800);
        widget.show();
        widget.scene()->waitForLayout();
        QCoreApplication::processEvents();
    }
    template<typename T>
    T *child(const char *name) const
    {
        return widget.findChild<T *>(QString::fromLatin1(name));
    }
    QStringList shown() const
    {
        QStringList ids;
        for (const NodeItem *node : widget.scene()->nodeItems())
            if (node->isVisible())
                ids.append(node->componentId());
        ids.sort();
        return ids;
    }
};

} // namespace

class TestGraphWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void fitsOnceLaidOut();
    void toolbarFilters();
    void groupBySiteAndConnectMode();
    void searchSelects();
    void overviewOnlyWhenNeeded();
    void exportsTheVisiblePart();
    void opensFittedWhenFirstShown();
    void zoomLabelTellsTheZoom();
    void fitKeptThroughResizesUntilTheUserNavigates();
    void lastViewRestoredWhenReopened();
    void legendToggles();
    void toolbarFits_data();
    void toolbarFits();
    void filtersInTheDropDown();
    void legendFoldsInASmallView();
    void largeEstateOpensReadable_data();
    void largeEstateOpensReadable();

private:
    QTemporaryDir m_settings;
};

void TestGraphWidget::initTestCase()
{
    // The settings (last views, the legend's switch) go to a folder of the test's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestGraphWidget::init()
{
    QSettings().remove(QStringLiteral("graph/showLegend")); // each test starts as a newcomer
}

void TestGraphWidget::fitsOnceLaidOut()
{
    Fixture f;
    QVERIFY(f.widget.view()->visibleSceneRect().contains(f.widget.scene()->graphBounds()));
    QCOMPARE(f.widget.scene()->nodeItems().size(), 8);
}

void TestGraphWidget::toolbarFilters()
{
    Fixture f;
    auto *kind = f.child<QComboBox>("kindFilter");
    auto *site = f.child<QComboBox>("siteFilter");
    auto *criticality = f.child<QComboBox>("criticalityFilter");
    auto *impact = f.child<QComboBox>("impactFilter");
    QVERIFY(kind && site && criticality && impact);

    kind->setCurrentIndex(kind->findData(int(ComponentKind::Application)));
    QCOMPARE(f.shown(), (QStringList{"batch", "web"}));
    site->setCurrentIndex(site->findData(QStringLiteral("ber")));
    QCOMPARE(f.shown(), QStringList{"batch"});
    kind->setCurrentIndex(0);
    criticality->setCurrentIndex(criticality->findData(int(Criticality::Medium)));
    QCOMPARE(f.shown(), QStringList{"mq"});
    site->setCurrentIndex(0);
    criticality->setCurrentIndex(0);

    f.selection.setSelection({QStringLiteral("os1")});
    impact->setCurrentIndex(impact->findData(int(ImpactDirection::Dependents)));
    QCOMPARE(f.shown(), (QStringList{"api", "batch", "db", "os1", "web"}));
    impact->setCurrentIndex(0);
    QCOMPARE(f.shown().size(), 8);

    // The site list follows the estate's sites.
    QList<Site> sites = f.store.estate().sites;
    sites.append({QStringLiteral("ams"), QStringLiteral("Amsterdam DC")});
    f.stack.push(new ReplaceSectionCommand(&f.store, sites));
    QVERIFY(site->findData(QStringLiteral("ams")) > 0);
}

void TestGraphWidget::groupBySiteAndConnectMode()
{
    Fixture f;
    auto *group = f.child<QAction>("groupBySite");
    auto *connect = f.child<QAction>("connectMode");
    QVERIFY(group && connect);
    group->trigger();
    f.widget.scene()->waitForLayout();
    QCOMPARE(f.widget.scene()->siteBoxes().size(), 2);
    group->trigger();
    f.widget.scene()->waitForLayout();
    QVERIFY(f.widget.scene()->siteBoxes().isEmpty());

    connect->trigger();
    QVERIFY(f.widget.view()->connectMode());
    connect->trigger();
    QVERIFY(!f.widget.view()->connectMode());
}

void TestGraphWidget::searchSelects()
{
    Fixture f;
    auto *search = f.child<QLineEdit>("graphSearch");
    QVERIFY(search);
    search->setText(QStringLiteral("Nightly batch (batch)")); // as the completer offers it
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(f.selection.selectedIds(), QStringList{"batch"});
    QCOMPARE(f.widget.scene()->model().searchHit(), QStringLiteral("batch"));
}

void TestGraphWidget::overviewOnlyWhenNeeded()
{
    Fixture f;
    QVERIFY(!f.widget.overview()->isVisible()); // everything is in view
    f.widget.view()->setZoom(3.0);
    QVERIFY(f.widget.overview()->isVisible());
    const QRect corner = f.widget.overview()->geometry();
    const QRect port = f.widget.view()->viewport()->geometry();
    QVERIFY(port.contains(corner)); // in the view's bottom-right corner
    QVERIFY(corner.right() > port.center().x() && corner.bottom() > port.center().y());
}

void TestGraphWidget::exportsTheVisiblePart()
{
    Fixture f;
    f.widget.view()->setZoom(1.0);
    f.widget.view()->centerOn(f.widget.scene()->nodeItem(QStringLiteral("db")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("part.png"));
    const Expected<Done> done = f.widget.exportTo(path, GraphExportFormat::Png, true);
    QVERIFY2(done, done ? "" : qPrintable(done.error().text()));
    // What the view shows, with the title above and (the legend being on) the legend below.
    const QImage image(path);
    const QSize port = f.widget.view()->viewport()->size();
    const GraphLegend legend(f.store.estate());
    QVERIFY(std::abs(image.width() - port.width()) <= 2);
    QVERIFY(image.height() > port.height() + legend.size().height() + 40);
    f.widget.setLegendVisible(false);
    QVERIFY(f.widget.exportTo(path, GraphExportFormat::Png, true));
    QVERIFY(QImage(path).height() < image.height() - legend.size().height());

    const QString whole = dir.filePath(QStringLiteral("whole.svg"));
    QVERIFY(f.widget.exportTo(whole, GraphExportFormat::Svg, false));
    QVERIFY(QFileInfo(whole).size() > 1000);
}

namespace {

bool showsWholeGraph(const GraphWidget &widget)
{
    return widget.view()->visibleSceneRect().contains(widget.scene()->graphBounds());
}

QString zoomText(const GraphWidget &widget)
{
    return widget.findChild<QToolButton *>(QStringLiteral("zoomLabel"))->text();
}

QString percent(double zoom)
{
    return QStringLiteral("%1 %").arg(qRound(zoom * 100));
}

} // namespace

// The main window builds the tab hidden behind the Inventory: the graph is laid out before the
// view has its size. Shown, it fills the view, not a blob fitted to a view of no size.
void TestGraphWidget::opensFittedWhenFirstShown()
{
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    GraphWidget widget(&store, &stack, &selection);
    store.reset(graphtest::smallEstate());
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(showsWholeGraph(widget));
    QVERIFY(widget.view()->isFitted());
    // Filling the view: the graph spans most of its width or of its height.
    const QRect drawn = widget.view()->mapFromScene(widget.scene()->graphBounds()).boundingRect();
    const QSize port = widget.view()->viewport()->size();
    QVERIFY2(drawn.width() > port.width() / 2 || drawn.height() > port.height() / 2
                 || widget.view()->zoom() == 1.0,
             qPrintable(QStringLiteral("%1x%2 in %3x%4")
                            .arg(drawn.width())
                            .arg(drawn.height())
                            .arg(port.width())
                            .arg(port.height())));
    QCOMPARE(zoomText(widget), percent(widget.view()->zoom()));
}

void TestGraphWidget::zoomLabelTellsTheZoom()
{
    Fixture f;
    GraphView *view = f.widget.view();
    f.widget.resize(400, 300); // the small estate fits below 100 %
    QCoreApplication::processEvents();
    QVERIFY(view->zoom() < 1.0);
    QCOMPARE(zoomText(f.widget), percent(view->zoom()));
    QVERIFY(zoomText(f.widget) != QStringLiteral("100 %"));
    view->zoomIn();
    QCOMPARE(zoomText(f.widget), percent(view->zoom()));
    view->zoomOut();
    view->zoomOut();
    QCOMPARE(zoomText(f.widget), percent(view->zoom()));
    QTest::keyClick(view, Qt::Key_F);
    QCOMPARE(zoomText(f.widget), percent(view->zoom()));
    // A click on the label: actual size.
    f.widget.findChild<QToolButton *>(QStringLiteral("zoomLabel"))->click();
    QCOMPARE(view->zoom(), 1.0);
    QCOMPARE(zoomText(f.widget), QStringLiteral("100 %"));
}

void TestGraphWidget::fitKeptThroughResizesUntilTheUserNavigates()
{
    Fixture f;
    GraphView *view = f.widget.view();
    f.widget.resize(400, 300);
    QCoreApplication::processEvents();
    QVERIFY(view->isFitted());
    const double small = view->zoom();
    f.widget.resize(700, 500);
    QCoreApplication::processEvents();
    QVERIFY(showsWholeGraph(f.widget));
    QVERIFY(view->zoom() > small);
    view->zoomIn();
    QVERIFY(!view->isFitted());
    const double zoomed = view->zoom();
    f.widget.resize(400, 300);
    QCoreApplication::processEvents();
    QCOMPARE(view->zoom(), zoomed); // the user's zoom stays
}

// Each project opens as it was left; another project, or one never seen, opens fitted.
void TestGraphWidget::lastViewRestoredWhenReopened()
{
    QTemporaryDir dir;
    const QString bank = dir.filePath(QStringLiteral("bank.uplan"));
    const QString other = dir.filePath(QStringLiteral("other.uplan"));
    const QPointF db = [] {
        graphtest::SceneFixture scene;
        return scene.node("db")->pos();
    }();
    {
        Fixture f;
        f.widget.setProjectPath(bank);
        f.widget.view()->setZoom(2.0);
        f.widget.view()->centreOn(QStringLiteral("db"));
        QCOMPARE(f.widget.view()->zoom(), 2.0);
    } // closed: the view is kept

    // Opened again as the main window does it: the estate, then the file's name.
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    GraphWidget widget(&store, &stack, &selection);
    widget.resize(1200, 800);
    widget.show();
    store.reset(graphtest::smallEstate());
    widget.setProjectPath(bank);
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    QCOMPARE(widget.view()->zoom(), 2.0);
    QVERIFY(QLineF(widget.view()->viewCentre(), db).length() < 2.0);
    QCOMPARE(zoomText(widget), QStringLiteral("200 %"));

    // The name known only once laid out: restored all the same.
    store.reset(graphtest::smallEstate());
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    QVERIFY(widget.view()->isFitted());
    widget.setProjectPath(bank);
    QCOMPARE(widget.view()->zoom(), 2.0);

    // Another project: fitted.
    store.reset(graphtest::smallEstate());
    widget.setProjectPath(other);
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    QVERIFY(widget.view()->isFitted());
    QVERIFY(showsWholeGraph(widget));

    // Left fitted, it opens fitted again, whatever the window's size.
    store.reset(graphtest::smallEstate());
    widget.setProjectPath(bank);
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    widget.view()->fitToView();
    store.reset(graphtest::smallEstate()); // saves what the view shows
    widget.resize(600, 400);
    widget.setProjectPath(bank);
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    QVERIFY(widget.view()->isFitted());
    QVERIFY(showsWholeGraph(widget));
}

// The toolbar's Legend button shows and hides the key over the view; the choice is kept, and a
// fitted graph keeps clear of it.
void TestGraphWidget::legendToggles()
{
    Fixture f;
    auto *toggle = f.child<QAction>("showLegend");
    QVERIFY(toggle);
    QWidget *legend = f.widget.legend();
    QVERIFY(toggle->isChecked()); // on for someone who has never seen the graph
    QVERIFY(legend->isVisible());
    QVERIFY(f.widget.view()->viewport()->geometry().contains(legend->geometry()));
    // Also in the short view of a 1280 x 720 window.
    for (const QSize size : {QSize(1200, 800), QSize(830, 330)}) {
        f.widget.resize(size);
        QCoreApplication::processEvents();
        const QRect drawn = f.widget.view()
                                ->mapFromScene(f.widget.scene()->graphBounds())
                                .boundingRect()
                                .translated(f.widget.view()->viewport()->pos());
        QVERIFY2(!drawn.intersects(legend->geometry()), "the fitted graph is under the legend");
        QVERIFY(f.widget.view()->viewport()->geometry().contains(drawn));
    }

    // Beside the overview, not under it, in a wide view.
    f.widget.resize(1130, 500);
    f.widget.view()->setZoom(3.0);
    QCoreApplication::processEvents();
    QVERIFY(f.widget.overview()->isVisible());
    QVERIFY(!legend->geometry().intersects(f.widget.overview()->geometry()));
    f.widget.view()->fitToView();

    toggle->trigger();
    QVERIFY(!legend->isVisible());
    QVERIFY(!f.widget.isLegendVisible());
    QVERIFY(showsWholeGraph(f.widget));
    QCOMPARE(QSettings().value(QStringLiteral("graph/showLegend")).toBool(), false);
    {
        Fixture again;
        QVERIFY(!again.widget.isLegendVisible());
        QVERIFY(!again.widget.legend()->isVisible());
    }
    toggle->trigger();
    QVERIFY(legend->isVisible());
}

// The widths the Graph tab gets: a 1600 x 1000 and a 1280 x 720 window less the details dock,
// and the whole screen's width. The search field is whole and the buttons are on the bar,
// not in its overflow menu.
void TestGraphWidget::toolbarFits_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("1600 window") << 1130;
    QTest::newRow("1280 window") << 830;
    QTest::newRow("1600") << 1600;
    QTest::newRow("1280") << 1280;
}

void TestGraphWidget::toolbarFits()
{
    QFETCH(int, width);
    Fixture f;
    f.widget.resize(width, 600);
    QCoreApplication::processEvents();
    auto *bar = f.widget.findChild<QToolBar *>();
    auto *search = f.child<QLineEdit>("graphSearch");
    QVERIFY(search->isVisible());
    const int placeholder = search->fontMetrics().horizontalAdvance(search->placeholderText());
    QVERIFY2(search->width() >= placeholder + 20, qPrintable(QString::number(search->width())));
    for (const char *name : {"showOverview", "showLegend"}) {
        QWidget *button = bar->widgetForAction(f.child<QAction>(name));
        QVERIFY2(button && button->isVisible(), name);
        QVERIFY(bar->rect().contains(button->geometry()));
    }
    for (const char *name : {"zoomLabel", "exportButton", "arrangeButton", "filterButton"}) {
        auto *button = f.child<QToolButton>(name);
        QVERIFY2(button && button->isVisible(), name);
        QVERIFY(bar->rect().contains(button->geometry()));
    }
    QVERIFY(
        f.child<QWidget>("zoomLabel")->width()
        >= f.child<QWidget>("zoomLabel")->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
}

// The filters live in one drop-down that says how many are on, and follow a filter set
// elsewhere (the context menu's impact views, "Show everything").
void TestGraphWidget::filtersInTheDropDown()
{
    Fixture f;
    auto *button = f.child<QToolButton>("filterButton");
    auto *kind = f.child<QComboBox>("kindFilter");
    QVERIFY(button && kind);
    QCOMPARE(button->text(), QStringLiteral("Filters"));
    QVERIFY(!f.widget.findChild<QToolBar *>()->isAncestorOf(kind)); // not on the bar itself
    kind->setCurrentIndex(kind->findData(int(ComponentKind::Application)));
    QCOMPARE(button->text(), QStringLiteral("Filters (1)"));
    QVERIFY(button->toolTip().contains(kind->currentText()));

    GraphFilter filter = f.widget.scene()->model().filter();
    filter.impact = ImpactDirection::Both;
    f.widget.scene()->model().setFilter(filter);
    QCOMPARE(button->text(), QStringLiteral("Filters (2)"));
    QCOMPARE(f.child<QComboBox>("impactFilter")->currentData().toInt(), int(ImpactDirection::Both));
    f.child<QAbstractButton>("clearFilters")->click();
    QCOMPARE(button->text(), QStringLiteral("Filters"));
    QCOMPARE(kind->currentIndex(), 0);
    QCOMPARE(f.shown().size(), 8);
}

// In the short view of a 1280 x 720 window the legend is a one-line key; a click unfolds it,
// the choice is kept, and exports still carry the whole legend.
void TestGraphWidget::legendFoldsInASmallView()
{
    QSettings().remove(QStringLiteral("graph/legendFolded"));
    Fixture f;
    f.widget.resize(830, 420);
    QCoreApplication::processEvents();
    QWidget *legend = f.widget.legend();
    QVERIFY(f.widget.isLegendFolded());
    QVERIFY2(legend->height() <= 2 * 20 + 20, qPrintable(QString::number(legend->height())));
    QVERIFY(f.widget.view()->viewport()->geometry().contains(legend->geometry()));
    f.widget.resize(1130, 900);
    QCoreApplication::processEvents();
    QVERIFY(!f.widget.isLegendFolded()); // room enough: the whole legend

    f.widget.resize(830, 420);
    QCoreApplication::processEvents();
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(10, 10));
    QVERIFY(!f.widget.isLegendFolded());
    QVERIFY(QSettings().value(QStringLiteral("graph/legendFolded")).isValid());
    QTest::mouseClick(legend, Qt::LeftButton, {}, QPoint(10, 10));
    QVERIFY(f.widget.isLegendFolded());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("folded.png"));
    QVERIFY(f.widget.exportTo(path, GraphExportFormat::Png, false));
    const GraphLegend whole(f.store.estate());
    QVERIFY(QImage(path).height() > whole.size().height() + 100);
    QSettings().remove(QStringLiteral("graph/legendFolded"));
}

void TestGraphWidget::largeEstateOpensReadable_data()
{
    QTest::addColumn<int>("components");
    QTest::newRow("1,000 components") << 1000;
    QTest::newRow("10,000 components") << 10000;
}

// Fitted, a large estate would show no name: it opens at the smallest zoom where names are
// readable, on a component with an open error once the analysis says which, with the overview
// showing where that is and a hint that names need zooming in. The small estate opens fitted.
void TestGraphWidget::largeEstateOpensReadable()
{
    QFETCH(int, components);
    GeneratorOptions options;
    options.components = components;
    const Estate estate = generateEstate(options);
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    GraphWidget widget(&store, &stack, &selection);
    widget.resize(1130, 700);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    store.reset(estate);
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();

    GraphView *view = widget.view();
    const double readable = GraphStyle::instance().readableZoom();
    QVERIFY(view->fitZoom() < readable); // fitted, the names would be unreadable
    QVERIFY(!view->isFitted());
    QVERIFY2(view->zoom() >= readable * 0.999, qPrintable(QString::number(view->zoom())));
    QVERIFY(view->zoom() * GraphStyle::instance().nameFont.pixelSize()
            >= GraphStyle::readablePixels - 0.01);
    QVERIFY(widget.overview()->isVisible());
    // The first layer in view: some boxes shown whole, from the graph's top left.
    const QRectF shown = view->visibleSceneRect();
    int whole = 0;
    for (const NodeItem *node : widget.scene()->nodeItems())
        whole += shown.contains(node->sceneBoundingRect()) ? 1 : 0;
    QVERIFY2(whole >= 5, qPrintable(QString::number(whole)));

    // The analysis comes in: the view moves to a component in error.
    const QString wrong = estate.component(components / 2).id;
    widget.setConflicts({{wrong, {QStringLiteral("an error")}}});
    QVERIFY(view->visibleSceneRect().contains(widget.scene()->nodeItem(wrong)->sceneBoundingRect()));
    QCOMPARE(view->zoom(), readable);

    // Fit shows everything and says names need zooming in.
    QTest::keyClick(view, Qt::Key_F);
    auto *hint = widget.findChild<QLabel *>(QStringLiteral("graphZoomHint"));
    QVERIFY(hint && hint->isVisible());
    view->setZoom(readable);
    QVERIFY(!hint->isVisible());

    // A small estate still opens fitted.
    store.reset(graphtest::smallEstate());
    widget.scene()->waitForLayout();
    QCoreApplication::processEvents();
    QVERIFY(view->isFitted());
    QVERIFY(showsWholeGraph(widget));
    QVERIFY(!hint->isVisible());
}

QTEST_MAIN(TestGraphWidget)
#include "tst_graphwidget.moc"
