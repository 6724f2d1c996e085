// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateSections.h"
#include "compat/RequirementChecker.h"
#include "generator/EstateGenerator.h"
#include "planning/UpgradeOrdering.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;

namespace {

// An estate from the interchange format's sections, so each test reads like the file a user
// would write.
Estate estateFrom(const char *sections)
{
    return testsupport::estateFromSections(sections);
}

// "component from->to @wave" for every step, in plan order.
QStringList steps(const UpgradePlan &plan)
{
    QStringList out;
    for (const PlanStep &s : plan.steps)
        out << QStringLiteral("%1 %2->%3 @%4")
                   .arg(s.component, s.from.text(), s.to.text())
                   .arg(s.wave);
    return out;
}

const char *ledgerEstate = R"(
  "components":[
    {"id":"pg-core","kind":"database","product":"postgresql","version":"12.20","target":"16.6"},
    {"id":"ledger-app","kind":"application","product":"ledger","version":"4.2","target":"5.0"}],
  "dependencies":[{"from":"ledger-app","to":"pg-core"}],
  "catalog":[
    {"product":"ledger","releases":["4.2","5.0"]},
    {"product":"ledger","when":"4.x","requires":{"postgresql":">=11 <15"}},
    {"product":"ledger","when":">=5","requires":{"postgresql":">=13 <17"}},
    {"product":"postgresql","releases":["12.20","13.16","14.13","15.8","16.6"]}])";

} // namespace

class tst_UpgradeOrdering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dependenciesFirst();
    void steppingStones();
    void requiredStops();
    void unsupportedSteppingStone();
    void groupMustMoveTogether();
    void cycleMovesAsGroup();
    void impossiblePlan();
    void downgradeIsBlocked();
    void existingConflictNotMadeWorse();
    void pinToWave();
    void pinToWaveThatCannotHold();
    void pinAfter();
    void pinAfterThatMakesPlanImpossible();
    void generatedEstatesReplayClean_data();
    void generatedEstatesReplayClean();
};

void tst_UpgradeOrdering::dependenciesFirst()
{
    const Estate e = estateFrom(R"(
      "components":[
        {"id":"app","kind":"application","version":"1.0","target":"2.0"},
        {"id":"db","kind":"database","version":"10","target":"11"},
        {"id":"os","kind":"os","version":"8","target":"9"},
        {"id":"lone","kind":"other","version":"1","target":"2"}],
      "dependencies":[{"from":"app","to":"db"},{"from":"db","to":"os"}])");
    const UpgradePlan plan = orderUpgrade(e);
    QVERIFY(plan.isComplete());
    QCOMPARE(steps(plan),
             QStringList({"lone 1->2 @1", "os 8->9 @1", "db 10->11 @2", "app 1.0->2.0 @3"}));
    QVERIFY2(plan.steps[2].reason.contains(u"after os"), qPrintable(plan.steps[2].reason));
}

void tst_UpgradeOrdering::steppingStones()
{
    // The ledger 4.x needs postgresql <15 and ledger 5 needs >=13: PostgreSQL must stop at
    // 13 or 14 while the ledger moves, then go on to 16.
    const UpgradePlan plan = orderUpgrade(estateFrom(ledgerEstate));
    QVERIFY(plan.isComplete());
    QCOMPARE(steps(plan), QStringList({"pg-core 12.20->14.13 @1", "ledger-app 4.2->5.0 @2",
                                       "pg-core 14.13->16.6 @3"}));
    QVERIFY(plan.steps[0].steppingStone);
    QVERIFY2(plan.steps[0].reason.contains(u"16.6") && plan.steps[0].reason.contains(u"ledger-app"),
             qPrintable(plan.steps[0].reason));
    QVERIFY(!plan.steps[2].steppingStone);
    QVERIFY(plan.groups.isEmpty());
}

