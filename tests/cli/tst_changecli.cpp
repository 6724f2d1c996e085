// SPDX-License-Identifier: GPL-3.0-or-later
// The change commands as users' scripts see them: order, readiness, risk, record, compare and
// messages, with their exit codes and JSON fields.
#include "CliEstate.h"
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::clitest;

namespace {

using Run = planner::test::CliRun;

using planner::test::runCli;

} // namespace

class tst_ChangeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orderWaves();
    void orderBlockedExitsOne();
    void readinessListsWhatIsMissing();
    void riskScoresWithCauses();
    void recordRejectsBadInput_data();
    void recordRejectsBadInput();
    void recordCompareAccept();
    void messagesWithoutTemplates();
};

void tst_ChangeCli::initTestCase()
{
    const QString binary = planner::test::cliBinary();
    QVERIFY2(QFileInfo::exists(binary), qPrintable(binary + QStringLiteral(" not built")));
}

namespace {
// The spec's stepping-stone case: PostgreSQL must stop below 15 while the ledger moves to 5.
const QByteArray ledgerEstate = R"({"format":"upgrade-planner-estate","formatVersion":1,
  "components":[
    {"id":"pg-core","kind":"database","product":"postgresql","version":"12.20","target":"16.6"},
    {"id":"ledger-app","kind":"application","product":"ledger","version":"4.2","target":"5.0"}],
  "dependencies":[{"from":"ledger-app","to":"pg-core"}],
  "catalog":[
    {"product":"ledger","when":"4.x","requires":{"postgresql":">=11 <15"}},
    {"product":"ledger","when":">=5","requires":{"postgresql":">=13 <17%1"}},
    {"product":"postgresql","releases":["12.20","13.16","14.13","15.8","16.6"]}]})";
} // namespace

void tst_ChangeCli::orderWaves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.json"));
    QVERIFY(writeAll(path, QByteArray(ledgerEstate).replace("%1", "")));
    const Run run = runCli({"order", path, "--json"});
    QCOMPARE(run.code, 0);
    const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
    const QJsonArray waves = plan.value(u"waves").toArray();
    QCOMPARE(waves.size(), 3);
    QStringList moves;
    for (const QJsonValue &wave : waves) {
        for (const QJsonValue &step : wave.toObject().value(u"steps").toArray()) {
            const QJsonObject o = step.toObject();
            moves << QStringLiteral("%1@%2 %3->%4")
                         .arg(o.value(u"component").toString())
                         .arg(wave.toObject().value(u"index").toInt())
                         .arg(o.value(u"from").toString(), o.value(u"to").toString());
            QVERIFY(o.value(u"group").isNull());
            QVERIFY(!o.value(u"reason").toString().isEmpty());
        }
    }
    QCOMPARE(moves, QStringList({"pg-core@1 12.20->14.13", "ledger-app@2 4.2->5.0",
                                 "pg-core@3 14.13->16.6"}));
    QVERIFY(plan.value(u"groups").toArray().isEmpty());
    QVERIFY(plan.value(u"blocked").toArray().isEmpty());

    const Run text = runCli({"order", path});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("Wave 3") && text.out.contains("stepping stone"), text.out);
}

void tst_ChangeCli::orderBlockedExitsOne()
{
    // Ledger 5 asks for PostgreSQL below 13 as well: no order can reach the targets.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.json"));
    QVERIFY(writeAll(path, QByteArray(ledgerEstate).replace("%1", " <13")));
    const Run run = runCli({"order", path, "--json"});
    QCOMPARE(run.code, 1);
    const QJsonArray blocked = QJsonDocument::fromJson(run.out).object().value(u"blocked").toArray();
    QVERIFY(!blocked.isEmpty());
    QVERIFY(!blocked.first().toObject().value(u"reason").toString().isEmpty());
}

namespace {

/// The items of `readiness --json` as "kind subject" lines.
QStringList readinessItems(const QJsonObject &json)
{
    QStringList out;
    for (const QJsonValue &v : json.value(u"items").toArray()) {
        const QJsonObject o = v.toObject();
        QString subject = o.value(u"component").toString();
        if (!o.value(u"window").toString().isEmpty())
            subject = QStringLiteral("window=") + o.value(u"window").toString();
        if (!o.value(u"process").toString().isEmpty())
            subject = QStringLiteral("process=") + o.value(u"process").toString();
        out << (o.value(u"kind").toString() + u' ' + subject).trimmed();
    }
    return out;
}

} // namespace

