// SPDX-License-Identifier: GPL-3.0-or-later
// The estate's JSON file read and written: every field and change record, round trips to the
// same bytes, escapes, null and references to nothing.
#include "EstateJsonCases.h"

#include "exchange/EstateJson.h"

#include <QFile>
#include <QTest>

using namespace planner;
using namespace planner::testing;

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
    void unknownReferencesLoad();
    void recordReferencesLoad();
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
    QCOMPARE(r.monitoring[0],
             (MonitoringPlan{QStringLiteral("pg-core"), QStringLiteral("p95 query latency"),
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
    c.backup = BackupInfo{QString(), QDate(), std::nullopt,
                          QString(), 0,       QStringLiteral("continuous")};
    QVERIFY(e.appendComponent(c));
    BusinessProcess process;
    process.id = QStringLiteral("p");
    process.category = QStringLiteral("public-service");
    process.maxOutageMinutes = 0;
    e.processes = {process};
    ConfigItem item{QStringLiteral("a"),
                    QStringLiteral("other"),
                    QStringLiteral("n\tm"),
                    QString(),
                    false,
                    QDate(2030, 1, 1)};
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
         {"location",      "retentionDays",     "takenAt",      "category",
          "userGroups",    "externalCustomers", "serviceLevel", "maxOutageMinutes",
          "configuration", "rollbacks",         "pilots",       "acceptance",
          "messages",      "monitoring",        "phases",       "checks",
          "issues",        "rollback",          "followUps",    "\"to\"",
          "durations"})
        QVERIFY2(!withRecords.contains(absent), absent);
    QVERIFY(withRecords.contains(R"("executed": [ { "component": "db" } ])"));
    QVERIFY(withRecords.contains(R"("estimates": [ { "kind": "os" } ])"));
    e.records = ChangeRecords();
    QVERIFY(!writeEstateJson(e).contains("executed"));
    QVERIFY(json.contains("\"components\""));
    QVERIFY(json.contains("\"dependencies\": []"));
    QVERIFY(json.endsWith("}\n"));
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
