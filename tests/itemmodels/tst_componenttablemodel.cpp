// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/AddComponentCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace planner;
using Col = ComponentTableModel::Column;

class tst_ComponentTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsComponents();
    void editPushesOneCommandAndUndoes();
    void refusesBadInput_data();
    void refusesBadInput();
    void clearingTargetRemovesIt();
    void renameKeepsRowAndId();
    void followsInsertsAndRemoves();
    void followsReset();
    void conflictBadges();

private:
    QModelIndex cell(const char *id, Col column) const;

    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    ComponentTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ComponentTableModel::init()
{
    m_store = new EstateStore;
    m_store->reset(test::smallEstate());
    m_stack = new QUndoStack;
    m_model = new ComponentTableModel(m_store, m_stack);
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ComponentTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_stack;
    delete m_store;
}

QModelIndex tst_ComponentTableModel::cell(const char *id, Col column) const
{
    return m_model->index(m_model->rowOf(QString::fromLatin1(id)), column);
}

void tst_ComponentTableModel::showsComponents()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), 9);
    QCOMPARE(m_model->headerData(Col::Target, Qt::Horizontal).toString(), QStringLiteral("Target"));
    QCOMPARE(cell("pg-core", Col::Version).data().toString(), QStringLiteral("12.20"));
    QCOMPARE(cell("pg-core", Col::Target).data().toString(), QStringLiteral("16.6"));
    QCOMPARE(cell("pg-core", Col::Kind).data().toString(), QStringLiteral("Database"));
    QCOMPARE(cell("pg-core", Col::Kind).data(Qt::EditRole).toString(), QStringLiteral("database"));
    QCOMPARE(cell("pg-core", Col::Criticality).data().toString(), QStringLiteral("Critical"));
    QCOMPARE(cell("pg-core", Col::Site).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Frankfurt DC"));
    QCOMPARE(cell("ldap", Col::Target).data().toString(), QString());
    QCOMPARE(cell("ldap", Col::Name).data(ComponentTableModel::ComponentIdRole).toString(),
             QStringLiteral("ldap"));
}

void tst_ComponentTableModel::conflictBadges()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    ComponentTableModel::ConflictBadge error{2, {QStringLiteral("pg-core 12.20: support ended")}};
    m_model->setConflictBadges({{QStringLiteral("pg-core"), error}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell("pg-core", Col::Id).data(ComponentTableModel::ConflictLevelRole).toInt(), 2);
    QCOMPARE(cell("pg-core", Col::Id).data(Qt::DecorationRole).value<QColor>(),
             QColor(0xd3, 0x2f, 0x2f));
    QCOMPARE(cell("pg-core", Col::Id).data(Qt::ToolTipRole).toString(),
             QStringLiteral("pg-core 12.20: support ended"));
    QVERIFY(!cell("pg-core", Col::Name).data(Qt::DecorationRole).isValid());
    QCOMPARE(cell("ldap", Col::Id).data(ComponentTableModel::ConflictLevelRole).toInt(), 0);
    QVERIFY(!cell("ldap", Col::Id).data(Qt::DecorationRole).isValid());
    m_model->setConflictBadges({});
    QVERIFY(!cell("pg-core", Col::Id).data(Qt::DecorationRole).isValid());
}

void tst_ComponentTableModel::editPushesOneCommandAndUndoes()
{
    const Estate before = m_store->estate();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(cell("jvm", Col::Version), QStringLiteral("11.0.23")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell("jvm", Col::Version).data().toString(), QStringLiteral("11.0.23"));
    QVERIFY(m_model->setData(cell("jvm", Col::Criticality), QStringLiteral("critical")));
    QCOMPARE(m_store->estate().find(QStringLiteral("jvm"))->criticality, Criticality::Critical);
    QCOMPARE(m_stack->count(), 2);
    // Setting the same value again changes nothing and adds nothing.
    QVERIFY(m_model->setData(cell("jvm", Col::Criticality), QStringLiteral("critical")));
    QCOMPARE(m_stack->count(), 2);

    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_store->estate() == before);
    QCOMPARE(cell("jvm", Col::Version).data().toString(), QStringLiteral("11.0.22"));
}

void tst_ComponentTableModel::refusesBadInput_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty version") << int(Col::Version) << QString();
    QTest::newRow("version with slash") << int(Col::Version) << QStringLiteral("12/20");
    QTest::newRow("target with slash") << int(Col::Target) << QStringLiteral("16/6");
    QTest::newRow("taken id") << int(Col::Id) << QStringLiteral("jvm");
    QTest::newRow("id with space") << int(Col::Id) << QStringLiteral("pg core");
    QTest::newRow("empty id") << int(Col::Id) << QString();
    QTest::newRow("unknown kind") << int(Col::Kind) << QStringLiteral("spaceship");
    QTest::newRow("unknown criticality") << int(Col::Criticality) << QStringLiteral("meh");
}

void tst_ComponentTableModel::refusesBadInput()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    const Estate before = m_store->estate();
    QVERIFY(!m_model->setData(cell("pg-core", Col(column)), text));
    QVERIFY(!m_model->lastError().isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_store->estate() == before);
}

void tst_ComponentTableModel::clearingTargetRemovesIt()
{
    QVERIFY(m_model->setData(cell("win-ep-01", Col::Target), QStringLiteral("  ")));
    QVERIFY(!m_store->estate().find(QStringLiteral("win-ep-01"))->target);
    m_stack->undo();
    QCOMPARE(m_store->estate().find(QStringLiteral("win-ep-01"))->target->text(),
             QStringLiteral("2022"));
}

void tst_ComponentTableModel::renameKeepsRowAndId()
{
    const int row = m_model->rowOf(QStringLiteral("ldap"));
    QVERIFY(m_model->setData(cell("ldap", Col::Id), QStringLiteral("ldap-ams")));
    QCOMPARE(m_model->index(row, Col::Name).data(ComponentTableModel::ComponentIdRole).toString(),
             QStringLiteral("ldap-ams"));
    QCOMPARE(m_store->estate().dependency(4).to, QStringLiteral("ldap-ams"));
    m_stack->undo();
    QCOMPARE(m_model->index(row, Col::Id).data().toString(), QStringLiteral("ldap"));
}

void tst_ComponentTableModel::followsInsertsAndRemoves()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_stack->push(
        new AddComponentCommand(m_store,
                                test::component("f5", "Load balancer", ComponentKind::Network,
                                                "big-ip", "15.1", "17.1", "fra"),
                                2));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(m_model->index(2, Col::Id).data().toString(), QStringLiteral("f5"));

    m_stack->push(new RemoveComponentsCommand(m_store, {QStringLiteral("pg-core"),
                                                        QStringLiteral("win-ep-01")}));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->rowCount(), 5);
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->index(0, Col::Id).data().toString(), QStringLiteral("pg-core"));
    m_stack->undo();
    QCOMPARE(m_model->rowCount(), 6);
}

void tst_ComponentTableModel::followsReset()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_store->reset(Estate());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    m_store->reset(test::smallEstate());
    QCOMPARE(m_model->rowCount(), 6);
}

QTEST_GUILESS_MAIN(tst_ComponentTableModel)
#include "tst_componenttablemodel.moc"
