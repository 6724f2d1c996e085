// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisEstates.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/PlanPanel.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace planner;

class tst_PlanPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ledgerEstateShowsThreeWaves();
    void selectingAStepSelectsItsComponent();
    void selectionElsewhereSelectsItsSteps();
    void followsEditsAndShowsWhenBusy();
    void impossibleUpgradeIsBlocked();
    void stepMenuSelectsShowsAndCopies();

private:
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(!m_runner->isBusy(), 10000); }
    /// "component from -> to" of the row, as the tree shows it.
    QString rowText(const QModelIndex &index) const;

    EstateStore *m_store = nullptr;
    ComponentSelection *m_selection = nullptr;
    AnalysisRunner *m_runner = nullptr;
    PlanPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_PlanPanel::init()
{
    m_store = new EstateStore;
    m_store->reset(analysistest::ledgerEstate());
    m_selection = new ComponentSelection;
    m_runner = new AnalysisRunner(m_store);
    m_runner->setDebounceInterval(10);
    m_panel = new PlanPanel(m_selection, m_runner);
    m_tester = new QAbstractItemModelTester(m_panel->treeModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    settle();
}

void tst_PlanPanel::cleanup()
{
    delete m_tester;
    delete m_panel;
    delete m_runner;
    delete m_selection;
    delete m_store;
}

QString tst_PlanPanel::rowText(const QModelIndex &index) const
{
    return index.siblingAtColumn(PlanTreeModel::Component).data().toString() + QLatin1Char(' ')
           + index.siblingAtColumn(PlanTreeModel::Upgrade).data().toString();
}

void tst_PlanPanel::ledgerEstateShowsThreeWaves()
{
    const QAbstractItemModel *model = m_panel->treeModel();
    QCOMPARE(model->rowCount(), 3);
    QStringList waves;
    for (int row = 0; row < 3; ++row) {
        const QModelIndex wave = model->index(row, 0);
        QCOMPARE(model->rowCount(wave), 1);
        QVERIFY(m_panel->treeView()->isExpanded(wave));
        waves << wave.data().toString() + QStringLiteral(": ") + rowText(model->index(0, 0, wave));
    }
    QCOMPARE(waves,
             QStringList({"Wave 1: pg-core 12.20 \u2192 14.13", "Wave 2: ledger-app 4.2 \u2192 5.0",
                          "Wave 3: pg-core 14.13 \u2192 16.6"}));
    // PostgreSQL stops at 14.13 because the ledger 4.2 cannot run on 16: the tree says so,
    // and that support for 14 has ended by the plan's start (it is passed through, not kept).
    const QModelIndex stone = model->index(0, 0, model->index(0, 0));
    QCOMPARE(stone.siblingAtColumn(PlanTreeModel::Kind).data().toString(),
             QStringLiteral("unsupported stone"));
    QVERIFY(stone.siblingAtColumn(PlanTreeModel::Kind)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"support has ended"));
    // Nothing moves together: no group column to read.
    QVERIFY(m_panel->treeView()->isColumnHidden(PlanTreeModel::Group));
    QVERIFY(stone.siblingAtColumn(PlanTreeModel::Reason).data().toString().contains(u"ledger-app"));
    // Straight to the target: nothing to mark.
    QCOMPARE(model->index(0, PlanTreeModel::Kind, model->index(2, 0)).data().toString(), QString());
    QCOMPARE(m_panel->summaryLabel()->text(), QStringLiteral("3 steps in 3 waves"));
    QVERIFY(m_panel->busyIndicator()->isHidden());
}

void tst_PlanPanel::selectingAStepSelectsItsComponent()
{
    QSignalSpy selected(m_selection, &ComponentSelection::selectionChanged);
    QTreeView *view = m_panel->treeView();
    const QModelIndex ledger = m_panel->treeModel()->index(0, PlanTreeModel::Reason,
                                                           m_panel->treeModel()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(ledger).center());
    QCOMPARE(m_selection->selectedIds(), QStringList({"ledger-app"}));
    QCOMPARE(selected.count(), 1);
    // The reason for its place, whole, under the tree.
    QVERIFY(m_panel->detailsLabel()->text().contains(ledger.data().toString().toHtmlEscaped()));
    QVERIFY(m_panel->detailsLabel()->text().contains(u"wave 2"));

    // A wave selects every component it moves.
    const QModelIndex wave3 = m_panel->treeModel()->index(2, 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(wave3).center());
    QCOMPARE(m_selection->selectedIds(), QStringList({"pg-core"}));
    QCOMPARE(selected.count(), 2);
    // Both steps of pg-core are marked, the one in wave 1 too.
    QVERIFY(m_panel->treeModel()
                ->index(0, 0, m_panel->treeModel()->index(0, 0))
                .data(PlanTreeModel::HighlightRole)
                .toBool());
    QVERIFY(!m_panel->treeModel()
                 ->index(0, 0, m_panel->treeModel()->index(1, 0))
                 .data(PlanTreeModel::HighlightRole)
                 .toBool());
}

