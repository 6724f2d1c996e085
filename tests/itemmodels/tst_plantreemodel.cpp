// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade plan as a tree (waves and their steps, groups, blocked upgrades, pins that cannot
// hold) under QAbstractItemModelTester: every section, lookups by component and by step,
// highlighting, and the plan replaced as a whole.
#include "itemmodels/PlanTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace planner;

namespace {

PlanStep step(const char *component, int wave, int group = -1)
{
    PlanStep s;
    s.component = QString::fromLatin1(component);
    s.from = *Version::parse(QStringLiteral("1"));
    s.to = *Version::parse(QStringLiteral("2"));
    s.wave = wave;
    s.group = group;
    return s;
}

} // namespace

class tst_PlanTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A plan by hand: one group, one blocked upgrade, one pin that cannot hold.
    void handMadePlanWithEverySection()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UpgradePlan plan;
        PlanStep a;
        a.component = QStringLiteral("a");
        a.from = *Version::parse(QStringLiteral("1"));
        a.to = *Version::parse(QStringLiteral("2"));
        a.group = 0;
        PlanStep b = a;
        b.component = QStringLiteral("b");
        PlanStep c = a;
        c.component = QStringLiteral("c");
        c.group = -1;
        c.wave = 2;
        c.requiredStop = true;
        c.steppingStone = true;
        plan.steps = {a, b, c};
        plan.groups = {{0, {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("a cycle")}};
        plan.blocked = {{QStringLiteral("d"), QStringLiteral("d 3 requires e <2")}};
        plan.pinProblems = {{QStringLiteral("c"), QStringLiteral("wave 1 is too early")}};
        model.setPlan(plan);

        QStringList tops;
        for (int row = 0; row < model.rowCount(); ++row)
            tops << model.index(row, 0).data().toString();
        QCOMPARE(tops, QStringList({"Wave 1", "Wave 2", "Move together", "Blocked",
                                    "Pins that cannot hold"}));
        QCOMPARE(PlanTreeModel::summaryText(plan),
                 QStringLiteral("3 steps in 2 waves, 1 group, 1 blocked, 1 pin problem"));
        const QModelIndex group = model.index(0, 0, model.index(2, 0));
        QCOMPARE(group.data().toString(), QStringLiteral("a, b"));
        QCOMPARE(group.siblingAtColumn(PlanTreeModel::Group).data().toInt(), 1);
        QCOMPARE(model.index(0, PlanTreeModel::Group, model.index(0, 0)).data().toInt(), 1);
        QCOMPARE(model.index(0, PlanTreeModel::Kind, model.index(1, 0)).data().toString(),
                 QStringLiteral("required stop"));
        QCOMPARE(model.index(0, PlanTreeModel::Reason, model.index(3, 0)).data().toString(),
                 QStringLiteral("d 3 requires e <2"));
        // Component c: its step and its pin problem.
        QCOMPARE(model.indexesOf(QStringLiteral("c")).size(), 2);
        QCOMPARE(model.indexesOf(QStringLiteral("a")).size(), 2); // its step and its group
        QCOMPARE(model.indexOfStep(2), model.index(0, 0, model.index(1, 0)));

        model.setHighlightedComponents({QStringLiteral("b")});
        QVERIFY(group.data(PlanTreeModel::HighlightRole).toBool());
        QVERIFY(!model.index(0, 0, model.index(1, 0)).data(PlanTreeModel::HighlightRole).toBool());

        model.setPlan({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(PlanTreeModel::summaryText({}), QStringLiteral("Nothing to upgrade"));
    }

    // A new plan resets the model: rows before and after, lookups by the new plan only.
    void replacingThePlanResets()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        UpgradePlan first;
        first.steps = {step("a", 1), step("b", 1), step("c", 2)};
        model.setPlan(first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only column 0 has children
        QCOMPARE(model.index(0, 0).data(PlanTreeModel::WaveRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(PlanTreeModel::ComponentsRole).toStringList(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        UpgradePlan second;
        second.steps = {step("x", 1)};
        model.setPlan(second);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.indexesOf(QStringLiteral("a")).isEmpty());
        QCOMPARE(model.indexesOf(QStringLiteral("x")).size(), 1);
        QCOMPARE(model.indexOfStep(0).data(PlanTreeModel::StepIndexRole).toInt(), 0);
        QVERIFY(!model.indexOfStep(5).isValid());
        QCOMPARE(model.index(0, 0, model.index(0, 0)).parent(), model.index(0, 0));
    }
};

QTEST_MAIN(tst_PlanTreeModel)
#include "tst_plantreemodel.moc"
