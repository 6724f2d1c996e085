// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as users' scripts see it: exit codes, output files, JSON fields, messages.
#include "../cli/CliRunner.h"
#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

using Run = planner::test::CliRun;

using planner::test::runCli;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Four components at two sites, two with upgrades, three dependencies, and one of each of the
// other sections: small enough to know every count by heart.
const char smallEstate[] = R"({
  "format": "upgrade-planner-estate",
  "formatVersion": 1,
  "project": { "name": "Ledger refresh", "reason": "end-of-support", "urgency": "planned",
               "timezone": "Europe/Berlin", "start": "2027-01-09", "decisionMinutes": 20 },
  "sites": [ { "id": "fra", "name": "Frankfurt DC" }, { "id": "ber", "name": "Berlin DC" } ],
  "components": [
    { "id": "pg-core", "name": "Ledger database", "kind": "database", "product": "postgresql",
      "version": "12.20", "target": "16.6", "site": "fra", "criticality": "critical",
      "durations": { "execute": 60, "rollback": 90 }, "reversible": false,
      "backup": { "method": "pg_basebackup", "lastRestoreTest": "2026-10-02" },
      "roles": ["dba"] },
    { "id": "ledger-app", "name": "Ledger", "kind": "application", "product": "ledger",
      "version": "4.2", "target": "5.0", "site": "fra", "criticality": "high" },
    { "id": "rhel-1", "name": "DB host", "kind": "os", "product": "rhel", "version": "8.10",
      "site": "fra" },
    { "id": "pg-report", "name": "Reporting database", "kind": "database",
      "product": "postgresql", "version": "12.20", "site": "ber" }
  ],
  "dependencies": [
    { "from": "ledger-app", "to": "pg-core", "requires": ">=12 <17" },
    { "from": "pg-core", "to": "rhel-1" },
    { "from": "pg-report", "to": "pg-core", "type": "replicates" }
  ],
  "catalog": [
    { "product": "ledger", "releases": ["4.2", "5.0"] },
    { "product": "ledger", "when": "4.x", "requires": { "postgresql": ">=11 <15" } },
    { "product": "postgresql", "releases": ["12.20", "13.16", "14.13", "15.8", "16.6"] }
  ],
  "windows": [ { "id": "sat-night", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                 "repeatWeekly": 8 } ],
  "freezes": [ { "start": "2027-03-25", "end": "2027-04-05", "reason": "quarter close" } ],
  "processes": [ { "id": "payments", "name": "Card payments", "criticality": "critical",
                   "uses": ["ledger-app"],
                   "peak": [ { "days": "Mon-Fri", "from": "08:00", "to": "18:00" } ] } ],
  "staff": [ { "name": "A. Rivera", "roles": ["dba"] } ]
}
)";

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void roundTrip_data();
    void roundTrip();
    void exportToStandardOutput();
    void showJson();
    void largeEstateGivesTheSameAnswersWithHugePages();
    void showText();
    void badInput_data();
    void badInput();
    void warningsGoToStandardError();
    void importRefusesToOverwrite();
    void failedImportKeepsExistingProject();
    void orderWaves();
    void orderBlockedExitsOne();
    void readinessListsWhatIsMissing();
    void riskScoresWithCauses();
    void recordRejectsBadInput_data();
    void recordRejectsBadInput();
    void recordCompareAccept();
    void messagesWithoutTemplates();

private:
    QString writeSmallEstate(const QTemporaryDir &dir);
};

void tst_Cli::initTestCase()
{
    const QString binary = planner::test::cliBinary();
    QVERIFY2(QFileInfo::exists(binary), qPrintable(binary + QStringLiteral(" not built")));
}

QString tst_Cli::writeSmallEstate(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.json"));
    writeAll(path, smallEstate);
    return path;
}

