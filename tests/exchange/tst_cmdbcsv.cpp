// SPDX-License-Identifier: GPL-3.0-or-later
// CSV from a CMDB: the tokenizer's edge cases, ServiceNow's columns, classes and relations,
// the mapping file and the writer read back by the reader.
#include "exchange/CmdbCsv.h"
#include "exchange/CsvText.h"
#include "inventory/Component.h"
#include "storage/EstateFile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace Qt::StringLiterals;

class tst_CmdbCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenizes_data();
    void tokenizes();
    void malformedNamesTheLine_data();
    void malformedNamesTheLine();
    void quotesWhatNeedsIt();
    void recognises_data();
    void recognises();
    void mapsServiceNowColumns();
    void kindsOfClasses_data();
    void kindsOfClasses();
    void criticality_data();
    void criticality();
    void relationTypes_data();
    void relationTypes();
    void latin1File();
    void mappingFileRoundTrip();
    void mappingFileErrors_data();
    void mappingFileErrors();
    void mappingFileMapsOtherColumns();
    void writerRoundTrip();
    void writesSteps();
};

void tst_CmdbCsv::tokenizes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");

    const QStringList abc = {u"id"_s, u"name"_s, u"note"_s};
    QTest::newRow("plain") << QByteArray("id,name,note\na,b,c\n") << u","_s << abc
                           << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}} << QList<int>{2};
    QTest::newRow("quoted separator")
        << QByteArray("id,name,note\na,\"Weber, Anna\",c\n") << u","_s << abc
        << QList<QStringList>{{u"a"_s, u"Weber, Anna"_s, u"c"_s}} << QList<int>{2};
    QTest::newRow("embedded newline")
        << QByteArray("id,name,note\na,b,\"two\nlines\"\nx,y,z\n") << u","_s << abc
        << QList<QStringList>{{u"a"_s, u"b"_s, u"two\nlines"_s}, {u"x"_s, u"y"_s, u"z"_s}}
        << QList<int>{2, 4};
    QTest::newRow("doubled quotes")
        << QByteArray("id,name,note\na,\"the \"\"core\"\" app\",\"\"\"\"\n") << u","_s << abc
        << QList<QStringList>{{u"a"_s, u"the \"core\" app"_s, u"\""_s}} << QList<int>{2};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,name,note\na,b,c\n") << u","_s << abc
                         << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}} << QList<int>{2};
    QTest::newRow("semicolon") << QByteArray("id;name;note\na;1,5;c\n") << u";"_s << abc
                               << QList<QStringList>{{u"a"_s, u"1,5"_s, u"c"_s}} << QList<int>{2};
    QTest::newRow("tab") << QByteArray("id\tname\tnote\na\tb, c\td\n") << u"\t"_s << abc
                         << QList<QStringList>{{u"a"_s, u"b, c"_s, u"d"_s}} << QList<int>{2};
    QTest::newRow("CRLF and blank trailing lines")
        << QByteArray("id,name,note\r\na,b,c\r\nd,e,f\r\n\r\n\r\n") << u","_s << abc
        << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"d"_s, u"e"_s, u"f"_s}}
        << QList<int>{2, 3};
    QTest::newRow("Excel sep line")
        << QByteArray("sep=;\r\nid;name;note\r\na;b;c\r\n") << u";"_s << abc
        << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}} << QList<int>{3};
    QTest::newRow("short row and trailing separator")
        << QByteArray("id,name,note\na,b\nc,d,e,\n") << u","_s << abc
        << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s, u"e"_s}} << QList<int>{2, 3};
    QTest::newRow("UTF-8 names") << QByteArray(
        "id,name,note\nm\xC3\xBC,Z\xC3\xBCrich DC,\xE6\x9D\xB1\n")
                                 << u","_s << abc
                                 << QList<QStringList>{{u"mü"_s, u"Zürich DC"_s, u"東"_s}}
                                 << QList<int>{2};
}

void tst_CmdbCsv::tokenizes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const Expected<CsvTable> table = csv::parse(bytes);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().text()));
    QCOMPARE(QString(table->separator), separator);
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(table->rows.at(i).fields, rows.at(i));
        QCOMPARE(table->rows.at(i).line, lines.at(i));
    }
}

