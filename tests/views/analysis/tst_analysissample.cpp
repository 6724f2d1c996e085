// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample estate in both analysis panels, as a user opening it sees them. With
// UPLAN_SCREENSHOT_DIR set, the panels are also saved there as conflicts.png and plan.png.

#include "analysis/AnalysisRunner.h"
#include "analysis/ConflictsPanel.h"
#include "analysis/PlanPanel.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ConflictTableModel.h"
#include "itemmodels/PlanTreeModel.h"
#include "storage/EstateFile.h"

#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_AnalysisSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplePanels();
};

void tst_AnalysisSample::samplePanels()
{
    auto estate = loadEstateFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    QVERIFY2(estate, estate ? "" : qPrintable(estate.error().text()));
    EstateStore store;
    QUndoStack stack;
    ComponentSelection selection;
    AnalysisRunner runner(&store);
    runner.setDebounceInterval(0);
    ConflictsPanel conflicts(&store, &stack, &selection, &runner);
    PlanPanel plan(&selection, &runner);
    conflicts.resize(1200, 520);
    plan.resize(1200, 620);
    conflicts.show();
    plan.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plan));
    store.reset(*estate);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 30000);

    // Several meaningful conflicts out of the box, errors among them, and a plan in waves.
    const QAbstractItemModel *table = conflicts.tableView()->model();
    QVERIFY2(table->rowCount() >= 5, qPrintable(conflicts.countsLabel()->text()));
    QVERIFY(conflicts.countsLabel()->text().contains(u"error"));
    QVERIFY(runner.plan().waveCount() >= 3);
    QCOMPARE(plan.summaryLabel()->text(), PlanTreeModel::summaryText(runner.plan()));
    // Every message is in full in its tooltip, however narrow the column.
    for (int row = 0; row < table->rowCount(); ++row) {
        const QModelIndex message = table->index(row, ConflictTableModel::Message);
        QVERIFY(message.data(Qt::ToolTipRole)
                    .toString()
                    .contains(message.data().toString().toHtmlEscaped()));
    }

    // One end of support accepted by the change board: still listed, marked as waived.
    const QString eos = QStringLiteral("end-of-support:current:pg-ledger");
    QVERIFY(conflicts.tableModel()->rowOf(eos) >= 0);
    QVERIFY(conflicts.waive({eos}, QStringLiteral("replaced in wave 2"), QDate(2027, 6, 30)));
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 30000);
    const int waived = conflicts.tableModel()->rowOf(eos);
    QVERIFY(conflicts.tableModel()->conflictAt(waived)->waived);

    // The first error clicked: its components are selected, and so are their steps in the plan.
    conflicts.tableView()->selectRow(0);
    const QStringList ids
        = table->index(0, 0).data(ConflictTableModel::ComponentsRole).toStringList();
    QCOMPARE(selection.selectedIds(), ids);
    QVERIFY(!plan.treeView()->selectionModel()->selectedRows().isEmpty());

    const QString dir = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(conflicts.grab().save(dir + QStringLiteral("/conflicts.png")));
        QVERIFY(plan.grab().save(dir + QStringLiteral("/plan.png")));
        qInfo("%s; %s", qPrintable(conflicts.countsLabel()->text()),
              qPrintable(plan.summaryLabel()->text()));
    }
}

QTEST_MAIN(tst_AnalysisSample)
#include "tst_analysissample.moc"