// The small estate has no change records: every record the rules ask for is listed, each
// naming its component, window or process, and the exit code says "not ready".
void tst_ChangeCli::readinessListsWhatIsMissing()
{
    QTemporaryDir dir;
    const QString path = writeSmallEstate(dir);
    const Run run = runCli({"readiness", path, "--json"});
    QVERIFY2(run.code == 1, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"ready").toBool(true), false);
    const QStringList items = readinessItems(json);
    QCOMPARE(json.value(u"count").toInt(), items.size());
    for (const char *expected :
         {"reason", "impact process=payments", "rollback-plan pg-core", "acceptance pg-core",
          "monitoring pg-core", "configuration pg-core", "pilot pg-core", "backup ledger-app",
          "rollback-plan ledger-app", "pilot ledger-app", "communication window=sat-night"})
        QVERIFY2(items.contains(QLatin1String(expected)),
                 qPrintable(QLatin1String(expected) + QStringLiteral(" not in\n")
                            + items.join(u'\n')));
    for (const QJsonValue &v : json.value(u"items").toArray())
        QVERIFY(!v.toObject().value(u"reason").toString().isEmpty());

    const Run text = runCli({"readiness", path});
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains("Not ready for approval"), text.out.constData());
    QVERIFY2(text.out.contains("rollback-plan") && text.out.contains("pg-core"),
             text.out.constData());
    QCOMPARE(runCli({"readiness", dir.filePath("missing.json")}).code, 2);
}

// pg-core: critical (3), irreversible (3), only A. Rivera holds dba (2), 12 -> 14 (1): high.
void tst_ChangeCli::riskScoresWithCauses()
{
    QTemporaryDir dir;
    const QString path = writeSmallEstate(dir);
    const Run run = runCli({"risk", path, "--json"});
    QVERIFY2(run.code == 1, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"level").toString(), QStringLiteral("high"));
    QCOMPARE(json.value(u"reviewPath").toString(), QStringLiteral("pilot"));
    QVERIFY(!json.value(u"guidance").toString().isEmpty());
    QJsonObject first;
    for (const QJsonValue &v : json.value(u"steps").toArray())
        if (first.isEmpty() && v.toObject().value(u"component").toString() == u"pg-core")
            first = v.toObject();
    QCOMPARE(first.value(u"component").toString(), QStringLiteral("pg-core"));
    QStringList rules;
    int sum = 0;
    for (const QJsonValue &v : first.value(u"items").toArray()) {
        rules << v.toObject().value(u"rule").toString();
        sum += v.toObject().value(u"points").toInt();
        QVERIFY(!v.toObject().value(u"cause").toString().isEmpty());
    }
    for (const char *rule : {"criticality", "irreversible", "no-staff-backup", "major-version"})
        QVERIFY2(rules.contains(QLatin1String(rule)), qPrintable(rules.join(u' ')));
    QCOMPARE(first.value(u"score").toInt(), sum);
    QCOMPARE(first.value(u"level").toString(), QStringLiteral("high"));

    const Run text = runCli({"risk", path});
    QCOMPARE(text.code, 1);
    QVERIFY2(text.out.contains("+3 irreversible"), text.out.constData());
}

void tst_ChangeCli::recordRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown component")
        << QStringList{"--component", "ghost", "--phase", "execute", "--start", "2027-01-09T22:00"}
        << "unknown component 'ghost'";
    QTest::newRow("bad time") << QStringList{"--component", "pg-core", "--phase",
                                             "execute",     "--start", "Saturday night"}
                              << "'Saturday night' is not a time";
    QTest::newRow("end before start")
        << QStringList{"--component", "pg-core",          "--phase", "execute",
                       "--start",     "2027-01-09T23:00", "--end",   "2027-01-09T22:00"}
        << "would end";
    QTest::newRow("unknown check")
        << QStringList{"--component", "pg-core", "--check", "smoke", "--passed"}
        << "unknown acceptance check 'smoke'";
    QTest::newRow("unknown phase")
        << QStringList{"--component", "pg-core", "--phase", "lunch", "--start", "2027-01-09T22:00"}
        << "unknown phase 'lunch'";
    QTest::newRow("check without result")
        << QStringList{"--component", "pg-core", "--check", "smoke"} << "--passed or --failed";
    QTest::newRow("bad rollback") << QStringList{"--component", "pg-core", "--rollback", "half"}
                                  << "unknown rollback status 'half'";
    QTest::newRow("nothing") << QStringList{"--component", "pg-core"} << "nothing to record";
}

