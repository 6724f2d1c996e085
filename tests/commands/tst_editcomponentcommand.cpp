// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/EditComponentCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_EditComponentCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void editsOneField();
    void changedField_data();
    void changedField();
    void renameUpdatesReferences();
    void refusesTakenOrInvalidId();
    void typingMergesIntoOneStep();
    void differentFieldsDoNotMerge();
    void typingBackToTheStartLeavesNothing();
    void mergedRenamesUndoExactly();
    void renameUpdatesChangeRecords();

private:
    /// Pushes an edit of component @p id made by @p change.
    void push(const char *id, const std::function<void(Component &)> &change);

    EstateStore m_store;
    QUndoStack m_stack;
};

void tst_EditComponentCommand::init()
{
    m_stack.clear();
    m_store.reset(test::smallEstate());
}

void tst_EditComponentCommand::push(const char *id, const std::function<void(Component &)> &change)
{
    const Component before = *m_store.estate().find(QString::fromLatin1(id));
    Component after = before;
    change(after);
    m_stack.push(new EditComponentCommand(&m_store, before, after));
}

void tst_EditComponentCommand::editsOneField()
{
    const Estate before = m_store.estate();
    push("jvm", [](Component &c) { c.target = test::version("21.0.2"); });
    QCOMPARE(m_store.estate().find(QStringLiteral("jvm"))->target->text(),
             QStringLiteral("21.0.2"));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Change target of jvm"));
    const Estate after = m_store.estate();
    m_stack.undo();
    QVERIFY(m_store.estate() == before);
    m_stack.redo();
    QVERIFY(m_store.estate() == after);
}

void tst_EditComponentCommand::changedField_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<EditComponentCommand::Field>("field");
    using F = EditComponentCommand::Field;
    QTest::newRow("nothing") << 0 << F::None;
    QTest::newRow("name") << 1 << F::Name;
    QTest::newRow("version text only") << 2 << F::Version;
    QTest::newRow("backup minutes") << 3 << F::DurationBackup;
    QTest::newRow("restore minutes") << 4 << F::Backup;
    QTest::newRow("name and owner") << 5 << F::Several;
}

void tst_EditComponentCommand::changedField()
{
    QFETCH(int, change);
    QFETCH(EditComponentCommand::Field, field);
    const Component before = *m_store.estate().find(QStringLiteral("pg-core"));
    Component after = before;
    switch (change) {
    case 1:
        after.name = QStringLiteral("Ledger DB");
        break;
    case 2:
        after.version = test::version("12.20.0");
        break; // equal version, other text
    case 3:
        after.durations[Phase::Backup] = 50;
        break;
    case 4:
        after.backup->restoreMinutes = 95;
        break;
    case 5:
        after.name = QStringLiteral("Ledger DB");
        after.owner = QStringLiteral("Ops");
        break;
    default:
        break;
    }
    QCOMPARE(EditComponentCommand::changedField(before, after), field);
}

void tst_EditComponentCommand::renameUpdatesReferences()
{
    const Estate before = m_store.estate();
    push("pg-core", [](Component &c) { c.id = QStringLiteral("pg-ledger"); });
    const Estate &now = m_store.estate();
    QCOMPARE(now.indexOf(QStringLiteral("pg-core")), -1);
    QCOMPARE(now.indexOf(QStringLiteral("pg-ledger")), 0);
    QCOMPARE(now.dependency(0).to, QStringLiteral("pg-ledger"));
    QCOMPARE(now.dependency(2).from, QStringLiteral("pg-ledger"));
    QCOMPARE(now.processes.first().uses,
             QStringList({QStringLiteral("ledger-app"), QStringLiteral("pg-ledger")}));
    QCOMPARE(now.pins.first().after, QStringLiteral("pg-ledger"));
    QCOMPARE(now.manualPositions.value(QStringLiteral("pg-ledger")), QPoint(10, 20));
    QVERIFY(!now.manualPositions.contains(QStringLiteral("pg-core")));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Rename pg-core to pg-ledger"));
    const Estate after = now;

    m_stack.undo();
    QVERIFY(m_store.estate() == before);
    m_stack.redo();
    QVERIFY(m_store.estate() == after);
}

