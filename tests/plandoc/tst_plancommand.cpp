// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-planner plan` and `diff` as users' scripts see them: the plan folder, the same bytes
// on every run, a folder holding another plan left alone, exit codes, the changes a board sees.
#include "../cli/CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using planner::test::CliRun;
using planner::test::runCli;

namespace {

const QString threeWaves = QStringLiteral(UPLAN_SOURCE_DIR "/tests/schedule/data/three-waves.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The three-waves estate with one text replaced, written to @p path.
QString revisedEstate(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray json = readFile(threeWaves);
    Q_ASSERT(json.contains(from));
    json.replace(from, to);
    writeFile(path, json);
    return path;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPlanCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesTheFolder();
    void sameEstateSameBytesAcrossRuns();
    void sameFolderSamePlanIsKept();
    void folderWithAnotherPlanIsLeftAlone();
    void outputThatCannotBeAFolder();
    void notReadyExitsOne();
    void usageErrors();
    void diffExitCodes();
    void revisedPlanCarriesItsChanges();
    void signaturePageSaysWhetherKeysAreTrusted();
    void planRecordsTheHistoryPosition();
};

void TestPlanCommand::writesTheFolder()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("plan"));
    const CliRun run = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir});
    QVERIFY2(run.code == 0, run.err.constData());
    for (const char *name : {"plan.json", "plan.pdf", "plan.ics"})
        QVERIFY2(QFileInfo(QDir(dir).filePath(QLatin1String(name))).size() > 100, name);
    const QByteArray plan = readFile(QDir(dir).filePath(QStringLiteral("plan.json")));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(plan, QCryptographicHash::Sha256).toHex());
    QVERIFY2(run.out.contains(sha.toLatin1()), run.out.constData());
    QVERIFY(run.out.contains("ready for approval"));
    QVERIFY(readFile(QDir(dir).filePath(QStringLiteral("plan.ics"))).startsWith("BEGIN:VCALENDAR"));
    QVERIFY(readFile(QDir(dir).filePath(QStringLiteral("plan.pdf"))).startsWith("%PDF"));
}

void TestPlanCommand::sameEstateSameBytesAcrossRuns()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), a,
                     QStringLiteral("--no-pdf")})
                 .code,
             0);
    // From a .uplan project this time: the file kind makes no difference but one, the position
    // in the project's history that a project's plan records (its own member).
    const QString project = tmp.filePath(QStringLiteral("three.uplan"));
    QCOMPARE(runCli({QStringLiteral("import"), threeWaves, QStringLiteral("-o"), project}).code, 0);
    QCOMPARE(runCli({QStringLiteral("plan"), project, QStringLiteral("-o"), b,
                     QStringLiteral("--no-pdf"), QStringLiteral("--no-ics")})
                 .code,
             0);
    const QByteArray first = readFile(QDir(a).filePath(QStringLiteral("plan.json")));
    QVERIFY(!first.isEmpty());
    QJsonObject second
        = QJsonDocument::fromJson(readFile(QDir(b).filePath(QStringLiteral("plan.json")))).object();
    QVERIFY(second.contains(u"history"));
    second.remove(u"history");
    QCOMPARE(second, QJsonDocument::fromJson(first).object());
    // Run again on the same project: the same bytes.
    const QString c = tmp.filePath(QStringLiteral("c"));
    QCOMPARE(runCli({QStringLiteral("plan"), project, QStringLiteral("-o"), c,
                     QStringLiteral("--no-pdf"), QStringLiteral("--no-ics")})
                 .code,
             0);
    QCOMPARE(readFile(QDir(c).filePath(QStringLiteral("plan.json"))),
             readFile(QDir(b).filePath(QStringLiteral("plan.json"))));
    QVERIFY(!QFileInfo::exists(QDir(b).filePath(QStringLiteral("plan.ics"))));
    QVERIFY(!QFileInfo::exists(QDir(a).filePath(QStringLiteral("plan.pdf"))));
}

