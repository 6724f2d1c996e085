// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeEstate.h"
#include "analysis/AnalysisRunner.h"
#include "changes/BackupsPage.h"
#include "changes/ChangeAnalysis.h"
#include "changes/ChangePanel.h"
#include "changes/ComparisonPage.h"
#include "changes/ImpactPage.h"
#include "changes/MessagesPage.h"
#include "changes/ReadinessPage.h"
#include "changes/RecordPage.h"
#include "changes/UpgradeRecordPage.h"
#include "inventory/EstateStore.h"
#include "itemmodels/RecordTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

/// The Change panel driven as a user would: clicks and typing, each edit one undo step.
class tst_ChangePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsReadinessRiskAndImpact();
    void typingARollbackTriggerIsOneUndoStep();
    void doubleClickingAnItemRequestsItsComponent();
    void messagePreviewIsFilledFromTheSchedule();
    void acceptingActualsStoresEstimates();
    void upgradeRecordShowsTheSelectedStepsChecks();
    void recordsAreFilteredAndSorted();
    void fitsAt1280x720();

private:
    void settle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_runner->isBusy() && m_runner->hasResults(), 20000);
        m_panel->reanalyse();
    }

    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    AnalysisRunner *m_runner = nullptr;
    ChangePanel *m_panel = nullptr;
};

