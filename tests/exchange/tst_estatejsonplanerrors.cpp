// SPDX-License-Identifier: GPL-3.0-or-later
// What the estate JSON reader refuses in the planning sections: the calendar, processes, staff,
// waivers, pins, layout and change records; the calendar rules shared with every door.
#include "CalendarCases.h"
#include "EstateJsonCases.h"

#include "exchange/EstateJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_EstateJsonPlanErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejects_data();
    void rejects();
    void sameCalendarRulesAsEveryDoor_data();
    void sameCalendarRulesAsEveryDoor();
};

void tst_EstateJsonPlanErrors::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    // Windows.
    QTest::newRow("window id missing")
        << doc(R"("windows": [{"start": "2027-01-09T22:00", "end": "2027-01-10T04:00"}])")
        << "windows[0].id"
        << "missing";
    QTest::newRow("window start missing")
        << doc(R"("windows": [{"id": "w", "end": "2027-01-10T04:00"}])") << "windows[0].start"
        << "missing";
    QTest::newRow("window end missing")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-10T04:00"}])") << "windows[0].end"
        << "missing";
    QTest::newRow("window time with space")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09 22:00", "end": "2027-01-10T04:00"}])")
        << "windows[0].start"
        << "is not a local time of the form YYYY-MM-DDTHH:MM";
    QTest::newRow("window time with seconds") << doc(
        R"("windows": [{"id": "w", "start": "2027-01-09T22:00:00", "end": "2027-01-10T04:00"}])")
                                              << "windows[0].start"
                                              << "is not a local time";
    QTest::newRow("window hour 24")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-09T24:00"}])")
        << "windows[0].end"
        << "is not a local time";
    QTest::newRow("window ends before start")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-09T04:00"}])")
        << "windows[0].end"
        << "ends (2027-01-09T04:00) before it starts "
           "(2027-01-09T22:00)";
    QTest::newRow("window without length")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-09T22:00"}])")
        << "windows[0].end"
        << "ends when it starts";
    QTest::newRow("window repeat zero")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                               "repeatWeekly": 0}])")
        << "windows[0].repeatWeekly"
        << "weekly repeats must be from 1 to 10000, not 0";
    QTest::newRow("window parallel negative")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                               "parallel": -1}])")
        << "windows[0].parallel"
        << "parallel steps must be from 1 to 10000, not -1";
    QTest::newRow("duplicate window") << doc(R"("windows": [
                      {"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00"},
                      {"id": "w", "start": "2027-01-16T22:00", "end": "2027-01-17T04:00"}])")
                                      << "windows[1].id"
                                      << "duplicate id 'w' (first used at windows[0])";
    QTest::newRow("window id empty")
        << doc(R"("windows": [{"id": "", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00"}])")
        << "windows[0].id"
        << "the window needs an id";
    QTest::newRow("window id with space")
        << doc(R"("windows": [{"id": "sat night", "start": "2027-01-09T22:00",
                               "end": "2027-01-10T04:00"}])")
        << "windows[0].id"
        << "'sat night' is not a valid id";
    QTest::newRow("window repeats too many")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                               "repeatWeekly": 10001}])")
        << "windows[0].repeatWeekly"
        << "weekly repeats must be from 1 to 10000, not 10001";
    QTest::newRow("window repeat fractional")
        << doc(R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                               "repeatWeekly": 1.5}])")
        << "windows[0].repeatWeekly"
        << "1.5 is not a whole number";

    // Freezes, processes, staff.
    QTest::newRow("freeze ends before start")
        << doc(R"("freezes": [{"start": "2027-04-05", "end": "2027-03-25"}])") << "freezes[0].end"
        << "the last day (2027-03-25) lies before the first (2027-04-05)";
    QTest::newRow("freeze start bad")
        << doc(R"("freezes": [{"start": "tomorrow", "end": "2027-03-25"}])") << "freezes[0].start"
        << "'tomorrow' is not a date";
    QTest::newRow("process id missing")
        << doc(R"("processes": [{"name": "Payments"}])") << "processes[0].id"
        << "missing";
    QTest::newRow("duplicate process")
        << doc(R"("processes": [{"id": "p"}, {"id": "p"}])") << "processes[1].id"
        << "duplicate id 'p' (first used at processes[0])";
    QTest::newRow("process id empty") << doc(R"("processes": [{"id": ""}])") << "processes[0].id"
                                      << "the process needs an id";
    QTest::newRow("process uses empty")
        << doc(R"("processes": [{"id": "p", "uses": ["a", " "]}])") << "processes[0].uses[1]"
        << "an empty component id";
    QTest::newRow("process criticality")
        << doc(R"("processes": [{"id": "p", "criticality": "vital"}])")
        << "processes[0].criticality"
        << "unknown criticality";
    QTest::newRow("process uses text")
        << doc(R"("processes": [{"id": "p", "uses": "ledger"}])") << "processes[0].uses"
        << "expected an array";
    QTest::newRow("peak days") << doc(
        R"("processes": [{"id": "p",
                             "peak": [{"days": "Mon-Fry", "from": "08:00", "to": "18:00"}]}])")
                               << "processes[0].peak[0].days"
                               << "'Mon-Fry' is not a list of week days";
    QTest::newRow("peak from") << doc(
        R"("processes": [{"id": "p", "peak": [{"days": "Mon", "from": "8:00", "to": "18:00"}]}])")
                               << "processes[0].peak[0].from"
                               << "'8:00' is not a time of day of the form HH:MM";
    QTest::newRow("peak to") << doc(
        R"("processes": [{"id": "p", "peak": [{"days": "Mon", "from": "08:00", "to": "25:00"}]}])")
                             << "processes[0].peak[0].to"
                             << "'25:00' is not a time of day";
    QTest::newRow("peak empty") << doc(
        R"("processes": [{"id": "p", "peak": [{"days": "Mon", "from": "08:00", "to": "08:00"}]}])")
                                << "processes[0].peak[0].to"
                                << "ends when it starts";
    QTest::newRow("peak days missing")
        << doc(R"("processes": [{"id": "p", "peak": [{"from": "08:00", "to": "09:00"}]}])")
        << "processes[0].peak[0].days"
        << "missing";
    QTest::newRow("staff name missing")
        << doc(R"("staff": [{"roles": ["dba"]}])") << "staff[0].name"
        << "missing";
    QTest::newRow("staff name empty") << doc(R"("staff": [{"name": " "}])") << "staff[0].name"
                                      << "the person needs a name";
    QTest::newRow("staff role empty")
        << doc(R"("staff": [{"name": "A", "roles": ["dba", ""]}])") << "staff[0].roles[1]"
        << "an empty role";
    QTest::newRow("unavailable ends before start") << doc(
        R"("staff": [{"name": "A",
                         "unavailable": [{"start": "2027-01-20", "end": "2027-01-15"}]}])")
                                                   << "staff[0].unavailable[0].end"
                                                   << "the last day (2027-01-15) lies before "
                                                      "the first (2027-01-20)";

    // Additions: waivers and layout.
    QTest::newRow("waiver conflict missing")
        << doc(R"("waivers": [{"reason": "r"}])") << "waivers[0].conflict"
        << "missing";
    QTest::newRow("waiver expires bad")
        << doc(R"("waivers": [{"conflict": "c", "expires": "2027-13-01"}])") << "waivers[0].expires"
        << "is not a date";
    QTest::newRow("pin component missing") << doc(R"("pins": [{"wave": 1}])") << "pins[0].component"
                                           << "missing";
    QTest::newRow("pin wave negative")
        << doc(R"("pins": [{"component": "a", "wave": -2}])") << "pins[0].wave"
        << "-2 is negative";
    QTest::newRow("pin after empty")
        << doc(R"("pins": [{"component": "a", "after": ""}])") << "pins[0].after"
        << "empty";
    QTest::newRow("layout position fractional")
        << doc(R"("layout": {"positions": [{"id": "a", "x": 1.25, "y": 0}]})")
        << "layout.positions[0].x"
        << "1.25 is not a whole number";
    QTest::newRow("layout position text")
        << doc(R"("layout": {"positions": [{"id": "a", "x": 1, "y": "2"}]})")
        << "layout.positions[0].y"
        << "expected a whole number, found a string";
    QTest::newRow("layout duplicate") << doc(
        R"("layout": {"positions": [{"id": "a", "x": 1, "y": 2}, {"id": "a", "x": 3, "y": 4}]})")
                                      << "layout.positions[1].id"
                                      << "duplicate id 'a'";

    // Additions of the change records: backups and processes.
    QTest::newRow("backup point unknown")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "backup": {"takenAt": "weekly"}}])")
        << "components[0].backup.takenAt"
        << "unknown backup point 'weekly' (known: before-step before-window nightly continuous)";
    QTest::newRow("retention negative")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "backup": {"retentionDays": -7}}])")
        << "components[0].backup.retentionDays"
        << "-7 is negative";
    QTest::newRow("process category unknown")
        << doc(R"("processes": [{"id": "p", "category": "banking"}])") << "processes[0].category"
        << "unknown process category 'banking' (known: emergency payment production-control "
           "public-service)";
    QTest::newRow("process outage negative")
        << doc(R"("processes": [{"id": "p", "maxOutageMinutes": -1}])")
        << "processes[0].maxOutageMinutes"
        << "the longest outage cannot be negative (-1 minutes)";
    QTest::newRow("process external text")
        << doc(R"("processes": [{"id": "p", "externalCustomers": "yes"}])")
        << "processes[0].externalCustomers"
        << "expected true or false, found a string";
    QTest::newRow("process user group empty")
        << doc(R"("processes": [{"id": "p", "userGroups": ["tellers", ""]}])")
        << "processes[0].userGroups[1]"
        << "an empty user group";

    // Configuration, rollbacks, pilots.
    QTest::newRow("configuration kind unknown")
        << doc(R"("configuration": [{"component": "a", "kind": "setting", "name": "n"}])")
        << "configuration[0].kind"
        << "unknown configuration kind 'setting' (known: parameter routing-rule";
    QTest::newRow("configuration kind missing")
        << doc(R"("configuration": [{"component": "a", "name": "n"}])") << "configuration[0].kind"
        << "missing";
    QTest::newRow("configuration name missing")
        << doc(R"("configuration": [{"component": "a", "kind": "parameter"}])")
        << "configuration[0].name"
        << "missing";
    QTest::newRow("configuration component missing")
        << doc(R"("configuration": [{"kind": "parameter", "name": "n"}])")
        << "configuration[0].component"
        << "missing";
    QTest::newRow("certificate expiry bad")
        << doc(R"("configuration": [{"component": "a", "kind": "certificate", "name": "n",
                                     "expires": "2027-02-30"}])")
        << "configuration[0].expires"
        << "'2027-02-30' is not a date";
    QTest::newRow("rollback minutes negative")
        << doc(R"("rollbacks": [{"component": "a"}, {"component": "b", "minutes": -30}])")
        << "rollbacks[1].minutes"
        << "-30 is negative";
    QTest::newRow("rollback trigger empty")
        << doc(R"("rollbacks": [{"component": "a", "triggers": [""]}])")
        << "rollbacks[0].triggers[0]"
        << "empty";
    QTest::newRow("rollback forward only text")
        << doc(R"("rollbacks": [{"component": "a", "forwardOnly": 1}])")
        << "rollbacks[0].forwardOnly"
        << "expected true or false, found a number";
    QTest::newRow("pilot date bad")
        << doc(R"("pilots": [{"component": "a", "date": "03.12.2026"}])") << "pilots[0].date"
        << "is not a date of the form YYYY-MM-DD";
    QTest::newRow("pilot devices not array")
        << doc(R"("pilots": [{"component": "a", "devices": "pc-1"}])") << "pilots[0].devices"
        << "expected an array, found a string";

    // Acceptance checks and messages.
    QTest::newRow("acceptance id missing")
        << doc(R"("acceptance": [{"component": "a"}])") << "acceptance[0].id"
        << "missing";
    QTest::newRow("acceptance id bad")
        << doc(R"("acceptance": [{"id": "log in"}])") << "acceptance[0].id"
        << "'log in' is not a valid id";
    QTest::newRow("acceptance duplicate id")
        << doc(R"("acceptance": [{"id": "login"}, {"id": "logs"}, {"id": "login"}])")
        << "acceptance[2].id"
        << "duplicate id 'login' (first used at acceptance[0])";
    QTest::newRow("acceptance window empty")
        << doc(R"("acceptance": [{"id": "c", "window": ""}])") << "acceptance[0].window"
        << "empty";
    QTest::newRow("acceptance core text")
        << doc(R"("acceptance": [{"id": "c", "core": "yes"}])") << "acceptance[0].core"
        << "expected true or false";
    QTest::newRow("message when missing")
        << doc(R"("messages": [{"id": "m"}])") << "messages[0].when"
        << "missing";
    QTest::newRow("message when unknown")
        << doc(R"("messages": [{"id": "m", "when": "during"}])") << "messages[0].when"
        << "unknown time of sending 'during' (known: before after)";
    QTest::newRow("message hours negative")
        << doc(R"("messages": [{"id": "m", "when": "before", "hours": -2}])") << "messages[0].hours"
        << "-2 is negative";
    QTest::newRow("message duplicate id")
        << doc(R"("messages": [{"id": "m", "when": "before"}, {"id": "m", "when": "after"}])")
        << "messages[1].id"
        << "duplicate id 'm' (first used at messages[0])";

    // Monitoring, the upgrade record, estimates.
    QTest::newRow("monitoring metric missing")
        << doc(R"("monitoring": [{"component": "a"}])") << "monitoring[0].metric"
        << "missing";
    QTest::newRow("monitoring hours zero")
        << doc(R"("monitoring": [{"component": "a", "metric": "m", "hours": 0}])")
        << "monitoring[0].hours"
        << "0 is less than 1";
    QTest::newRow("monitoring hours negative")
        << doc(R"("monitoring": [{"component": "a", "metric": "m", "hours": -24}])")
        << "monitoring[0].hours"
        << "-24 is negative";
    QTest::newRow("executed component missing")
        << doc(R"("executed": [{"to": "2"}])") << "executed[0].component"
        << "missing";
    QTest::newRow("executed rollback unknown")
        << doc(R"("executed": [{"component": "a", "rollback": "half"}])") << "executed[0].rollback"
        << "unknown rollback status 'half' (known: none partial full)";
    QTest::newRow("executed phases not object")
        << doc(R"("executed": [{"component": "a", "phases": []}])") << "executed[0].phases"
        << "expected an object, found an array";
    QTest::newRow("executed phase time bad")
        << doc(R"("executed": [{"component": "a",
                                "phases": {"execute": {"start": "2027-01-09 23:10"}}}])")
        << "executed[0].phases.execute.start"
        << "'2027-01-09 23:10' is not a local time of the form YYYY-MM-DDTHH:MM";
    QTest::newRow("executed phase with seconds") << doc(R"("executed": [{"component": "a",
                                "phases": {"verify": {"end": "2027-01-09T23:10:00"}}}])")
                                                 << "executed[0].phases.verify.end"
                                                 << "is not a local time";
    QTest::newRow("executed phase ends before start")
        << doc(R"("executed": [{"component": "a", "phases": {"backup":
                    {"start": "2027-01-09T23:10", "end": "2027-01-09T22:50"}}}])")
        << "executed[0].phases.backup.end"
        << "the phase ends (2027-01-09T22:50) before it starts (2027-01-09T23:10)";
    QTest::newRow("executed check passed missing")
        << doc(R"("executed": [{"component": "a", "checks": [{"check": "login"}]}])")
        << "executed[0].checks[0].passed"
        << "missing";
    QTest::newRow("executed check id missing")
        << doc(R"("executed": [{"component": "a", "checks": [{"passed": true}]}])")
        << "executed[0].checks[0].check"
        << "missing";
    QTest::newRow("executed issue text empty")
        << doc(R"("executed": [{"component": "a", "issues": [{"text": ""}]}])")
        << "executed[0].issues[0].text"
        << "empty";
    QTest::newRow("executed follow-up number")
        << doc(R"("executed": [{"component": "a", "followUps": [3]}])")
        << "executed[0].followUps[0]"
        << "expected a string, found a number";
    QTest::newRow("estimate kind unknown")
        << doc(R"("estimates": [{"kind": "mainframe"}])") << "estimates[0].kind"
        << "unknown kind 'mainframe'";
    QTest::newRow("estimate kind twice")
        << doc(R"("estimates": [{"kind": "os"}, {"kind": "database"}, {"kind": "os"}])")
        << "estimates[2].kind"
        << "a second estimate for 'os' (first at estimates[0])";
    QTest::newRow("estimate minutes negative")
        << doc(R"("estimates": [{"kind": "os", "durations": {"execute": -10}}])")
        << "estimates[0].durations.execute"
        << "-10 is negative";
    QTest::newRow("estimate minutes fractional")
        << doc(R"("estimates": [{"kind": "os", "durations": {"verify": 2.5}}])")
        << "estimates[0].durations.verify"
        << "2.5 is not a whole number";
    QTest::newRow("records section not array")
        << doc(R"("rollbacks": {"component": "a"})") << "rollbacks"
        << "expected an array, found an object";
}