// A file of 8 MB or more makes the program restart itself once with glibc's huge pages
// (app/HugePages.cpp): the restarted program must get the same arguments and give the same
// answers as one told not to restart.
void tst_Cli::largeEstateGivesTheSameAnswersWithHugePages()
{
    QTemporaryDir dir;
    GeneratorOptions options;
    options.components = 40000;
    const QByteArray json = writeEstateJson(generateEstate(options));
    QVERIFY2(json.size() >= 8 * 1024 * 1024, qPrintable(QString::number(json.size())));
    const QString estate = dir.filePath(QStringLiteral("large estate.json"));
    writeAll(estate, json);
    QProcessEnvironment off;
    off.insert(QStringLiteral("UPLAN_HUGE_PAGES"), QStringLiteral("0"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("show"), QStringLiteral("--json"), estate},
          QStringList{QStringLiteral("order"), estate, QStringLiteral("--json")}}) {
        const Run restarted = runCli(arguments);
        const Run plain = runCli(arguments, planner::test::CliPlatform::Offscreen, off);
        QCOMPARE(restarted.code, plain.code);
        QVERIFY(restarted.code == 0 || restarted.code == 1);
        QCOMPARE(restarted.err, plain.err);
        QVERIFY(!restarted.out.isEmpty());
        QVERIFY(restarted.out == plain.out);
    }
}

void tst_Cli::version()
{
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Run run = runCli({option});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith("upgrade-planner "), run.out.constData());
        QVERIFY(run.out.trimmed().split(' ').value(1).contains('.'));
    }
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--help") << QStringList{"--help"} << QByteArray("import");
    QTest::newRow("-h") << QStringList{"-h"} << QByteArray("Exit codes");
    QTest::newRow("help") << QStringList{"help"} << QByteArray("show");
    QTest::newRow("help import") << QStringList{"help", "import"} << QByteArray("--force");
    QTest::newRow("import --help") << QStringList{"import", "--help"}
                                   << QByteArray("upgrade-planner import [options] FILE");
    QTest::newRow("export --help") << QStringList{"export", "--help"} << QByteArray("--format");
    QTest::newRow("export lists formats") << QStringList{"help", "export"} << QByteArray("ics");
    QTest::newRow("show -h") << QStringList{"show", "-h"} << QByteArray("--json");
    QTest::newRow("help wins over bad option")
        << QStringList{"show", "--bogus", "--help"} << QByteArray("--limit");
}

void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Run run = runCli(arguments);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(expected), run.out.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString estate = QStringLiteral(UPLAN_BINARY_DIR "/no-such-dir/missing.json");
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << QByteArray("not a command");
    QTest::newRow("help unknown") << QStringList{"help", "frobnicate"}
                                  << QByteArray("not a command");
    QTest::newRow("import without -o") << QStringList{"import", estate} << QByteArray("-o");
    QTest::newRow("import without input") << QStringList{"import", "-o", "x.uplan"}
                                          << QByteArray("missing FILE");
    QTest::newRow("import bad option") << QStringList{"import", "--bogus", estate}
                                       << QByteArray("bogus");
    QTest::newRow("import to stdout") << QStringList{"import", estate, "-o", "-"}
                                      << QByteArray("standard output");
    QTest::newRow("missing input file") << QStringList{"show", estate}
                                        << QByteArray("missing.json: no such file");
    QTest::newRow("show extra argument") << QStringList{"show", "a.json", "b.json"}
                                         << QByteArray("unexpected argument 'b.json'");
    QTest::newRow("show bad limit") << QStringList{"show", "--limit", "many", "a.json"}
                                    << QByteArray("--limit");
    QTest::newRow("export unknown format") << QStringList{"export", estate, "--format", "xls",
                                                          "-o", "out.xls"}
                                           << QByteArray("unknown format 'xls'");
    QTest::newRow("export without -o") << QStringList{"export", estate, "--format", "json"}
                                       << QByteArray("-o");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

void tst_Cli::roundTrip_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("small") << QString();
    QTest::newRow("sample") << QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
}

// import -> export -> import -> export gives the same estate and the same bytes.
void tst_Cli::roundTrip()
{
    QFETCH(QString, source);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (source.isEmpty())
        source = writeSmallEstate(dir);
    else if (!QFileInfo::exists(source))
        QSKIP("resources/sample-estate.json is not there yet");

    const QString first = dir.filePath(QStringLiteral("first.uplan"));
    const QString firstJson = dir.filePath(QStringLiteral("first.json"));
    const QString second = dir.filePath(QStringLiteral("second.uplan"));
    const QString secondJson = dir.filePath(QStringLiteral("second.json"));
    const QString direct = dir.filePath(QStringLiteral("direct.json"));

    Run run = runCli({"import", source, "-o", first});
    QVERIFY2(run.code == 0, run.err.constData());
    run = runCli({"export", first, "--format", "json", "-o", firstJson});
    QVERIFY2(run.code == 0, run.err.constData());
    run = runCli({"import", firstJson, "-o", second});
    QVERIFY2(run.code == 0, run.err.constData());
    run = runCli({"export", second, "--format", "json", "-o", secondJson});
    QVERIFY2(run.code == 0, run.err.constData());
    run = runCli({"export", source, "-o", direct}); // json is the default format
    QVERIFY2(run.code == 0, run.err.constData());

    const QByteArray exported = readAll(firstJson);
    QVERIFY(!exported.isEmpty());
    QCOMPARE(readAll(secondJson), exported);
    QCOMPARE(readAll(direct), exported);

    const Expected<Estate> original = readEstateJson(readAll(source));
    const Expected<Estate> again = readEstateJson(exported);
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().text()));
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().text()));
    QVERIFY(*original == *again);
    QCOMPARE(again->componentCount(), original->componentCount());
    QCOMPARE(again->dependencyCount(), original->dependencyCount());
    // nothing but the files asked for
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(),
             source.startsWith(dir.path()) ? 6 : 5);
}