void tst_CmdbCsv::malformedNamesTheLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("unterminated quote")
        << QByteArray("id,name\na,b\nc,\"never closed\nd,e\n") << u"line 3"_s << u"never closed"_s;
    QTest::newRow("too many fields")
        << QByteArray("id,name\r\na,b\r\nc,d,e\r\n") << u"line 3"_s << u"3 fields"_s;
    QTest::newRow("too many fields after a multi-line field")
        << QByteArray("id,name\na,\"x\ny\"\nc,d,e\n") << u"line 4"_s << u"header names 2"_s;
    QTest::newRow("empty") << QByteArray("\n\n") << u"line 1"_s << u"no header"_s;
}

void tst_CmdbCsv::malformedNamesTheLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const Expected<CsvTable> table = csv::parse(bytes);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().where, where);
    QVERIFY2(table.error().what.contains(what), qPrintable(table.error().what));
}

void tst_CmdbCsv::quotesWhatNeedsIt()
{
    QCOMPARE(csv::quote(u"plain"_s), u"plain"_s);
    QCOMPARE(csv::quote(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(csv::quote(u"a;b"_s), u"a;b"_s);
    QCOMPARE(csv::quote(u"a;b"_s, u';'), u"\"a;b\""_s);
    QCOMPARE(csv::quote(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(csv::quote(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(csv::record({u"a"_s, u"b c"_s, QString()}), u"a,b c,\r\n"_s);
}

void tst_CmdbCsv::recognises_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("csv");
    QTest::newRow("ServiceNow header")
        << QByteArray("sys_id,name,sys_class_name\r\n1,a,b\r\n") << true;
    QTest::newRow("semicolons") << QByteArray("Name;Version;Site\n") << true;
    QTest::newRow("quoted header") << QByteArray("\"id\",\"name\"\n") << true;
    QTest::newRow("Excel sep line") << QByteArray("sep=;\nid;name\n") << true;
    QTest::newRow("relations only") << QByteArray("parent,child,type\n") << false;
    QTest::newRow("one column") << QByteArray("name\nweb01\n") << false;
    QTest::newRow("text") << QByteArray("hello {world}") << false;
    QTest::newRow("sentence with commas") << QByteArray("Hello, my name is Bob, hi\n") << false;
    QTest::newRow("JSON") << QByteArray("{\"id\": 1, \"name\": 2}") << false;
    QTest::newRow("XML") << QByteArray("<graphml id=\"a\" name=\"b\">") << false;
    QTest::newRow("SQLite") << QByteArray("SQLite format 3\0id,name", 23) << false;
}

void tst_CmdbCsv::recognises()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, csv);
    const FileFormat *format = FileFormats::find(u"csv"_s);
    QVERIFY(format && format->recognise);
    QCOMPARE(format->recognise(head) > 0, csv);
    const FileFormat *detected = FileFormats::detect(head, u"input.csv"_s);
    QCOMPARE(detected && detected->name == u"csv"_s, csv);
}

void tst_CmdbCsv::mapsServiceNowColumns()
{
    const CsvMapping m = defaultCsvMapping({u"SYS_ID"_s, u"name"_s, u"sys_class_name"_s,
                                            u"os_version"_s, u"firmware_version"_s, u"model_id"_s,
                                            u"manufacturer"_s, u"location"_s, u"owned_by"_s,
                                            u"support_group"_s, u"business_criticality"_s});
    QCOMPARE(m.column(CsvMapping::Id), u"SYS_ID"_s);
    QCOMPARE(m.column(CsvMapping::Name), u"name"_s);
    QCOMPARE(m.column(CsvMapping::Kind), u"sys_class_name"_s);
    QCOMPARE(m.column(CsvMapping::Version), u"os_version"_s);
    QCOMPARE(m.versionFallbacks, QStringList{u"firmware_version"_s});
    QCOMPARE(m.column(CsvMapping::Product), u"model_id"_s);
    QCOMPARE(m.column(CsvMapping::Manufacturer), u"manufacturer"_s);
    QCOMPARE(m.column(CsvMapping::Site), u"location"_s);
    QCOMPARE(m.column(CsvMapping::Owner), u"support_group"_s);
    QCOMPARE(m.column(CsvMapping::Criticality), u"business_criticality"_s);
    QCOMPARE(m.column(CsvMapping::Target), QString());
    QVERIFY(m.idsFromNames);

    const CsvMapping plain = defaultCsvMapping({u"ID"_s, u"Name"_s, u"Kind"_s, u"Version"_s,
                                                u"Target"_s, u"Product"_s, u"Site"_s, u"Owner"_s,
                                                u"Criticality"_s});
    for (int f = 0; f < CsvMapping::FieldCount; ++f)
        if (f != CsvMapping::ExternalId && f != CsvMapping::Manufacturer)
            QVERIFY2(!plain.column(CsvMapping::Field(f)).isEmpty(),
                     qPrintable(CsvMapping::fieldName(CsvMapping::Field(f))));
    QVERIFY(!plain.idsFromNames);
}

void tst_CmdbCsv::kindsOfClasses_data()
{
    QTest::addColumn<QString>("cls");
    QTest::addColumn<QString>("kind");
    const QList<std::pair<const char *, const char *>> rows = {
        {"cmdb_ci_linux_server", "server"},
        {"cmdb_ci_win_server", "server"},
        {"cmdb_ci_unix_server", "server"},
        {"cmdb_ci_server", "server"},
        {"cmdb_ci_esx_server", "server"},
        {"cmdb_ci_vm_instance", "server"},
        {"cmdb_ci_db_instance", "database"},
        {"cmdb_ci_db_mssql_instance", "database"},
        {"cmdb_ci_db_ora_instance", "database"},
        {"cmdb_ci_db_mysql_instance", "database"},
        {"cmdb_ci_db_postgresql_instance", "database"},
        {"cmdb_ci_appl", "application"},
        {"cmdb_ci_appl_sap", "application"},
        {"cmdb_ci_app_server_tomcat", "middleware"},
        {"cmdb_ci_apache_web_server", "middleware"},
        {"cmdb_ci_ip_router", "network"},
        {"cmdb_ci_ip_switch", "network"},
        {"cmdb_ci_ip_firewall", "network"},
        {"cmdb_ci_lb", "network"},
        {"cmdb_ci_lb_bigip", "network"},
        {"cmdb_ci_storage_device", "storage"},
        {"cmdb_ci_storage_server", "storage"},
        {"cmdb_ci_computer", "endpoint"},
        {"cmdb_ci_pc_hardware", "endpoint"},
        {"cmdb_ci_service", "application"},
        {"cmdb_ci_certificate", "certificate"},
        {"cmdb_ci_os", "os"},
        {"CMDB_CI_LINUX_SERVER", "server"},
        {"Linux Server", "server"},
        {"Oracle Instance", "database"},
        {"F5 Load Balancer", "network"},
        {"database", "database"},
    };
    for (const auto &[cls, kind] : rows)
        QTest::newRow(cls) << QString::fromLatin1(cls) << QString::fromLatin1(kind);
    QTest::newRow("unknown class") << u"cmdb_ci_mystery"_s << QString();
    QTest::newRow("unknown word") << u"gizmo"_s << QString();
}

void tst_CmdbCsv::kindsOfClasses()
{
    QFETCH(QString, cls);
    QFETCH(QString, kind);
    const auto found = kindOfCmdbClass(cls);
    QCOMPARE(found ? kindName(*found) : QString(), kind);
}

void tst_CmdbCsv::criticality_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("criticality");
    QTest::newRow("1") << u"1 - most critical"_s << u"critical"_s;
    QTest::newRow("2") << u"2 - somewhat critical"_s << u"high"_s;
    QTest::newRow("3") << u"3 - less critical"_s << u"medium"_s;
    QTest::newRow("4") << u"4 - not critical"_s << u"low"_s;
    QTest::newRow("number") << u"2"_s << u"high"_s;
    QTest::newRow("name") << u"Critical"_s << u"critical"_s;
    QTest::newRow("words") << u"not critical"_s << u"low"_s;
    QTest::newRow("unknown") << u"5 - whatever"_s << QString();
    QTest::newRow("number too big") << u"12"_s << QString();
}

void tst_CmdbCsv::criticality()
{
    QFETCH(QString, value);
    QFETCH(QString, criticality);
    const auto found = criticalityOfCmdbValue(value);
    QCOMPARE(found ? criticalityName(*found) : QString(), criticality);
}

void tst_CmdbCsv::relationTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("fromChild");
    QTest::addColumn<bool>("known");
    QTest::newRow("depends on") << u"Depends on::Used by"_s << u"uses"_s << false << true;
    QTest::newRow("used by") << u"Used by::Depends on"_s << u"uses"_s << true << true;
    QTest::newRow("runs on") << u"Runs on::Runs"_s << u"runs-on"_s << false << true;
    QTest::newRow("runs") << u"Runs::Runs on"_s << u"runs-on"_s << true << true;
    QTest::newRow("hosted on") << u"Hosted on::Hosts"_s << u"hosted-on"_s << false << true;
    QTest::newRow("uses") << u"Uses::Used by"_s << u"uses"_s << false << true;
    QTest::newRow("connects") << u"Connects to::Connected by"_s << u"connects-to"_s << false
                              << true;
    QTest::newRow("contains") << u"Contains::Contained by"_s << u"contains"_s << false << true;
    QTest::newRow("estate word") << u"runs-on"_s << u"runs-on"_s << false << true;
    QTest::newRow("empty") << QString() << u"uses"_s << false << true;
    QTest::newRow("unknown") << u"Feeds::Fed by"_s << u"feeds"_s << false << false;
}

void tst_CmdbCsv::relationTypes()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(bool, fromChild);
    QFETCH(bool, known);
    bool isKnown = false;
    const CsvRelationRule rule = relationRule(text, {}, &isKnown);
    QCOMPARE(rule.type, type);
    QCOMPARE(rule.fromChild, fromChild);
    QCOMPARE(isKnown, known);
}

