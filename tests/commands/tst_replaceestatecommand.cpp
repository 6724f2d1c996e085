// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/ReplaceEstateCommand.h"
#include "exchange/EstateMerge.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

/// A merged import is one step: redo gives the merged estate, undo the exact estate before.
class tst_ReplaceEstateCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergedImportIsOneUndoStep();
};

void tst_ReplaceEstateCommand::mergedImportIsOneUndoStep()
{
    EstateStore store;
    store.reset(test::smallEstate());
    const Estate before = store.estate();
    QVERIFY(before.componentCount() >= 2);

    // An import that updates one version and adds a component.
    Imported in;
    in.fields = ComponentField::Version | ComponentField::Name;
    Component changed = before.component(0);
    changed.version = *Version::parse(u"99.1");
    in.estate.appendComponent(changed);
    Component added = before.component(1);
    added.id = QStringLiteral("imported-new");
    in.estate.appendComponent(added);
    const MergeResult merged = mergeEstate(before, in);
    QVERIFY(merged.report.changesAnything());

    QUndoStack stack;
    QSignalSpy resets(&store, &EstateStore::wasReset);
    stack.push(new ReplaceEstateCommand(&store, merged.estate, QStringLiteral("Import x.csv")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Import x.csv"));
    QVERIFY(store.estate() == merged.estate);
    QCOMPARE(store.estate().component(0).version.text(), QStringLiteral("99.1"));
    stack.undo();
    QVERIFY(store.estate() == before);
    stack.redo();
    QVERIFY(store.estate() == merged.estate);
    QCOMPARE(resets.count(), 3);
}

QTEST_GUILESS_MAIN(tst_ReplaceEstateCommand)
#include "tst_replaceestatecommand.moc"
