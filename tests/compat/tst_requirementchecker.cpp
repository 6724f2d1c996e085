// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateBuilder.h"

#include "compat/RequirementChecker.h"
#include "generator/EstateGenerator.h"

#include <QTest>

using namespace planner;
using planner::test::EstateBuilder;

namespace {

QStringList texts(const std::vector<Version> &versions)
{
    QStringList result;
    for (const Version &v : versions)
        result << v.text();
    return result;
}

// ledger-app 4.2 -> 5.0 on pg-core 12.20 -> 16.6, with a stop at 14.13, and a report that
// stays where it is and reads pg-core with its own range.
Estate ledgerEstate()
{
    return EstateBuilder()
        .component("ledger-app", "ledger", "4.2", "5.0")
        .component("pg-core", "postgresql", "12.20", "16.6")
        .component("report", "reporting", "2.1")
        .component("unknown", "mystery", "1.0", "2.0")
        .uses("ledger-app", "pg-core")
        .uses("report", "pg-core", ">=12 <16")
        .uses("report", "unknown", ">=1")
        .releases("ledger", {"4.2", "5.0"})
        .releases("postgresql", {"12.20", "13.16", "14.13", "15.8", "16.6"}, {"14.13"})
        .rule("ledger", "4.x", "postgresql", ">=11 <15")
        .rule("ledger", ">=5", "postgresql", ">=13 <17")
        .rule("ledger", "6.x", "postgresql", ">=16");
}

} // namespace

class tst_RequirementChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ladders();
    void keepsOnlyConstraintsThatCanBreak();
    void violationsInStates();
    void foreignPointersEvaluated();
    void describesLikeAResolver();
    void largeEstate();
};

void tst_RequirementChecker::ladders()
{
    const Estate estate = ledgerEstate();
    const RequirementChecker checker(estate);
    QCOMPARE(texts(checker.ladder(0)), QStringList({"4.2", "5.0"}));
    QCOMPARE(texts(checker.ladder(1)), QStringList({"12.20", "13.16", "14.13", "15.8", "16.6"}));
    QCOMPARE(texts(checker.ladder(2)), QStringList({"2.1"}));
    // A product the catalog does not know goes straight to its target.
    QCOMPARE(texts(checker.ladder(3)), QStringList({"1.0", "2.0"}));
    QVERIFY(checker.isStop(1, 2));
    QVERIFY(!checker.isStop(1, 1));
    QVERIFY(!checker.isStop(1, 4));
    QCOMPARE(checker.positionOf(1, checker.versionAt(1, 3)), 3);
    QCOMPARE(checker.positionOf(1, &estate.component(1).version), -1);
    QCOMPARE(checker.currentState()[1]->text(), QStringLiteral("12.20"));
    QCOMPARE(checker.targetState()[1]->text(), QStringLiteral("16.6"));
}

void tst_RequirementChecker::keepsOnlyConstraintsThatCanBreak()
{
    const Estate estate = ledgerEstate();
    const RequirementChecker checker(estate);
    // Kept: ledger 4.x (breaks at 15.8 and 16.6), ledger >=5 (breaks at 12.20), report's range
    // (breaks at 16.6). Dropped: ledger 6.x (never applies) and ">=1" (always holds).
    QCOMPARE(checker.constraintCount(), 3);
    QStringList keys;
    for (int k = 0; k < checker.constraintCount(); ++k)
        keys << checker.constraintKey(k);
    QCOMPARE(keys, QStringList({"ledger-app,pg-core:ledger 4.x", "ledger-app,pg-core:ledger >=5",
                                "report,pg-core:requires"}));
    QCOMPARE(int(checker.constraintsOf(1).size()), 3);
    QCOMPARE(int(checker.constraintsOf(0).size()), 2);
    QCOMPARE(int(checker.constraintsOf(3).size()), 0);
    const auto &c = checker.constraints()[0];
    QCOMPARE(c.whenMask, std::uint64_t(0b01));     // 4.2 yes, 5.0 no
    QCOMPARE(c.rangeMask, std::uint64_t(0b00111)); // 12.20, 13.16, 14.13
}

