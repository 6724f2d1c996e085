// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisController.h"
#include "Document.h"
#include "MainWindow.h"
#include "SmallEstate.h"
#include "analysis/AnalysisRunner.h"
#include "changes/ChangePanel.h"
#include "changes/ReadinessPage.h"
#include "changes/RecordPage.h"
#include "commands/ReplaceSectionCommand.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/RecordTableModel.h"
#include "panels/InventoryPanel.h"
#include "timeline/CalendarEditor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

/// The Change tab in the main window: reached from View > Change Records, edits are the
/// document's (modified, undoable), double-clicks lead to the component. With
/// UPLAN_SCREENSHOT_DIR set, screenshots() writes a PNG of every page at 1600x1000 and
/// 1280x720 of the sample estate into it (docs/images/change-*.png come from there).
class tst_ChangeRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void viewMenuOpensTheChangeTab();
    void anEditMarksTheDocumentModifiedAndUndoes();
    void doubleClickJumpsToTheComponent();
    void screenshots();

private:
    void settle();
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_ChangeRecords::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
}

void tst_ChangeRecords::init()
{
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json")));
    settle();
}

void tst_ChangeRecords::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

void tst_ChangeRecords::settle()
{
    AnalysisRunner *runner = m_window->analysis()->runner();
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isBusy() && runner->hasResults(), 60000);
    QCoreApplication::processEvents();
}

void tst_ChangeRecords::viewMenuOpensTheChangeTab()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("changeRecordsAction"));
    QVERIFY(action);
    QVERIFY(m_window->tabs()->currentWidget() != m_window->change());
    action->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->change());
    QCOMPARE(m_window->change()->pageList()->count(), int(ChangePanel::PageCount));
}

void tst_ChangeRecords::anEditMarksTheDocumentModifiedAndUndoes()
{
    m_window->tabs()->setCurrentWidget(m_window->change());
    m_window->change()->setCurrentPage(ChangePanel::Monitoring);
    RecordPage *page = m_window->change()->recordListPage(ChangePanel::Monitoring);
    const int rows = page->model()->rowCount();
    QVERIFY(!m_window->document()->isModified());
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), rows + 1);
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    m_window->document()->undoStack()->undo();
    QCOMPARE(page->model()->rowCount(), rows);
    QVERIFY(!m_window->document()->isModified());
}