void tst_ChangePanel::init()
{
    m_store = new EstateStore;
    m_store->reset(test::changeEstate());
    m_stack = new QUndoStack;
    m_runner = new AnalysisRunner(m_store);
    m_runner->setDebounceInterval(10);
    m_panel = new ChangePanel(m_store, m_stack, m_runner);
    m_panel->resize(1200, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    settle();
}

void tst_ChangePanel::cleanup()
{
    delete m_panel;
    delete m_runner;
    delete m_stack;
    delete m_store;
}

void tst_ChangePanel::showsReadinessRiskAndImpact()
{
    QTreeWidget *checklist = m_panel->readinessPage()->checklist();
    QVERIFY(checklist->topLevelItemCount() > 0);
    // The small estate lacks most records: the checklist names a rollback plan missing for
    // a moving component that has none.
    bool rollbackMissing = false;
    for (int i = 0; i < checklist->topLevelItemCount(); ++i)
        rollbackMissing |= checklist->topLevelItem(i)->text(0) == QLatin1String("Rollback plan")
                           && checklist->topLevelItem(i)->text(1) == QLatin1String("ledger-app");
    QVERIFY(rollbackMissing);
    QVERIFY(m_panel->summaryLabel()->text().contains(QStringLiteral("Not ready")));
    QVERIFY(m_panel->readinessPage()->riskTree()->topLevelItemCount() > 0);
    QVERIFY(m_panel->readinessPage()->guidanceLabel()->text().contains(
        QStringLiteral("End of support")));

    // The payment process is reached from the database through the ledger.
    QTreeWidget *impact = m_panel->impactPage()->tree();
    QTreeWidgetItem *pg = nullptr;
    for (int i = 0; i < impact->topLevelItemCount(); ++i)
        if (impact->topLevelItem(i)->text(0).startsWith(QLatin1String("pg-core")))
            pg = impact->topLevelItem(i);
    QVERIFY(pg);
    QCOMPARE(pg->childCount(), 1);
    QCOMPARE(pg->child(0)->text(0), QStringLiteral("Card payments"));
    QVERIFY(pg->child(0)->text(4).contains(QStringLiteral("tellers")));
    QCOMPARE(pg->child(0)->text(5), QStringLiteral("external"));
}

void tst_ChangePanel::typingARollbackTriggerIsOneUndoStep()
{
    m_panel->setCurrentPage(ChangePanel::Rollbacks);
    RecordPage *page = m_panel->recordListPage(ChangePanel::Rollbacks);
    QTableView *view = page->tableView();
    const Estate before = m_store->estate();

    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QCOMPARE(m_store->estate().records.rollbacks.size(), 2);
    QCOMPARE(m_stack->count(), 1);
    const Estate added = m_store->estate();

    // Type the trigger into the new row's Triggers cell and press Enter.
    const QModelIndex triggers = view->model()->index(1, 1);
    view->setCurrentIndex(triggers);
    view->edit(triggers);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(triggers));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("bookings fail; error rate > 2 %"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(m_store->estate().records.rollbacks[1].triggers,
                 (QStringList{QStringLiteral("bookings fail"),
                              QStringLiteral("error rate > 2 %")}));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit rollback plans"));

    // Something that is not a number of minutes is refused, in words, and changes nothing.
    QVERIFY(!view->model()->setData(view->model()->index(1, 4), QStringLiteral("soon")));
    QVERIFY(page->messageLabel()->text().contains(QStringLiteral("soon")));
    QCOMPARE(m_stack->count(), 2);

    m_stack->undo();
    QVERIFY(m_store->estate() == added);
    m_stack->undo();
    QVERIFY(m_store->estate() == before);
    QCOMPARE(view->model()->rowCount(), 1);
}

void tst_ChangePanel::doubleClickingAnItemRequestsItsComponent()
{
    QSignalSpy requested(m_panel, &ChangePanel::componentRequested);
    QTreeWidget *risk = m_panel->readinessPage()->riskTree();
    QTreeWidgetItem *first = risk->topLevelItem(0);
    QVERIFY(first);
    const QRect rect = risk->visualItemRect(first);
    // A real double-click: press and release, then the second press as a double-click.
    QTest::mouseClick(risk->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(risk->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(requested.count(), 1);
    QVERIFY(m_store->estate().find(requested.first().first().toString()));
}

void tst_ChangePanel::messagePreviewIsFilledFromTheSchedule()
{
    m_panel->setCurrentPage(ChangePanel::Messages);
    MessagesPage *page = m_panel->messagesPage();
    page->setCurrentRow(0);
    QCOMPARE(page->bodyEdit()->toPlainText(), m_store->estate().records.messages[0].body);
    const QString preview = page->preview()->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("branch staff")), qPrintable(preview));
    QVERIFY(!preview.contains(QStringLiteral("{start}")));
    QVERIFY(preview.contains(QStringLiteral("Card payments")));

    // Editing the body is one undo step once typing pauses.
    page->bodyEdit()->setFocus();
    page->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(page->bodyEdit(), QStringLiteral(" Thank you."));
    QTRY_COMPARE(m_stack->count(), 1);
    QVERIFY(m_store->estate().records.messages[0].body.endsWith(QStringLiteral("Thank you.")));
    m_stack->undo();
    QVERIFY(!m_store->estate().records.messages[0].body.endsWith(QStringLiteral("Thank you.")));
}

void tst_ChangePanel::acceptingActualsStoresEstimates()
{
    m_panel->setCurrentPage(ChangePanel::Comparison);
    ComparisonPage *page = m_panel->comparisonPage();
    QVERIFY(page->tree()->topLevelItemCount() >= 1);
    QVERIFY(page->acceptButton()->isEnabled());
    QVERIFY(m_store->estate().records.estimates.isEmpty());
    QTest::mouseClick(page->acceptButton(), Qt::LeftButton);
    const QList<KindEstimate> &estimates = m_store->estate().records.estimates;
    QCOMPARE(estimates.size(), 1);
    QCOMPARE(estimates[0].kind, ComponentKind::Middleware);
    QCOMPARE(estimates[0].durations[Phase::Execute], std::optional<int>(50));
    QCOMPARE(page->estimatesPage()->model()->rowCount(), 1);
    m_stack->undo();
    QVERIFY(m_store->estate().records.estimates.isEmpty());
}

void tst_ChangePanel::upgradeRecordShowsTheSelectedStepsChecks()
{
    m_panel->setCurrentPage(ChangePanel::Record);
    UpgradeRecordPage *page = m_panel->recordPage();
    QVERIFY(!page->checksPage()->isEnabled());
    page->setCurrentRow(0);
    QVERIFY(page->checksPage()->isEnabled());
    QCOMPARE(page->checksPage()->model()->rowCount(), 1);
    QCOMPARE(page->checksPage()->model()->index(0, 0).data().toString(),
             QStringLiteral("ledger-login"));
    QTest::mouseClick(page->issuesPage()->addButton(), Qt::LeftButton);
    QCOMPARE(m_store->estate().records.executed[0].issues.size(), 1);
    m_stack->undo();
    QVERIFY(m_store->estate().records.executed[0].issues.isEmpty());
}

// A long list is searched by any text (a component, a word of a trigger) and sorted by a
// click on a header; Remove and "Select component" act on the record the user sees.
void tst_ChangePanel::recordsAreFilteredAndSorted()
{
    m_panel->setCurrentPage(ChangePanel::Rollbacks);
    RecordPage *page = m_panel->recordListPage(ChangePanel::Rollbacks);
    QTableView *view = page->tableView();
    page->addRow();
    QCOMPARE(m_store->estate().records.rollbacks.size(), 2);
    const QString added = m_store->estate().records.rollbacks[1].component;
    QVERIFY(added != QStringLiteral("pg-core"));

    // Typing in the filter keeps the rows that contain the text, case ignored.
    QTest::keyClicks(page->filterEdit(), QStringLiteral("REPLICATION lag"));
    QCOMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(page->currentRow(), 0);
    page->filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), 2);

    // In the records' order until a header is clicked; then by that column.
    QCOMPARE(view->model()->index(0, 0).data().toString(),
             m_panel->recordListPage(ChangePanel::Rollbacks)->model()->index(0, 0).data().toString());
    view->horizontalHeader()->setSortIndicator(0, Qt::DescendingOrder);
    const QString first = view->model()->index(0, 0).data().toString();
    const QString second = view->model()->index(1, 0).data().toString();
    QVERIFY2(first.compare(second, Qt::CaseInsensitive) >= 0, qPrintable(first + u' ' + second));

    // Remove takes the record shown in the selected row, whatever the order.
    view->selectRow(0);
    QCOMPARE(page->model()->index(page->currentRow(), 0).data().toString(), first);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QCOMPARE(m_store->estate().records.rollbacks.size(), 1);
    QCOMPARE(page->model()->index(0, 0).data().toString(), second);

    // A record added while a filter hides everything is shown: Add clears the filter.
    QTest::keyClicks(page->filterEdit(), QStringLiteral("no such text"));
    QCOMPARE(view->model()->rowCount(), 0);
    page->addRow();
    QVERIFY(page->filterEdit()->text().isEmpty());
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(page->currentRow(), 1);

    // The backups table is searched the same way, on top of "only components with an upgrade".
    m_panel->setCurrentPage(ChangePanel::Backups);
    BackupsPage *backups = m_panel->backupsPage();
    const int moving = backups->tableView()->model()->rowCount();
    QVERIFY(moving >= 2);
    QTest::keyClicks(backups->filterEdit(), QStringLiteral("pg-core"));
    QCOMPARE(backups->tableView()->model()->rowCount(), 1);
    QCOMPARE(backups->tableView()->model()->index(0, 0).data().toString(),
             QStringLiteral("pg-core"));
    backups->filterEdit()->clear();
    QCOMPARE(backups->tableView()->model()->rowCount(), moving);
}

void tst_ChangePanel::fitsAt1280x720()
{
    // The panel as the central tab of a 1280x720 window: every page lays out without
    // needing more room than that.
    m_panel->resize(1280 - 360, 720 - 200);
    for (int p = 0; p < ChangePanel::PageCount; ++p) {
        m_panel->setCurrentPage(ChangePanel::Page(p));
        QVERIFY2(m_panel->minimumSizeHint().width() <= 1280 - 360, qPrintable(QString::number(p)));
        QVERIFY2(m_panel->minimumSizeHint().height() <= 720 - 200, qPrintable(QString::number(p)));
    }
}

QTEST_MAIN(tst_ChangePanel)
#include "tst_changepanel.moc"
