// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateBuilder.h"

#include "catalog/Lifecycle.h"
#include "compat/Compatibility.h"
#include "generator/EstateGenerator.h"

#include <QTest>

using namespace planner;
using planner::test::EstateBuilder;

Q_DECLARE_METATYPE(planner::Estate)

namespace {

// "type state severity a,b": what a conflict is about, in one comparable line.
QString signature(const Conflict &c)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(c.type, stateName(c.state), severityName(c.severity), c.components.join(u','));
}

QStringList signatures(const QList<Conflict> &conflicts)
{
    QStringList result;
    for (const Conflict &c : conflicts)
        result << signature(c);
    return result;
}

QString messages(const QList<Conflict> &conflicts)
{
    QStringList result;
    for (const Conflict &c : conflicts)
        result << c.message;
    return result.join(u'\n');
}

// The ledger and its database, as in the issue: ledger 4.x needs postgresql below 15.
EstateBuilder ledger(const char *ledgerTarget, const char *pgTarget)
{
    EstateBuilder b;
    b.component("ledger-app", "ledger", "4.2", ledgerTarget)
        .component("pg-core", "postgresql", "12.20", pgTarget)
        .uses("ledger-app", "pg-core")
        .releases("ledger", {"4.2", "5.0"})
        .releases("postgresql", {"12.20", "13.16", "14.13", "15.8", "16.6"})
        .rule("ledger", "4.x", "postgresql", ">=11 <15");
    return b;
}

} // namespace

class tst_Compatibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conflicts_data();
    void conflicts();
    void waivers();
    void statesFilter();
    void sameEstateSameAnswer();
    void generatedEstateIsClean();
};