void tst_CmdbCsv::latin1File()
{
    const Expected<CsvTable> table = csv::parse("id;name\nz1;Z\xFCrich\n");
    QVERIFY(table.ok());
    QVERIFY(table->latin1);
    QCOMPARE(table->rows.front().fields.at(1), u"Zürich"_s);
}

void tst_CmdbCsv::mappingFileRoundTrip()
{
    CsvMapping m = defaultCsvMapping({u"sys_id"_s, u"name"_s, u"u_class"_s, u"u_ver"_s});
    m.setColumn(CsvMapping::Kind, u"u_class"_s);
    m.setColumn(CsvMapping::Version, u"u_ver"_s);
    m.separator = u'\t';
    m.versionFallbacks = {u"os_version"_s};
    m.classes.insert(u"u_cmdb_ci_atm"_s, ComponentKind::Endpoint);
    m.relationTypes.insert(u"feeds"_s, {u"feeds"_s, false});
    m.relationTypes.insert(u"fed by"_s, {u"feeds"_s, true});
    m.parent = u"from_ci"_s;
    const QByteArray json = writeCsvMapping(m);
    const Expected<CsvMapping> back = readCsvMapping(json, defaultCsvMapping({u"id"_s}));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().text()));
    QCOMPARE(*back, m);
    QVERIFY(json.contains("\"separator\": \"tab\""));
}