void tst_EditComponentCommand::refusesTakenOrInvalidId()
{
    const Estate before = m_store.estate();
    const Component pg = *before.find(QStringLiteral("pg-core"));
    Component taken = pg;
    taken.id = QStringLiteral("jvm");
    Component invalid = pg;
    invalid.id = QStringLiteral("pg core");
    QVERIFY(!EditComponentCommand::refusal(before, pg, taken).isEmpty());
    QVERIFY(!EditComponentCommand::refusal(before, pg, invalid).isEmpty());
    Component renamed = pg;
    renamed.id = QStringLiteral("pg-new");
    QVERIFY(EditComponentCommand::refusal(before, pg, renamed).isEmpty());

    m_stack.push(new EditComponentCommand(&m_store, pg, taken));
    QCOMPARE(m_stack.count(), 0);
    QVERIFY(m_store.estate() == before);
}

void tst_EditComponentCommand::typingMergesIntoOneStep()
{
    const Estate before = m_store.estate();
    for (const char *text : {"L", "Le", "Led", "Ledg", "Ledger"})
        push("jvm", [text](Component &c) { c.name = QString::fromLatin1(text); });
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_store.estate().find(QStringLiteral("jvm"))->name, QStringLiteral("Ledger"));
    const Estate after = m_store.estate();
    m_stack.undo();
    QVERIFY(m_store.estate() == before);
    m_stack.redo();
    QVERIFY(m_store.estate() == after);
}

void tst_EditComponentCommand::differentFieldsDoNotMerge()
{
    push("jvm", [](Component &c) { c.name = QStringLiteral("JRE"); });
    push("jvm", [](Component &c) { c.owner = QStringLiteral("Middleware team"); });
    push("ldap", [](Component &c) { c.owner = QStringLiteral("Identity team"); });
    QCOMPARE(m_stack.count(), 3);
    // After a save (clean state) the next edit starts a new step, too.
    m_stack.setClean();
    push("ldap", [](Component &c) { c.owner = QStringLiteral("IAM team"); });
    QCOMPARE(m_stack.count(), 4);
}

void tst_EditComponentCommand::typingBackToTheStartLeavesNothing()
{
    const Estate before = m_store.estate();
    push("jvm", [](Component &c) { c.durations[Phase::Execute] = 4; });
    push("jvm", [](Component &c) { c.durations[Phase::Execute] = 45; });
    push("jvm", [](Component &c) { c.durations[Phase::Execute] = std::nullopt; });
    QCOMPARE(m_stack.count(), 0);
    QVERIFY(m_store.estate() == before);
}

void tst_EditComponentCommand::mergedRenamesUndoExactly()
{
    const Estate before = m_store.estate();
    push("pg-core", [](Component &c) { c.id = QStringLiteral("pg"); });
    push("pg", [](Component &c) { c.id = QStringLiteral("pg-main"); });
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_store.estate().dependency(0).to, QStringLiteral("pg-main"));
    const Estate after = m_store.estate();
    m_stack.undo();
    QVERIFY(m_store.estate() == before);
    m_stack.redo();
    QVERIFY(m_store.estate() == after);
}

void tst_EditComponentCommand::renameUpdatesChangeRecords()
{
    Estate estate = test::smallEstate();
    RollbackPlan plan;
    plan.component = QStringLiteral("pg-core");
    estate.records.rollbacks = {plan};
    ExecutionRecord done;
    done.component = QStringLiteral("pg-core");
    estate.records.executed = {done};
    estate.records.monitoring = {{QStringLiteral("jvm"), QStringLiteral("heap"), {}, 24}};
    m_store.reset(estate);
    const Estate before = m_store.estate();
    push("pg-core", [](Component &c) { c.id = QStringLiteral("pg-ledger"); });
    const ChangeRecords &now = m_store.estate().records;
    QCOMPARE(now.rollbacks.first().component, QStringLiteral("pg-ledger"));
    QCOMPARE(now.executed.first().component, QStringLiteral("pg-ledger"));
    QCOMPARE(now.monitoring.first().component, QStringLiteral("jvm"));
    const Estate after = m_store.estate();
    m_stack.undo();
    QVERIFY(m_store.estate() == before);
    m_stack.redo();
    QVERIFY(m_store.estate() == after);
}

QTEST_GUILESS_MAIN(tst_EditComponentCommand)
#include "tst_editcomponentcommand.moc"