void tst_ChangeCli::recordRejectsBadInput()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("small.uplan"));
    QCOMPARE(runCli({"import", writeSmallEstate(dir), "-o", project}).code, 0);
    const QByteArray before = readAll(project);
    const Run run = runCli(QStringList{"record", project} + options);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(readAll(project), before);
}

// The ledger application (no durations of its own) took 100 min to execute and 25 to verify;
// accepted, the next schedule plans 100 and 25 minutes for applications.
void tst_ChangeCli::recordCompareAccept()
{
    QTemporaryDir dir;
    const QString json = writeSmallEstate(dir);
    const QString project = dir.filePath(QStringLiteral("small.uplan"));
    QCOMPARE(runCli({"import", json, "-o", project}).code, 0);
    // Records cannot go into an estate JSON file.
    QCOMPARE(runCli({"record", json, "--component", "ledger-app", "--rollback", "none"}).code, 2);

    Run run = runCli({"record", project, "--component", "ledger-app", "--phase", "execute",
                      "--start", "2027-01-10T01:00", "--end", "2027-01-10T02:40"});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.out.contains("execute phase: 100 min"), run.out.constData());
    run = runCli({"record", project, "--component", "ledger-app", "--phase", "verify", "--start",
                  "2027-01-10T01:40Z", "--end", "2027-01-10T02:05Z", "--issue", "login slow",
                  "--resolution", "cache warmed", "--follow-up", "tune the cache"});
    QVERIFY2(run.code == 0, run.err.constData());

    run = runCli({"compare", project, "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    QJsonObject cmp = QJsonDocument::fromJson(run.out).object();
    QJsonObject step = cmp.value(u"steps").toArray().first().toObject();
    QCOMPARE(step.value(u"component").toString(), QStringLiteral("ledger-app"));
    QCOMPARE(step.value(u"actual").toObject().value(u"execute").toInt(), 100);
    QCOMPARE(step.value(u"actual").toObject().value(u"verify").toInt(), 25);
    QVERIFY(step.value(u"actual").toObject().value(u"backup").isNull());
    QCOMPARE(step.value(u"actualTotal").toInt(), 125);
    const QJsonObject kind = cmp.value(u"kinds").toArray().first().toObject();
    QCOMPARE(kind.value(u"kind").toString(), QStringLiteral("application"));
    QCOMPARE(kind.value(u"steps").toInt(), 1);
    QVERIFY(step.value(u"planned").toObject().value(u"execute").toInt() != 100);

    // --accept only writes into a project.
    QCOMPARE(runCli({"compare", json, "--accept"}).code, 2);
    run = runCli({"compare", project, "--json", "--accept"});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonArray accepted
        = QJsonDocument::fromJson(run.out).object().value(u"accepted").toArray();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().toObject().value(u"kind").toString(), QStringLiteral("application"));
    const QJsonObject durations = accepted.first().toObject().value(u"durations").toObject();
    QCOMPARE(durations.value(u"execute").toInt(), 100);
    QCOMPARE(durations.value(u"verify").toInt(), 25);
    QVERIFY(durations.value(u"prepare").isNull());

    // The next plan uses them: compare's planned minutes and the schedule's phases.
    cmp = QJsonDocument::fromJson(runCli({"compare", project, "--json"}).out).object();
    step = cmp.value(u"steps").toArray().first().toObject();
    QCOMPARE(step.value(u"planned").toObject().value(u"execute").toInt(), 100);
    const QJsonObject schedule
        = QJsonDocument::fromJson(runCli({"schedule", project, "--json"}).out).object();
    bool found = false;
    for (const QJsonValue &v : schedule.value(u"steps").toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"component").toString() != u"ledger-app")
            continue;
        found = true;
        const QJsonObject phases = s.value(u"phases").toObject();
        const auto at = [&](const char *name) {
            return QDateTime::fromString(phases.value(QLatin1String(name)).toString(), Qt::ISODate);
        };
        QCOMPARE(at("execute").secsTo(at("verify")), qint64(100 * 60));
        QCOMPARE(at("verify").secsTo(at("decision")), qint64(25 * 60));
    }
    QVERIFY(found);
}

void tst_ChangeCli::messagesWithoutTemplates()
{
    QTemporaryDir dir;
    const QString path = writeSmallEstate(dir);
    const Run run = runCli({"messages", path, "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(json.value(u"messages").toArray().isEmpty());
    QCOMPARE(json.value(u"timezone").toString(), QStringLiteral("Europe/Berlin"));
}

QTEST_GUILESS_MAIN(tst_ChangeCli)
#include "tst_changecli.moc"
