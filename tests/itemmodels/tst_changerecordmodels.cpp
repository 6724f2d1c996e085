// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "inventory/EstateStore.h"
#include "itemmodels/BackupTableModel.h"
#include "itemmodels/ChangeRecordModels.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

/// The tables of the change records: every edit, added and removed row is one undo step that
/// restores the records exactly, and the models pass QAbstractItemModelTester throughout.
class tst_ChangeRecordModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addsEditsAndRemovesRollbackPlans();
    void refusesUnknownComponentAndBadDates();
    void checkColumnsToggle();
    void highlightsCertificatesExpiringBeforePlanEnd();
    void phaseTimes_data();
    void phaseTimes();
    void executionRecordAndItsChecks();
    void backupEditsAreComponentEdits();

private:
    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
};

void tst_ChangeRecordModels::init()
{
    m_store = new EstateStore;
    m_store->reset(test::smallEstate());
    m_stack = new QUndoStack;
}

void tst_ChangeRecordModels::cleanup()
{
    delete m_stack;
    delete m_store;
}

void tst_ChangeRecordModels::addsEditsAndRemovesRollbackPlans()
{
    auto *model = newRollbackModel(m_store, m_stack, this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Estate empty = m_store->estate();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    QCOMPARE(model->appendRow(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit rollback plans"));
    // The first moving component without a plan.
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("pg-core"));
    QCOMPARE(model->appendRow(), 1);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("ledger-app"));

    QVERIFY(model->setData(model->index(0, 1), QStringLiteral("ledger down 5 min; errors > 2 %")));
    QCOMPARE(m_store->estate().records.rollbacks[0].triggers,
             (QStringList{QStringLiteral("ledger down 5 min"), QStringLiteral("errors > 2 %")}));
    QCOMPARE(model->index(0, 1).data().toString(),
             QStringLiteral("ledger down 5 min; errors > 2 %"));
    QVERIFY(model->setData(model->index(0, 4), QStringLiteral("90")));
    QCOMPARE(m_store->estate().records.rollbacks[0].minutes, std::optional<int>(90));
    QCOMPARE(m_stack->count(), 4);
    const Estate edited = m_store->estate();

    QVERIFY(model->removeRecords({0}));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("ledger-app"));

    m_stack->undo();
    QVERIFY(m_store->estate() == edited);
    QCOMPARE(model->rowCount(), 2);
    while (m_stack->canUndo())
        m_stack->undo();
    QVERIFY(m_store->estate() == empty);
    QCOMPARE(model->rowCount(), 0);
    while (m_stack->canRedo())
        m_stack->redo();
    QCOMPARE(model->rowCount(), 1);
}