void TestPlanCommand::sameFolderSamePlanIsKept()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("plan"));
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir,
                     QStringLiteral("--no-pdf")})
                 .code,
             0);
    const CliRun again = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir,
                                 QStringLiteral("--no-pdf")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains("held this plan already"), again.out.constData());
}

void TestPlanCommand::folderWithAnotherPlanIsLeftAlone()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("plan"));
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir}).code, 0);
    const QStringList names{QStringLiteral("plan.json"), QStringLiteral("plan.pdf"),
                            QStringLiteral("plan.ics")};
    QList<QByteArray> before;
    for (const QString &name : names)
        before.append(readFile(QDir(dir).filePath(name)));

    const QString revised = revisedEstate(tmp.filePath(QStringLiteral("revised.json")),
                                          "\"target\": \"5.0\"", "\"target\": \"5.1\"");
    const CliRun run = runCli({QStringLiteral("plan"), revised, QStringLiteral("-o"), dir});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("holds a different plan"), run.err.constData());
    QVERIFY(run.err.contains(dir.toUtf8()));
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(readFile(QDir(dir).filePath(names[i])), before[i]);
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 3); // no temporary left behind
}

void TestPlanCommand::outputThatCannotBeAFolder()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("a-file"));
    QVERIFY(writeFile(file, "keep me"));
    CliRun run = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), file});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("not a folder"), run.err.constData());
    QCOMPARE(readFile(file), QByteArray("keep me"));

    run = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"),
                  file + QStringLiteral("/below")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("below"), run.err.constData());
}

void TestPlanCommand::notReadyExitsOne()
{
    QTemporaryDir tmp;
    // A one-hour window: no step fits, the plan is written but not ready.
    const QString revised = revisedEstate(tmp.filePath(QStringLiteral("short-window.json")),
                                          "\"end\": \"2027-01-10T04:00\"",
                                          "\"end\": \"2027-01-09T23:00\"");
    const CliRun run = runCli({QStringLiteral("plan"), revised, QStringLiteral("-o"),
                               tmp.filePath(QStringLiteral("plan")), QStringLiteral("--no-pdf")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains("not ready for approval"), run.out.constData());
    QVERIFY(run.out.contains("NOT"));
    QVERIFY(QFileInfo::exists(tmp.filePath(QStringLiteral("plan/plan.json"))));
}

void TestPlanCommand::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves}).code, 2); // no -o
    QTemporaryDir tmp;
    const CliRun run = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"),
                               tmp.filePath(QStringLiteral("p")), QStringLiteral("--page-size"),
                               QStringLiteral("a5")});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains("a4 or letter"));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("p"))));
    QCOMPARE(runCli({QStringLiteral("plan"), QStringLiteral("/nonexistent.json"),
                     QStringLiteral("-o"), tmp.filePath(QStringLiteral("p"))})
                 .code,
             2);
    QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("plan")}).code, 0);
    const CliRun emptyRole = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"),
                                     tmp.filePath(QStringLiteral("p")), QStringLiteral("--role"),
                                     QString()});
    QCOMPARE(emptyRole.code, 2);
    QVERIFY(emptyRole.err.contains("--role needs a role name"));
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("p"))));
}