void tst_CmdbCsv::mappingFileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown field") << QByteArray(R"({"colums": {}})") << u"colums"_s;
    QTest::newRow("unknown column field")
        << QByteArray(R"({"columns": {"verison": "v"}})") << u"columns.verison"_s;
    QTest::newRow("bad kind") << QByteArray(R"({"classes": {"x": "box"}})") << u"classes.x"_s;
    QTest::newRow("bad separator") << QByteArray(R"({"separator": "::"})") << u"separator"_s;
    QTest::newRow("bad from") << QByteArray(
        R"({"relationTypes": {"a": {"type": "b", "from": "up"}}})")
                              << u"relationTypes.a.from"_s;
    QTest::newRow("not JSON") << QByteArray("{") << u"offset 1"_s;
}

void tst_CmdbCsv::mappingFileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const Expected<CsvMapping> m = readCsvMapping(json);
    QVERIFY(!m.ok());
    QCOMPARE(m.error().where, where);
}

void tst_CmdbCsv::mappingFileMapsOtherColumns()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(u"assets.csv"_s, "Asset No;Hostname;Typ;Release\r\nA-1;kasse01;u_atm;3.1\r\n"
                           "A-2;db01;Datenbank;12\r\n");
    write(u"links.csv"_s, "von;nach\r\nA-1;A-2\r\n");
    write(u"mapping.json"_s, R"({"separator": ";",
        "columns": {"id": "Asset No", "name": "Hostname", "kind": "Typ", "version": "Release"},
        "idsFromNames": true,
        "relations": {"parent": "von", "child": "nach"},
        "classes": {"u_atm": "endpoint", "Datenbank": "database"}})");
    const Expected<Imported> imported = importEstateFile(dir.filePath(u"assets.csv"_s),
                                                         FileFormats::find(u"csv"_s),
                                                         {{u"mapping"_s, u"mapping.json"_s},
                                                          {u"relations"_s, u"links.csv"_s}});
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().text()));
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), 2);
    QCOMPARE(e.component(0).id, u"kasse01"_s);
    QCOMPARE(e.component(0).kind, ComponentKind::Endpoint);
    QCOMPARE(e.component(0).externalId, u"A-1"_s);
    QCOMPARE(e.component(1).kind, ComponentKind::Database);
    QCOMPARE(e.dependencyCount(), 1);
    QCOMPARE(e.dependency(0).from, u"kasse01"_s);
    QCOMPARE(e.dependency(0).to, u"db01"_s);

    write(u"stale.json"_s, R"({"columns": {"version": "u_version"}})");
    const Expected<Imported> stale = importEstateFile(dir.filePath(u"assets.csv"_s),
                                                      FileFormats::find(u"csv"_s),
                                                      {{u"mapping"_s, u"stale.json"_s}});
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().text().contains(u"line 1: no column 'u_version'"_s),
             qPrintable(stale.error().text()));
}

