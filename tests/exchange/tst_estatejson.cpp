// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCases.h"

#include "exchange/EstateJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace planner;

namespace {

// The file's bytes; empty when it cannot be read (the caller's check then names it).
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray samplePath()
{
    return UPLAN_RESOURCES_DIR "/sample-estate.json";
}

QByteArray fullEstatePath()
{
    return UPLAN_SOURCE_DIR "/tests/exchange/data/full-estate.json";
}

// A document with the format header and the given members after it.
QByteArray doc(const char *members = "")
{
    QByteArray out = R"({"format": "upgrade-planner-estate", "formatVersion": 1)";
    if (*members)
        out += ", ";
    out += members;
    out += '}';
    return out;
}

QDateTime wallClock(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

} // namespace

class tst_EstateJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryField();
    void readsEveryChangeRecord();
    void roundTrip_data();
    void roundTrip();
    void roundTripBuiltEstate();
    void roundTripOfChangeRecords();
    void writerLeavesOutAbsentFields();
    void rejects_data();
    void rejects();
    void sameCalendarRulesAsEveryDoor_data();
    void sameCalendarRulesAsEveryDoor();
    void warnsAboutUnknownFields_data();
    void warnsAboutUnknownFields();
    void unknownReferencesLoad();
    void recordReferencesLoad();
    void warnsAboutWordsOutsideTheVocabulary();
    void decodesEscapes();
    void nullMeansAbsent();
};