void tst_PlanPanel::selectionElsewhereSelectsItsSteps()
{
    QSignalSpy selected(m_selection, &ComponentSelection::selectionChanged);
    QObject elsewhere;
    m_selection->setSelection({QStringLiteral("pg-core")}, &elsewhere);
    // The panel follows without answering: one change, from elsewhere.
    QCOMPARE(selected.count(), 1);
    QStringList rows;
    for (const QModelIndex &index : m_panel->treeView()->selectionModel()->selectedRows())
        rows << rowText(index);
    rows.sort();
    QCOMPARE(rows, QStringList({"pg-core 12.20 \u2192 14.13", "pg-core 14.13 \u2192 16.6"}));
    QCOMPARE(m_panel->treeView()->currentIndex().parent().row(), 0);

    m_selection->setSelection({QStringLiteral("nothing-planned")}, &elsewhere);
    QVERIFY(!m_panel->treeView()->selectionModel()->hasSelection());
    QCOMPARE(selected.count(), 2);
}

void tst_PlanPanel::followsEditsAndShowsWhenBusy()
{
    QObject elsewhere;
    m_selection->setSelection({QStringLiteral("ledger-app")}, &elsewhere);
    m_runner->setDebounceInterval(200);
    // Without a stepping stone between them, PostgreSQL and the ledger must jump together.
    QList<CatalogEntry> catalog = m_store->estate().catalog;
    catalog.last().releases = {*Version::parse(QStringLiteral("12.20")),
                               *Version::parse(QStringLiteral("16.6"))};
    m_store->setCatalog(catalog);
    QVERIFY(m_panel->busyIndicator()->isVisibleTo(m_panel));
    settle();
    QVERIFY(m_panel->busyIndicator()->isHidden());
    const QAbstractItemModel *model = m_panel->treeModel();
    const QModelIndex groups = model->index(model->rowCount() - 1, 0);
    QCOMPARE(groups.data(PlanTreeModel::NodeKindRole).toInt(),
             int(PlanTreeModel::NodeKind::GroupsSection));
    QCOMPARE(model->index(0, 0, groups).data(PlanTreeModel::ComponentsRole).toStringList().size(),
             2);
    QCOMPARE(m_panel->summaryLabel()->text(), QStringLiteral("2 steps in 1 wave, 1 group"));
    QVERIFY(!m_panel->treeView()->isColumnHidden(PlanTreeModel::Group));
    // The selection is selected again in the new plan: the ledger's step and its group.
    const QModelIndexList rows = m_panel->treeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 2);
    for (const QModelIndex &index : rows)
        QVERIFY(index.data(PlanTreeModel::ComponentsRole).toStringList().contains(u"ledger-app"));
}

void tst_PlanPanel::impossibleUpgradeIsBlocked()
{
    // Ledger 5 needs a PostgreSQL that does not exist: the ledger cannot move, and so
    // PostgreSQL cannot leave the versions ledger 4.2 runs on. Each says why.
    QList<CatalogEntry> catalog = m_store->estate().catalog;
    catalog[2].requirements[0].range = *VersionRange::parse(QStringLiteral(">=17"));
    m_store->setCatalog(catalog);
    settle();
    const QAbstractItemModel *model = m_panel->treeModel();
    const QModelIndex blocked = model->index(model->rowCount() - 1, 0);
    QCOMPARE(blocked.data().toString(), QStringLiteral("Blocked"));
    QCOMPARE(model->rowCount(blocked), 2);
    QCOMPARE(model->index(0, 0, blocked).data().toString(), QStringLiteral("pg-core"));
    QVERIFY(model->index(0, PlanTreeModel::Reason, blocked)
                .data()
                .toString()
                .contains(u"ledger-app 4.2 requires postgresql >=11 <15"));
    QCOMPARE(model->index(1, 0, blocked).data().toString(), QStringLiteral("ledger-app"));
    QVERIFY(model->index(1, PlanTreeModel::Reason, blocked)
                .data()
                .toString()
                .contains(u"requires postgresql >=17"));
    QVERIFY(m_panel->treeView()->isExpanded(blocked));
    QVERIFY2(m_panel->summaryLabel()->text().endsWith(u", 2 blocked"),
             qPrintable(m_panel->summaryLabel()->text()));
}

void tst_PlanPanel::stepMenuSelectsShowsAndCopies()
{
    const QAbstractItemModel *model = m_panel->treeModel();
    const QModelIndex ledger = model->index(0, 0, model->index(1, 0)); // wave 2's step
    QVERIFY(!m_panel->stepMenu(model->index(1, 0))); // a wave row has no step menu
    std::unique_ptr<QMenu> menu(m_panel->stepMenu(ledger));
    QVERIFY(menu);
    QStringList texts;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    QCOMPARE(texts, QStringList({"Select ledger-app", "Show in Timeline", "Copy Step"}));

    QSignalSpy timeline(m_panel, &PlanPanel::timelineRequested);
    menu->actions().at(1)->trigger();
    QCOMPARE(timeline.count(), 1);
    QCOMPARE(timeline.at(0).at(0).toInt(), ledger.data(PlanTreeModel::StepIndexRole).toInt());
    menu->actions().at(3)->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("Wave 2: ledger-app · 4.2 \u2192 5.0")));
    m_selection->clear();
    menu->actions().at(0)->trigger();
    QCOMPARE(m_selection->selectedIds(), QStringList{QStringLiteral("ledger-app")});
}

QTEST_MAIN(tst_PlanPanel)
#include "tst_planpanel.moc"