void tst_CmdbCsv::writerRoundTrip()
{
    Estate estate;
    Component a;
    a.id = u"pg-core"_s;
    a.name = u"Ledger \"core\" database, primary"_s;
    a.kind = ComponentKind::Database;
    a.product = u"postgresql"_s;
    a.version = *Version::parse(u"12.20");
    a.target = *Version::parse(u"16.6");
    a.site = u"fra"_s;
    a.owner = u"DBA team\nsecond line"_s;
    a.criticality = Criticality::Critical;
    a.externalId = u"0a1b2c"_s;
    a.durations[Phase::Backup] = 45;
    a.reversible = false;
    a.backup = BackupInfo{u"pg_basebackup"_s, QDate(2026, 10, 2), 80, u"vault"_s, 30, u"nightly"_s};
    a.roles = {u"dba"_s, u"storage"_s};
    Component b;
    b.id = u"ledger-app"_s;
    b.name = u"Ledger"_s;
    b.kind = ComponentKind::Application;
    b.version = *Version::parse(u"4.2");
    estate.appendComponent(a);
    estate.appendComponent(b);
    estate.sites.append(Site{u"fra"_s, u"fra"_s});

    const FileFormat *format = FileFormats::find(u"csv"_s);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadWrite));
    const Expected<FormatOptions> options = FileFormats::options(*format, false, {});
    QVERIFY(options.ok());
    QVERIFY(format->write(estate, &buffer, *options).ok());
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("id,name,kind,product,version,target,site,owner,criticality,"
                             "externalId,durations.prepare"));
    QVERIFY(format->recognise(bytes) > 0);

    buffer.seek(0);
    const Expected<Imported> back = format->read(ReadInput{&buffer, QString(), {}});
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().text()));
    QVERIFY2(back->warnings.isEmpty(), qPrintable(back->warnings.join(u'\n')));
    QCOMPARE(back->estate.components(), estate.components());
    QCOMPARE(back->estate.sites, estate.sites);
}

void tst_CmdbCsv::writesSteps()
{
    Estate estate;
    estate.project.start = QDate(2027, 1, 4);
    Component a;
    a.id = u"pg"_s;
    a.name = u"Ledger DB"_s;
    a.kind = ComponentKind::Database;
    a.version = *Version::parse(u"12");
    a.target = *Version::parse(u"16");
    estate.appendComponent(a);
    MaintenanceWindow w;
    w.id = u"sat"_s;
    w.start = QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
    w.end = QDateTime(QDate(2027, 1, 10), QTime(6, 0), Qt::UTC);
    estate.windows.append(w);

    const QByteArray bytes = writeCmdbCsv(estate, true, u';');
    const Expected<CsvTable> table = csv::parse(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table->header, csvStepColumns());
    QCOMPARE(table->rows.size(), 1);
    const QStringList row = table->rows.front().fields;
    QCOMPARE(row.at(0), u"1"_s);
    QCOMPARE(row.at(1), u"pg"_s);
    QCOMPARE(row.at(2), u"Ledger DB"_s);
    QCOMPARE(row.at(3), u"12"_s);
    QCOMPARE(row.at(4), u"16"_s);
    QCOMPARE(row.at(5), u"sat-20270109"_s);
    QCOMPARE(row.at(6), u"2027-01-09T22:00"_s);
    QVERIFY(row.at(8).toInt() > 0);
}

QTEST_GUILESS_MAIN(tst_CmdbCsv)
#include "tst_cmdbcsv.moc"