void tst_Cli::exportToStandardOutput()
{
    QTemporaryDir dir;
    const QString source = writeSmallEstate(dir);
    const QString file = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(runCli({"export", source, "--format", "json", "-o", file}).code, 0);
    const Run run = runCli({"export", source, "--format", "json", "-o", "-"});
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, readAll(file));
    QVERIFY(QJsonDocument::fromJson(run.out).isObject());
}

void tst_Cli::showJson()
{
    QTemporaryDir dir;
    const QString source = writeSmallEstate(dir);
    const QString project = dir.filePath(QStringLiteral("small.uplan"));
    QCOMPARE(runCli({"import", source, "-o", project}).code, 0);

    for (const QString &input : {source, project}) {
        const Run run = runCli({"show", input, "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonObject s = QJsonDocument::fromJson(run.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(s.value("format").toString(), QStringLiteral("upgrade-planner-summary"));
        QCOMPARE(s.value("components").toInt(), 4);
        QCOMPARE(s.value("dependencies").toInt(), 3);
        QCOMPARE(s.value("dependenciesWithRequirement").toInt(), 1);
        const QJsonObject byKind = s.value("byKind").toObject();
        QCOMPARE(byKind.value("database").toInt(), 2);
        QCOMPARE(byKind.value("application").toInt(), 1);
        QCOMPARE(byKind.value("os").toInt(), 1);
        QCOMPARE(byKind.value("network").toInt(), 0); // every kind is listed
        QCOMPARE(byKind.size(), 15);
        const QJsonObject bySite = s.value("bySite").toObject();
        QCOMPARE(bySite.value("fra").toInt(), 3);
        QCOMPARE(bySite.value("ber").toInt(), 1);
        QCOMPARE(bySite.size(), 2);
        QCOMPARE(s.value("byCriticality").toObject().value("critical").toInt(), 1);
        QCOMPARE(s.value("byCriticality").toObject().value("medium").toInt(), 2);
        QCOMPARE(s.value("upgradesPlanned").toInt(), 2);
        const QJsonArray upgrades = s.value("upgrades").toArray();
        QCOMPARE(upgrades.size(), 2);
        QCOMPARE(upgrades.at(0)["id"].toString(), QStringLiteral("pg-core"));
        QCOMPARE(upgrades.at(0)["from"].toString(), QStringLiteral("12.20"));
        QCOMPARE(upgrades.at(0)["to"].toString(), QStringLiteral("16.6"));
        const QJsonObject postgres = s.value("byProduct")["postgresql"].toObject();
        QCOMPARE(postgres.value("components").toInt(), 2);
        QCOMPARE(postgres.value("versions")["12.20"].toInt(), 2);
        QCOMPARE(postgres.value("targets")["16.6"].toInt(), 1);
        QCOMPARE(s.value("catalog")["products"].toArray(),
                 QJsonArray({QStringLiteral("ledger"), QStringLiteral("postgresql")}));
        QCOMPARE(s.value("catalog")["releases"].toInt(), 7);
        QCOMPARE(s.value("catalog")["rules"].toInt(), 1);
        QCOMPARE(s.value("windows").toInt(), 1);
        QCOMPARE(s.value("windowOccurrences").toInt(), 8);
        QCOMPARE(s.value("freezes").toInt(), 1);
        QCOMPARE(s.value("processes").toInt(), 1);
        QCOMPARE(s.value("staff").toInt(), 1);
        QCOMPARE(s.value("project")["name"].toString(), QStringLiteral("Ledger refresh"));
        QCOMPARE(s.value("project")["start"].toString(), QStringLiteral("2027-01-09"));
    }
}

void tst_Cli::showText()
{
    QTemporaryDir dir;
    const QString source = writeSmallEstate(dir);
    Run run = runCli({"show", source});
    QVERIFY2(run.code == 0, run.err.constData());
    for (const char *expected : {"Ledger refresh", "end-of-support", "2027-01-09", "database 2",
                                 "fra (Frankfurt DC) 3", "pg-core", "12.20 -> 16.6", "4.2 -> 5.0",
                                 "2 of 4 components"}) {
        QVERIFY2(run.out.contains(expected), qPrintable(QString::fromUtf8(run.out) + expected));
    }
    run = runCli({"show", source, "--limit", "1"});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("pg-core"));
    QVERIFY(!run.out.contains("ledger-app"));
    QVERIFY(run.out.contains("1 more"));
}

void tst_Cli::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("place");
    QByteArray emptyVersion = smallEstate;
    emptyVersion.replace("\"version\": \"4.2\"", "\"version\": \"\"");
    QTest::newRow("empty version") << emptyVersion << QByteArray("components[1].version");
    QByteArray badKind = smallEstate;
    badKind.replace("\"kind\": \"os\"", "\"kind\": \"mainframe\"");
    QTest::newRow("unknown kind") << badKind << QByteArray("components[2].kind");
    QByteArray badRange = smallEstate;
    badRange.replace("\">=12 <17\"", "\">=12 <<17\"");
    QTest::newRow("bad range") << badRange << QByteArray("dependencies[0].requires");
    QTest::newRow("not json") << QByteArray("{ \"format\": ") << QByteArray("bad.json");
    QTest::newRow("empty file") << QByteArray() << QByteArray("bad.json");
    QTest::newRow("text file") << QByteArray("hello\n") << QByteArray("bad.json");
}