void tst_Compatibility::conflicts_data()
{
    QTest::addColumn<Estate>("estate");
    QTest::addColumn<bool>("lifecycle"); // false: no lifecycle data, to keep other rows quiet
    QTest::addColumn<QDate>("planFinish");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("phrases"); // each in some message

    const QDate none;
    const QString ur = QStringLiteral("unsatisfied-requirement");

    QTest::newRow("clean") << ledger("", "14.13").estate() << false << none << QStringList{}
                           << QStringList{};

    QTest::newRow("dependency range broken today")
        << EstateBuilder()
               .component("app", "billing", "1.0")
               .component("db", "postgresql", "11.5", "16.6")
               .uses("app", "db", ">=12 <17")
               .releases("postgresql", {"11.5", "16.6"})
               .estate()
        << false << none << QStringList{ur + " current error app,db"}
        << QStringList{"app 1.0 requires db >=12 <17 (dependency range); in the current state db "
                       "runs 11.5"};

    QTest::newRow("catalog rule broken in the target")
        << ledger("", "16.6").estate() << false << none
        << QStringList{ur + " target error ledger-app,pg-core"}
        << QStringList{"ledger-app 4.2 requires postgresql >=11 <15 (catalog rule for ledger "
                       "4.x); in the target state pg-core runs 16.6"};

    QTest::newRow("stepping stone exists")
        << ledger("5.0", "16.6").rule("ledger", ">=5", "postgresql", ">=13 <17").estate() << false
        << none << QStringList{} << QStringList{};

    QTest::newRow("current and target fine, no intermediate state")
        << ledger("5.0", "16.6").rule("ledger", ">=5", "postgresql", ">=15 <17").estate() << false
        << none << QStringList{ur + " intermediate error ledger-app,pg-core"}
        << QStringList{"ledger-app (4.2 -> 5.0) and pg-core (12.20 -> 16.6) cannot move one "
                       "after the other",
                       "must move together",
                       "Moving pg-core on to 15.8 breaks: ledger-app 4.2 requires postgresql "
                       ">=11 <15 (catalog rule for ledger 4.x)",
                       "Moving ledger-app on to 5.0 breaks: ledger-app 5.0 requires postgresql "
                       ">=15 <17 (catalog rule for ledger >=5); in the intermediate state "
                       "pg-core runs 14.13"};

    QTest::newRow("required stop breaks a neighbour")
        << EstateBuilder()
               .component("portal", "portal", "1.0")
               .component("svc", "service", "1.0", "3.0")
               .uses("portal", "svc")
               .releases("service", {"1.0", "2.0", "3.0"}, {"2.0"})
               .rule("portal", "", "service", "<2 || >=3")
               .estate()
        << false << none << QStringList{ur + " intermediate error portal,svc"}
        << QStringList{"svc (1.0 -> 3.0) cannot reach its target without breaking a requirement "
                       "with portal",
                       "Moving svc on to 2.0 breaks"};

    QTest::newRow("stop that is harmless")
        << EstateBuilder()
               .component("portal", "portal", "1.0")
               .component("svc", "service", "1.0", "3.0")
               .uses("portal", "svc")
               .releases("service", {"1.0", "2.0", "3.0"}, {"2.0"})
               .rule("portal", "", "service", ">=1")
               .estate()
        << false << none << QStringList{} << QStringList{};

    QTest::newRow("target the catalog does not list")
        << ledger("", "14.9").estate() << false << none
        << QStringList{"no-upgrade-path target error pg-core"}
        << QStringList{"pg-core targets postgresql 14.9, which the catalog does not list among its "
                       "releases (12.20, 13.16, 14.13, 15.8, 16.6)"};

    QTest::newRow("downgrade") << EstateBuilder()
                                      .component("pg-core", "postgresql", "16.6", "12.20")
                                      .releases("postgresql", {"12.20", "16.6"})
                                      .estate()
                               << false << none
                               << QStringList{"no-upgrade-path target error pg-core"}
                               << QStringList{"pg-core would go from 16.6 down to 12.20"};

    QTest::newRow("catalog knows nothing of the product")
        << EstateBuilder().component("hsm", "thales-luna", "7.4.0", "7.8.4").estate() << false
        << none << QStringList{"no-upgrade-path target warning hsm"}
        << QStringList{"The catalog lists no releases of thales-luna"};

    QTest::newRow("cycle") << EstateBuilder()
                                  .component("a", "x", "1")
                                  .component("b", "x", "1")
                                  .component("c", "x", "1")
                                  .component("d", "x", "1")
                                  .component("e", "x", "1")
                                  .uses("a", "b")
                                  .uses("b", "c")
                                  .uses("c", "a")
                                  .uses("d", "a")
                                  .uses("e", "e")
                                  .estate()
                           << false << none
                           << QStringList{"dependency-cycle current warning a,b,c",
                                          "dependency-cycle current warning e"}
                           << QStringList{
                                  "a, b and c depend on each other in a cycle: a -> b -> c -> a",
                                  "e depends on itself"};

    QTest::newRow("support ended before the plan starts")
        << EstateBuilder().component("pg-core", "postgresql", "12.20").estate() << true << none
        << QStringList{"end-of-support current warning pg-core",
                       "end-of-support target warning pg-core"}
        << QStringList{"pg-core runs postgresql 12.20, whose support (cycle 12) ended on "
                       "2024-11-21 (endoflife.date), before the plan starts on 2027-01-09",
                       "pg-core stays at postgresql 12.20"};

    QTest::newRow("support ends before the plan completes")
        << EstateBuilder()
               .component("ad-dc", "windows-server", "2016", "2022")
               .releases("windows-server", {"2016", "2019", "2022"})
               .estate()
        << true << QDate(2027, 3, 1) << QStringList{"end-of-support current warning ad-dc"}
        << QStringList{"ad-dc runs windows-server 2016, whose support (cycle 2016) ends on "
                       "2027-01-12 (endoflife.date), before the plan completes on 2027-03-01"};

    QTest::newRow("support ends after the plan")
        << EstateBuilder()
               .component("ad-dc", "windows-server", "2016", "2022")
               .releases("windows-server", {"2016", "2019", "2022"})
               .estate()
        << true << none << QStringList{} << QStringList{};

    QTest::newRow("target whose support has ended")
        << EstateBuilder()
               .component("rhel-host", "rhel", "6.10", "7.9")
               .releases("rhel", {"6.10", "7.9", "8.10"})
               .estate()
        << true << none
        << QStringList{"end-of-support current warning rhel-host",
                       "end-of-support target warning rhel-host"}
        << QStringList{"rhel-host targets rhel 7.9, whose support (cycle 7) ended on 2024-06-30"};

    QTest::newRow("user's support date overrides the lifecycle data")
        << EstateBuilder()
               .component("pg-core", "postgresql", "12.20")
               .component("ledger-app", "ledger", "4.2")
               .support("postgresql", "12", QDate(2027, 12, 31))
               .support("ledger", "4", QDate(2026, 6, 30))
               .estate()
        << true << none
        << QStringList{"end-of-support current warning ledger-app",
                       "end-of-support target warning ledger-app"}
        << QStringList{"ended on 2026-06-30 (catalog support date)"};

    QTest::newRow("site drift")
        << EstateBuilder()
               .component("pg-fra", "postgresql", "15.8", "16.6", "fra")
               .component("pg-dus", "postgresql", "14.13", "16.6", "dus")
               .component("mq-fra", "rabbitmq", "3.13.7", "", "fra")
               .component("mq-dus", "rabbitmq", "3.13.7", "4.0.5", "dus")
               .releases("postgresql", {"14.13", "15.8", "16.6"})
               .releases("rabbitmq", {"3.13.7", "4.0.5"})
               .estate()
        << false << none
        << QStringList{"site-drift current warning pg-fra,pg-dus",
                       "site-drift target warning mq-fra,mq-dus"}
        << QStringList{"postgresql runs different versions across sites in the current state: "
                       "dus runs 14.13 (1 component); fra runs 15.8 (1 component)",
                       "rabbitmq runs different versions across sites in the target state"};

    QTest::newRow("unknown references")
        << EstateBuilder()
               .component("app", "billing", "1.0")
               .component("far", "billing", "1.0", "", "xyz")
               .uses("app", "ghost")
               .process("payments", {"app", "phantom"})
               .rule("billing", "", "postgres", ">=13")
               .estate()
        << false << none
        << QStringList{"unknown-reference current error app", "unknown-reference current error ",
                       "unknown-reference current warning far",
                       "unknown-reference current warning "}
        << QStringList{"The dependency app -> ghost names ghost, which is not a component",
                       "The business process payments (payments) uses phantom",
                       "Site xyz is not among the estate's sites, yet far is placed there",
                       "The catalog rule for billing requires product postgres, which no "
                       "component runs"};

    QTest::newRow("restore tested too long ago")
        << EstateBuilder()
               .component("app", "billing", "1.0", "2.0")
               .component("never", "billing", "1.0", "2.0")
               .component("fresh", "billing", "1.0", "2.0")
               .releases("billing", {"1.0", "2.0"})
               .backup("app", "VM snapshot", QDate(2026, 1, 1))
               .backup("never", "VM snapshot", QDate())
               .backup("fresh", "VM snapshot", QDate(2026, 12, 1))
               .estate()
        << false << none
        << QStringList{"untested-backup target warning app", "untested-backup target warning never"}
        << QStringList{"The last restore test of app's backup (VM snapshot) was on 2026-01-01, "
                       "373 days before the plan starts on 2027-01-09: more than the 180 days "
                       "allowed",
                       "A restore of never's backup (VM snapshot) was never tested"};

    QTest::newRow("the project's own restore-test limit")
        <<
        [] {
            Estate e = EstateBuilder()
                           .component("fresh", "billing", "1.0", "2.0")
                           .releases("billing", {"1.0", "2.0"})
                           .backup("fresh", "VM snapshot", QDate(2026, 12, 1))
                           .estate();
            e.project.restoreTestMaxDays = 30;
            return e;
        }()
        << false << none << QStringList{"untested-backup target warning fresh"}
        << QStringList{"The last restore test of fresh's backup (VM snapshot) was on 2026-12-01, "
                       "39 days before the plan starts on 2027-01-09: more than the 30 days "
                       "allowed"};

    QTest::newRow("irreversible steps")
        << EstateBuilder()
               .component("nobackup", "pg", "1", "2")
               .component("untested", "pg", "1", "2")
               .component("stale", "pg", "1", "2")
               .component("proven", "pg", "1", "2")
               .component("stays", "pg", "1")
               .releases("pg", {"1", "2"})
               .irreversible("nobackup")
               .irreversible("untested", "pgBackRest")
               .irreversible("stale", "pgBackRest", QDate(2025, 12, 1))
               .irreversible("proven", "pgBackRest", QDate(2026, 10, 2))
               .irreversible("stays")
               .estate()
        << false << none
        << QStringList{"irreversible-without-restore target error nobackup",
                       "irreversible-without-restore target error untested",
                       "untested-backup target error stale"}
        << QStringList{"nobackup's upgrade from 1 to 2 can only be undone by restoring a backup, "
                       "and nobackup has no backup",
                       "a restore of its backup (pgBackRest) was never tested",
                       "and only a restore undoes the upgrade"};
}

