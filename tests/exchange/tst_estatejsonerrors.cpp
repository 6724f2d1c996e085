// SPDX-License-Identifier: GPL-3.0-or-later
// What the estate JSON reader refuses in the document, its format header and the inventory
// (components, project, sites, dependencies, catalog), and what it only warns about.
#include "EstateJsonCases.h"

#include "exchange/EstateJson.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

class tst_EstateJsonErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejects_data();
    void rejects();
    void warnsAboutUnknownFields_data();
    void warnsAboutUnknownFields();
    void warnsAboutWordsOutsideTheVocabulary();
};

void tst_EstateJsonErrors::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    // Not JSON, or not an estate.
    QTest::newRow("not json") << QByteArray("version: 1\n") << "line 1, column 1 (offset 0)"
                              << "not valid JSON";
    QTest::newRow("broken json line 3")
        << QByteArray("{\n  \"format\": 1,\n  oops\n}") << "line 3, column 3 (offset 19)"
        << "not valid JSON";
    QTest::newRow("empty input") << QByteArray() << "line 1, column 1 (offset 0)"
                                 << "not valid JSON";
    QTest::newRow("trailing comma")
        << QByteArray(R"({"format": 1,})") << "line 1, column 14 (offset 13)"
        << "expected a member name in quotes, found '}'";
    QTest::newRow("unterminated string")
        << QByteArray("{\"format\": \"upgrade") << "line 1, column 12 (offset 11)"
        << "never ends";
    QTest::newRow("raw newline in string")
        << QByteArray("{\"format\": \"a\nb\"}") << "line 1, column 14 (offset 13)"
        << "may not contain";
    QTest::newRow("bad escape") << QByteArray(R"({"format": "a\qb"})")
                                << "line 1, column 15 (offset 14)"
                                << "unknown escape \\q";
    QTest::newRow("second document") << QByteArray("{}\n{}") << "line 2, column 1 (offset 3)"
                                     << "after the end of the document";
    QTest::newRow("nested too deeply") << doc(("\"deep\": " + QByteArray(300, '[')).constData())
                                       << "line 1, column 321 (offset 320)"
                                       << "nested too deeply";
    QTest::newRow("top level array") << QByteArray("[]") << "top level"
                                     << "expected an object, found an array";
    QTest::newRow("format missing") << QByteArray(R"({"formatVersion": 1})") << "format"
                                    << "missing";
    QTest::newRow("format other") << QByteArray(R"({"format": "cyclonedx", "formatVersion": 1})")
                                  << "format"
                                  << "expected 'upgrade-planner-estate'";
    QTest::newRow("format version 2")
        << QByteArray(R"({"format": "upgrade-planner-estate", "formatVersion": 2})")
        << "formatVersion"
        << "unsupported format version 2";
    QTest::newRow("format version missing")
        << QByteArray(R"({"format": "upgrade-planner-estate"})") << "formatVersion"
        << "missing";
    QTest::newRow("format version text")
        << QByteArray(R"({"format": "upgrade-planner-estate", "formatVersion": "1"})")
        << "formatVersion"
        << "expected a whole number, found a string";

    // Components.
    QTest::newRow("components not array") << doc(R"("components": {})") << "components"
                                          << "expected an array, found an object";
    QTest::newRow("component not object") << doc(R"("components": ["pg"])") << "components[0]"
                                          << "expected an object, found a string";
    QTest::newRow("component id missing")
        << doc(R"("components": [{"kind": "os", "version": "9"}])") << "components[0].id"
        << "missing";
    QTest::newRow("component kind missing")
        << doc(R"("components": [{"id": "a", "version": "9"}])") << "components[0].kind"
        << "missing";
    QTest::newRow("component version missing")
        << doc(R"("components": [{"id": "a", "kind": "os"}])") << "components[0].version"
        << "missing";
    QTest::newRow("component version empty")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1"},
                  {"id": "b", "kind": "os", "version": "1"},
                  {"id": "c", "kind": "os", "version": "1"},
                  {"id": "d", "kind": "os", "version": ""}])")
        << "components[3].version"
        << "empty";
    QTest::newRow("component version bad")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "12/20"}])")
        << "components[0].version"
        << "unexpected character '/'";
    QTest::newRow("component version number")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": 12}])")
        << "components[0].version"
        << "expected a string, found a number";
    QTest::newRow("component target bad")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "8", "target": "9#"}])")
        << "components[0].target"
        << "unexpected character '#'";
    QTest::newRow("unknown kind") << doc(
        R"("components": [{"id": "a", "kind": "databse", "version": "1"}])")
                                  << "components[0].kind"
                                  << "unknown kind 'databse'";
    QTest::newRow("unknown criticality") << doc(
        R"("components": [{"id": "a", "kind": "os", "version": "1", "criticality": "urgent"}])")
                                         << "components[0].criticality"
                                         << "unknown criticality 'urgent'";
    QTest::newRow("id with space")
        << doc(R"("components": [{"id": "pg core", "kind": "os", "version": "1"}])")
        << "components[0].id"
        << "'pg core' is not a valid id";
    QTest::newRow("id empty") << doc(R"("components": [{"id": "", "kind": "os", "version": "1"}])")
                              << "components[0].id"
                              << "empty";
    QTest::newRow("duplicate component")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1"},
                  {"id": "b", "kind": "os", "version": "1"},
                  {"id": "a", "kind": "os", "version": "2"}])")
        << "components[2].id"
        << "duplicate id 'a' (first used at components[0])";
    QTest::newRow("member twice") << doc(
        R"("components": [{"id": "a", "kind": "os", "version": "1", "version": "2"}])")
                                  << "components[0].version"
                                  << "appears twice";
    QTest::newRow("name number") << doc(
        R"("components": [{"id": "a", "kind": "os", "version": "1", "name": 5}])")
                                 << "components[0].name"
                                 << "expected a string, found a number";
    QTest::newRow("reversible text")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1", "reversible": "no"}])")
        << "components[0].reversible"
        << "expected true or false, found a string";
    QTest::newRow("roles not array")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1", "roles": "dba"}])")
        << "components[0].roles"
        << "expected an array, found a string";
    QTest::newRow("role number") << doc(
        R"("components": [{"id": "a", "kind": "os", "version": "1", "roles": ["dba", 3]}])")
                                 << "components[0].roles[1]"
                                 << "expected a string, found a number";
    QTest::newRow("durations text")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1", "durations": "1h"}])")
        << "components[0].durations"
        << "expected an object, found a string";
    QTest::newRow("negative duration")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "durations": {"execute": -5}}])")
        << "components[0].durations.execute"
        << "-5 is negative";
    QTest::newRow("fractional duration")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "durations": {"verify": 1.5}}])")
        << "components[0].durations.verify"
        << "1.5 is not a whole number";
    QTest::newRow("fractional restore minutes")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "backup": {"restoreMinutes": 2.5}}])")
        << "components[0].backup.restoreMinutes"
        << "2.5 is not a whole number";
    QTest::newRow("restore test date")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "backup": {"lastRestoreTest": "2025-3-1"}}])")
        << "components[0].backup.lastRestoreTest"
        << "'2025-3-1' is not a date";
    QTest::newRow("impossible date")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "backup": {"lastRestoreTest": "2027-02-30"}}])")
        << "components[0].backup.lastRestoreTest"
        << "'2027-02-30' is not a date";

    // Project and sites.
    QTest::newRow("project not object") << doc(R"("project": [])") << "project"
                                        << "expected an object, found an array";
    QTest::newRow("project start")
        << doc(R"("project": {"start": "09.01.2027"})") << "project.start"
        << "is not a date of the form YYYY-MM-DD";
    QTest::newRow("negative decision")
        << doc(R"("project": {"decisionMinutes": -1})") << "project.decisionMinutes"
        << "-1 is negative";
    QTest::newRow("restore test limit zero")
        << doc(R"("project": {"restoreTestMaxDays": 0})") << "project.restoreTestMaxDays"
        << "0 is less than 1";
    QTest::newRow("restore test limit too long")
        << doc(R"("project": {"restoreTestMaxDays": 5000})") << "project.restoreTestMaxDays"
        << "5000 is too large (at most 3650)";
    QTest::newRow("site id missing") << doc(R"("sites": [{"name": "Frankfurt"}])") << "sites[0].id"
                                     << "missing";
    QTest::newRow("duplicate site")
        << doc(R"("sites": [{"id": "fra"}, {"id": "fra"}])") << "sites[1].id"
        << "duplicate id 'fra' (first used at sites[0])";

    // Dependencies.
    QTest::newRow("dependency from missing")
        << doc(R"("dependencies": [{"to": "a"}])") << "dependencies[0].from"
        << "missing";
    QTest::newRow("dependency to missing")
        << doc(R"("dependencies": [{"from": "a"}])") << "dependencies[0].to"
        << "missing";
    QTest::newRow("dependency from empty")
        << doc(R"("dependencies": [{"from": "", "to": "a"}])") << "dependencies[0].from"
        << "empty";
    QTest::newRow("dependency range") << doc(
        R"("dependencies": [{"from": "a", "to": "b"},
                                {"from": "a", "to": "b", "requires": ">=1 <"}])")
                                      << "dependencies[1].requires"
                                      << "operator '<' has no version";
    QTest::newRow("dependency range wildcard")
        << doc(R"("dependencies": [{"from": "a", "to": "b", "requires": "4.*.1"}])")
        << "dependencies[0].requires"
        << "a wildcard may only stand at the end";

    // Catalog.
    QTest::newRow("catalog product missing")
        << doc(R"("catalog": [{"releases": ["1"]}])") << "catalog[0].product"
        << "missing";
    QTest::newRow("catalog release bad")
        << doc(R"("catalog": [{"product": "p", "releases": ["1.0", "2.0!"]}])")
        << "catalog[0].releases[1]"
        << "unexpected character '!'";
    QTest::newRow("catalog stop bad")
        << doc(R"("catalog": [{"product": "p", "stops": [""]}])") << "catalog[0].stops[0]"
        << "empty";
    QTest::newRow("catalog when bad")
        << doc(R"("catalog": [{"product": "p", "when": ">="}])") << "catalog[0].when"
        << "operator '>=' has no version";
    QTest::newRow("catalog requires not object")
        << doc(R"("catalog": [{"product": "p", "when": "4.x", "requires": ">=11"}])")
        << "catalog[0].requires"
        << "expected an object, found a string";
    QTest::newRow("catalog requires range bad") << doc(
        R"("catalog": [{"product": "p", "when": "4.x", "requires": {"postgresql": "11 ||"}}])")
                                                << "catalog[0].requires.postgresql"
                                                << "empty alternative";
    QTest::newRow("catalog support cycle missing")
        << doc(R"("catalog": [{"product": "p"}, {"product": "q"},
                              {"product": "r", "support": [{"ends": "2024-11-21"}]}])")
        << "catalog[2].support[0].cycle"
        << "missing";
    QTest::newRow("catalog support cycle empty")
        << doc(R"("catalog": [{"product": "p", "support": [{"cycle": "", "ends": "2024-11-21"}]}])")
        << "catalog[0].support[0].cycle"
        << "empty";
    QTest::newRow("catalog support cycle number") << doc(R"("catalog": [{"product": "p",
                              "support": [{"cycle": 12, "ends": "2024-11-21"}]}])")
                                                  << "catalog[0].support[0].cycle"
                                                  << "expected a string, found a number";
    QTest::newRow("catalog support ends missing")
        << doc(R"("catalog": [{"product": "p", "support": [{"cycle": "12"}]}])")
        << "catalog[0].support[0].ends"
        << "missing";
    QTest::newRow("catalog support ends bad")
        << doc(R"("catalog": [{"product": "p", "support": [{"cycle": "12", "ends": "2024-11-21"},
                                                        {"cycle": "13", "ends": "2024-2-30"}]}])")
        << "catalog[0].support[1].ends"
        << "'2024-2-30' is not a date of the form YYYY-MM-DD";
    QTest::newRow("catalog support ends impossible") << doc(R"("catalog": [{"product": "p",
                              "support": [{"cycle": "12", "ends": "2024-02-30"}]}])")
                                                     << "catalog[0].support[0].ends"
                                                     << "is not a date";
    QTest::newRow("catalog support not array")
        << doc(R"("catalog": [{"product": "p", "support": {"cycle": "12", "ends": "2024-11-21"}}])")
        << "catalog[0].support"
        << "expected an array, found an object";
    QTest::newRow("catalog support item not object")
        << doc(R"("catalog": [{"product": "p", "support": ["12"]}])") << "catalog[0].support[0]"
        << "expected an object, found a string";
}