// Bad input: exit 2, the message names the file and the place, and no project appears.
void tst_Cli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, place);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, content));
    const QString project = dir.filePath(QStringLiteral("out.uplan"));

    Run run = runCli({"import", bad, "-o", project});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("bad.json"), run.err.constData());
    QVERIFY2(run.err.contains(place), run.err.constData());
    QVERIFY(!QFileInfo::exists(project));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"bad.json"});

    for (const QStringList &arguments :
         {QStringList{"show", bad}, QStringList{"export", bad, "-o", dir.filePath("out.json")}}) {
        run = runCli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(place), run.err.constData());
    }
    QVERIFY(!QFileInfo::exists(dir.filePath("out.json")));
}

void tst_Cli::warningsGoToStandardError()
{
    QTemporaryDir dir;
    QByteArray content = smallEstate;
    content.replace("\"sites\":", "\"colour\": \"blue\", \"sites\":");
    const QString path = dir.filePath(QStringLiteral("extra.json"));
    QVERIFY(writeAll(path, content));
    const Run run = runCli({"import", path, "-o", dir.filePath("extra.uplan")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.err.contains("colour"), run.err.constData());
    QVERIFY2(run.err.contains("extra.json"), run.err.constData());
    QVERIFY(QFileInfo::exists(dir.filePath("extra.uplan")));
}

void tst_Cli::importRefusesToOverwrite()
{
    QTemporaryDir dir;
    const QString source = writeSmallEstate(dir);
    const QString project = dir.filePath(QStringLiteral("taken.uplan"));
    QVERIFY(writeAll(project, "precious"));
    Run run = runCli({"import", source, "-o", project});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("--force"), run.err.constData());
    QCOMPARE(readAll(project), QByteArray("precious"));

    run = runCli({"import", source, "-o", project, "--force"});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY(readAll(project).startsWith("SQLite format 3"));
    QCOMPARE(runCli({"show", project}).code, 0);
}