void tst_Compatibility::conflicts()
{
    QFETCH(Estate, estate);
    QFETCH(bool, lifecycle);
    QFETCH(QDate, planFinish);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, phrases);

    const Lifecycle nothing;
    CheckOptions options;
    options.lifecycle = lifecycle ? nullptr : &nothing;
    options.planFinish = planFinish;
    const QList<Conflict> found = checkCompatibility(estate, options);
    QCOMPARE(signatures(found), expected);
    const QString text = messages(found);
    for (const QString &phrase : phrases)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral("\nnot in:\n") + text));
    for (const Conflict &c : found) {
        QVERIFY(c.key.startsWith(c.type + u':' + stateName(c.state) + u':'));
        QVERIFY(!c.waived);
    }
}

void tst_Compatibility::waivers()
{
    const QString key = QStringLiteral(
        "unsatisfied-requirement:target:ledger-app,pg-core:ledger 4.x");
    const Lifecycle nothing;
    CheckOptions options;
    options.lifecycle = &nothing;

    QList<Conflict> found = checkCompatibility(ledger("", "16.6"), options);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, key);
    QVERIFY(hasBlockingConflict(found));

    // Valid on the plan start (the expiry day itself counts): listed, marked waived.
    found = checkCompatibility(ledger("", "16.6").waiver(key, QDate(2027, 1, 9)), options);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().waived);
    QCOMPARE(found.first().waiverReason, QStringLiteral("accepted by the change board"));
    QVERIFY(!hasBlockingConflict(found));

    // Expired before the plan starts: not waived.
    found = checkCompatibility(ledger("", "16.6").waiver(key, QDate(2027, 1, 8)), options);
    QVERIFY(!found.first().waived);
    QVERIFY(hasBlockingConflict(found));

    // Judged against the plan's start, not today's date.
    options.planStart = QDate(2026, 12, 1);
    found = checkCompatibility(ledger("", "16.6").waiver(key, QDate(2027, 1, 8)), options);
    QVERIFY(found.first().waived);

    // A waiver for another conflict does not count.
    options.planStart = QDate();
    found = checkCompatibility(ledger("", "16.6")
                                   .waiver(key + QStringLiteral("x"), QDate(2030, 1, 1)),
                               options);
    QVERIFY(!found.first().waived);
}