void tst_EstateJsonErrors::rejects()
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

void tst_EstateJsonErrors::warnsAboutUnknownFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    const QString ignored = QStringLiteral(": unknown field, ignored");
    QTest::newRow("top level") << doc(R"("colour": "blue")") << QStringList{"colour" + ignored};
    QTest::newRow("component") << doc(R"("components": [{"id": "a", "kind": "os", "version": "1"},
                                 {"id": "b", "kind": "os", "version": "1"},
                                 {"id": "c", "kind": "os", "version": "1", "colour": "red"}])")
                               << QStringList{"components[2].colour" + ignored};
    QTest::newRow("nested in component")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "durations": {"compile": 5}, "backup": {"where": "tape"}}])")
        << QStringList{"components[0].durations.compile" + ignored,
                       "components[0].backup.where" + ignored};
    QTest::newRow("every section")
        << doc(R"("project": {"budget": 1}, "sites": [{"id": "s", "city": "x"}],
                  "dependencies": [{"from": "a", "to": "b", "weight": 2}],
                  "catalog": [{"product": "p", "notes": "n",
                               "support": [{"cycle": "1", "ends": "2027-01-01", "eol": true}]}],
                  "windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T04:00",
                               "label": "l"}],
                  "freezes": [{"start": "2027-01-01", "end": "2027-01-01", "who": "cfo"}],
                  "processes": [{"id": "p", "owner": "o",
                                 "peak": [{"days": "Mon", "from": "08:00", "to": "09:00",
                                           "tz": "x"}]}],
                  "staff": [{"name": "A", "email": "e", "unavailable": [{"start": "2027-01-01",
                             "end": "2027-01-02", "why": "x"}]}],
                  "waivers": [{"conflict": "c", "who": "me"}],
                  "pins": [{"component": "a", "wave": 1, "why": "x"}],
                  "layout": {"zoom": 2, "positions": [{"id": "a", "x": 1, "y": 2, "z": 3}]})")
        << QStringList{"project.budget" + ignored,
                       "sites[0].city" + ignored,
                       "dependencies[0].weight" + ignored,
                       "catalog[0].notes" + ignored,
                       "catalog[0].support[0].eol" + ignored,
                       "windows[0].label" + ignored,
                       "freezes[0].who" + ignored,
                       "processes[0].owner" + ignored,
                       "processes[0].peak[0].tz" + ignored,
                       "staff[0].email" + ignored,
                       "staff[0].unavailable[0].why" + ignored,
                       "waivers[0].who" + ignored,
                       "pins[0].why" + ignored,
                       "layout.zoom" + ignored,
                       "layout.positions[0].z" + ignored};
    QTest::newRow("change records")
        << doc(R"("components": [{"id": "a", "kind": "os", "version": "1",
                                  "backup": {"takenAt": "nightly", "vault": "v"}}],
                  "processes": [{"id": "p", "category": "payment", "sla": "x"}],
                  "configuration": [{"component": "a", "kind": "parameter", "name": "n",
                                     "value": 1}],
                  "rollbacks": [{"component": "a", "owner": "x"}],
                  "pilots": [{"component": "a", "cost": 1}],
                  "acceptance": [{"id": "c", "severity": "x"}],
                  "messages": [{"id": "m", "when": "before", "channel": "mail"}],
                  "monitoring": [{"component": "a", "metric": "m", "alert": "x"}],
                  "executed": [{"component": "a", "by": "x",
                                "phases": {"prepare": {"start": "2027-01-09T22:00", "tz": "x"},
                                           "pause": {}},
                                "checks": [{"check": "c", "passed": true, "by": "x"}],
                                "issues": [{"text": "t", "ticket": "x"}]}],
                  "estimates": [{"kind": "os", "source": "x", "durations": {"wait": 1}}])")
        << QStringList{"components[0].backup.vault" + ignored,
                       "processes[0].sla" + ignored,
                       "configuration[0].value" + ignored,
                       "rollbacks[0].owner" + ignored,
                       "pilots[0].cost" + ignored,
                       "acceptance[0].severity" + ignored,
                       "messages[0].channel" + ignored,
                       "monitoring[0].alert" + ignored,
                       "executed[0].by" + ignored,
                       "executed[0].phases.pause" + ignored,
                       "executed[0].phases.prepare.tz" + ignored,
                       "executed[0].checks[0].by" + ignored,
                       "executed[0].issues[0].ticket" + ignored,
                       "estimates[0].source" + ignored,
                       "estimates[0].durations.wait" + ignored};
    QTest::newRow("odd key") << doc(R"("x.y": 1)") << QStringList{"[\"x.y\"]" + ignored};
}