void tst_UpgradeOrdering::requiredStops()
{
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[{"id":"git","kind":"application","product":"gitlab","version":"15.11.13",
                     "target":"16.7.10"}],
      "catalog":[{"product":"gitlab","releases":["15.11.13","16.3.9","16.7.10"],
                  "stops":["16.3.9"]}])"));
    QCOMPARE(steps(plan), QStringList({"git 15.11.13->16.3.9 @1", "git 16.3.9->16.7.10 @2"}));
    QVERIFY(plan.steps[0].requiredStop);
    QVERIFY(plan.steps[0].reason.contains(u"must pass through"));
}

void tst_UpgradeOrdering::unsupportedSteppingStone()
{
    // PostgreSQL 13 support ended in November 2025 (bundled lifecycle data); with the plan
    // starting in 2027 the stepping stone through 13 is allowed but noted.
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[
        {"id":"pg","kind":"database","product":"postgresql","version":"12.20","target":"16.6"},
        {"id":"app","kind":"application","product":"ledger","version":"4.2","target":"5.0"}],
      "dependencies":[{"from":"app","to":"pg"}],
      "catalog":[
        {"product":"ledger","when":"4.x","requires":{"postgresql":">=11 <14"}},
        {"product":"ledger","when":">=5","requires":{"postgresql":">=13 <17"}},
        {"product":"postgresql","releases":["12.20","13.16","16.6"]}])"));
    QVERIFY(plan.isComplete());
    QCOMPARE(steps(plan).first(), QStringLiteral("pg 12.20->13.16 @1"));
    QVERIFY(plan.steps.first().steppingStone);
    QVERIFY(plan.steps.first().unsupportedStone);
    QVERIFY2(plan.steps.first().reason.contains(u"passed through, not kept"),
             qPrintable(plan.steps.first().reason));
    QVERIFY(!plan.steps.last().unsupportedStone);
}

void tst_UpgradeOrdering::groupMustMoveTogether()
{
    // Each app release needs the library release of the same major: no single step works.
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[
        {"id":"app","kind":"application","product":"app","version":"1.0","target":"2.0"},
        {"id":"lib","kind":"middleware","product":"lib","version":"1.0","target":"2.0"},
        {"id":"other","kind":"other","version":"1","target":"2"}],
      "dependencies":[{"from":"app","to":"lib"}],
      "catalog":[
        {"product":"app","when":"1.x","requires":{"lib":"1.x"}},
        {"product":"app","when":"2.x","requires":{"lib":"2.x"}}])"));
    QVERIFY(plan.isComplete());
    QCOMPARE(plan.groups.size(), 1);
    QCOMPARE(QSet<QString>(plan.groups[0].components.begin(), plan.groups[0].components.end()),
             QSet<QString>({"app", "lib"}));
    QVERIFY2(plan.groups[0].reason.contains(u"lib"), qPrintable(plan.groups[0].reason));
    int grouped = 0;
    for (const PlanStep &s : plan.steps) {
        if (s.group == 0) {
            ++grouped;
            QCOMPARE(s.wave, 1);
        }
    }
    QCOMPARE(grouped, 2);
}

void tst_UpgradeOrdering::cycleMovesAsGroup()
{
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[
        {"id":"a","kind":"application","version":"1","target":"2"},
        {"id":"b","kind":"application","version":"1","target":"2"}],
      "dependencies":[{"from":"a","to":"b","requires":"=1 || =2"},
                      {"from":"b","to":"a","requires":"=1 || =2"},
                      {"from":"a","to":"b","requires":">=1"}],
      "catalog":[{"product":"x","releases":["1"]}])"));
    // The ranges allow both orders, so the cycle needs no group: it just must not crash and
    // must finish.
    QVERIFY(plan.isComplete());
    QCOMPARE(plan.steps.size(), 2);

    const UpgradePlan locked = orderUpgrade(estateFrom(R"(
      "components":[
        {"id":"a","kind":"application","product":"pa","version":"1","target":"2"},
        {"id":"b","kind":"application","product":"pb","version":"1","target":"2"}],
      "dependencies":[{"from":"a","to":"b"},{"from":"b","to":"a"}],
      "catalog":[
        {"product":"pa","when":"1","requires":{"pb":"1"}},{"product":"pa","when":"2","requires":{"pb":"2"}},
        {"product":"pb","when":"1","requires":{"pa":"1"}},{"product":"pb","when":"2","requires":{"pa":"2"}}])"));
    QVERIFY(locked.isComplete());
    QCOMPARE(locked.groups.size(), 1);
    QCOMPARE(locked.steps[0].wave, locked.steps[1].wave);
}

