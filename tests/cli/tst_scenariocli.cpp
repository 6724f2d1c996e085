// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios on the command line (issue 17, docs/cli.md): `scenarios`, `--scenario NAME` on the
// analysis commands, `compare-scenarios`, and plan.json saying which scenario it is of.
#include "../changes/ChangeFixtures.h"
#include "CliRunner.h"

#include "storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::testing;
using planner::test::CliRun;
using planner::test::runCli;

namespace {

// The bank of ChangeFixtures.h with two scenarios: the first Saturday cancelled (its window a
// week later) and a slower database upgrade.
QString writeBank(const QTemporaryDir &dir)
{
    Estate e = bankEstate();
    Scenario cancelled;
    cancelled.name = QStringLiteral("first-saturday-cancelled");
    cancelled.description = QStringLiteral("Year-end freeze reaches 9 January");
    cancelled.windows.set = {window(QStringLiteral("sat"), QStringLiteral("2027-01-16T22:00"),
                                    QStringLiteral("2027-01-17T06:00"), 3)};
    Scenario slow;
    slow.name = QStringLiteral("slow-db");
    ComponentChange db;
    db.component = QStringLiteral("db");
    db.durations[Phase::Execute] = 120;
    slow.components = {db};
    e.scenarios = {cancelled, slow};
    const QString path = dir.filePath(QStringLiteral("bank.uplan"));
    const Expected<Done> saved = saveProject(path, e);
    Q_ASSERT(saved.ok());
    return path;
}

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The start of component @p id's step in `schedule --json`.
QString startOf(const QJsonObject &schedule, const QString &id)
{
    for (const QJsonValue &s : schedule.value(u"steps").toArray())
        if (s.toObject().value(u"component").toString() == id)
            return s.toObject().value(u"start").toString();
    return QString();
}

} // namespace

