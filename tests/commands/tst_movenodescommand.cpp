// SPDX-License-Identifier: GPL-3.0-or-later
// Placing graph nodes by hand is an undoable edit of Estate::manualPositions.
#include "GraphEstate.h"
#include "commands/MoveNodesCommand.h"
#include "inventory/EstateStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace planner;

class TestGraphMoveNodesCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redoUndoRedo();
    void unpin();
    void nudgesMergeDragsDoNot();
};

void TestGraphMoveNodesCommand::redoUndoRedo()
{
    EstateStore store;
    Estate estate = graphtest::smallEstate();
    estate.manualPositions.insert(QStringLiteral("api"), QPoint(10, 20));
    store.reset(estate);
    QSignalSpy sections(&store, &EstateStore::sectionChanged);

    QUndoStack stack;
    stack.push(new MoveNodesCommand(&store, {{QStringLiteral("api"), QPoint(300, 40)},
                                             {QStringLiteral("db"), QPoint(-5, 7)}}));
    const QMap<QString, QPoint> moved{{QStringLiteral("api"), QPoint(300, 40)},
                                      {QStringLiteral("db"), QPoint(-5, 7)}};
    QCOMPARE(store.estate().manualPositions, moved);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.first().first().value<EstateStore::Section>(),
             EstateStore::Section::Positions);
    QCOMPARE(stack.text(0), QStringLiteral("Move 2 components"));

    stack.undo();
    QCOMPARE(store.estate().manualPositions, estate.manualPositions);
    QCOMPARE(store.estate(), estate);
    stack.redo();
    QCOMPARE(store.estate().manualPositions, moved);
}

void TestGraphMoveNodesCommand::unpin()
{
    EstateStore store;
    Estate estate = graphtest::smallEstate();
    estate.manualPositions.insert(QStringLiteral("api"), QPoint(10, 20));
    estate.manualPositions.insert(QStringLiteral("db"), QPoint(30, 20));
    store.reset(estate);
    QUndoStack stack;
    stack.push(new MoveNodesCommand(&store, {{QStringLiteral("api"), std::nullopt}}));
    QCOMPARE(store.estate().manualPositions,
             (QMap<QString, QPoint>{{QStringLiteral("db"), QPoint(30, 20)}}));
    QCOMPARE(stack.text(0), QStringLiteral("Unpin api"));
    stack.undo();
    QCOMPARE(store.estate().manualPositions, estate.manualPositions);
}

void TestGraphMoveNodesCommand::nudgesMergeDragsDoNot()
{
    EstateStore store;
    store.reset(graphtest::smallEstate());
    QUndoStack stack;
    const QString api = QStringLiteral("api");
    stack.push(new MoveNodesCommand(&store, {{api, QPoint(10, 0)}}, true));
    stack.push(new MoveNodesCommand(&store, {{api, QPoint(20, 0)}}, true));
    stack.push(new MoveNodesCommand(&store, {{api, QPoint(30, 0)}}, true));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(store.estate().manualPositions.value(api), QPoint(30, 0));
    stack.undo();
    QVERIFY(store.estate().manualPositions.isEmpty());
    stack.redo();

    // Two drags of the same box stay two steps.
    stack.push(new MoveNodesCommand(&store, {{api, QPoint(100, 0)}}));
    stack.push(new MoveNodesCommand(&store, {{api, QPoint(200, 0)}}));
    QCOMPARE(stack.count(), 3);
    stack.undo();
    QCOMPARE(store.estate().manualPositions.value(api), QPoint(100, 0));

    // Nudging other components does not merge into the previous nudge.
    stack.push(new MoveNodesCommand(&store, {{api, QPoint(0, 10)}}, true));
    stack.push(new MoveNodesCommand(&store, {{QStringLiteral("db"), QPoint(0, 10)}}, true));
    QCOMPARE(stack.count(), 4);
}

QTEST_GUILESS_MAIN(TestGraphMoveNodesCommand)
#include "tst_movenodescommand.moc"