void tst_UpgradeOrdering::impossiblePlan()
{
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[
        {"id":"app","kind":"application","product":"app","version":"1.0","target":"2.0"},
        {"id":"db","kind":"database","product":"db","version":"4.1","target":"4.5"}],
      "dependencies":[{"from":"app","to":"db"}],
      "catalog":[{"product":"app","when":">=2","requires":{"db":">=5"}}])"));
    QVERIFY(!plan.isComplete());
    QCOMPARE(plan.blocked.size(), 1);
    QCOMPARE(plan.blocked[0].component, QStringLiteral("app"));
    QVERIFY2(plan.blocked[0].reason.contains(u">=5") && plan.blocked[0].reason.contains(u"db"),
             qPrintable(plan.blocked[0].reason));
    QCOMPARE(steps(plan), QStringList({"db 4.1->4.5 @1"})); // what can move still moves
}

void tst_UpgradeOrdering::downgradeIsBlocked()
{
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[{"id":"x","kind":"other","version":"3.0","target":"2.9"}])"));
    QCOMPARE(plan.blocked.size(), 1);
    QVERIFY(plan.blocked[0].reason.contains(u"downgrade"));
    QVERIFY(plan.steps.isEmpty());
}

void tst_UpgradeOrdering::existingConflictNotMadeWorse()
{
    // app already needs db <3 and db runs 3.1 today; upgrading app alone is still allowed.
    const UpgradePlan plan = orderUpgrade(estateFrom(R"(
      "components":[
        {"id":"app","kind":"application","version":"1","target":"2"},
        {"id":"db","kind":"database","version":"3.1"}],
      "dependencies":[{"from":"app","to":"db","requires":"<3"}])"));
    QVERIFY(plan.isComplete());
    QCOMPARE(steps(plan), QStringList({"app 1->2 @1"}));
}

void tst_UpgradeOrdering::pinToWave()
{
    Estate e = estateFrom(R"(
      "components":[
        {"id":"db","kind":"database","version":"10","target":"11"},
        {"id":"app","kind":"application","version":"1","target":"2"},
        {"id":"lone","kind":"other","version":"1","target":"2"}],
      "dependencies":[{"from":"app","to":"db"}])");
    e.pins = {{QStringLiteral("lone"), 3, {}}, {QStringLiteral("db"), 2, {}}};
    const UpgradePlan plan = orderUpgrade(e);
    QVERIFY(plan.pinProblems.isEmpty());
    QCOMPARE(steps(plan), QStringList({"db 10->11 @2", "app 1->2 @3", "lone 1->2 @3"}));
}

void tst_UpgradeOrdering::pinToWaveThatCannotHold()
{
    Estate e = estateFrom(ledgerEstate);
    e.pins = {{QStringLiteral("ledger-app"), 1, {}}};
    const UpgradePlan plan = orderUpgrade(e);
    QCOMPARE(plan.pinProblems.size(), 1);
    QCOMPARE(plan.pinProblems[0].component, QStringLiteral("ledger-app"));
    QVERIFY2(plan.pinProblems[0].reason.contains(u"wave 2")
                 && plan.pinProblems[0].reason.contains(u"postgresql"),
             qPrintable(plan.pinProblems[0].reason));
}

void tst_UpgradeOrdering::pinAfter()
{
    Estate e = estateFrom(R"(
      "components":[
        {"id":"db","kind":"database","version":"10","target":"11"},
        {"id":"web","kind":"application","version":"1","target":"2"}])");
    e.pins = {{QStringLiteral("db"), 0, QStringLiteral("web")}};
    const UpgradePlan plan = orderUpgrade(e);
    QVERIFY(plan.pinProblems.isEmpty());
    QCOMPARE(steps(plan), QStringList({"web 1->2 @1", "db 10->11 @2"}));
}

void tst_UpgradeOrdering::pinAfterThatMakesPlanImpossible()
{
    Estate e = estateFrom(ledgerEstate);
    e.pins = {{QStringLiteral("ledger-app"), 0, QStringLiteral("pg-core")}};
    const UpgradePlan plan = orderUpgrade(e);
    QVERIFY(!plan.isComplete());
    QVERIFY(!plan.pinProblems.isEmpty());
    QVERIFY2(plan.pinProblems.last().reason.contains(u"pg-core"),
             qPrintable(plan.pinProblems.last().reason));
}

void tst_UpgradeOrdering::generatedEstatesReplayClean_data()
{
    QTest::addColumn<int>("components");
    QTest::addColumn<int>("seed");
    QTest::newRow("300 seed 1") << 300 << 1;
    QTest::newRow("1000 seed 7") << 1000 << 7;
    QTest::newRow("1000 seed 42") << 1000 << 42;
}

// Property: replaying the plan step by step, every intermediate state is clean apart from
// violations that already exist today, every step's neighbours that moved before it are in
// earlier waves, and every component ends at its target.
void tst_UpgradeOrdering::generatedEstatesReplayClean()
{
    QFETCH(int, components);
    QFETCH(int, seed);
    const Estate e = generateEstate({components, quint64(seed)});
    const UpgradePlan plan = orderUpgrade(e);
    QVERIFY2(plan.isComplete(), qPrintable(plan.blocked.value(0).reason));
    QVERIFY(!plan.steps.isEmpty());

    const RequirementChecker checker(e);
    std::vector<const Version *> state;
    for (const Component &c : e.components())
        state.push_back(&c.version);
    QSet<QString> initial;
    for (const Violation &v : checker.allViolations(state))
        initial.insert(checker.key(v));

    std::vector<Version> reached; // keeps the versions the state points at alive
    reached.reserve(size_t(plan.steps.size()));
    QHash<QString, int> lastWave;
    for (const PlanStep &s : plan.steps) {
        const int row = e.indexOf(s.component);
        QVERIFY(row >= 0);
        QCOMPARE(state[size_t(row)]->text(), s.from.text());
        reached.push_back(s.to);
        state[size_t(row)] = &reached.back();
        if (s.group < 0) {
            for (const Violation &v : checker.allViolations(state))
                QVERIFY2(initial.contains(checker.key(v)),
                         qPrintable(QStringLiteral("after %1 -> %2: %3")
                                        .arg(s.component, s.to.text(), checker.describe(v, state))));
        }
        QVERIFY(s.wave > lastWave.value(s.component, 0));
        lastWave[s.component] = s.wave;
    }
    for (const Violation &v : checker.allViolations(state))
        QVERIFY(initial.contains(checker.key(v)));
    for (const Component &c : e.components())
        QCOMPARE(state[size_t(e.indexOf(c.id))]->text(), c.finalVersion().text());
    // Neighbours: a dependency that moved earlier in the plan has an earlier wave.
    QHash<QString, QList<int>> wavesOf;
    for (const PlanStep &s : plan.steps)
        if (s.group < 0)
            wavesOf[s.component].append(s.wave);
    for (const Dependency &d : e.dependencies()) {
        const auto a = wavesOf.value(d.from), b = wavesOf.value(d.to);
        for (int wa : a)
            for (int wb : b)
                QVERIFY(wa != wb || d.from == d.to);
    }
}

QTEST_GUILESS_MAIN(tst_UpgradeOrdering)
#include "tst_upgradeordering.moc"
