// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/EditDependencyCommand.h"
#include "inventory/EstateStore.h"

#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_EditDependencyCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsRange();
    void rangeEditsMerge();
};

void tst_EditDependencyCommand::editsRange()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    Dependency after = before.dependency(0);
    after.requirement = *VersionRange::parse(u">=13 <17");
    QCOMPARE(EditDependencyCommand::changedField(before.dependency(0), after),
             EditDependencyCommand::Field::Requires);
    QUndoStack stack;
    stack.push(new EditDependencyCommand(&store, 0, before.dependency(0), after));
    QCOMPARE(store.estate().dependency(0).requirement->text(), QStringLiteral(">=13 <17"));
    const Estate edited = store.estate();
    stack.undo();
    QVERIFY(store.estate() == before);
    stack.redo();
    QVERIFY(store.estate() == edited);
}

void tst_EditDependencyCommand::rangeEditsMerge()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QUndoStack stack;
    for (const char16_t *text : {u">=13", u">=13 <16", u">=13 <17"}) {
        const Dependency current = store.estate().dependency(0);
        Dependency next = current;
        next.requirement = *VersionRange::parse(text);
        stack.push(new EditDependencyCommand(&store, 0, current, next));
    }
    // A type edit is another field: a second step.
    Dependency typed = store.estate().dependency(0);
    typed.type = QStringLiteral("reads");
    stack.push(new EditDependencyCommand(&store, 0, store.estate().dependency(0), typed));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QVERIFY(store.estate() == before);
}

QTEST_GUILESS_MAIN(tst_EditDependencyCommand)
#include "tst_editdependencycommand.moc"