void TestPlanCommand::diffExitCodes()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), a,
                     QStringLiteral("--no-pdf")})
                 .code,
             0);
    const QString revised = revisedEstate(tmp.filePath(QStringLiteral("revised.json")),
                                          "\"target\": \"5.0\"", "\"target\": \"5.1\"");
    QCOMPARE(runCli({QStringLiteral("plan"), revised, QStringLiteral("-o"), b,
                     QStringLiteral("--no-pdf")})
                 .code,
             0);
    const QString planA = QDir(a).filePath(QStringLiteral("plan.json"));
    const QString planB = QDir(b).filePath(QStringLiteral("plan.json"));

    CliRun run = runCli({QStringLiteral("diff"), planA, planA});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains("say the same"));
    run = runCli({QStringLiteral("diff"), planA, planB});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains("version-changed") && run.out.contains("5.1"), run.out.constData());
    run = runCli({QStringLiteral("diff"), planA, planB, QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("same")).toBool(true), false);
    QVERIFY(!json.value(QLatin1String("changes")).toArray().isEmpty());
    for (const QJsonValue &c : json.value(QLatin1String("changes")).toArray())
        for (const char *field : {"kind", "subject", "before", "after", "text"})
            QVERIFY(c.toObject().contains(QLatin1String(field)));

    QCOMPARE(runCli({QStringLiteral("diff"), planA}).code, 2);
    QCOMPARE(runCli({QStringLiteral("diff"), planA, tmp.filePath(QStringLiteral("none.json"))}).code,
             2);
    QCOMPARE(runCli({QStringLiteral("diff"), planA, threeWaves}).code, 2); // not a plan
}

void TestPlanCommand::revisedPlanCarriesItsChanges()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("v1"));
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), a,
                     QStringLiteral("--no-pdf")})
                 .code,
             0);
    const QString revised = revisedEstate(tmp.filePath(QStringLiteral("revised.json")),
                                          "\"target\": \"5.0\"", "\"target\": \"5.1\"");
    const QString b = tmp.filePath(QStringLiteral("v2"));
    const CliRun run = runCli({QStringLiteral("plan"), revised, QStringLiteral("-o"), b,
                               QStringLiteral("--previous"),
                               QDir(a).filePath(QStringLiteral("plan.json"))});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains("changes since") || run.out.contains("change since"),
             run.out.constData());
    const QString text = pdfText(QDir(b).filePath(QStringLiteral("plan.pdf")));
    QVERIFY2(text.contains(QLatin1String("5.1")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QLatin1String("app now goes")));
}

// A valid signature proves only that some key signed: the PDF calls a key trusted only against
// the keys given with --trust, and verify says when the approved plan is itself not ready.
void TestPlanCommand::signaturePageSaysWhetherKeysAreTrusted()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("plan"));
    const QString plan = QDir(dir).filePath(QStringLiteral("plan.json"));
    const QString alice = tmp.filePath(QStringLiteral("alice"));
    const QString mallory = tmp.filePath(QStringLiteral("mallory"));
    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir,
                     QStringLiteral("--no-pdf")})
                 .code,
             0);
    for (const QString &name : {alice, mallory})
        QCOMPARE(runCli({QStringLiteral("keygen"), QStringLiteral("-o"), name,
                         QStringLiteral("--no-passphrase")})
                     .code,
                 0);
    QCOMPARE(runCli({QStringLiteral("sign"), plan, QStringLiteral("--key"),
                     mallory + QStringLiteral(".key"), QStringLiteral("--signer"),
                     QStringLiteral("Mallory"), QStringLiteral("--role"), QStringLiteral("ceo")})
                 .code,
             0);

    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir}).code, 0);
    QString text = pdfText(QDir(dir).filePath(QStringLiteral("plan.pdf"))).simplified();
    QVERIFY2(text.contains(QLatin1String("not checked against a list of trusted keys")),
             qPrintable(text.right(1500)));
    QVERIFY(!text.contains(QLatin1String("valid, trusted key")));

    QCOMPARE(runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), dir,
                     QStringLiteral("--trust"), alice + QStringLiteral(".pub.pem")})
                 .code,
             0);
    text = pdfText(QDir(dir).filePath(QStringLiteral("plan.pdf"))).simplified();
    QVERIFY(text.contains(QLatin1String("valid, key not trusted")));
    QVERIFY(text.contains(QLatin1String("does not count")));

    // A plan that is not ready stays not ready however many sign it: verify says so.
    const QString shortWindow = revisedEstate(tmp.filePath(QStringLiteral("short.json")),
                                              "\"end\": \"2027-01-10T04:00\"",
                                              "\"end\": \"2027-01-09T23:00\"");
    const QString notReady = tmp.filePath(QStringLiteral("not-ready"));
    QCOMPARE(runCli({QStringLiteral("plan"), shortWindow, QStringLiteral("-o"), notReady,
                     QStringLiteral("--no-pdf")})
                 .code,
             1);
    const QString notReadyPlan = QDir(notReady).filePath(QStringLiteral("plan.json"));
    QCOMPARE(runCli({QStringLiteral("sign"), notReadyPlan, QStringLiteral("--key"),
                     alice + QStringLiteral(".key"), QStringLiteral("--signer"),
                     QStringLiteral("Alice"), QStringLiteral("--role"),
                     QStringLiteral("change-manager")})
                 .code,
             0);
    const CliRun verified = runCli({QStringLiteral("verify"), notReadyPlan});
    QCOMPARE(verified.code, 0);
    QVERIFY2(verified.out.contains("NOT ready for approval"), verified.out.constData());
}