void tst_RequirementChecker::violationsInStates()
{
    const Estate estate = ledgerEstate();
    const RequirementChecker checker(estate);
    QVERIFY(checker.allViolations(checker.currentState()).empty());

    const auto target = checker.targetState();
    const auto broken = checker.allViolations(target);
    QCOMPARE(int(broken.size()), 1);
    QCOMPARE(checker.key(broken[0]), QStringLiteral("report,pg-core:requires"));
    QCOMPARE(checker.dependent(broken[0]), 2);
    QCOMPARE(checker.dependency(broken[0]), 1);

    // Moving pg-core to 15.8 first breaks the ledger 4.x rule, seen from either component.
    auto state = checker.currentState();
    state[1] = checker.versionAt(1, 3);
    std::vector<Violation> out;
    checker.violationsAt(state, 1, out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(checker.key(out[0]), QStringLiteral("ledger-app,pg-core:ledger 4.x"));
    QCOMPARE(out[0].dependencyVersion->text(), QStringLiteral("15.8"));
    out.clear();
    checker.violationsAt(state, 0, out);
    QCOMPARE(int(out.size()), 1);
    out.clear();
    checker.violationsAt(state, 2, out);
    QVERIFY(out.empty());

    // pg-core at 14.13, then ledger-app to 5.0: clean.
    state[1] = checker.versionAt(1, 2);
    state[0] = checker.versionAt(0, 1);
    QVERIFY(checker.allViolations(state).empty());
}

void tst_RequirementChecker::foreignPointersEvaluated()
{
    const Estate estate = ledgerEstate();
    const RequirementChecker checker(estate);
    // The estate's own versions and any other copy give the same answers as the ladders.
    RequirementChecker::State state;
    for (const Component &c : estate.components())
        state.push_back(&c.version);
    QVERIFY(checker.allViolations(state).empty());
    const Version copy = *Version::parse(QStringLiteral("15.8"));
    state[1] = &copy;
    const auto broken = checker.allViolations(state);
    QCOMPARE(int(broken.size()), 1);
    QCOMPARE(broken[0].dependencyVersion, &copy);
    QVERIFY(checker.holds(0, state) == false);
    state[1] = &*estate.component(1).target;
    QCOMPARE(int(checker.allViolations(state).size()), 2); // ledger 4.x and report's range
}

void tst_RequirementChecker::describesLikeAResolver()
{
    const Estate estate = ledgerEstate();
    const RequirementChecker checker(estate);
    auto state = checker.targetState();
    state[0] = checker.versionAt(0, 0);
    const auto broken = checker.allViolations(state);
    QCOMPARE(int(broken.size()), 2);
    QCOMPARE(checker.describe(broken[0], Conflict::State::Target),
             QStringLiteral("ledger-app 4.2 requires postgresql >=11 <15 (catalog rule for ledger "
                            "4.x); in the target state pg-core runs 16.6"));
    QCOMPARE(checker.describe(broken[1], Conflict::State::Intermediate),
             QStringLiteral("report 2.1 requires pg-core >=12 <16 (dependency range); in the "
                            "intermediate state pg-core runs 16.6"));
    QCOMPARE(checker.describe(Violation{broken[1].constraint}, state, QStringLiteral("wave 3")),
             QStringLiteral("report 2.1 requires pg-core >=12 <16 (dependency range); in wave 3 "
                            "pg-core runs 16.6"));
}

void tst_RequirementChecker::largeEstate()
{
    const Estate estate = generateEstate({20000, 5});
    const RequirementChecker checker(estate);
    QCOMPARE(checker.componentCount(), 20000);
    QVERIFY(checker.constraintCount() > 0);
    QVERIFY(checker.allViolations(checker.currentState()).empty());
    QVERIFY(checker.allViolations(checker.targetState()).empty());
    // Every kept constraint can break somewhere along the two ladders.
    for (const auto &c : checker.constraints()) {
        QVERIFY(c.whenMask != 0);
        const auto full = (std::uint64_t(1) << checker.ladderSize(c.dependency)) - 1;
        QVERIFY(c.rangeMask != full);
    }
}

QTEST_GUILESS_MAIN(tst_RequirementChecker)
#include "tst_requirementchecker.moc"