void tst_ChangeRecords::doubleClickJumpsToTheComponent()
{
    m_window->tabs()->setCurrentWidget(m_window->change());
    settle();
    m_window->change()->reanalyse();
    QTreeWidget *risk = m_window->change()->readinessPage()->riskTree();
    QVERIFY(risk->topLevelItemCount() > 0);
    QTreeWidgetItem *item = risk->topLevelItem(0);
    risk->scrollToItem(item);
    const QPoint at = risk->visualItemRect(item).center();
    const QString id = risk->itemAt(at)->text(0).section(u' ', 0, 0);
    QTest::mouseClick(risk->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(risk->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(m_window->document()->selection()->current(), id);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->inventory());
}

namespace {

/// A few records of the ledger's change, for screenshots of a sample that has none yet.
ChangeRecords demoRecords()
{
    ChangeRecords r;
    r.configuration = {{QStringLiteral("pg-ledger"),
                        QStringLiteral("parameter"),
                        QStringLiteral("postgresql.conf"),
                        QStringLiteral("/etc/postgresql/12/main, 41 changed settings"),
                        true,
                        {}},
                       {QStringLiteral("pg-ledger"),
                        QStringLiteral("permission"),
                        QStringLiteral("pg_hba.conf"),
                        QStringLiteral("12 host rules for app and reporting"),
                        true,
                        {}},
                       {QStringLiteral("ledger-app"), QStringLiteral("certificate"),
                        QStringLiteral("ledger-api TLS"),
                        QStringLiteral("keystore /opt/ledger/tls.p12"), true, QDate(2027, 4, 30)},
                       {QStringLiteral("ledger-app"),
                        QStringLiteral("scheduled-job"),
                        QStringLiteral("interest run"),
                        QStringLiteral("cron 02:15, calls ledger-api"),
                        false,
                        {}},
                       {QStringLiteral("payments-gw"), QStringLiteral("integration-key"),
                        QStringLiteral("card scheme API key"),
                        QStringLiteral("vault kv/payments/scheme"), true, QDate(2027, 9, 1)}};
    RollbackPlan pg;
    pg.component = QStringLiteral("pg-ledger");
    pg.triggers = {QStringLiteral("pg_upgrade fails"), QStringLiteral("ledger smoke test fails")};
    pg.decider = QStringLiteral("change manager (M. Weber)");
    pg.restores = QStringLiteral("pgBackRest full backup of the window");
    pg.minutes = 110;
    pg.dataLoss = QStringLiteral("none: bookings stopped");
    RollbackPlan app;
    app.component = QStringLiteral("ledger-app");
    app.triggers = {QStringLiteral("login fails for 5 min"), QStringLiteral("error rate > 2 %")};
    app.decider = QStringLiteral("application owner");
    app.restores = QStringLiteral("Veeam VM restore of 4.2");
    app.minutes = 75;
    app.forwardOnly = true;
    app.dataLoss = QStringLiteral("schema 5.0 cannot be read by 4.2: forward repair after 02:00");
    r.rollbacks = {pg, app};
    PilotRecord pilot;
    pilot.component = QStringLiteral("ledger-app");
    pilot.environment = QStringLiteral("staging");
    pilot.devices = {QStringLiteral("stg-ledger-01"), QStringLiteral("teller PC Mainz")};
    pilot.roles = {QStringLiteral("teller"), QStringLiteral("back office")};
    pilot.flows = {QStringLiteral("booking"), QStringLiteral("end-of-day batch")};
    pilot.date = QDate(2027, 3, 18);
    pilot.result = QStringLiteral("bookings and EOD fine; report export 20 % slower");
    pilot.passed = true;
    r.pilots = {pilot};
    AcceptanceCheck login{QStringLiteral("ledger-login"),
                          QStringLiteral("ledger-app"),
                          {},
                          QStringLiteral("Log in as a teller, post a test booking"),
                          QStringLiteral("booking visible in 5 s"),
                          true,
                          false};
    AcceptanceCheck logs{QStringLiteral("pg-logs"),
                         QStringLiteral("pg-ledger"),
                         {},
                         QStringLiteral("Review PostgreSQL log since the start"),
                         QStringLiteral("no ERROR or FATAL"),
                         false,
                         true};
    AcceptanceCheck window{QStringLiteral("weekend-eod"),
                           {},
                           QStringLiteral("ledger-weekend"),
                           QStringLiteral("Run the end-of-day batch"),
                           QStringLiteral("finishes before 06:00"),
                           true,
                           false};
    r.acceptance = {login, logs, window};
    MessageTemplate before;
    before.id = QStringLiteral("branches-before");
    before.audience = QStringLiteral("branch staff");
    before.when = QStringLiteral("before");
    before.hours = 48;
    before.window = QStringLiteral("ledger-weekend");
    before.subject = QStringLiteral("Ledger maintenance {start} to {end}");
    before.body = QStringLiteral("Dear colleagues,\n\nfrom {start} to {end} we upgrade the "
                                 "systems behind {services}.\n{limitations}\n\nQuestions: "
                                 "{contact}");
    before.contact = QStringLiteral("IT service desk, +49 69 1234-500");
    before.limitations = QStringLiteral("No bookings; cards keep working offline up to 200 EUR.");
    MessageTemplate after = before;
    after.id = QStringLiteral("branches-after");
    after.when = QStringLiteral("after");
    after.hours = 1;
    after.subject = QStringLiteral("Ledger back in service");
    after.body = QStringLiteral("The maintenance of {window} is complete. Please report anything "
                                "unusual to {contact}.");
    r.messages = {before, after};
    r.monitoring = {{QStringLiteral("pg-ledger"), QStringLiteral("p95 query latency"),
                     QStringLiteral("12 ms"), 168},
                    {QStringLiteral("ledger-app"), QStringLiteral("p95 login latency"),
                     QStringLiteral("180 ms"), 72}};
    ExecutionRecord lb;
    lb.component = QStringLiteral("sw-core-fra-1");
    const QDateTime at(QDate(2027, 1, 16), QTime(22, 0), Qt::UTC);
    lb.started[0] = at;
    lb.ended[0] = at.addSecs(25 * 60);
    lb.started[1] = lb.ended[0];
    lb.ended[1] = at.addSecs(35 * 60);
    lb.started[2] = lb.ended[1];
    lb.ended[2] = at.addSecs(95 * 60);
    lb.started[3] = lb.ended[2];
    lb.ended[3] = at.addSecs(120 * 60);
    lb.checks = {{QStringLiteral("pg-logs"), true, QStringLiteral("clean")}};
    lb.issues = {{QStringLiteral("stack member 2 came up with the old image"),
                  QStringLiteral("re-imaged from the archive, 20 min")}};
    lb.followUps = {QStringLiteral("update the runbook: verify both members")};
    r.executed = {lb};
    return r;
}

} // namespace

void tst_ChangeRecords::screenshots()
{
    const QString dir = qEnvironmentVariable("UPLAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set UPLAN_SCREENSHOT_DIR to write the Change pages as PNG");
    QVERIFY(QDir().mkpath(dir));
    static const char *names[ChangePanel::PageCount] = {"readiness",  "impact",    "configuration",
                                                        "backups",    "rollbacks", "pilots",
                                                        "acceptance", "messages",  "monitoring",
                                                        "record",     "comparison"};
    // The sample is a plan not yet carried out: an upgrade record of one step shows the
    // record and planned-vs-actual pages with content.
    ChangeRecords records = m_window->document()->estate().records;
    if (records.isEmpty())
        records = demoRecords();
    if (records.executed.isEmpty()) {
        records.executed = demoRecords().executed;
        for (const AcceptanceCheck &check : std::as_const(records.acceptance))
            if (check.component == records.executed[0].component || check.component.isEmpty())
                records.executed[0].checks[0].check = check.id;
    }
    m_window->document()->undoStack()->push(
        new ReplaceSectionCommand(m_window->document()->store(), records));
    m_window->tabs()->setCurrentWidget(m_window->change());
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
        m_window->resize(size);
        settle();
        m_window->change()->reanalyse();
        for (int p = 0; p < ChangePanel::PageCount; ++p) {
            m_window->change()->setCurrentPage(ChangePanel::Page(p));
            // A page with a table starts on its first row, as a user would click it.
            if (auto *page = qobject_cast<RecordPage *>(
                    m_window->change()->page(ChangePanel::Page(p))))
                page->setCurrentRow(0);
            QTest::qWait(50);
            const QString file = QStringLiteral("%1/change-%2-%3.png")
                                     .arg(dir, QLatin1String(names[p]))
                                     .arg(size.width());
            QVERIFY(m_window->grab().save(file));
        }
    }
    // The business processes the impact is computed from, in the calendar's Processes tab.
    auto *calendar = m_window->findChild<CalendarEditor *>();
    QVERIFY(calendar);
    m_window->tabs()->setCurrentWidget(calendar);
    calendar->findChild<QTabWidget *>()->setCurrentIndex(CalendarEditor::Processes);
    for (const QSize size : {QSize(1600, 1000), QSize(1280, 720)}) {
        m_window->resize(size);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(
            QStringLiteral("%1/calendar-processes-%2.png").arg(dir).arg(size.width())));
    }
}

QTEST_MAIN(tst_ChangeRecords)
#include "tst_changerecords.moc"
