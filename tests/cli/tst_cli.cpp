// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as users' scripts see it: exit codes, output files, JSON fields, messages.
#include "../cli/CliRunner.h"
#include "CliEstate.h"
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
using namespace planner::clitest;

namespace {

using Run = planner::test::CliRun;

using planner::test::runCli;

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
};

void tst_Cli::initTestCase()
{
    const QString binary = planner::test::cliBinary();
    QVERIFY2(QFileInfo::exists(binary), qPrintable(binary + QStringLiteral(" not built")));
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
    QTest::newRow("import --help")
        << QStringList{"import", "--help"} << QByteArray("upgrade-planner import [options] FILE");
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
    QTest::newRow("import without input")
        << QStringList{"import", "-o", "x.uplan"} << QByteArray("missing FILE");
    QTest::newRow("import bad option")
        << QStringList{"import", "--bogus", estate} << QByteArray("bogus");
    QTest::newRow("import to stdout")
        << QStringList{"import", estate, "-o", "-"} << QByteArray("standard output");
    QTest::newRow("missing input file")
        << QStringList{"show", estate} << QByteArray("missing.json: no such file");
    QTest::newRow("show extra argument")
        << QStringList{"show", "a.json", "b.json"} << QByteArray("unexpected argument 'b.json'");
    QTest::newRow("show bad limit")
        << QStringList{"show", "--limit", "many", "a.json"} << QByteArray("--limit");
    QTest::newRow("export unknown format")
        << QStringList{"export", estate, "--format", "xls", "-o", "out.xls"}
        << QByteArray("unknown format 'xls'");
    QTest::newRow("export without -o")
        << QStringList{"export", estate, "--format", "json"} << QByteArray("-o");
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
    for (const char *expected :
         {"Ledger refresh", "end-of-support", "2027-01-09", "database 2", "fra (Frankfurt DC) 3",
          "pg-core", "12.20 -> 16.6", "4.2 -> 5.0", "2 of 4 components"}) {
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