void tst_EstateJson::readsEveryField()
{
    const QByteArray json = readFile(QString::fromLatin1(fullEstatePath()));
    QVERIFY2(!json.isEmpty(), fullEstatePath().constData());
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, QStringList());
    const Estate &e = *read;

    QCOMPARE(e.project.name, QStringLiteral("Every field once"));
    QCOMPARE(e.project.urgency, QStringLiteral("urgent"));
    QCOMPARE(e.project.timezone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(e.project.start, QDate(2027, 1, 9));
    QCOMPARE(e.project.decisionMinutes, 20);
    QCOMPARE(e.project.restoreTestMaxDays, 90);
    QCOMPARE(e.sites.size(), 2);
    QCOMPARE(e.sites[1].name, QStringLiteral("Düsseldorf \"DR\""));

    QCOMPARE(e.componentCount(), 4);
    const Component *pg = e.find(QStringLiteral("pg-core"));
    QVERIFY(pg);
    QCOMPARE(pg->kind, ComponentKind::Database);
    QCOMPARE(pg->version.text(), QStringLiteral("12.20"));
    QVERIFY(pg->target);
    QCOMPARE(pg->target->text(), QStringLiteral("16.6"));
    QCOMPARE(pg->criticality, Criticality::Critical);
    QCOMPARE(pg->minutes(Phase::Rollback), 90);
    QVERIFY(!pg->reversible);
    QVERIFY(pg->backup);
    QCOMPARE(pg->backup->lastRestoreTest, QDate(2026, 10, 2));
    QCOMPARE(pg->backup->restoreMinutes, std::optional<int>(80));
    QCOMPARE(pg->roles, QStringList({QStringLiteral("dba"), QStringLiteral("sysadmin")}));

    const Component *ledger = e.find(QStringLiteral("ledger-app"));
    QVERIFY(ledger && ledger->reversible);
    QCOMPARE(ledger->durations[Phase::Execute], std::optional<int>(0));
    QCOMPARE(ledger->durations[Phase::Prepare], std::optional<int>());
    QCOMPARE(ledger->minutes(Phase::Prepare), defaultDurations(ComponentKind::Application)[0]);
    QVERIFY(ledger->backup && ledger->backup->lastRestoreTest.isNull()); // never tested
    const Component *mssql = e.find(QStringLiteral("mssql:reporting"));
    QVERIFY(mssql && !mssql->target && !mssql->backup && mssql->site.isEmpty());

    QCOMPARE(e.dependencyCount(), 3);
    QCOMPARE(e.dependency(0).requirement->text(), QStringLiteral(">=12 <17"));
    QCOMPARE(e.dependency(1).type, QStringLiteral("network"));
    QVERIFY(!e.dependency(1).requirement);
    QVERIFY(e.dependency(2).requirement->contains(*Version::parse(u"2019 CU20")));

    QCOMPARE(e.catalog.size(), 5);
    QCOMPARE(e.catalog[2].when->text(), QStringLiteral(">=5"));
    QCOMPARE(e.catalog[2].requirements.size(), 2);
    QCOMPARE(e.catalog[2].requirements[1].product, QStringLiteral("postgresql"));
    QVERIFY(!e.catalog[2].requirements[1].range.contains(*Version::parse(u"12.20")));
    QCOMPARE(e.catalog[3].support.size(), 2);
    QCOMPARE(e.catalog[3].support[0], (SupportEnd{QStringLiteral("12"), QDate(2024, 11, 21)}));
    QCOMPARE(e.catalog[3].support[1].cycle, QStringLiteral("12.20"));
    QCOMPARE(e.catalog[3].support[1].ends, QDate(2027, 6, 30));
    QVERIFY(e.catalog[2].support.isEmpty());
    QCOMPARE(e.catalog[4].stops.size(), 1);
    QCOMPARE(e.catalog[4].stops[0].text(), QStringLiteral("16.3.9"));

    QCOMPARE(e.windows.size(), 2);
    QCOMPARE(e.windows[0].start, wallClock(2027, 1, 9, 22, 0));
    QCOMPARE(e.windows[0].end, wallClock(2027, 1, 10, 4, 0));
    QCOMPARE(e.windows[0].start.timeSpec(), Qt::UTC);
    QCOMPARE(e.windows[0].repeatWeekly, 12);
    QCOMPARE(e.windows[0].parallel, 2);

    QCOMPARE(e.freezes.size(), 2);
    QCOMPARE(e.freezes[0].days, (DateRange{QDate(2027, 3, 25), QDate(2027, 4, 5)}));
    QVERIFY(e.freezes[1].reason.isEmpty());

    QCOMPARE(e.processes.size(), 3);
    QCOMPARE(e.processes[0].peaks.size(), 2);
    QCOMPARE(e.processes[0].peaks[0].days, *parseDays(QStringLiteral("Mon-Fri")));
    QCOMPARE(e.processes[1].peaks[0].from, QTime(22, 0));
    QCOMPARE(e.processes[1].peaks[0].to, QTime(2, 0)); // past midnight
    QCOMPARE(e.processes[2].criticality, Criticality::Low);

    QCOMPARE(e.staff.size(), 3);
    QCOMPARE(e.staff[0].unavailable.size(), 2);
    QCOMPARE(e.staff[0].unavailable[1], (DateRange{QDate(2027, 2, 1), QDate(2027, 2, 1)}));

    QCOMPARE(e.waivers.size(), 2);
    QCOMPARE(e.waivers[0].expires, QDate(2027, 6, 30));
    QVERIFY(e.waivers[1].expires.isNull());
    QCOMPARE(e.pins.size(), 3);
    QCOMPARE(e.pins[0].wave, 2);
    QVERIFY(e.pins[0].after.isEmpty());
    QCOMPARE(e.pins[1].after, QStringLiteral("pg-core"));
    QCOMPARE(e.pins[2].wave, 0);
    QCOMPARE(e.manualPositions.value(QStringLiteral("ledger-app")), QPoint(-40, 120));
}