void tst_EstateJsonPlanErrors::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(!read, "the document was accepted");
    QCOMPARE(read.error().where, where);
    QVERIFY2(read.error().what.contains(messagePart), qPrintable(read.error().text()));
}

void tst_EstateJsonPlanErrors::sameCalendarRulesAsEveryDoor_data()
{
    QTest::addColumn<int>("index");
    const QList<testsupport::CalendarCase> cases = testsupport::calendarCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

// The calendars of CalendarCases.h, written as an estate file with one process `p`: accepted as
// the calendar editor and the project file accept them (tst_calendareditor, tst_projectfile),
// or refused with the same words at the path of the field concerned.
void tst_EstateJsonPlanErrors::sameCalendarRulesAsEveryDoor()
{
    QFETCH(int, index);
    const testsupport::CalendarCase c = testsupport::calendarCases().at(index);
    const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm");
    QJsonArray windows, freezes, peaks;
    for (const MaintenanceWindow &w : c.windows)
        windows.append(QJsonObject{{"id", w.id},
                                   {"start", w.start.toString(iso)},
                                   {"end", w.end.toString(iso)},
                                   {"repeatWeekly", w.repeatWeekly},
                                   {"parallel", w.parallel}});
    for (const Freeze &f : c.freezes)
        freezes.append(QJsonObject{{"start", f.days.start.toString(Qt::ISODate)},
                                   {"end", f.days.end.toString(Qt::ISODate)},
                                   {"reason", f.reason}});
    for (const Peak &p : c.peaks)
        peaks.append(QJsonObject{{"days", daysText(p.days)},
                                 {"from", p.from.toString(u"HH:mm")},
                                 {"to", p.to.toString(u"HH:mm")}});
    const QJsonObject document{{"format", "upgrade-planner-estate"},
                               {"formatVersion", 1},
                               {"windows", windows},
                               {"freezes", freezes},
                               {"processes", QJsonArray{QJsonObject{{"id", "p"}, {"peak", peaks}}}}};
    const auto read = readEstateJson(QJsonDocument(document).toJson());

    if (c.accepted()) {
        QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
        QCOMPARE(read->windows, c.windows);
        QCOMPARE(read->freezes, c.freezes);
        QCOMPARE(read->processes.at(0).peaks, c.peaks);
        return;
    }
    QVERIFY2(!read, "the document was accepted");
    const QString section = QString::fromUtf8(c.section);
    const QString items = section == QLatin1String("peaks") ? QStringLiteral("processes[0].peak")
                                                            : section;
    QCOMPARE(read.error().where, QStringLiteral("%1[%2].%3").arg(items).arg(c.item).arg(c.field));
    QCOMPARE(read.error().what, c.what(items + QStringLiteral("[0]")));
}

QTEST_GUILESS_MAIN(tst_EstateJsonPlanErrors)
#include "tst_estatejsonplanerrors.moc"
