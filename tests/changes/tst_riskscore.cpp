// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFixtures.h"

#include "changes/Readiness.h"
#include "changes/RiskScore.h"
#include "inventory/Vocabulary.h"

#include <QTest>

#include <functional>

using namespace planner;
using namespace planner::testing;

Q_DECLARE_METATYPE(std::function<void(planner::Estate &, QList<planner::Conflict> &)>)

using Change = std::function<void(Estate &, QList<Conflict> &)>;

class tst_RiskScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels();
    void baseIsLow();
    void rule_data();
    void rule();
    void reviewPath();
    void backupWarnings_data();
    void backupWarnings();
    void labels();
};

namespace {

/// One database step 1.0 -> 1.5, medium criticality, reversible, restore tested a month before
/// the start and quicker than its 30 min rollback, in a window with hours to spare: no risk.
Estate quiet()
{
    Estate e = berlinEstate();
    Component db = component(QStringLiteral("db"), 10, 20, 60, 20, 30);
    db.target = *Version::parse(u"1.5");
    BackupInfo b;
    b.method = QStringLiteral("pg_dump");
    b.lastRestoreTest = QDate(2026, 12, 4);
    b.restoreMinutes = 20;
    db.backup = b;
    e.appendComponent(db);
    e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                        QStringLiteral("2027-01-10T06:00"))};
    return e;
}

UpgradePlan quietPlan(const Estate &e)
{
    UpgradePlan plan;
    PlanStep s = step(QStringLiteral("db"));
    s.to = *e.find(QStringLiteral("db"))->target;
    plan.steps = {s};
    return plan;
}

void editDb(Estate &e, const std::function<void(Component &)> &edit)
{
    Component c = *e.find(QStringLiteral("db"));
    edit(c);
    e.replaceComponent(e.indexOf(QStringLiteral("db")), c);
}

PlanRisk assess(const Estate &e, const QList<Conflict> &conflicts = {})
{
    const UpgradePlan plan = quietPlan(e);
    const Schedule s = scheduleUpgrade(e, plan);
    return assessRisk(e, plan, conflicts, &s);
}

} // namespace

void tst_RiskScore::levels()
{
    QCOMPARE(riskLevel(0), QStringLiteral("low"));
    QCOMPARE(riskLevel(3), QStringLiteral("low"));
    QCOMPARE(riskLevel(4), QStringLiteral("medium"));
    QCOMPARE(riskLevel(7), QStringLiteral("medium"));
    QCOMPARE(riskLevel(8), QStringLiteral("high"));
}

void tst_RiskScore::baseIsLow()
{
    const PlanRisk r = assess(quiet());
    QCOMPARE(r.steps.size(), 1);
    QCOMPARE(r.steps[0].score, 0);
    QVERIFY(r.steps[0].items.isEmpty());
    QCOMPARE(r.level, QStringLiteral("low"));
    QCOMPARE(r.reviewPath, QStringLiteral("standard"));
}

// Each rule on its own: the quiet step gets exactly one item, naming its rule and cause.
void tst_RiskScore::rule_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("cause"); // a part of the cause

    QTest::newRow("critical") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.criticality = Criticality::Critical; });
    }) << "criticality" << 3 << "critical criticality";
    QTest::newRow("high") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.criticality = Criticality::High; });
    }) << "criticality" << 2
                          << "high criticality";
    QTest::newRow("irreversible") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.reversible = false; });
    }) << "irreversible" << 3 << "cannot be undone";
    QTest::newRow("no backup") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.backup.reset(); });
    }) << "no-backup" << 3 << "no backup";
    QTest::newRow("never tested") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.backup->lastRestoreTest = QDate(); });
    }) << "restore-untested" << 3 << "never tested";
    QTest::newRow("stale") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.backup->lastRestoreTest = QDate(2026, 6, 1); });
    }) << "restore-stale" << 2
                           << "217 days";
    QTest::newRow("slow") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.backup->restoreMinutes = 90; });
    }) << "restore-slow" << 2
                          << "takes 1 h 30 min, longer than the step's rollback reserve of 30 min";
    QTest::newRow("intermediate") << Change([](Estate &, QList<Conflict> &conflicts) {
        Conflict c;
        c.type = QStringLiteral("unsatisfied-requirement");
        c.state = Conflict::State::Intermediate;
        c.components = {QStringLiteral("db")};
        c.message = QStringLiteral("app 1 needs db <1.2");
        conflicts << c;
    }) << "intermediate-conflict" << 2
                                  << "app 1 needs db <1.2";
    QTest::newRow("one holder") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.roles = {QStringLiteral("dba")}; });
        e.staff = {{QStringLiteral("A. Alder"), {QStringLiteral("dba")}, {}}};
    }) << "no-staff-backup" << 2 << "only A. Alder holds the role dba";
    QTest::newRow("little slack") << Change([](Estate &e, QList<Conflict> &) {
        // 155 min needed in a 180 min window: 25 min left.
        e.windows[0].end = wall(QStringLiteral("2027-01-10T01:00"));
    }) << "little-slack" << 2 << "only 25 min left";
    QTest::newRow("stricter process") << Change([](Estate &e, QList<Conflict> &) {
        BusinessProcess p;
        p.id = QStringLiteral("cards");
        p.name = QStringLiteral("Cards");
        p.category = QStringLiteral("payment");
        p.uses = {QStringLiteral("db")};
        e.processes = {p};
    }) << "stricter-process" << 2 << "Cards (Payments)";
    QTest::newRow("major version") << Change([](Estate &e, QList<Conflict> &) {
        editDb(e, [](Component &c) { c.target = *Version::parse(u"2.0"); });
    }) << "major-version" << 1 << "1.0 -> 2.0";
}

