// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/RemoveDependenciesCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_RemoveDependenciesCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesRowsAndRestoresThem();
};

void tst_RemoveDependenciesCommand::removesRowsAndRestoresThem()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QUndoStack stack;
    // Unsorted, duplicated and out-of-range rows are tolerated.
    stack.push(new RemoveDependenciesCommand(&store, {3, 0, 3, 99}));
    const Estate &now = store.estate();
    QCOMPARE(now.dependencyCount(), 3);
    QVERIFY(now.dependency(0) == before.dependency(1));
    QVERIFY(now.dependency(1) == before.dependency(2));
    QVERIFY(now.dependency(2) == before.dependency(4));
    QCOMPARE(now.componentCount(), before.componentCount());
    const Estate after = now;
    stack.undo();
    QVERIFY(store.estate() == before);
    stack.redo();
    QVERIFY(store.estate() == after);
}

QTEST_GUILESS_MAIN(tst_RemoveDependenciesCommand)
#include "tst_removedependenciescommand.moc"