class tst_ScenarioCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBaselineAndEachScenario()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const CliRun text = runCli({"scenarios", path});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.startsWith("baseline (the estate itself)\n"), text.out.constData());
        QVERIFY(text.out.contains("first-saturday-cancelled: 1 window set\n"));
        QVERIFY(text.out.contains("    Year-end freeze reaches 9 January\n"));
        QVERIFY(text.out.contains("slow-db: 1 duration change\n"));

        const CliRun run = runCli({"scenarios", path, "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonArray list = json(run).value(u"scenarios").toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].toObject().value(u"name").toString(), QStringLiteral("baseline"));
        QVERIFY(list[0].toObject().value(u"baseline").toBool());
        const QJsonObject slow = list[2].toObject();
        QCOMPARE(slow.value(u"changeCount").toInt(), 1);
        QCOMPARE(slow.value(u"changes")
                     .toObject()
                     .value(u"components")
                     .toArray()[0]
                     .toObject()
                     .value(u"durations")
                     .toObject()
                     .value(u"execute")
                     .toInt(),
                 120);
    }

    void scheduleOfAScenario()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const CliRun base = runCli({"schedule", path, "--json"});
        QVERIFY2(base.code == 0, base.err.constData());
        const CliRun named = runCli({"schedule", path, "--json", "--scenario", "baseline"});
        QCOMPARE(named.out, base.out);
        const CliRun later = runCli(
            {"schedule", path, "--json", "--scenario", "first-saturday-cancelled"});
        QVERIFY2(later.code == 0, later.err.constData());
        QCOMPARE(startOf(json(base), QStringLiteral("db")), QStringLiteral("2027-01-09T22:00"));
        QCOMPARE(startOf(json(later), QStringLiteral("db")), QStringLiteral("2027-01-16T22:00"));
        // The name is found whatever its case, as the names are unique so.
        const CliRun upper = runCli(
            {"schedule", path, "--json", "--scenario", "FIRST-SATURDAY-CANCELLED"});
        QCOMPARE(upper.out, later.out);
    }

    void unknownScenarioListsTheNames_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("check") << QStringList{"check", "PATH", "--scenario", "nope"};
        QTest::newRow("order") << QStringList{"order", "PATH", "--scenario", "nope"};
        QTest::newRow("schedule") << QStringList{"schedule", "PATH", "--scenario", "nope"};
        QTest::newRow("risk") << QStringList{"risk", "PATH", "--scenario", "nope"};
        QTest::newRow("readiness") << QStringList{"readiness", "PATH", "--scenario", "nope"};
        QTest::newRow("messages") << QStringList{"messages", "PATH", "--scenario", "nope"};
        QTest::newRow("show") << QStringList{"show", "PATH", "--scenario", "nope"};
        QTest::newRow("layout") << QStringList{"layout", "PATH", "--scenario", "nope"};
        QTest::newRow("compare") << QStringList{"compare", "PATH", "--scenario", "nope"};
        QTest::newRow("export") << QStringList{"export", "PATH", "-f",         "json",
                                               "-o",     "-",    "--scenario", "nope"};
        QTest::newRow("compare-scenarios")
            << QStringList{"compare-scenarios", "PATH", "baseline", "nope"};
    }

    void unknownScenarioListsTheNames()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        arguments.replace(1, path);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("no scenario called 'nope'"), run.err.constData());
        QVERIFY2(run.err.contains("first-saturday-cancelled, slow-db"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void compareTwoScenarios()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const CliRun run = runCli(
            {"compare-scenarios", path, "baseline", "first-saturday-cancelled", "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject c = json(run);
        const QJsonArray scenarios = c.value(u"scenarios").toArray();
        QCOMPARE(scenarios.size(), 2);
        QCOMPARE(scenarios[0].toObject().value(u"finish").toString(),
                 QStringLiteral("2027-01-10T02:20"));
        QCOMPARE(scenarios[1].toObject().value(u"finish").toString(),
                 QStringLiteral("2027-01-17T02:20"));
        QCOMPARE(scenarios[1].toObject().value(u"changes").toInt(), 1);
        const QJsonArray moved = c.value(u"moved").toArray();
        QCOMPARE(moved.size(), 3);
        for (const QJsonValue &m : moved) {
            QCOMPARE(m.toObject().value(u"minutesLater").toInt(), 7 * 24 * 60);
            QCOMPARE(m.toObject().value(u"windowAfter").toString(), QStringLiteral("sat-20270116"));
        }

        const CliRun text = runCli(
            {"compare-scenarios", path, "baseline", "first-saturday-cancelled", "slow-db"});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("Sun 2027-01-17 02:20 (+7 d)"), text.out.constData());
        QVERIFY(text.out.contains("Steps that moved against baseline:"));
        QVERIFY(text.out.contains("first-saturday-cancelled: db 1.0 -> 2.0: Sat 2027-01-09 22:00 "
                                  "-> Sat 2027-01-16 22:00 (+7 d)"));

        const CliRun one = runCli({"compare-scenarios", path, "baseline"});
        QCOMPARE(one.code, 2);
        QVERIFY2(one.err.contains("missing B"), one.err.constData());
    }

    void planSaysWhichScenario()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const QString baseDir = dir.filePath(QStringLiteral("base"));
        const QString slowDir = dir.filePath(QStringLiteral("slow"));
        const CliRun base = runCli({"plan", path, "-o", baseDir, "--no-pdf"});
        QVERIFY2(base.code == 0 || base.code == 1, base.err.constData());
        const CliRun slow = runCli(
            {"plan", path, "-o", slowDir, "--no-pdf", "--scenario", "slow-db"});
        QVERIFY2(slow.code == 0 || slow.code == 1, slow.err.constData());
        const auto plan = [](const QString &folder) {
            QFile file(QDir(folder).filePath(QStringLiteral("plan.json")));
            return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                                  : QJsonObject();
        };
        QVERIFY(!plan(baseDir).contains(u"scenario"));
        QCOMPARE(plan(slowDir).value(u"scenario").toString(), QStringLiteral("slow-db"));
        QVERIFY(plan(baseDir).value(u"estateSha256") != plan(slowDir).value(u"estateSha256"));

        // The calendar says it is a scenario's, in its name and in every event.
        QFile ics(QDir(slowDir).filePath(QStringLiteral("plan.ics")));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray calendar = ics.readAll();
        QVERIFY2(calendar.contains("SUMMARY:[scenario slow-db] Upgrade window"),
                 calendar.constData());
        QVERIFY(!calendar.contains("SUMMARY:Upgrade window"));
        const CliRun exported = runCli(
            {"export", path, "-f", "ics", "-o", "-", "--scenario", "slow-db"});
        QVERIFY(exported.out.contains("SUMMARY:[scenario slow-db] Upgrade window"));
        QVERIFY(!runCli({"export", path, "-f", "ics", "-o", "-"}).out.contains("[scenario"));

        // verify --project: each plan matches the project in its own scenario...
        const QString slowPlan = QDir(slowDir).filePath(QStringLiteral("plan.json"));
        const CliRun same = runCli({"verify", slowPlan, "--project", path, "--json"});
        QVERIFY2(same.code == 0, same.out.constData());
        QCOMPARE(json(same).value(u"project").toObject().value(u"scenario").toString(),
                 QStringLiteral("slow-db"));
        QVERIFY(json(same).value(u"project").toObject().value(u"matches").toBool());
        const CliRun sameBase = runCli(
            {"verify", QDir(baseDir).filePath(QStringLiteral("plan.json")), "--project", path});
        QVERIFY2(sameBase.code == 0, sameBase.out.constData());
        QVERIFY2(sameBase.out.startsWith("project: " + path.toUtf8()
                                         + " is the estate this plan was computed from\n"),
                 sameBase.out.constData());
        // ...and once the scenario's database takes even longer, the slow plan is out of date.
        Expected<Estate> edited = loadProject(path);
        QVERIFY(edited.ok());
        edited->scenarios[1].components[0].durations[Phase::Execute] = 150;
        QVERIFY(saveProject(path, *edited).ok());
        const CliRun changed = runCli({"verify", slowPlan, "--project", path});
        QCOMPARE(changed.code, 1);
        QVERIFY2(changed.out.contains("CHANGED since this plan was computed"),
                 changed.out.constData());
        QVERIFY2(changed.out.contains("NOT VERIFIED: the project"), changed.out.constData());
        // The baseline did not change: its plan still matches.
        QCOMPARE(runCli({"verify", QDir(baseDir).filePath(QStringLiteral("plan.json")), "--project",
                         path})
                     .code,
                 0);
        QCOMPARE(runCli({"verify", slowPlan, "--project", dir.filePath("missing.uplan")}).code, 2);
        // A plan of a scenario the project no longer has is out of date too, not an error.
        edited->scenarios[1].name = QStringLiteral("slower-db");
        QVERIFY(saveProject(path, *edited).ok());
        const CliRun gone = runCli({"verify", slowPlan, "--project", path});
        QCOMPARE(gone.code, 1);
        QVERIFY2(gone.out.contains("no longer has the scenario slow-db"), gone.out.constData());
    }

    // simulate: the same seed gives the same bytes; a scenario with a slower database is
    // finished later at the 90th percentile; bad figures are usage errors.
    void simulateIsSeeded()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const QStringList args{"simulate", path, "--json", "--runs", "5000", "--seed", "11"};
        const CliRun a = runCli(args);
        QVERIFY2(a.code == 0, a.err.constData());
        const CliRun b = runCli(args);
        QCOMPARE(b.out, a.out);
        const QJsonObject r = json(a);
        QCOMPARE(r.value(u"runs").toInt(), 5000);
        QCOMPARE(r.value(u"seed").toString(), QStringLiteral("11"));
        QCOMPARE(r.value(u"plannedFinish").toString(), QStringLiteral("2027-01-10T02:20"));
        QVERIFY(r.value(u"finishP50").toString() <= r.value(u"finishP90").toString());
        const QJsonArray windows = r.value(u"windows").toArray();
        QCOMPARE(windows.size(), 1);
        QCOMPARE(windows[0].toObject().value(u"occurrence").toString(),
                 QStringLiteral("sat-20270109"));
        QCOMPARE(windows[0].toObject().value(u"steps").toInt(), 3);
        const CliRun other = runCli({"simulate", path, "--json", "--runs", "5000", "--seed", "12"});
        QVERIFY(other.out != a.out);

        const CliRun slow = runCli({"simulate", path, "--json", "--runs", "5000", "--seed", "11",
                                    "--scenario", "slow-db"});
        QVERIFY2(slow.code == 0, slow.err.constData());
        QVERIFY(json(slow).value(u"finishP90").toString() > r.value(u"finishP90").toString());

        const CliRun text = runCli({"simulate", path, "--runs", "1000"});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("Finish in 90 % of runs: "), text.out.constData());
        QVERIFY(text.out.contains("sat-20270109"));

        for (const QStringList &bad :
             {QStringList{"--runs", "0"}, QStringList{"--runs", "many"},
              QStringList{"--runs", "1000001"}, QStringList{"--seed", "-1"},
              QStringList{"--spread", "1,2"}, QStringList{"--spread", "1.5,1.0,0.9"}}) {
            const CliRun run = runCli(QStringList{"simulate", path} + bad);
            QVERIFY2(run.code == 2, qPrintable(bad.join(u' ')));
            QVERIFY2(run.err.contains(bad[0].toLatin1()), run.err.constData());
        }
    }

    // what-if on the bank (ChangeFixtures.h): the first Saturday cancelled moves the three
    // steps a week; db an hour late in a 22:00-06:00 window still fits; wave 1 stopped after
    // its only step leaves a compatible state.
    void whatIf()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const CliRun cancelled = runCli({"what-if", path, "--cancel", "sat-20270109", "--json"});
        QVERIFY2(cancelled.code == 0, cancelled.err.constData());
        const QJsonObject c = json(cancelled);
        QCOMPARE(c.value(u"finishAfter").toString(), QStringLiteral("2027-01-17T02:20"));
        QCOMPARE(c.value(u"moved").toArray().size(), 3);
        QCOMPARE(c.value(u"moved").toArray()[0].toObject().value(u"minutesLater").toInt(),
                 7 * 24 * 60);
        const CliRun text = runCli({"what-if", path, "--cancel", "sat-20270109"});
        QVERIFY2(text.out.startsWith("Without sat-20270109: finish Sun 2027-01-17 02:20 (was Sun "
                                     "2027-01-10 02:20); 3 steps moved.\n"),
                 text.out.constData());

        const CliRun late = runCli({"what-if", path, "--overrun", "db:+60", "--json"});
        QVERIFY2(late.code == 0 || late.code == 1, late.err.constData());
        const QJsonArray steps = json(late).value(u"steps").toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].toObject().value(u"decided").toString(),
                 QStringLiteral("2027-01-10T01:05"));
        QVERIFY(!steps[2].toObject().value(u"noLongerFits").toBool());

        const CliRun stopped = runCli({"what-if", path, "--stop-wave", "1:1", "--json"});
        QVERIFY2(stopped.code == 0, stopped.err.constData());
        QVERIFY(json(stopped).value(u"compatible").toBool());

        for (const QStringList &bad :
             {QStringList{}, QStringList{"--cancel", "x", "--stop-wave", "1:1"},
              QStringList{"--absent", "A. Rivera:2027-02-30"},
              QStringList{"--absent", "A. Rivera:2027-01-10..2027-01-09"},
              QStringList{"--overrun", "db"}, QStringList{"--overrun", "db:0x"},
              QStringList{"--stop-wave", "one"}}) {
            const CliRun run = runCli(QStringList{"what-if", path} + bad);
            QVERIFY2(run.code == 2, qPrintable(bad.join(u' ')));
        }
        QCOMPARE(runCli({"what-if", path, "--cancel", "sat-20270110"}).code, 2);
        QCOMPARE(runCli({"what-if", path, "--overrun", "ghost:2x"}).code, 2);
        QCOMPARE(runCli({"what-if", path, "--stop-wave", "9:1"}).code, 2);
        QCOMPARE(runCli({"what-if", path, "--stop-wave", "1:5"}).code, 2);
    }

    // The bank with db needing a dba: A. Rivera does it on the first Saturday (M. Schneider is
    // away that weekend). Rivera away moves all three steps a week, Schneider standing in.
    void whatIfAbsent()
    {
        QTemporaryDir dir;
        Estate e = bankEstate();
        Component db = e.component(0);
        db.roles = {QStringLiteral("dba")};
        e.replaceComponent(0, db);
        StaffMember rivera;
        rivera.name = QStringLiteral("A. Rivera");
        rivera.roles = {QStringLiteral("dba")};
        StaffMember schneider = rivera;
        schneider.name = QStringLiteral("M. Schneider");
        schneider.unavailable = {DateRange{QDate(2027, 1, 9), QDate(2027, 1, 10)}};
        e.staff = {rivera, schneider};
        const QString path = dir.filePath(QStringLiteral("staffed.uplan"));
        QVERIFY(saveProject(path, e).ok());

        const CliRun run = runCli(
            {"what-if", path, "--absent", "a. rivera:2027-01-09..2027-01-10", "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject o = json(run);
        QCOMPARE(o.value(u"absent").toString(), QStringLiteral("A. Rivera"));
        QCOMPARE(o.value(u"days").toObject().value(u"start").toString(),
                 QStringLiteral("2027-01-09"));
        QCOMPARE(o.value(u"stepsBefore").toArray().size(), 1);
        QCOMPARE(o.value(u"moved").toArray().size(), 3);
        QCOMPARE(o.value(u"moved").toArray()[0].toObject().value(u"windowAfter").toString(),
                 QStringLiteral("sat-20270116"));
        QCOMPARE(o.value(u"finishAfter").toString(), QStringLiteral("2027-01-17T02:20"));

        const CliRun text = runCli({"what-if", path, "--absent", "A. Rivera"});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.startsWith("A. Rivera away for the whole plan had 1 step in the plan "
                                     "then:\n  db 1.0 -> 2.0\nWith A. Rivera away for the whole "
                                     "plan: finish Sun 2027-01-17 02:20"),
                 text.out.constData());
        // Away on a day she had nothing: none of her steps counted, nothing moves.
        const CliRun free = runCli({"what-if", path, "--absent", "A. Rivera:2027-01-16", "--json"});
        QVERIFY2(free.code == 0, free.err.constData());
        QCOMPARE(json(free).value(u"stepsBefore").toArray().size(), 0);
        QCOMPARE(json(free).value(u"newlyUnscheduled").toInt(), 0);
        const CliRun otherDate = runCli({"what-if", path, "--absent", "A. Rivera:16.01.2027"});
        QCOMPARE(otherDate.code, 2);
        QVERIFY2(otherDate.err.contains("ISO dates"), otherDate.err.constData());

        // Schneider away after the first weekend changes nothing: Rivera does db on it.
        const CliRun later = runCli(
            {"what-if", path, "--absent", "M. Schneider:2027-01-16..2027-02-28", "--json"});
        QVERIFY2(later.code == 0, later.err.constData());
        QVERIFY(json(later).value(u"moved").toArray().isEmpty());
        QCOMPARE(json(later).value(u"stepsBefore").toArray().size(), 0);
        const CliRun unknown = runCli({"what-if", path, "--absent", "Nobody"});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("A. Rivera, M. Schneider"), unknown.err.constData());
    }

    void acceptRefusesAScenario()
    {
        QTemporaryDir dir;
        const QString path = writeBank(dir);
        const CliRun run = runCli({"compare", path, "--accept", "--scenario", "slow-db"});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains("leave out --scenario"), run.err.constData());
        QCOMPARE(loadProject(path)->scenarios.size(), 2); // untouched
    }

    // `fixes` on each unscheduled step and blocking conflict (docs/cli.md, "Fixes").
    void fixesInScheduleAndCheck()
    {
        const QString sample = QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
        const CliRun run = runCli({"schedule", sample, "--json"});
        QCOMPARE(run.code, 1);
        const QJsonArray unscheduled = json(run).value(u"unscheduled").toArray();
        QVERIFY(!unscheduled.isEmpty());
        for (const QJsonValue &u : unscheduled) {
            const QJsonArray fixes = u.toObject().value(u"fixes").toArray();
            QVERIFY(!fixes.isEmpty());
            for (const QJsonValue &f : fixes) {
                QVERIFY(!f.toObject().value(u"kind").toString().isEmpty());
                QVERIFY(!f.toObject().value(u"description").toString().isEmpty());
            }
        }
        QCOMPARE(unscheduled[0].toObject().value(u"fixes")[0].toObject().value(u"kind"),
                 QJsonValue(QStringLiteral("assign-role")));
        bool conflictHasFixes = false;
        for (const QJsonValue &c : json(run).value(u"conflicts").toArray())
            conflictHasFixes |= c.toObject().contains(u"fixes");
        QVERIFY(conflictHasFixes);

        const CliRun text = runCli({"schedule", sample});
        QVERIFY(text.out.contains("Smallest fixes (each checked by scheduling again):\n"
                                  "  teller-app 6.1 -> 7.0:\n    [assign-role] Give "));

        const CliRun check = runCli({"check", sample, "--json"});
        QCOMPARE(check.code, 1);
        int blocking = 0;
        for (const QJsonValue &v : json(check).value(u"conflicts").toArray()) {
            const QJsonObject c = v.toObject();
            const bool blocks = c.value(u"severity") == QJsonValue(QStringLiteral("error"))
                                && !c.value(u"waived").toBool();
            QCOMPARE(c.contains(u"fixes"), blocks);
            if (!blocks)
                continue;
            ++blocking;
            const QJsonArray fixes = c.value(u"fixes").toArray();
            QVERIFY(!fixes.isEmpty());
            QCOMPARE(fixes.last().toObject().value(u"kind"), QJsonValue(QStringLiteral("waiver")));
        }
        QVERIFY(blocking > 0);

        const CliRun none = runCli({"check", sample, "--json", "--fixes", "0"});
        QVERIFY(!none.out.contains("\"fixes\""));
        const CliRun bad = runCli({"schedule", sample, "--fixes", "some"});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("--fixes needs a whole number of 0 or more, not 'some'"));
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioCli)
#include "tst_scenariocli.moc"