void tst_RiskScore::rule()
{
    QFETCH(Change, change);
    QFETCH(QString, rule);
    QFETCH(int, points);
    QFETCH(QString, cause);
    Estate e = quiet();
    QList<Conflict> conflicts;
    change(e, conflicts);
    const UpgradePlan plan = [&] {
        UpgradePlan p = quietPlan(e);
        p.steps[0].to = e.find(QStringLiteral("db"))->finalVersion();
        return p;
    }();
    const Schedule s = scheduleUpgrade(e, plan);
    const PlanRisk r = assessRisk(e, plan, conflicts, &s);
    QCOMPARE(r.steps.size(), 1);
    const StepRisk &step = r.steps[0];
    QCOMPARE(step.items.size(), 1);
    QCOMPARE(step.items[0].rule, rule);
    QCOMPARE(step.items[0].points, points);
    QVERIFY2(step.items[0].cause.contains(cause), qPrintable(step.items[0].cause));
    QCOMPARE(step.score, points);
    QCOMPARE(r.score, points);
}

void tst_RiskScore::reviewPath()
{
    Estate e = quiet();
    e.project.urgency = QStringLiteral("emergency");
    e.project.reason = QStringLiteral("security");
    QCOMPARE(assess(e).reviewPath, QStringLiteral("emergency"));

    // High risk: critical (3) + irreversible (3) + never tested (3) = 9.
    e = quiet();
    editDb(e, [](Component &c) {
        c.criticality = Criticality::Critical;
        c.reversible = false;
        c.backup->lastRestoreTest = QDate();
    });
    const PlanRisk high = assess(e);
    QCOMPARE(high.steps[0].score, 9);
    QCOMPARE(high.level, QStringLiteral("high"));
    QCOMPARE(high.reviewPath, QStringLiteral("pilot"));
    QVERIFY(high.guidance.contains(u"pilot"));
    QVERIFY(high.guidance.contains(u"staged deployment"));

    e = quiet();
    editDb(e, [](Component &c) { c.target = *Version::parse(u"2.0"); });
    const UpgradePlan plan = [&] {
        UpgradePlan p = quietPlan(e);
        p.steps[0].to = *Version::parse(u"2.0");
        return p;
    }();
    const PlanRisk major = assessRisk(e, plan, {});
    QCOMPARE(major.level, QStringLiteral("low"));
    QCOMPARE(major.reviewPath, QStringLiteral("pilot"));
}

void tst_RiskScore::backupWarnings_data()
{
    QTest::addColumn<QDate>("tested");
    QTest::addColumn<int>("restoreMinutes");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("message"); // of the first warning
    QTest::addColumn<int>("limit");       // project.restoreTestMaxDays

    const int usual = defaultRestoreTestMaxDays;
    QTest::newRow("fine") << QDate(2026, 12, 4) << 20 << QStringList() << QString() << usual;
    QTest::newRow("never") << QDate() << 20 << QStringList{"restore-never-tested"}
                           << "the restore of db's backup (pg_dump) was never tested" << usual;
    QTest::newRow("180 days: still fresh")
        << QDate(2026, 7, 8) << 20 << QStringList() << QString() << usual;
    QTest::newRow("181 days: stale")
        << QDate(2026, 7, 7) << 20 << QStringList{"restore-stale"}
        << "the restore of db's backup was last tested on 2026-07-07, 181 days before the plan "
           "starts (more than 180)"
        << usual;
    QTest::newRow("slow") << QDate(2026, 12, 4) << 45 << QStringList{"restore-too-slow"}
                          << "the restore of db takes 45 min, longer than the step's rollback "
                             "reserve of 30 min"
                          << usual;
    QTest::newRow("stale and slow")
        << QDate(2025, 1, 1) << 45 << QStringList{"restore-stale", "restore-too-slow"}
        << "the restore of db's backup was last tested on "
           "2025-01-01, 733 days before the plan starts (more than "
           "180)"
        << usual;
    // The project's own limit (Project > Properties) replaces the usual 180 days.
    QTest::newRow("limit 30: 31 days is stale")
        << QDate(2026, 12, 4) << 20 << QStringList{"restore-stale"}
        << "the restore of db's backup was last tested on 2026-12-04, 31 days before the plan "
           "starts (more than 30)"
        << 30;
    QTest::newRow("limit 30: 30 days is fresh")
        << QDate(2026, 12, 5) << 20 << QStringList() << QString() << 30;
    QTest::newRow("limit 365: 181 days is fresh")
        << QDate(2026, 7, 7) << 20 << QStringList() << QString() << 365;
}