void tst_EstateJson::readsEveryChangeRecord()
{
    const QByteArray json = readFile(QString::fromLatin1(fullEstatePath()));
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, QStringList());
    const Estate &e = *read;

    // The additions to backups and processes.
    const BackupInfo &backup = *e.find(QStringLiteral("pg-core"))->backup;
    QCOMPARE(backup.location, QStringLiteral("s3://backup-fra/pg-core"));
    QCOMPARE(backup.retentionDays, std::optional<int>(35));
    QCOMPARE(backup.takenAt, QStringLiteral("before-step"));
    const BackupInfo &bare = *e.find(QStringLiteral("ledger-app"))->backup;
    QVERIFY(bare.location.isEmpty() && !bare.retentionDays && bare.takenAt.isEmpty());
    const BusinessProcess &payments = e.processes[0];
    QCOMPARE(payments.category, QStringLiteral("payment"));
    QCOMPARE(payments.userGroups,
             QStringList({QStringLiteral("card holders"), QStringLiteral("merchants")}));
    QVERIFY(payments.externalCustomers);
    QCOMPARE(payments.serviceLevel, QStringLiteral("99.95 % around the clock"));
    QCOMPARE(payments.maxOutageMinutes, std::optional<int>(30));
    QVERIFY(e.processes[1].category.isEmpty() && !e.processes[1].externalCustomers
            && !e.processes[1].maxOutageMinutes);

    const ChangeRecords &r = e.records;
    QCOMPARE(r.configuration.size(), 2);
    QCOMPARE(r.configuration[0],
             (ConfigItem{QStringLiteral("pg-core"), QStringLiteral("parameter"),
                         QStringLiteral("max_connections"), QStringLiteral("postgresql.conf: 400"),
                         true, QDate()}));
    QCOMPARE(r.configuration[1].kind, QStringLiteral("certificate"));
    QVERIFY(!r.configuration[1].backedUp);
    QCOMPARE(r.configuration[1].expires, QDate(2027, 2, 14));

    QCOMPARE(r.rollbacks.size(), 2);
    const RollbackPlan &plan = r.rollbacks[0];
    QCOMPARE(plan.component, QStringLiteral("pg-core"));
    QCOMPARE(plan.triggers, QStringList({QStringLiteral("replication lag over 5 minutes"),
                                         QStringLiteral("ledger login fails")}));
    QCOMPARE(plan.decider, QStringLiteral("change manager"));
    QCOMPARE(plan.restores, QStringLiteral("the pg_basebackup taken before the step"));
    QCOMPARE(plan.minutes, std::optional<int>(95));
    QCOMPARE(plan.dataLoss, QStringLiteral("bookings after 22:00"));
    QVERIFY(plan.forwardOnly);
    QCOMPARE(r.rollbacks[1].minutes, std::optional<int>(0));
    QVERIFY(!r.rollbacks[1].forwardOnly && r.rollbacks[1].triggers.isEmpty());

    QCOMPARE(r.pilots.size(), 2);
    const PilotRecord &pilot = r.pilots[0];
    QCOMPARE(pilot.environment, QStringLiteral("pilot branch Mainz"));
    QCOMPARE(pilot.devices,
             QStringList({QStringLiteral("teller-pc-17"), QStringLiteral("passbook printer")}));
    QCOMPARE(pilot.roles,
             QStringList({QStringLiteral("teller"), QStringLiteral("branch manager")}));
    QCOMPARE(pilot.flows,
             QStringList({QStringLiteral("booking to ledger"), QStringLiteral("end of day")}));
    QCOMPARE(pilot.date, QDate(2026, 12, 3));
    QCOMPARE(pilot.result, QStringLiteral("all flows passed; first login slow"));
    QVERIFY(pilot.passed);
    QVERIFY(!r.pilots[1].passed && r.pilots[1].date.isNull());

    QCOMPARE(r.acceptance.size(), 2);
    QCOMPARE(r.acceptance[0],
             (AcceptanceCheck{QStringLiteral("ledger-login"), QStringLiteral("ledger-app"),
                              QString(), QStringLiteral("Log in as a teller"),
                              QStringLiteral("home page within 2 s"), true, false}));
    QCOMPARE(r.acceptance[1].window, QStringLiteral("sat-night"));
    QVERIFY(r.acceptance[1].component.isEmpty());
    QVERIFY(r.acceptance[1].logReview && !r.acceptance[1].core);

    QCOMPARE(r.messages.size(), 2);
    const MessageTemplate &before = r.messages[0];
    QCOMPARE(before.id, QStringLiteral("branches-before"));
    QCOMPARE(before.audience, QStringLiteral("branch staff"));
    QCOMPARE(before.when, QStringLiteral("before"));
    QCOMPARE(before.hours, 72);
    QCOMPARE(before.window, QStringLiteral("sat-night"));
    QCOMPARE(before.subject, QStringLiteral("Ledger unavailable {start} to {end}"));
    QCOMPARE(before.body, QStringLiteral("Dear colleagues,\n{services} stop at {start}."));
    QCOMPARE(before.contact, QStringLiteral("IT service desk, ext. 1234"));
    QCOMPARE(before.limitations, QStringLiteral("no bookings"));
    QCOMPARE(r.messages[1].when, QStringLiteral("after"));
    QCOMPARE(r.messages[1].hours, 0);

    QCOMPARE(r.monitoring.size(), 2);
    QCOMPARE(r.monitoring[0], (MonitoringPlan{QStringLiteral("pg-core"),
                                              QStringLiteral("p95 query latency"),
                                              QStringLiteral("12 ms"), 168}));
    QVERIFY(r.monitoring[1].baseline.isEmpty());

    QCOMPARE(r.executed.size(), 2);
    const ExecutionRecord &done = r.executed[0];
    QCOMPARE(done.to, QStringLiteral("14.13"));
    QCOMPARE(done.started[size_t(Phase::Prepare)], wallClock(2027, 1, 9, 22, 0));
    QCOMPARE(done.ended[size_t(Phase::Prepare)], wallClock(2027, 1, 9, 22, 25));
    QCOMPARE(done.started[size_t(Phase::Execute)].timeSpec(), Qt::UTC); // wall clock, as windows
    QCOMPARE(done.actualMinutes(Phase::Execute), std::optional<int>(95));
    QCOMPARE(done.started[size_t(Phase::Rollback)], wallClock(2027, 1, 10, 1, 0));
    QVERIFY(done.ended[size_t(Phase::Rollback)].isNull());
    QVERIFY(done.started[size_t(Phase::Verify)].isNull());
    QCOMPARE(done.checks.size(), 2);
    QCOMPARE(done.checks[0],
             (CheckResult{QStringLiteral("ledger-login"), true, QStringLiteral("1.4 s")}));
    QVERIFY(!done.checks[1].passed && done.checks[1].note.isEmpty());
    QCOMPARE(done.issues.size(), 2);
    QCOMPARE(done.issues[0].resolution, QStringLiteral("installed 1.6 from the vendor repo"));
    QVERIFY(done.issues[1].resolution.isEmpty());
    QCOMPARE(done.rollback, QStringLiteral("partial"));
    QCOMPARE(done.followUps,
             QStringList({QStringLiteral("raise work_mem"), QStringLiteral("update the runbook")}));
    QCOMPARE(r.executed[1].rollback, QStringLiteral("none"));
    QVERIFY(r.executed[1].checks.isEmpty() && r.executed[1].to.isEmpty());

    QCOMPARE(r.estimates.size(), 2);
    QCOMPARE(r.estimates[0].kind, ComponentKind::Database);
    QCOMPARE(r.estimates[0].durations[Phase::Execute], std::optional<int>(95));
    QCOMPARE(r.estimates[0].durations[Phase::Verify], std::optional<int>(0));
    QCOMPARE(r.estimates[0].durations[Phase::Prepare], std::optional<int>());
    QCOMPARE(r.estimates[1].kind, ComponentKind::Os);
    QVERIFY(r.estimates[1].durations.isEmpty());
}

