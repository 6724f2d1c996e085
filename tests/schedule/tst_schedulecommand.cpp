// SPDX-License-Identifier: GPL-3.0-or-later
// `upgrade-planner schedule` and `export --format ics` as users' scripts see them, run through
// the built executable on the sample estate (resources/sample-estate.json).

#include "../cli/CliRunner.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class tst_ScheduleCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonContract();
    void textAndExitCode();
    void icsExport();
    void unschedulableExitsOne();
};

namespace {

using Run = planner::test::CliRun;

using planner::test::runCli;

const QString sample = QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
const QRegularExpression timeFormat(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d$"));

} // namespace

void tst_ScheduleCommand::jsonContract()
{
    const Run run = runCli({QStringLiteral("schedule"), sample, QStringLiteral("--json")});
    QVERIFY2(run.code == 0 || run.code == 1, run.err.constData());
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray steps = o.value("steps").toArray();
    QVERIFY(!steps.isEmpty());
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        for (const char *key : {"component", "from", "to", "window"})
            QVERIFY2(!s.value(QLatin1String(key)).toString().isEmpty(), key);
        for (const char *key : {"start", "end", "pointOfNoReturn", "rollbackEnd"})
            QVERIFY2(timeFormat.match(s.value(QLatin1String(key)).toString()).hasMatch(), key);
        // Order of the moments of a step: start, end, then the rollback that ends by the point
        // of no return's reserve later.
        QVERIFY(s.value("start").toString() < s.value("end").toString());
        QVERIFY(s.value("end").toString() < s.value("rollbackEnd").toString());
    }
    for (const QJsonValue &v : o.value("unscheduled").toArray()) {
        QVERIFY(!v.toObject().value("component").toString().isEmpty());
        QVERIFY(!v.toObject().value("reason").toString().isEmpty());
    }
    QVERIFY(o.value("windowsUsed").toInt() > 0);
    QVERIFY(timeFormat.match(o.value("finish").toString()).hasMatch());
    QCOMPARE(run.code, o.value("unscheduled").toArray().isEmpty() ? 0 : 1);
}

void tst_ScheduleCommand::textAndExitCode()
{
    const Run run = runCli({QStringLiteral("schedule"), sample});
    QVERIFY2(run.code == 0 || run.code == 1, run.err.constData());
    QVERIFY(run.out.contains("point of no return"));
    QVERIFY(run.out.contains("if every step rolls back"));
    QCOMPARE(runCli({QStringLiteral("schedule")}).code, 2);
    QCOMPARE(runCli({QStringLiteral("schedule"), QStringLiteral("missing.json")}).code, 2);
}

void tst_ScheduleCommand::icsExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    const Run run = runCli({QStringLiteral("export"), sample, QStringLiteral("--format"),
                            QStringLiteral("ics"), QStringLiteral("-o"), path});
    QVERIFY2(run.code == 0, run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const int events = int(ics.count("BEGIN:VEVENT"));
    QVERIFY(events > 0);

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(UPLAN_SOURCE_DIR "/tests/schedule/check_ics.py"), path,
                  QStringLiteral("--events"), QString::number(events), QStringLiteral("--summary"),
                  QStringLiteral("Upgrade window"), QStringLiteral("--tzid"),
                  QStringLiteral("Europe/Berlin")});
    if (!python.waitForStarted())
        QSKIP("no /usr/bin/python3");
    QVERIFY(python.waitForFinished(60000));
    if (python.exitCode() == 77)
        QSKIP("python3-vobject is not installed");
    QVERIFY2(python.exitCode() == 0, python.readAllStandardOutput().constData());
}

void tst_ScheduleCommand::unschedulableExitsOne()
{
    // One upgrade needing 5 h 15 min with its rollback, one 4-hour window.
    const QByteArray estate = R"({
  "format": "upgrade-planner-estate", "formatVersion": 1,
  "project": { "name": "Tiny", "timezone": "Europe/Berlin", "start": "2027-01-04" },
  "components": [
    { "id": "app", "kind": "application", "product": "app", "version": "1.0", "target": "2.0",
      "durations": { "prepare": 30, "backup": 30, "execute": 120, "verify": 60, "rollback": 60 } }
  ],
  "windows": [ { "id": "sat", "start": "2027-01-09T22:00", "end": "2027-01-10T02:00" } ]
})";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiny.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(estate);
    file.close();
    const Run run = runCli({QStringLiteral("schedule"), path, QStringLiteral("--json")});
    QCOMPARE(run.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject u = o.value("unscheduled").toArray().first().toObject();
    QCOMPARE(u.value("component").toString(), QStringLiteral("app"));
    QCOMPARE(u.value("reason").toString(),
             QStringLiteral("longest window is 4 h (sat Sat 2027-01-09 22:00), the step needs "
                            "5 h 15 min with rollback"));
    const QJsonObject closest = u.value("closest").toObject();
    QCOMPARE(closest.value("occurrence").toString(), QStringLiteral("sat-20270109"));
    QCOMPARE(closest.value("cause").toString(), QStringLiteral("duration"));
    QVERIFY(o.value("finish").isNull());
}

QTEST_GUILESS_MAIN(tst_ScheduleCommand)
#include "tst_schedulecommand.moc"