void tst_RiskScore::backupWarnings()
{
    QFETCH(QDate, tested);
    QFETCH(int, restoreMinutes);
    QFETCH(QStringList, types);
    QFETCH(QString, message);
    QFETCH(int, limit);
    Estate e = quiet();
    e.project.restoreTestMaxDays = limit;
    editDb(e, [&](Component &c) {
        c.backup->lastRestoreTest = tested;
        c.backup->restoreMinutes = restoreMinutes;
    });
    const UpgradePlan plan = quietPlan(e);
    const Schedule s = scheduleUpgrade(e, plan);
    const QList<BackupWarning> warnings = planner::backupWarnings(e, plan, &s);
    QStringList got;
    for (const BackupWarning &w : warnings)
        got << w.type;
    QCOMPARE(got, types);
    if (!warnings.isEmpty())
        QCOMPARE(warnings.front().message, message);
}

void tst_RiskScore::labels()
{
    // Every rule and readiness kind reads as words in the GUI and the PDF, never as the JSON
    // word itself; an unknown word passes through unchanged.
    for (const char *rule :
         {riskrule::criticality, riskrule::irreversible, riskrule::noBackup,
          riskrule::restoreUntested, riskrule::restoreStale, riskrule::restoreSlow,
          riskrule::intermediateConflict, riskrule::noStaffBackup, riskrule::littleSlack,
          riskrule::stricterProcess, riskrule::majorVersion}) {
        const QString label = riskRuleLabel(QLatin1String(rule));
        QVERIFY2(!label.isEmpty() && label != QLatin1String(rule), rule);
        QVERIFY2(label[0].isUpper(), rule);
    }
    QCOMPARE(riskRuleLabel(QStringLiteral("restore-stale")),
             QStringLiteral("Restore test too old"));
    QCOMPARE(riskRuleLabel(QStringLiteral("made-up")), QStringLiteral("made-up"));
    for (const char *kind :
         {readinesskind::reason, readinesskind::backup, readinesskind::restoreTest,
          readinesskind::rollbackPlan, readinesskind::acceptance, readinesskind::communication,
          readinesskind::monitoring, readinesskind::impact, readinesskind::certificate,
          readinesskind::pilot, readinesskind::configuration}) {
        const QString label = readinessKindLabel(QLatin1String(kind));
        QVERIFY2(!label.isEmpty() && label != QLatin1String(kind), kind);
    }
    QCOMPARE(readinessKindLabel(QStringLiteral("restore-test")), QStringLiteral("Restore test"));

    // The closed lists of the format: a label per word, in order, and the words unchanged.
    for (const Vocabulary v : {Vocabulary::ChangeReason, Vocabulary::Urgency, Vocabulary::ConfigKind,
                               Vocabulary::BackupPoint, Vocabulary::ProcessCategory,
                               Vocabulary::MessageTiming, Vocabulary::RollbackStatus}) {
        const QStringList words = vocabularyWords(v);
        const QStringList labels = vocabularyLabels(v);
        QVERIFY(!words.isEmpty());
        QCOMPARE(labels.size(), words.size());
        for (qsizetype i = 0; i < words.size(); ++i) {
            QCOMPARE(vocabularyLabel(v, words[i]), labels[i]);
            QVERIFY2(labels[i] != words[i], qPrintable(words[i]));
        }
        QCOMPARE(vocabularyLabel(v, QStringLiteral("anything else")),
                 QStringLiteral("anything else"));
        QCOMPARE(vocabularyLabel(v, QString()), QString());
    }
    QCOMPARE(configKindNames(), vocabularyWords(Vocabulary::ConfigKind));
    QCOMPARE(vocabularyLabel(Vocabulary::ConfigKind, QStringLiteral("firewall-rule")),
             QStringLiteral("Firewall rule"));
    // The same word in two lists reads differently.
    QCOMPARE(vocabularyLabel(Vocabulary::Urgency, QStringLiteral("emergency")),
             QStringLiteral("Emergency"));
    QCOMPARE(vocabularyLabel(Vocabulary::ProcessCategory, QStringLiteral("emergency")),
             QStringLiteral("Emergency services"));
}

QTEST_GUILESS_MAIN(tst_RiskScore)
#include "tst_riskscore.moc"
