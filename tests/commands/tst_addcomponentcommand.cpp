// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/AddComponentCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_AddComponentCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAndUndoes();
    void insertsAtRow();
    void refusesTakenId();
};

void tst_AddComponentCommand::appendsAndUndoes()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    const Component added = test::component("f5-lb", "Load balancer", ComponentKind::Network,
                                            "big-ip", "15.1.10", "17.1.1", "fra");
    QUndoStack stack;
    stack.push(new AddComponentCommand(&store, added));
    QCOMPARE(store.estate().componentCount(), before.componentCount() + 1);
    QVERIFY(store.estate().component(before.componentCount()) == added);
    const Estate after = store.estate();

    stack.undo();
    QVERIFY(store.estate() == before);
    stack.redo();
    QVERIFY(store.estate() == after);
    QCOMPARE(stack.undoText(), QStringLiteral("Add component f5-lb"));
}

void tst_AddComponentCommand::insertsAtRow()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QUndoStack stack;
    stack.push(new AddComponentCommand(&store,
                                       test::component("x", "X", ComponentKind::Other, "x", "1",
                                                       nullptr, "fra"),
                                       1));
    QCOMPARE(store.estate().indexOf(QStringLiteral("x")), 1);
    QCOMPARE(store.estate().indexOf(QStringLiteral("ledger-app")), 2);
    stack.undo();
    QVERIFY(store.estate() == before);
    QCOMPARE(store.estate().indexOf(QStringLiteral("ledger-app")), 1);
}

void tst_AddComponentCommand::refusesTakenId()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    const Component duplicate = test::component("jvm", "Other JVM", ComponentKind::Middleware,
                                                "openjdk", "21", nullptr, "ams");
    QVERIFY(!AddComponentCommand::refusal(before, duplicate).isEmpty());
    Component badId = duplicate;
    badId.id = QStringLiteral("has space");
    QVERIFY(!AddComponentCommand::refusal(before, badId).isEmpty());

    QUndoStack stack;
    stack.push(new AddComponentCommand(&store, duplicate));
    QCOMPARE(stack.count(), 0); // the refused command dropped itself
    QVERIFY(store.estate() == before);
}

QTEST_GUILESS_MAIN(tst_AddComponentCommand)
#include "tst_addcomponentcommand.moc"
