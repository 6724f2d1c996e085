// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleFixtures.h"

#include "exchange/IcsCalendar.h"
#include "schedule/Scheduler.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_IcsCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void folding_data();
    void folding();
    void calendarLines();
    void calendarContent();
    void sameplanSameBytes();
    void vobjectAcceptsIt();
    void withoutTimeZone();

private:
    static Schedule threeWindows(Estate *estate);
};

void tst_IcsCalendar::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "pg-core 12.20 -> 13.16"
                           << "pg-core 12.20 -> 13.16";
    QTest::newRow("comma") << "a, b"
                           << "a\\, b";
    QTest::newRow("semicolon") << "a; b"
                               << "a\\; b";
    QTest::newRow("backslash") << "C:\\temp"
                               << "C:\\\\temp";
    QTest::newRow("newline") << "one\ntwo"
                             << "one\\ntwo";
    QTest::newRow("crlf") << "one\r\ntwo"
                          << "one\\ntwo";
    QTest::newRow("colon stays") << "start 22:00"
                                 << "start 22:00";
}

void tst_IcsCalendar::escaping()
{
    QFETCH(QString, text);
    QTEST(escapeIcsText(text), "escaped");
}

void tst_IcsCalendar::folding_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("short") << QByteArray("SUMMARY:short");
    QTest::newRow("exactly 75") << QByteArray("DESCRIPTION:").append(QByteArray(63, 'x'));
    QTest::newRow("76") << QByteArray("DESCRIPTION:").append(QByteArray(64, 'x'));
    QTest::newRow("long ascii") << QByteArray("DESCRIPTION:").append(QByteArray(400, 'y'));
    // Two-, three- and four-byte characters around every cut position.
    QTest::newRow("umlauts") << (QStringLiteral("DESCRIPTION:") + QString(200, u'ü')).toUtf8();
    QTest::newRow("euro x") << (QStringLiteral("DESCRIPTION:x") + QString(100, u'€')).toUtf8();
    QTest::newRow("emoji") << (QStringLiteral("SUMMARY:") + QString::fromUtf8("🚀").repeated(60))
                                  .toUtf8();
}

void tst_IcsCalendar::folding()
{
    QFETCH(QByteArray, line);
    const QByteArray folded = foldIcsLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    for (int i = 0; i < physical.size(); ++i) {
        QByteArray l = physical[i];
        if (i + 1 < physical.size()) {
            QVERIFY(l.endsWith('\r'));
            l.chop(1);
        }
        QVERIFY2(l.size() <= 75, l.constData());
        if (i > 0) {
            QVERIFY(l.startsWith(' '));
            QVERIFY(l.size() > 1);
            QVERIFY2((uchar(l.at(1)) & 0xC0) != 0x80, "a UTF-8 character was split");
        }
        QVERIFY(QString::fromUtf8(l).toUtf8() == l); // every piece is valid UTF-8 by itself
    }
    // Unfolding (remove CRLF + space) gives the line back.
    QCOMPARE(folded.chopped(2).replace("\r\n ", ""), line);
}

Schedule tst_IcsCalendar::threeWindows(Estate *estate)
{
    // a in January (CET), b in July (CEST), c on the night the clocks go back in October.
    Estate e = berlinEstate();
    e.project.name = QStringLiteral("Core banking, phase 2; Zürich");
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.appendComponent(component("b", 30, 30, 60, 30, 90));
    e.appendComponent(component("c", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00")
              << window("summer", "2027-07-10T22:00", "2027-07-11T04:00")
              << window("dst", "2027-10-30T22:00", "2027-10-31T04:00");
    UpgradePlan plan;
    plan.steps << step("a", 1) << step("b", 2) << step("c", 3);
    *estate = e;
    return scheduleUpgrade(e, plan);
}

void tst_IcsCalendar::calendarLines()
{
    Estate e;
    const QByteArray ics = writeIcs(e, threeWindows(&e));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\n\n"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n")); // no bare LF
    QCOMPARE(ics.count('\r'), ics.count("\r\n")); // no bare CR
    bool folded = false;
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded); // the descriptions are long enough to need it
}

