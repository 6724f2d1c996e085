// SPDX-License-Identifier: GPL-3.0-or-later
// The Graph tab as the main window embeds it: fitted once laid out, its toolbar's filters,
// grouping, connect mode and search act on the graph, the overview shows only when needed,
// and the visible part exports as it is shown.
#include "commands/ReplaceSectionCommand.h"
#include "graph/GraphOverview.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/GraphWidget.h"
#include "graph/NodeItem.h"
#include "itemmodels/ComponentSelection.h"
#include "tst_graphestate.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
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
    void fitsOnceLaidOut();
    void toolbarFilters();
    void groupBySiteAndConnectMode();
    void searchSelects();
    void overviewOnlyWhenNeeded();
    void exportsTheVisiblePart();
};

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
    QCOMPARE(f.widget.scene()->searchHit(), QStringLiteral("batch"));
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
    const QImage image(path);
    const QSize port = f.widget.view()->viewport()->size();
    QVERIFY(std::abs(image.width() - port.width()) <= 2);
    QVERIFY(std::abs(image.height() - port.height()) <= 2);

    const QString whole = dir.filePath(QStringLiteral("whole.svg"));
    QVERIFY(f.widget.exportTo(whole, GraphExportFormat::Svg, false));
    QVERIFY(QFileInfo(whole).size() > 1000);
}

QTEST_MAIN(TestGraphWidget)
#include "tst_graphwidget.moc"