void tst_EstateJson::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample estate") << QString::fromLatin1(samplePath());
    QTest::newRow("every field") << QString::fromLatin1(fullEstatePath());
}

void tst_EstateJson::roundTrip()
{
    QFETCH(QString, path);
    const QByteArray json = readFile(path);
    QVERIFY2(!json.isEmpty(), qPrintable(path + QStringLiteral(": cannot read")));
    QStringList warnings;
    const auto first = readEstateJson(json, &warnings);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));
    QCOMPARE(warnings, QStringList());

    const QByteArray written = writeEstateJson(*first);
    const auto second = readEstateJson(written, &warnings);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().text()));
    QCOMPARE(warnings, QStringList());
    QVERIFY(*second == *first);
    // Re-export gives the same bytes, and so does exporting the same estate twice.
    QCOMPARE(writeEstateJson(*second), written);
    QCOMPARE(writeEstateJson(*first), written);
}

void tst_EstateJson::roundTripBuiltEstate()
{
    // Edge values a file rarely holds: control characters, an empty estate section by section.
    Estate e;
    e.project.name = QStringLiteral("tab\there, newline\nthere, \\ and \x01");
    Component c;
    c.id = QStringLiteral("a");
    c.kind = ComponentKind::License;
    c.version = *Version::parse(u"1:2.3-4");
    c.target = *Version::parse(u"1:2.3-10");
    c.durations[Phase::Backup] = 0;
    QVERIFY(e.appendComponent(c));
    e.appendDependency({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("uses"),
                        VersionRange()}); // the match-all range writes as "*"
    e.manualPositions.insert(QStringLiteral("z"), QPoint(1, 2));
    e.manualPositions.insert(QStringLiteral("a"), QPoint(-3, 4));
    // Support dates in no particular order, a cycle with a space, an entry with nothing else.
    CatalogEntry support;
    support.product = QStringLiteral("sqlserver");
    support.support = {SupportEnd{QStringLiteral("2019 CU5"), QDate(2030, 1, 8)},
                       SupportEnd{QStringLiteral("2017"), QDate(1999, 2, 28)}};
    e.catalog = {support};

    const QByteArray written = writeEstateJson(e);
    const auto read = readEstateJson(written);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QVERIFY(*read == e);
    QCOMPARE(read->project.name, e.project.name);
    QCOMPARE(read->catalog[0].support, support.support);
    QCOMPARE(writeEstateJson(*read), written);

    const auto empty = readEstateJson(writeEstateJson(Estate()));
    QVERIFY(empty);
    QVERIFY(*empty == Estate());
}

