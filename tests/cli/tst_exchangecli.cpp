// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-planner import` and `export` through every format of the registry, as users' scripts
// call them: options, exit codes, the --json report's fields, merges with --into, and what is
// left on disk when the input is bad (docs/cli.md, docs/formats.md).
#include "../cli/CliRunner.h"
#include "SmallEstate.h"
#include "exchange/EstateJson.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;
using planner::test::runCli;

namespace {

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

class tst_ExchangeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsEachFormat_data();
    void importsEachFormat();
    void formatOverridesDetection();
    void mergeIntoKeepsWhatIsMissing();
    void mergeRemovesMissingOnlyWhenAsked();
    void usageErrors_data();
    void usageErrors();
    void badCsvWritesNothing();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void dotRendersWithGraphviz();
    void csvStepsTable();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString bank();
    QString changedBank();

    QTemporaryDir m_dir;
};

void tst_ExchangeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(path(QStringLiteral("bank.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeEstateJson(test::smallEstate()));
}

QString tst_ExchangeCli::bank()
{
    const QString project = path(QStringLiteral("bank.uplan"));
    QFile::remove(project);
    return saveProject(project, test::smallEstate()) ? project : QString();
}

QString tst_ExchangeCli::changedBank()
{
    const Estate e = test::changedSmallEstate();
    const QString file = path(QStringLiteral("bank-changed.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(writeEstateJson(e));
    return file;
}

void tst_ExchangeCli::importsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("format");
    const QString data = QStringLiteral(UPLAN_SOURCE_DIR "/tests/exchange/data/");
    QTest::newRow("json") << QString() << QStringList() << QStringLiteral("json");
    QTest::newRow("csv with relations")
        << data + QStringLiteral("csv/cmdb_ci.csv")
        << QStringList{QStringLiteral("--relations"), data + QStringLiteral("csv/cmdb_rel_ci.csv")}
        << QStringLiteral("csv");
    QTest::newRow("graphml from yEd") << data + QStringLiteral("graphml/yed-estate.graphml")
                                      << QStringList() << QStringLiteral("graphml");
    QTest::newRow("graphml from Gephi") << data + QStringLiteral("graphml/gephi-estate.graphml")
                                        << QStringList() << QStringLiteral("graphml");
    const QString bom = QStringLiteral(UPLAN_SHARED_DIR
                                       "/data/cyclonedx/SBOM_dropwizard-1.3.15_bom.json");
    if (QFile::exists(bom))
        QTest::newRow("cyclonedx") << bom << QStringList() << QStringLiteral("cyclonedx");
}

void tst_ExchangeCli::importsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(QString, format);
    if (file.isEmpty())
        file = path(QStringLiteral("bank.json"));
    const QString project = path(
        QStringLiteral("imported-%1.uplan").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    QFile::remove(project);
    const auto run = runCli(QStringList{QStringLiteral("import"), file, QStringLiteral("-o"),
                                        project, QStringLiteral("--json")}
                            + extra);
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject report = jsonOf(run.out);
    // The report's fields are a contract (docs/cli.md, import --json).
    QCOMPARE(report.value(QStringLiteral("format")).toString(), format);
    QCOMPARE(report.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(report.value(QStringLiteral("project")).toString(), project);
    QVERIFY(report.value(QStringLiteral("warnings")).isArray());
    const Expected<Estate> saved = loadProject(project);
    QVERIFY(saved);
    QVERIFY(saved->componentCount() > 0);
    QCOMPARE(report.value(QStringLiteral("components")).toInt(), saved->componentCount());
    QCOMPARE(report.value(QStringLiteral("dependencies")).toInt(), saved->dependencyCount());
    QVERIFY(saved->dependencyCount() > 0);
}

void tst_ExchangeCli::formatOverridesDetection()
{
    // A GraphML file named .txt is still found by its content, and --format says it outright.
    const QString renamed = path(QStringLiteral("graph.txt"));
    QFile::remove(renamed);
    QVERIFY(QFile::copy(QStringLiteral(UPLAN_SOURCE_DIR
                                       "/tests/exchange/data/graphml/yed-estate.graphml"),
                        renamed));
    const QString project = path(QStringLiteral("detected.uplan"));
    QFile::remove(project);
    auto run = runCli({QStringLiteral("import"), renamed, QStringLiteral("-o"), project,
                       QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(jsonOf(run.out).value(QStringLiteral("format")).toString(), QStringLiteral("graphml"));
    // Told it is CSV, the same file is read as CSV and refused: nothing is written.
    const QString wrong = path(QStringLiteral("wrong.uplan"));
    run = runCli({QStringLiteral("import"), renamed, QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("-o"), wrong});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("graph.txt"), run.err.constData());
    QVERIFY(!QFile::exists(wrong));
}

void tst_ExchangeCli::mergeIntoKeepsWhatIsMissing()
{
    const QString project = bank();
    QVERIFY(!project.isEmpty());
    const int before = loadProject(project)->componentCount();
    const auto run = runCli({QStringLiteral("import"), changedBank(), QStringLiteral("--into"),
                             project, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject report = jsonOf(run.out);
    const QJsonObject merge = report.value(QStringLiteral("merge")).toObject();
    QCOMPARE(stringsOf(merge.value(QStringLiteral("added"))),
             QStringList{QStringLiteral("mq-broker")});
    QCOMPARE(stringsOf(merge.value(QStringLiteral("missing"))),
             QStringList{QStringLiteral("win-ep-01")});
    QVERIFY(stringsOf(merge.value(QStringLiteral("removed"))).isEmpty());
    const QJsonArray changed = merge.value(QStringLiteral("changed")).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).toObject().value(QStringLiteral("component")).toString(),
             QStringLiteral("pg-core"));
    QCOMPARE(changed.at(0).toObject().value(QStringLiteral("before")).toString(),
             QStringLiteral("12.20"));
    QCOMPARE(changed.at(0).toObject().value(QStringLiteral("after")).toString(),
             QStringLiteral("13.16"));
    // In place: the project has the new component and still the missing one.
    const Expected<Estate> merged = loadProject(project);
    QVERIFY(merged);
    QCOMPARE(merged->componentCount(), before + 1);
    QCOMPARE(report.value(QStringLiteral("components")).toInt(), before + 1);
    QVERIFY(merged->indexOf(QStringLiteral("win-ep-01")) >= 0);
    QCOMPARE(merged->find(QStringLiteral("pg-core"))->version.text(), QStringLiteral("13.16"));
    // The user's own fields the file does not carry survive: pg-core's target.
    QCOMPARE(merged->find(QStringLiteral("pg-core"))->target.has_value(),
             test::smallEstate().find(QStringLiteral("pg-core"))->target.has_value());

    // The same merge again changes nothing and says so.
    const auto again = runCli({QStringLiteral("import"), changedBank(), QStringLiteral("--into"),
                               project, QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonObject second = jsonOf(again.out).value(QStringLiteral("merge")).toObject();
    QVERIFY(stringsOf(second.value(QStringLiteral("added"))).isEmpty());
    QVERIFY(second.value(QStringLiteral("changed")).toArray().isEmpty());
}

void tst_ExchangeCli::mergeRemovesMissingOnlyWhenAsked()
{
    const QString project = bank();
    const auto run = runCli({QStringLiteral("import"), changedBank(), QStringLiteral("--into"),
                             project, QStringLiteral("--remove-missing"), QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject merge = jsonOf(run.out).value(QStringLiteral("merge")).toObject();
    QCOMPARE(stringsOf(merge.value(QStringLiteral("removed"))),
             QStringList{QStringLiteral("win-ep-01")});
    QCOMPARE(loadProject(project)->indexOf(QStringLiteral("win-ep-01")), -1);
    // The text form names the project and what changed.
    const auto text = runCli(
        {QStringLiteral("import"), changedBank(), QStringLiteral("--into"), bank()});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("merged") && text.out.contains("pg-core"), text.out.constData());
    QVERIFY2(text.out.contains("win-ep-01"), text.out.constData());
}

void tst_ExchangeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString json = QStringLiteral("BANKJSON");
    QTest::newRow("both -o and --into")
        << QStringList{QStringLiteral("import"), json,
                       QStringLiteral("-o"),     QStringLiteral("x.uplan"),
                       QStringLiteral("--into"), QStringLiteral("BANK")}
        << QStringLiteral("not both");
    QTest::newRow("neither") << QStringList{QStringLiteral("import"), json}
                             << QStringLiteral("missing -o");
    QTest::newRow("--remove-missing without --into")
        << QStringList{QStringLiteral("import"), json, QStringLiteral("-o"),
                       QStringLiteral("y.uplan"), QStringLiteral("--remove-missing")}
        << QStringLiteral("--into only");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("import"),   json,
                       QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("-o"),       QStringLiteral("z.uplan")}
        << QStringLiteral("unknown format 'xlsx'");
    QTest::newRow("--into a project that does not exist")
        << QStringList{QStringLiteral("import"), json, QStringLiteral("--into"),
                       QStringLiteral("NOPROJECT")}
        << QStringLiteral("no such project");
    QTest::newRow("--into an estate JSON")
        << QStringList{QStringLiteral("import"), json, QStringLiteral("--into"), json}
        << QStringLiteral("not an Upgrade Planner project");
    QTest::newRow("export to an unknown format")
        << QStringList{QStringLiteral("export"),   json,
                       QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("-o"),       QStringLiteral("out.xlsx")}
        << QStringLiteral("xlsx");
    QTest::newRow("export with a bad option value")
        << QStringList{QStringLiteral("export"),   json,
                       QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--table"),  QStringLiteral("sheets"),
                       QStringLiteral("-o"),       QStringLiteral("out.csv")}
        << QStringLiteral("table");
}

void tst_ExchangeCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    for (QString &a : arguments) {
        if (a == QLatin1String("BANKJSON"))
            a = path(QStringLiteral("bank.json"));
        else if (a == QLatin1String("BANK"))
            a = bank();
        else if (a == QLatin1String("NOPROJECT"))
            a = path(QStringLiteral("absent.uplan"));
        else if (a.endsWith(QLatin1String(".uplan")) || a.startsWith(QLatin1String("out.")))
            a = path(a);
    }
    const auto run = runCli(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
    for (const QString &name :
         {QStringLiteral("x.uplan"), QStringLiteral("y.uplan"), QStringLiteral("z.uplan"),
          QStringLiteral("out.xlsx"), QStringLiteral("out.csv")})
        QVERIFY2(!QFile::exists(path(name)), qPrintable(name));
}

void tst_ExchangeCli::badCsvWritesNothing()
{
    const QString csv = path(QStringLiteral("broken.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("sys_id,name,sys_class_name,version\n"
               "a1,Ledger DB,cmdb_ci_db_instance,12.20\n"
               "a2,\"Ledger app,cmdb_ci_appl,4.2\n"); // the quote never closes
    file.close();
    const QString project = bank();
    const QByteArray before = [&] {
        QFile f(project);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // Neither a new project nor a merge: the message names the file and the line.
    const QString fresh = path(QStringLiteral("from-broken.uplan"));
    auto run = runCli({QStringLiteral("import"), csv, QStringLiteral("-o"), fresh});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("broken.csv") && run.err.contains("3"), run.err.constData());
    QVERIFY(!QFile::exists(fresh));
    run = runCli({QStringLiteral("import"), csv, QStringLiteral("--into"), project});
    QCOMPARE(run.code, 2);
    QFile after(project);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void tst_ExchangeCli::exportsEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("startsWith");
    QTest::newRow("json") << QStringLiteral("json") << QByteArray("{");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("id,");
    QTest::newRow("graphml") << QStringLiteral("graphml") << QByteArray("<?xml");
    QTest::newRow("dot") << QStringLiteral("dot") << QByteArray("// The dependency graph of");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("ics") << QStringLiteral("ics") << QByteArray("BEGIN:VCALENDAR");
}

void tst_ExchangeCli::exportsEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, startsWith);
    const QString out = path(QStringLiteral("export.") + format);
    QFile::remove(out);
    const auto run = runCli({QStringLiteral("export"), bank(), QStringLiteral("--format"), format,
                             QStringLiteral("-o"), out});
    QVERIFY2(run.code == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(startsWith), bytes.left(80).constData());
    // What the program also reads comes back with every component and dependency.
    if (format == QLatin1String("json") || format == QLatin1String("graphml")) {
        const QString back = path(QStringLiteral("back-%1.uplan").arg(format));
        QFile::remove(back);
        const auto again = runCli({QStringLiteral("import"), out, QStringLiteral("-o"), back});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(loadProject(back)->componentCount(), test::smallEstate().componentCount());
        QCOMPARE(loadProject(back)->dependencyCount(), test::smallEstate().dependencyCount());
    }
}

void tst_ExchangeCli::dotRendersWithGraphviz()
{
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed (scripts/deps.sh installs it)");
    const QString out = path(QStringLiteral("graph.dot"));
    QCOMPARE(runCli({QStringLiteral("export"), bank(), QStringLiteral("--format"),
                     QStringLiteral("dot"), QStringLiteral("-o"), out})
                 .code,
             0);
    QProcess process;
    process.start(dot, {QStringLiteral("-Tplain"), out});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray plain = process.readAllStandardOutput();
    // One node line per component, one edge line per dependency.
    QCOMPARE(int(plain.count("\nnode ")), test::smallEstate().componentCount());
    QCOMPARE(int(plain.count("\nedge ")), test::smallEstate().dependencyCount());
}

void tst_ExchangeCli::csvStepsTable()
{
    const auto run = runCli({QStringLiteral("export"), bank(), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--table"),
                             QStringLiteral("steps"), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("wave,component"), run.out.left(80).constData());
    QVERIFY(run.out.count('\n') > 1);
}

QTEST_GUILESS_MAIN(tst_ExchangeCli)
#include "tst_exchangecli.moc"
