// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/RemoveComponentsCommand.h"
#include "inventory/EstateStore.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_RemoveComponentsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesComponentsAndTheirDependencies();
    void ignoresUnknownIds();
};

void tst_RemoveComponentsCommand::removesComponentsAndTheirDependencies()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QUndoStack stack;
    stack.push(
        new RemoveComponentsCommand(&store, {QStringLiteral("jvm"), QStringLiteral("pg-core")}));
    const Estate &now = store.estate();
    QCOMPARE(now.componentCount(), 4);
    QCOMPARE(now.indexOf(QStringLiteral("pg-core")), -1);
    QCOMPARE(now.indexOf(QStringLiteral("jvm")), -1);
    // Only ledger-app -> ldap touched neither.
    QCOMPARE(now.dependencyCount(), 1);
    QCOMPARE(now.dependency(0).to, QStringLiteral("ldap"));
    const Estate after = now;

    stack.undo();
    QVERIFY(store.estate() == before); // same rows, same order
    stack.redo();
    QVERIFY(store.estate() == after);
    stack.undo();
    QVERIFY(store.estate() == before);
    QCOMPARE(stack.undoText(), QString());
    QCOMPARE(stack.redoText(), QStringLiteral("Remove 2 components"));
}

void tst_RemoveComponentsCommand::ignoresUnknownIds()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QSignalSpy removed(&store, &EstateStore::componentRemoved);
    QUndoStack stack;
    stack.push(
        new RemoveComponentsCommand(&store, {QStringLiteral("nope"), QStringLiteral("win-ep-01")}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(store.estate().componentCount(), 5);
    QCOMPARE(store.estate().dependencyCount(), 5);
    stack.undo();
    QVERIFY(store.estate() == before);
}

QTEST_GUILESS_MAIN(tst_RemoveComponentsCommand)
#include "tst_removecomponentscommand.moc"