void tst_Compatibility::statesFilter()
{
    const Lifecycle nothing;
    CheckOptions options;
    options.lifecycle = &nothing;
    const Estate estate = EstateBuilder()
                              .component("app", "billing", "1.0", "1.1")
                              .component("db", "postgresql", "11.5", "16.6")
                              .uses("app", "db", ">=12 <16")
                              .uses("app", "ghost")
                              .releases("postgresql", {"11.5", "16.6"})
                              .releases("billing", {"1.0", "1.1"});
    const QStringList all = signatures(checkCompatibility(estate, options));
    QCOMPARE(all, QStringList({"unknown-reference current error app",
                               "unsatisfied-requirement current error app,db",
                               "unsatisfied-requirement target error app,db"}));
    options.states = CheckOptions::TargetState;
    // Structure is reported whatever states are asked for.
    QCOMPARE(signatures(checkCompatibility(estate, options)),
             QStringList({"unknown-reference current error app",
                          "unsatisfied-requirement target error app,db"}));
}

void tst_Compatibility::sameEstateSameAnswer()
{
    const Estate estate = generateEstate({3000, 4, 2, 3});
    const QList<Conflict> a = checkCompatibility(estate);
    QVERIFY(a == checkCompatibility(estate));
    QSet<QString> keys;
    for (const Conflict &c : a)
        keys.insert(c.key);
    QCOMPARE(int(keys.size()), int(a.size()));
}

// The generator promises estates whose requirements hold in every state; the broken
// requirements and cycles it adds on request are found, each once.
void tst_Compatibility::generatedEstateIsClean()
{
    CheckOptions options;
    const QList<Conflict> clean = checkCompatibility(generateEstate({5000, 8}), options);
    for (const Conflict &c : clean)
        QVERIFY2(c.type != QLatin1String(conflicttype::unsatisfiedRequirement)
                     && c.type != QLatin1String(conflicttype::dependencyCycle)
                     && c.type != QLatin1String(conflicttype::unknownReference),
                 qPrintable(c.message));

    const QList<Conflict> broken = checkCompatibility(generateEstate({5000, 8, 2, 3}), options);
    int unsatisfied = 0;
    int cycles = 0;
    for (const Conflict &c : broken) {
        unsatisfied += c.type == QLatin1String(conflicttype::unsatisfiedRequirement);
        cycles += c.type == QLatin1String(conflicttype::dependencyCycle);
    }
    QCOMPARE(unsatisfied, 3);
    QCOMPARE(cycles, 2);
}

QTEST_GUILESS_MAIN(tst_Compatibility)
#include "tst_compatibility.moc"