void tst_EstateJson::roundTripOfChangeRecords()
{
    // Values a file rarely holds: a phase with only its end, a full rollback, texts with
    // control characters, an estimate with every phase.
    Estate e;
    Component c;
    c.id = QStringLiteral("a");
    c.kind = ComponentKind::Storage;
    c.version = *Version::parse(u"2");
    c.backup = BackupInfo{QString(), QDate(), std::nullopt, QString(), 0,
                          QStringLiteral("continuous")};
    QVERIFY(e.appendComponent(c));
    BusinessProcess process;
    process.id = QStringLiteral("p");
    process.category = QStringLiteral("public-service");
    process.maxOutageMinutes = 0;
    e.processes = {process};
    ConfigItem item{QStringLiteral("a"), QStringLiteral("other"), QStringLiteral("n\tm"),
                    QString(), false, QDate(2030, 1, 1)};
    e.records.configuration = {item};
    MessageTemplate message;
    message.id = QStringLiteral("m");
    message.when = QStringLiteral("after");
    message.body = QStringLiteral("line 1\nline 2 \"quoted\" \\");
    e.records.messages = {message};
    ExecutionRecord record;
    record.component = QStringLiteral("a");
    record.ended[size_t(Phase::Verify)] = wallClock(2027, 5, 1, 3, 59);
    record.started[size_t(Phase::Backup)] = wallClock(2027, 5, 1, 1, 0);
    record.ended[size_t(Phase::Backup)] = wallClock(2027, 5, 1, 1, 0); // took no time
    record.rollback = QStringLiteral("full");
    e.records.executed = {record};
    KindEstimate estimate;
    estimate.kind = ComponentKind::Certificate;
    for (int p = 0; p < phaseCount; ++p)
        estimate.durations[Phase(p)] = p * 7;
    e.records.estimates = {estimate};

    const QByteArray written = writeEstateJson(e);
    QStringList warnings;
    const auto read = readEstateJson(written, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, QStringList());
    QVERIFY(read->records == e.records);
    QVERIFY(read->processes == e.processes);
    QVERIFY(*read == e);
    QCOMPARE(writeEstateJson(*read), written);
    QVERIFY(written.contains(R"("verify": { "end": "2027-05-01T03:59" })"));
    QVERIFY(written.contains(R"("rollback": "full")"));
    QVERIFY(written.contains(R"("retentionDays": 0)"));
    QVERIFY(written.contains(R"("maxOutageMinutes": 0)"));
}