void tst_Cli::failedImportKeepsExistingProject()
{
    QTemporaryDir dir;
    const QString source = writeSmallEstate(dir);
    const QString project = dir.filePath(QStringLiteral("kept.uplan"));
    QCOMPARE(runCli({"import", source, "-o", project}).code, 0);
    const QByteArray before = readAll(project);

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeAll(bad, "{ \"format\": \"upgrade-planner-estate\", \"formatVersion\": 99 }"));
    const Run run = runCli({"import", bad, "-o", project, "--force"});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("formatVersion"), run.err.constData());
    QCOMPARE(readAll(project), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
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

void tst_Cli::orderWaves()
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

void tst_Cli::orderBlockedExitsOne()
{
    // Ledger 5 asks for PostgreSQL below 13 as well: no order can reach the targets.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.json"));
    QVERIFY(writeAll(path, QByteArray(ledgerEstate).replace("%1", " <13")));
    const Run run = runCli({"order", path, "--json"});
    QCOMPARE(run.code, 1);
    const QJsonArray blocked =
        QJsonDocument::fromJson(run.out).object().value(u"blocked").toArray();
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
void tst_Cli::readinessListsWhatIsMissing()
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
                 qPrintable(QLatin1String(expected) + QStringLiteral(" not in\n") + items.join(u'\n')));
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
void tst_Cli::riskScoresWithCauses()
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

void tst_Cli::recordRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown component")
        << QStringList{"--component", "ghost", "--phase", "execute", "--start",
                       "2027-01-09T22:00"}
        << "unknown component 'ghost'";
    QTest::newRow("bad time") << QStringList{"--component", "pg-core", "--phase", "execute",
                                             "--start", "Saturday night"}
                              << "'Saturday night' is not a time";
    QTest::newRow("end before start")
        << QStringList{"--component", "pg-core", "--phase", "execute", "--start",
                       "2027-01-09T23:00", "--end", "2027-01-09T22:00"}
        << "would end";
    QTest::newRow("unknown check") << QStringList{"--component", "pg-core", "--check", "smoke",
                                                  "--passed"}
                                   << "unknown acceptance check 'smoke'";
    QTest::newRow("unknown phase") << QStringList{"--component", "pg-core", "--phase", "lunch",
                                                  "--start", "2027-01-09T22:00"}
                                   << "unknown phase 'lunch'";
    QTest::newRow("check without result") << QStringList{"--component", "pg-core", "--check",
                                                         "smoke"}
                                          << "--passed or --failed";
    QTest::newRow("bad rollback") << QStringList{"--component", "pg-core", "--rollback", "half"}
                                  << "unknown rollback status 'half'";
    QTest::newRow("nothing") << QStringList{"--component", "pg-core"} << "nothing to record";
}

void tst_Cli::recordRejectsBadInput()
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
void tst_Cli::recordCompareAccept()
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
    run = runCli({"record", project, "--component", "ledger-app", "--phase", "verify",
                  "--start", "2027-01-10T01:40Z", "--end", "2027-01-10T02:05Z", "--issue",
                  "login slow", "--resolution", "cache warmed", "--follow-up",
                  "tune the cache"});
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
    const QJsonArray accepted =
        QJsonDocument::fromJson(run.out).object().value(u"accepted").toArray();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().toObject().value(u"kind").toString(),
             QStringLiteral("application"));
    const QJsonObject durations = accepted.first().toObject().value(u"durations").toObject();
    QCOMPARE(durations.value(u"execute").toInt(), 100);
    QCOMPARE(durations.value(u"verify").toInt(), 25);
    QVERIFY(durations.value(u"prepare").isNull());

    // The next plan uses them: compare's planned minutes and the schedule's phases.
    cmp = QJsonDocument::fromJson(runCli({"compare", project, "--json"}).out).object();
    step = cmp.value(u"steps").toArray().first().toObject();
    QCOMPARE(step.value(u"planned").toObject().value(u"execute").toInt(), 100);
    const QJsonObject schedule =
        QJsonDocument::fromJson(runCli({"schedule", project, "--json"}).out).object();
    bool found = false;
    for (const QJsonValue &v : schedule.value(u"steps").toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"component").toString() != u"ledger-app")
            continue;
        found = true;
        const QJsonObject phases = s.value(u"phases").toObject();
        const auto at = [&](const char *name) {
            return QDateTime::fromString(phases.value(QLatin1String(name)).toString(),
                                         Qt::ISODate);
        };
        QCOMPARE(at("execute").secsTo(at("verify")), qint64(100 * 60));
        QCOMPARE(at("verify").secsTo(at("decision")), qint64(25 * 60));
    }
    QVERIFY(found);
}

void tst_Cli::messagesWithoutTemplates()
{
    QTemporaryDir dir;
    const QString path = writeSmallEstate(dir);
    const Run run = runCli({"messages", path, "--json"});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QVERIFY(json.value(u"messages").toArray().isEmpty());
    QCOMPARE(json.value(u"timezone").toString(), QStringLiteral("Europe/Berlin"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