// A plan of a saved project says where in the project's history it was computed (issue 19):
// the revision, when and by whom, in plan.json and on the PDF's cover; a plan of an estate file
// has no history and no such member (its bytes as they always were).
void TestPlanCommand::planRecordsTheHistoryPosition()
{
    QTemporaryDir tmp;
    const QString project = tmp.filePath(QStringLiteral("waves.uplan"));
    CliRun run = runCli({QStringLiteral("import"), threeWaves, QStringLiteral("-o"), project});
    QVERIFY2(run.code == 0, run.err.constData());
    run = runCli({QStringLiteral("history"), project, QStringLiteral("--json")});
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonArray history = QJsonDocument::fromJson(run.out).object().value(u"entries").toArray();
    QVERIFY2(!history.isEmpty(), run.out.constData());
    const QJsonObject last = history.last().toObject();

    const QString dir = tmp.filePath(QStringLiteral("plan"));
    run = runCli({QStringLiteral("plan"), project, QStringLiteral("-o"), dir});
    QVERIFY2(run.code == 0 || run.code == 1, run.err.constData());
    const QJsonObject plan = QJsonDocument::fromJson(
                                 readFile(QDir(dir).filePath(QStringLiteral("plan.json"))))
                                 .object();
    const QJsonObject position = plan.value(u"history").toObject();
    QCOMPARE(position.value(u"revision").toInteger(), last.value(u"revision").toInteger());
    QCOMPARE(position.value(u"savedBy").toString(), last.value(u"who").toString());
    QVERIFY(!position.value(u"savedBy").toString().isEmpty());
    const QDateTime at = QDateTime::fromString(last.value(u"at").toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    QCOMPARE(QDateTime::fromString(position.value(u"savedAt").toString(), Qt::ISODate),
             at.addMSecs(-at.time().msec()));
    QCOMPARE(position.value(u"unsavedChanges").toBool(true), false);
    const QString cover = pdfText(QDir(dir).filePath(QStringLiteral("plan.pdf")));
    QVERIFY2(cover.contains(
                 QStringLiteral("revision %1, saved").arg(position.value(u"revision").toInteger())),
             qPrintable(cover.left(3000)));

    // The estate file: no history member at all.
    const QString jsonDir = tmp.filePath(QStringLiteral("plan-json"));
    run = runCli({QStringLiteral("plan"), threeWaves, QStringLiteral("-o"), jsonDir});
    QVERIFY2(run.code == 0 || run.code == 1, run.err.constData());
    const QJsonObject fromJson = QJsonDocument::fromJson(
                                     readFile(QDir(jsonDir).filePath(QStringLiteral("plan.json"))))
                                     .object();
    QVERIFY(!fromJson.contains(u"history"));
    QVERIFY(pdfText(QDir(jsonDir).filePath(QStringLiteral("plan.pdf")))
                .contains(QLatin1String("none recorded")));
}

QTEST_GUILESS_MAIN(TestPlanCommand)
#include "tst_plancommand.moc"