void tst_IcsCalendar::calendarContent()
{
    Estate e;
    const Schedule s = threeWindows(&e);
    QCOMPARE(s.windowsUsed, 3);
    const QByteArray ics = writeIcs(e, s);
    const QByteArray unfolded = QByteArray(ics).replace("\r\n ", "");
    const QList<QByteArray> lines = unfolded.split('\n');
    const auto has = [&lines](const char *text) { return lines.contains(QByteArray(text) + '\r'); };
    QVERIFY(has("VERSION:2.0"));
    QVERIFY(has("PRODID:-//Upgrade Planner//Upgrade Planner//EN"));
    QVERIFY(has("X-WR-CALNAME:Core banking\\, phase 2\\; Zürich: upgrade windows"));
    QCOMPARE(unfolded.count("BEGIN:VEVENT"), 3);
    QVERIFY(has("UID:sat-20270109@upgrade-planner"));
    QVERIFY(has("UID:summer-20270710@upgrade-planner"));
    QVERIFY(has("DTSTAMP:20270104T000000Z"));
    QVERIFY(has("DTSTART;TZID=Europe/Berlin:20270109T220000"));
    QVERIFY(has("DTEND;TZID=Europe/Berlin:20270110T040000"));
    QVERIFY(has("SUMMARY:Upgrade window sat: 1 step"));
    // The time zone: daylight time from the last Sunday of March at 02:00, standard time from
    // the last Sunday of October at 03:00, as yearly rules.
    QVERIFY(has("TZID:Europe/Berlin"));
    QVERIFY(has("TZOFFSETFROM:+0100"));
    QVERIFY(has("TZOFFSETTO:+0200"));
    QVERIFY(has("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    QVERIFY(has("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    QVERIFY(has("DTSTART:20260329T020000"));
    QVERIFY(has("DTSTART:20251026T030000"));
    // The steps in the description, with commas escaped.
    QVERIFY(unfolded.contains("DESCRIPTION:Maintenance window sat\\, 2027-01-09 22:00 to "
                              "2027-01-10 04:00.\\na 1.0 -> 2.0: start 2027-01-09 22:00\\, "
                              "point of no return 2027-01-10 02:30\\n"));
}

void tst_IcsCalendar::sameplanSameBytes()
{
    Estate e;
    const Schedule s = threeWindows(&e);
    QCOMPARE(writeIcs(e, s), writeIcs(e, threeWindows(&e)));
}

void tst_IcsCalendar::vobjectAcceptsIt()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("no /usr/bin/python3");
    Estate e;
    const Schedule s = threeWindows(&e);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeIcs(e, s));
    file.close();

    QProcess process;
    process.start(python, {QStringLiteral(UPLAN_SOURCE_DIR "/tests/schedule/check_ics.py"), path,
                           QStringLiteral("--events"), QStringLiteral("3"),
                           QStringLiteral("--summary"), QStringLiteral("Upgrade window"),
                           QStringLiteral("--tzid"), QStringLiteral("Europe/Berlin"),
                           QStringLiteral("--start-utc"), QStringLiteral("2027-01-09T21:00"),
                           QStringLiteral("2027-07-10T20:00"), QStringLiteral("2027-10-30T20:00"),
                           QStringLiteral("--end-utc"), QStringLiteral("2027-01-10T03:00"),
                           QStringLiteral("2027-07-11T02:00"), QStringLiteral("2027-10-31T03:00")});
    QVERIFY(process.waitForFinished(60000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    if (process.exitCode() == 77)
        QSKIP("python3-vobject is not installed");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             output.constData());
}

void tst_IcsCalendar::withoutTimeZone()
{
    Estate e = berlinEstate();
    e.project.timezone.clear();
    e.appendComponent(component("a", 30, 30, 60, 30, 90));
    e.windows << window("sat", "2027-01-09T22:00", "2027-01-10T04:00");
    UpgradePlan plan;
    plan.steps << step("a");
    const QByteArray ics = writeIcs(e, scheduleUpgrade(e, plan));
    QVERIFY(!ics.contains("VTIMEZONE"));
    QVERIFY(ics.contains("\r\nDTSTART:20270109T220000\r\n")); // floating local time
}

QTEST_GUILESS_MAIN(tst_IcsCalendar)
#include "tst_icscalendar.moc"