void tst_EstateJson::writerLeavesOutAbsentFields()
{
    Estate e;
    Component c;
    c.id = QStringLiteral("web");
    c.kind = ComponentKind::Server;
    c.version = *Version::parse(u"8.10");
    QVERIFY(e.appendComponent(c));
    const QByteArray json = writeEstateJson(e);
    for (const char *absent :
         {"\"target\"", "\"durations\"", "\"backup\"", "\"reversible\"", "\"roles\"", "\"site\"",
          "\"owner\"", "\"catalog\"", "\"windows\"", "\"layout\"", "\"waivers\""})
        QVERIFY2(!json.contains(absent), absent);

    // The additions of the change records: nothing of them when they are not set, so that an
    // estate without them is written as before they existed.
    c.id = QStringLiteral("db");
    c.backup = BackupInfo();
    c.backup->method = QStringLiteral("dump");
    QVERIFY(e.appendComponent(c));
    BusinessProcess process;
    process.id = QStringLiteral("p");
    process.uses = {QStringLiteral("db")};
    e.processes = {process};
    ExecutionRecord record;
    record.component = QStringLiteral("db");
    e.records.executed = {record};
    e.records.estimates = {KindEstimate{ComponentKind::Os, {}}};
    const QByteArray withRecords = writeEstateJson(e);
    for (const char *absent :
         {"location", "retentionDays", "takenAt", "category", "userGroups", "externalCustomers",
          "serviceLevel", "maxOutageMinutes", "configuration", "rollbacks", "pilots",
          "acceptance", "messages", "monitoring", "phases", "checks", "issues", "rollback",
          "followUps", "\"to\"", "durations"})
        QVERIFY2(!withRecords.contains(absent), absent);
    QVERIFY(withRecords.contains(R"("executed": [ { "component": "db" } ])"));
    QVERIFY(withRecords.contains(R"("estimates": [ { "kind": "os" } ])"));
    e.records = ChangeRecords();
    QVERIFY(!writeEstateJson(e).contains("executed"));
    QVERIFY(json.contains("\"components\""));
    QVERIFY(json.contains("\"dependencies\": []"));
    QVERIFY(json.endsWith("}\n"));
}

void tst_EstateJson::rejects_data()
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
    QTest::newRow("catalog support cycle number")
        << doc(R"("catalog": [{"product": "p",
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
    QTest::newRow("catalog support ends impossible")
        << doc(R"("catalog": [{"product": "p",
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
    QTest::newRow("window time with space") << doc(
        R"("windows": [{"id": "w", "start": "2027-01-09 22:00", "end": "2027-01-10T04:00"}])")
                                            << "windows[0].start"
                                            << "is not a local time of the form YYYY-MM-DDTHH:MM";
    QTest::newRow("window time with seconds") << doc(
        R"("windows": [{"id": "w", "start": "2027-01-09T22:00:00", "end": "2027-01-10T04:00"}])")
                                              << "windows[0].start"
                                              << "is not a local time";
    QTest::newRow("window hour 24") << doc(
        R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-09T24:00"}])")
                                    << "windows[0].end"
                                    << "is not a local time";
    QTest::newRow("window ends before start") << doc(
        R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-09T04:00"}])")
                                              << "windows[0].end"
                                              << "ends (2027-01-09T04:00) before it starts "
                                                 "(2027-01-09T22:00)";
    QTest::newRow("window without length") << doc(
        R"("windows": [{"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-09T22:00"}])")
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
    QTest::newRow("duplicate window")
        << doc(R"("windows": [
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
    QTest::newRow("process id empty")
        << doc(R"("processes": [{"id": ""}])") << "processes[0].id"
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
    QTest::newRow("staff name empty")
        << doc(R"("staff": [{"name": " "}])") << "staff[0].name"
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
        << doc(R"("messages": [{"id": "m", "when": "before", "hours": -2}])")
        << "messages[0].hours"
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
        << doc(R"("executed": [{"component": "a", "rollback": "half"}])")
        << "executed[0].rollback"
        << "unknown rollback status 'half' (known: none partial full)";
    QTest::newRow("executed phases not object")
        << doc(R"("executed": [{"component": "a", "phases": []}])") << "executed[0].phases"
        << "expected an object, found an array";
    QTest::newRow("executed phase time bad")
        << doc(R"("executed": [{"component": "a",
                                "phases": {"execute": {"start": "2027-01-09 23:10"}}}])")
        << "executed[0].phases.execute.start"
        << "'2027-01-09 23:10' is not a local time of the form YYYY-MM-DDTHH:MM";
    QTest::newRow("executed phase with seconds")
        << doc(R"("executed": [{"component": "a",
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

void tst_EstateJson::rejects()
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

void tst_EstateJson::sameCalendarRulesAsEveryDoor_data()
{
    QTest::addColumn<int>("index");
    const QList<testsupport::CalendarCase> cases = testsupport::calendarCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

// The calendars of CalendarCases.h, written as an estate file with one process `p`: accepted as
// the calendar editor and the project file accept them (tst_calendareditor, tst_projectfile),
// or refused with the same words at the path of the field concerned.
void tst_EstateJson::sameCalendarRulesAsEveryDoor()
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

void tst_EstateJson::warnsAboutUnknownFields_data()
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

void tst_EstateJson::warnsAboutUnknownFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, expected);
}

void tst_EstateJson::unknownReferencesLoad()
{
    // Dangling references are conflicts for the analysis, not reading errors.
    const QByteArray json = doc(R"(
        "components": [{"id": "app", "kind": "application", "version": "1", "site": "nowhere"}],
        "dependencies": [{"from": "app", "to": "missing-db", "requires": ">=13"},
                         {"from": "ghost", "to": "app"}],
        "processes": [{"id": "p", "uses": ["app", "missing-api"]}],
        "layout": {"positions": [{"id": "gone", "x": 0, "y": 0}]})");
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, QStringList());
    QCOMPARE(read->component(0).site, QStringLiteral("nowhere"));
    QCOMPARE(read->dependency(0).to, QStringLiteral("missing-db"));
    QCOMPARE(read->dependency(1).from, QStringLiteral("ghost"));
    QCOMPARE(read->processes[0].uses.size(), 2);
}

