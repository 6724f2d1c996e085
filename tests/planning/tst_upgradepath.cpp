// SPDX-License-Identifier: GPL-3.0-or-later
// The path of a stepping-stone upgrade: the component's hops and its neighbours' moves between
// them, as the graph view draws it.
#include "EstateSections.h"
#include "planning/UpgradeOrdering.h"
#include "planning/UpgradePath.h"

#include <QTest>

using namespace planner;

namespace {

Estate estateFrom(const char *sections)
{
    return testsupport::estateFromSections(sections);
}

// PostgreSQL must stop at 14 while the ledger moves to 5.0 (4.x needs <15, 5 needs >=13);
// the report service also uses the database but does not move.
const char *ledgerEstate = R"(
  "components":[
    {"id":"pg-core","kind":"database","product":"postgresql","version":"12.20","target":"16.6"},
    {"id":"ledger-app","kind":"application","product":"ledger","version":"4.2","target":"5.0"},
    {"id":"reports","kind":"application","version":"1.0"},
    {"id":"web","kind":"application","version":"1.0","target":"2.0"}],
  "dependencies":[{"from":"ledger-app","to":"pg-core"},{"from":"reports","to":"pg-core"},
                  {"from":"web","to":"ledger-app"}],
  "catalog":[
    {"product":"ledger","releases":["4.2","5.0"]},
    {"product":"ledger","when":"4.x","requires":{"postgresql":">=11 <15"}},
    {"product":"ledger","when":">=5","requires":{"postgresql":">=13 <17"}},
    {"product":"postgresql","releases":["12.20","13.16","14.13","15.8","16.6"]}])";

QStringList moves(const UpgradePath &path)
{
    QStringList out;
    for (const PathMove &m : path.moves)
        out << QStringLiteral("%1%2 %3->%4 @%5")
                   .arg(m.own ? "" : "(", m.component, m.from.text(), m.to.text())
                   .arg(m.wave);
    return out;
}

} // namespace

class tst_UpgradePath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steppingStoneWithTheMoveItWaitsFor();
    void neighbourSeesItsOwnSingleHop();
    void componentNotInThePlan();
};

void tst_UpgradePath::steppingStoneWithTheMoveItWaitsFor()
{
    const Estate estate = estateFrom(ledgerEstate);
    const UpgradePlan plan = orderUpgrade(estate);
    const UpgradePath path = upgradePathOf(plan, estate, QStringLiteral("pg-core"));
    QVERIFY(path.isMultiHop());
    // web moves too, but is no neighbour of the database; reports is one, but does not move.
    QCOMPARE(moves(path), QStringList({"pg-core 12.20->14.13 @1", "(ledger-app 4.2->5.0 @2",
                                       "pg-core 14.13->16.6 @3"}));
    QCOMPARE(path.versions(), QStringList({"12.20", "14.13", "16.6"}));
    QCOMPARE(path.neighbours, QStringList({"ledger-app"}));
    QVERIFY(path.moves.first().steppingStone);
    QVERIFY(!path.moves.last().steppingStone);
    for (const PathMove &m : path.moves)
        QCOMPARE(plan.steps[m.step].component, m.component);
}

void tst_UpgradePath::neighbourSeesItsOwnSingleHop()
{
    const Estate estate = estateFrom(ledgerEstate);
    const UpgradePlan plan = orderUpgrade(estate);
    const UpgradePath path = upgradePathOf(plan, estate, QStringLiteral("ledger-app"));
    QVERIFY(!path.isMultiHop());
    QCOMPARE(moves(path), QStringList({"ledger-app 4.2->5.0 @2"}));
    QVERIFY(path.neighbours.isEmpty());
}

void tst_UpgradePath::componentNotInThePlan()
{
    const Estate estate = estateFrom(ledgerEstate);
    const UpgradePlan plan = orderUpgrade(estate);
    for (const char *id : {"reports", "no-such-component"}) {
        const UpgradePath path = upgradePathOf(plan, estate, QString::fromLatin1(id));
        QVERIFY(path.moves.isEmpty());
        QVERIFY(!path.isMultiHop());
        QVERIFY(path.versions().isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_UpgradePath)
#include "tst_upgradepath.moc"
