// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/AddDependencyCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_AddDependencyCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appendsAndUndoes();
    void insertsAtRow();
};

void tst_AddDependencyCommand::appendsAndUndoes()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    const Dependency added = test::dependency("ldap", "rhel-fra-01", "runs-on", ">=8");
    QUndoStack stack;
    stack.push(new AddDependencyCommand(&store, added));
    QCOMPARE(store.estate().dependencyCount(), 6);
    QVERIFY(store.estate().dependency(5) == added);
    const Estate after = store.estate();
    stack.undo();
    QVERIFY(store.estate() == before);
    stack.redo();
    QVERIFY(store.estate() == after);
}

void tst_AddDependencyCommand::insertsAtRow()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    const Dependency added = test::dependency("win-ep-01", "ldap", "authenticates-with");
    QUndoStack stack;
    stack.push(new AddDependencyCommand(&store, added, 0));
    QVERIFY(store.estate().dependency(0) == added);
    QVERIFY(store.estate().dependency(1) == before.dependency(0));
    stack.undo();
    QVERIFY(store.estate() == before);
}

QTEST_GUILESS_MAIN(tst_AddDependencyCommand)
#include "tst_adddependencycommand.moc"