void tst_EstateJson::recordReferencesLoad()
{
    // Records that name components, windows and checks that do not exist still load: the
    // analysis (readiness, compare) reports them.
    const QByteArray json = doc(R"(
        "components": [{"id": "app", "kind": "application", "version": "1"}],
        "configuration": [{"component": "ghost", "kind": "parameter", "name": "n"}],
        "rollbacks": [{"component": "ghost"}],
        "pilots": [{"component": "ghost"}],
        "acceptance": [{"id": "c", "component": "ghost", "window": "no-window"}],
        "messages": [{"id": "m", "when": "after", "window": "no-window"}],
        "monitoring": [{"component": "ghost", "metric": "m"}],
        "executed": [{"component": "ghost", "checks": [{"check": "no-check", "passed": true}]}])");
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, QStringList());
    QCOMPARE(read->records.configuration[0].component, QStringLiteral("ghost"));
    QCOMPARE(read->records.acceptance[0].window, QStringLiteral("no-window"));
    QCOMPARE(read->records.messages[0].window, QStringLiteral("no-window"));
    QCOMPARE(read->records.executed[0].checks[0].check, QStringLiteral("no-check"));
}

void tst_EstateJson::warnsAboutWordsOutsideTheVocabulary()
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

void tst_EstateJson::decodesEscapes()
{
    // \u escapes, a surrogate pair, an escaped member name and raw UTF-8 side by side.
    const QByteArray json = doc(R"("project": {"name": "M\u00fcller \ud83d\ude00 \"q\" \\ \/ \t|",
                                               "p\u0075rpose": "Düsseldorf"})");
    QStringList warnings;
    const auto read = readEstateJson(json, &warnings);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QCOMPARE(warnings, QStringList());
    QCOMPARE(read->project.name, QStringLiteral("Müller 😀 \"q\" \\ / \t|"));
    QCOMPARE(read->project.purpose, QStringLiteral("Düsseldorf"));

    // A text that starts with U+FEFF keeps it, raw or after an escape (a stray byte order mark
    // in a CSV cell once vanished on the way through JSON: a fuzz_csv finding).
    const auto bom = readEstateJson(doc("\"project\": {\"name\": \"\xEF\xBB\xBFkasse\", "
                                        "\"purpose\": \"\\t\xEF\xBB\xBFx\"}"));
    QVERIFY2(bom, qPrintable(bom ? QString() : bom.error().text()));
    QCOMPARE(bom->project.name, QStringLiteral("\uFEFFkasse"));
    QCOMPARE(bom->project.purpose, QStringLiteral("\t\uFEFFx"));
    QCOMPARE(readEstateJson(writeEstateJson(*bom))->project.name, bom->project.name);
}

void tst_EstateJson::nullMeansAbsent()
{
    const QByteArray json = doc(R"(
        "components": [{"id": "a", "kind": "os", "version": "8", "target": null, "backup": null}],
        "windows": null)");
    const auto read = readEstateJson(json);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    QVERIFY(!read->component(0).target);
    QVERIFY(!read->component(0).backup);
}

QTEST_GUILESS_MAIN(tst_EstateJson)
#include "tst_estatejson.moc"