void tst_EstateJsonErrors::warnsAboutUnknownFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, expected);
}

void tst_EstateJsonErrors::warnsAboutWordsOutsideTheVocabulary()
{
    // The project's reason and urgency were free text in the first files: a word outside the
    // vocabulary is kept, with a warning, and the file still reads.
    const QByteArray json = doc(R"("project": {"reason": "whim", "urgency": "asap"})");
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(read->project.reason, QStringLiteral("whim"));
    QCOMPARE(read->project.urgency, QStringLiteral("asap"));
    QCOMPARE(warnings.size(), 2);
    QCOMPARE(warnings[0], QStringLiteral("project.reason: 'whim' is not one of security bug "
                                         "compliance end-of-support performance feature hardware "
                                         "integration optional; kept as written"));
    QVERIFY2(warnings[1].startsWith(QStringLiteral("project.urgency: 'asap' is not one of "
                                                   "emergency urgent planned deferrable")),
             qPrintable(warnings[1]));
    warnings.clear();
    QVERIFY(readEstateJson(doc(R"("project": {"reason": "security", "urgency": "emergency"})"),
                           &warnings));
    QCOMPARE(warnings, QStringList());
}

QTEST_GUILESS_MAIN(tst_EstateJsonErrors)
#include "tst_estatejsonerrors.moc"