void tst_ChangeRecordModels::refusesUnknownComponentAndBadDates()
{
    auto *model = newPilotModel(m_store, m_stack, this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->appendRow();
    const int pushed = m_stack->count();
    QSignalSpy refused(model, &RecordTableModel::editRefused);
    QVERIFY(!model->setData(model->index(0, 0), QStringLiteral("no-such")));
    QVERIFY(model->lastError().contains(QStringLiteral("no-such")));
    QVERIFY(!model->setData(model->index(0, 2), QStringLiteral("31.03.2027")));
    QCOMPARE(refused.count(), 2);
    QCOMPARE(m_stack->count(), pushed);
    QVERIFY(model->setData(model->index(0, 2), QStringLiteral("2027-03-31")));
    QCOMPARE(m_store->estate().records.pilots[0].date, QDate(2027, 3, 31));
    QVERIFY(model->setData(model->index(0, 2), QString()));
    QVERIFY(m_store->estate().records.pilots[0].date.isNull());
}

void tst_ChangeRecordModels::checkColumnsToggle()
{
    auto *model = newAcceptanceModel(m_store, m_stack, this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->appendRow();
    model->appendRow();
    QCOMPARE(m_store->estate().records.acceptance[1].id, QStringLiteral("check-2"));
    const QModelIndex core = model->index(0, 5);
    QVERIFY(model->flags(core) & Qt::ItemIsUserCheckable);
    QCOMPARE(core.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model->setData(core, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_store->estate().records.acceptance[0].core);
    // Ids stay unique.
    QVERIFY(!model->setData(model->index(1, 0), QStringLiteral("check-1")));
    m_stack->undo();
    QVERIFY(!m_store->estate().records.acceptance[0].core);
}

void tst_ChangeRecordModels::highlightsCertificatesExpiringBeforePlanEnd()
{
    auto *model = newConfigurationModel(
        m_store, m_stack, [] { return QDate(2027, 5, 16); }, this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->appendRow();
    model->appendRow();
    QVERIFY(model->setData(model->index(0, 1), QStringLiteral("certificate")));
    QVERIFY(!model->setData(model->index(0, 1), QStringLiteral("teapot")));
    // The kind reads as a label; what is edited and stored is the format's word.
    QVERIFY(model->setData(model->index(1, 1), QStringLiteral("firewall-rule")));
    QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("Firewall rule"));
    QCOMPARE(model->index(1, 1).data(Qt::EditRole).toString(), QStringLiteral("firewall-rule"));
    QCOMPARE(m_store->estate().records.configuration[1].kind, QStringLiteral("firewall-rule"));
    const QStringList words = model->index(1, 1).data(RecordTableModel::ChoicesRole).toStringList();
    const QStringList labels
        = model->index(1, 1).data(RecordTableModel::ChoiceLabelsRole).toStringList();
    QCOMPARE(labels.size(), words.size());
    QCOMPARE(labels.at(words.indexOf(QStringLiteral("scheduled-job"))),
             QStringLiteral("Scheduled job"));
    QVERIFY(model->setData(model->index(0, 5), QStringLiteral("2027-04-30")));
    QVERIFY(model->setData(model->index(1, 5), QStringLiteral("2028-04-30")));
    QVERIFY(model->index(0, 5).data(Qt::BackgroundRole).isValid());
    QVERIFY(
        model->index(0, 5).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2027-05-16")));
    QVERIFY(!model->index(1, 5).data(Qt::BackgroundRole).isValid());
}

void tst_ChangeRecordModels::phaseTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    const QDateTime at2200(QDate(2027, 5, 15), QTime(22, 0), Qt::UTC);
    QTest::newRow("same day") << "2027-05-15 22:00 - 22:40" << true << at2200
                              << at2200.addSecs(40 * 60);
    QTest::newRow("past midnight")
        << "2027-05-15 22:00 – 01:10" << true << at2200 << at2200.addSecs(190 * 60);
    QTest::newRow("full end") << "2027-05-15 22:00 .. 2027-05-16 03:00" << true << at2200
                              << at2200.addSecs(5 * 3600);
    QTest::newRow("start only") << "2027-05-15 22:00" << true << at2200 << QDateTime();
    QTest::newRow("empty") << "" << true << QDateTime() << QDateTime();
    QTest::newRow("garbage") << "tonight" << false << QDateTime() << QDateTime();
    QTest::newRow("end before start")
        << "2027-05-15 22:00 - 2027-05-14 22:00" << false << QDateTime() << QDateTime();
}

void tst_ChangeRecordModels::phaseTimes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QDateTime readStart, readEnd;
    QCOMPARE(parsePhaseTimes(text, &readStart, &readEnd), ok);
    if (!ok)
        return;
    QCOMPARE(readStart, start);
    QCOMPARE(readEnd, end);
    // What is written reads back the same.
    QDateTime again, againEnd;
    QVERIFY(parsePhaseTimes(phaseTimesText(start, end), &again, &againEnd));
    QCOMPARE(again, start);
    QCOMPARE(againEnd, end);
}

void tst_ChangeRecordModels::executionRecordAndItsChecks()
{
    auto *records = newExecutionModel(m_store, m_stack, this);
    auto *checks = newCheckResultModel(m_store, m_stack, QStringLiteral("pg-core"), this);
    QAbstractItemModelTester t1(records, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(checks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!checks->hasList());
    QCOMPARE(records->appendRow(), 0);
    QVERIFY(checks->hasList());
    const int execute = 2 + int(Phase::Execute);
    QVERIFY(
        records->setData(records->index(0, execute), QStringLiteral("2027-05-15 22:30 - 23:50")));
    QCOMPARE(m_store->estate().records.executed[0].actualMinutes(Phase::Execute),
             std::optional<int>(80));
    QVERIFY(records->index(0, execute).data().toString().contains(QStringLiteral("80 min")));
    QVERIFY(!records->setData(records->index(0, execute), QStringLiteral("late")));

    QCOMPARE(checks->appendRow(), 0);
    QVERIFY(checks->setData(checks->index(0, 1), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_store->estate().records.executed[0].checks[0].passed);
    // Another component: no record, no rows; back again: the row is there.
    showExecutionOf(checks, QStringLiteral("jvm"));
    QCOMPARE(checks->rowCount(), 0);
    QCOMPARE(checks->appendRow(), -1);
    showExecutionOf(checks, QStringLiteral("pg-core"));
    QCOMPARE(checks->rowCount(), 1);
    m_stack->undo();
    QCOMPARE(checks->index(0, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void tst_ChangeRecordModels::backupEditsAreComponentEdits()
{
    BackupTableModel model(m_store, m_stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Estate before = m_store->estate();
    const int pg = m_store->estate().indexOf(QStringLiteral("pg-core"));
    const int jvm = m_store->estate().indexOf(QStringLiteral("jvm"));
    QCOMPARE(model.index(pg, BackupTableModel::Method).data().toString(),
             QStringLiteral("pg_basebackup"));
    QVERIFY(model.setData(model.index(pg, BackupTableModel::Location),
                          QStringLiteral("Düsseldorf vault")));
    QVERIFY(
        model.setData(model.index(jvm, BackupTableModel::TakenAt), QStringLiteral("before-step")));
    QVERIFY(!model.setData(model.index(jvm, BackupTableModel::Retention), QStringLiteral("-3")));
    QCOMPARE(m_store->estate().find(QStringLiteral("pg-core"))->backup->location,
             QStringLiteral("Düsseldorf vault"));
    QCOMPARE(m_store->estate().find(QStringLiteral("jvm"))->backup->takenAt,
             QStringLiteral("before-step"));
    QCOMPARE(model.index(jvm, BackupTableModel::TakenAt).data().toString(),
             QStringLiteral("Before the step"));
    QCOMPARE(model.index(jvm, BackupTableModel::TakenAt).data(Qt::EditRole).toString(),
             QStringLiteral("before-step"));
    model.setWarnings({{QStringLiteral("jvm"), {QStringLiteral("restore never tested")}}});
    QCOMPARE(model.index(jvm, BackupTableModel::Id).data(Qt::ToolTipRole).toString(),
             QStringLiteral("restore never tested"));
    while (m_stack->canUndo())
        m_stack->undo();
    QVERIFY(m_store->estate() == before);
}

QTEST_MAIN(tst_ChangeRecordModels)
#include "tst_changerecordmodels.moc"
