// SPDX-License-Identifier: GPL-3.0-or-later
// A CMDB's CSV export imported: the bank's ServiceNow files, unknown classes and missing
// versions as warnings, ids made from names, relations by sys_id or by name, no id column.
#include "exchange/CmdbCsv.h"
#include "exchange/CsvText.h"
#include "inventory/Component.h"
#include "storage/EstateFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace Qt::StringLiterals;

namespace {

const QString dataDir = QStringLiteral(UPLAN_SOURCE_DIR "/tests/exchange/data/csv/");

Expected<Imported> readCsv(const QByteArray &components, const QByteArray &relations = {})
{
    const Expected<CsvTable> table = csv::parse(components);
    if (!table)
        return table.error();
    return readCmdbCsv(components, defaultCsvMapping(table->header), relations, u"rel.csv"_s);
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list)
        if (s.contains(text))
            return true;
    return false;
}

} // namespace

class tst_CmdbCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsTheBankExport();
    void unknownClassIsOtherWithAWarning();
    void rowWithoutVersion();
    void idsAreValidAndUnique();
    void manyWarningsAreCounted();
    void relationsBySysIdAndByName();
    void ambiguousNameIsAWarning();
    void noIdColumnIsAnError();
};

void tst_CmdbCsvImport::importsTheBankExport()
{
    const FileFormat *csvFormat = FileFormats::find(u"csv"_s);
    const FileFormat *used = nullptr;
    const Expected<Imported> imported = importEstateFile(dataDir + u"cmdb_ci.csv"_s, nullptr,
                                                         {{u"relations"_s, u"cmdb_rel_ci.csv"_s}},
                                                         &used);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().text()));
    QCOMPARE(used, csvFormat);
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), 13);

    const Component *db = e.find(u"LEDGERPRD"_s);
    QVERIFY(db);
    QCOMPARE(db->kind, ComponentKind::Database);
    QCOMPARE(db->version.text(), u"19.21"_s);
    QCOMPARE(db->product, u"Oracle Database 19c"_s);
    QCOMPARE(db->externalId, u"0a1b2c3d4e5f60718293a4b5c6d7e807"_s);
    QCOMPARE(db->owner, u"DBA Team"_s);
    QCOMPARE(db->criticality, Criticality::Critical);
    QCOMPARE(db->site, u"frankfurt-dc"_s);

    const Component *web = e.find(u"fra-web-01"_s);
    QVERIFY(web);
    QCOMPARE(web->kind, ComponentKind::Server);
    QCOMPARE(web->version.text(), u"8.9"_s); // os_version when version is empty
    QCOMPARE(web->criticality, Criticality::High);
    const Component *portal = e.find(u"online-banking-portal"_s);
    QVERIFY(portal);
    QCOMPARE(portal->name, u"Online Banking Portal"_s);
    QCOMPARE(portal->kind, ComponentKind::Middleware);
    for (const char *id : {"fra-lb-01", "fra-fw-01", "ofb-nas-01", "CRM", "core-banking"})
        QVERIFY2(e.find(QLatin1String(id)), id);
    QCOMPARE(e.find(u"fra-lb-01"_s)->kind, ComponentKind::Network);
    QCOMPARE(e.find(u"fra-fw-01"_s)->kind, ComponentKind::Network);
    QCOMPARE(e.find(u"ofb-nas-01"_s)->kind, ComponentKind::Storage);
    QCOMPARE(e.find(u"CRM"_s)->criticality, Criticality::Low); // a valid name is kept as it is

    QCOMPARE(e.sites.size(), 2);
    QCOMPARE(e.sites.at(0).id, u"frankfurt-dc"_s);
    QCOMPARE(e.sites.at(0).name, u"Frankfurt DC"_s);

    auto has = [&](const char *from, const char *to, const char *type) {
        for (const Dependency &d : e.dependencies())
            if (d.from == QLatin1String(from) && d.to == QLatin1String(to)
                && d.type == QLatin1String(type))
                return true;
        return false;
    };
    QVERIFY(has("online-banking-portal", "fra-web-01", "runs-on"));
    QVERIFY(has("online-banking-portal", "core-banking", "uses")); // by sys_id
    QVERIFY(has("LEDGERPRD", "fra-db-01", "hosted-on"));
    QVERIFY(has("fra-lb-01", "fra-web-02", "uses"));
    QVERIFY(has("fra-lb-01", "fra-fw-01", "protected-by")); // "Protects": the child needs it
    QVERIFY(has("fra-db-01", "ofb-nas-01", "backed-up-by"));
    QCOMPARE(e.dependencyCount(), 11);

    const QStringList &w = imported->warnings;
    QVERIFY2(anyContains(w, u"mainframe-01"_s), qPrintable(w.join(u'\n')));
    QVERIFY(anyContains(w, u"cmdb_rel_ci.csv, line 13"_s));
    QVERIFY(anyContains(w, u"u_cmdb_ci_atm_gateway"_s));
    QVERIFY(anyContains(w, u"line 12: no version"_s)); // CRM
    QCOMPARE(imported->fields, ComponentField::ExternalId | ComponentField::Name
                                   | ComponentField::Kind | ComponentField::Product
                                   | ComponentField::Version | ComponentField::Site
                                   | ComponentField::Owner | ComponentField::Criticality);
}

void tst_CmdbCsvImport::unknownClassIsOtherWithAWarning()
{
    const Expected<Imported> imported = readCsv("sys_id,name,sys_class_name,version\n"
                                                "1,a,cmdb_ci_mystery,1\n"
                                                "2,b,cmdb_ci_mystery,1\n"
                                                "3,c,cmdb_ci_linux_server,1\n");
    QVERIFY(imported.ok());
    QCOMPARE(imported->estate.component(0).kind, ComponentKind::Other);
    QCOMPARE(imported->estate.component(2).kind, ComponentKind::Server);
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY(imported->warnings.front().startsWith(u"line 2: class 'cmdb_ci_mystery'"_s));
    QVERIFY(imported->warnings.front().contains(u"rows of this class: 2"_s));
}

void tst_CmdbCsvImport::rowWithoutVersion()
{
    const Expected<Imported> imported = readCsv(
        "id,name,version\r\na,A,\r\nb,B,12.2.0.1 (64-bit)\r\n");
    QVERIFY(imported.ok());
    QCOMPARE(imported->estate.component(0).version.text(), u"0"_s);
    QCOMPARE(imported->estate.component(1).version.text(), u"12.2.0.1 64-bit"_s);
    QCOMPARE(imported->warnings.size(), 2);
    QVERIFY(imported->warnings.at(0).startsWith(u"line 2: no version"_s));
    QVERIFY(imported->warnings.at(1).startsWith(u"line 3: version"_s));
}

void tst_CmdbCsvImport::manyWarningsAreCounted()
{
    QByteArray bytes = "id,version\n";
    for (int i = 0; i < 25; ++i)
        bytes += "c" + QByteArray::number(i) + ",\n";
    const Expected<Imported> imported = readCsv(bytes);
    QVERIFY(imported.ok());
    QCOMPARE(imported->estate.componentCount(), 25);
    QCOMPARE(imported->warnings.size(), 21);
    QVERIFY(imported->warnings.last().startsWith(u"5 more rows like that"_s));
}

void tst_CmdbCsvImport::idsAreValidAndUnique()
{
    const Expected<Imported> imported = readCsv("sys_id,name\n"
                                                "aa,Web Server\n"
                                                "bb,Web Server\n"
                                                "cc,\n"
                                                "dd,Zürich/DB #1\n");
    QVERIFY(imported.ok());
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), 4);
    QCOMPARE(e.component(0).id, u"web-server"_s);
    QCOMPARE(e.component(1).id, u"web-server-2"_s);
    QCOMPARE(e.component(2).id, u"cc"_s);
    QCOMPARE(e.component(2).name, u"cc"_s);
    QCOMPARE(e.component(3).id, u"z-rich-db-1"_s);
    for (const Component &c : e.components())
        QVERIFY(isValidId(c.id));
    QCOMPARE(e.component(1).externalId, u"bb"_s);
}

void tst_CmdbCsvImport::relationsBySysIdAndByName()
{
    const Expected<Imported> imported
        = readCsv("sys_id,name,version\ns1,app,1\ns2,DB Host,2\n",
                  "parent;child;type\ns1;db host;Runs on::Runs\ndb host;app;Used by::Uses\n");
    QVERIFY(imported.ok());
    const Estate &e = imported->estate;
    QCOMPARE(e.dependencyCount(), 2);
    QCOMPARE(e.dependency(0).from, u"app"_s);
    QCOMPARE(e.dependency(0).to, u"db-host"_s);
    QCOMPARE(e.dependency(0).type, u"runs-on"_s);
    QCOMPARE(e.dependency(1).from, u"app"_s);
    QCOMPARE(e.dependency(1).to, u"db-host"_s);
    QCOMPARE(e.dependency(1).type, u"uses"_s);
    QVERIFY(imported->warnings.isEmpty());
}

void tst_CmdbCsvImport::ambiguousNameIsAWarning()
{
    const Expected<Imported> imported
        = readCsv("sys_id,name,version\ns1,web,1\ns2,web,1\ns3,lb,1\n",
                  "parent,child,type\nlb,web,Depends on::Used by\nlb,s2,Depends on::Used by\n");
    QVERIFY(imported.ok());
    QCOMPARE(imported->estate.dependencyCount(), 1);
    QCOMPARE(imported->estate.dependency(0).to, u"web-2"_s);
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY2(imported->warnings.front().startsWith(u"rel.csv, line 2: child 'web' names several"_s),
             qPrintable(imported->warnings.front()));
}

void tst_CmdbCsvImport::noIdColumnIsAnError()
{
    const Expected<Imported> imported = readCsv("version,site\n1,fra\n");
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().where, u"line 1"_s);
    QVERIFY(imported.error().what.contains(u"sys_id"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sys_id,name\n1,a\n2,\"b\n");
    f.close();
    const Expected<Imported> broken = importEstateFile(path, FileFormats::find(u"csv"_s));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().text().contains(u"broken.csv: line 3: a quoted field"_s),
             qPrintable(broken.error().text()));
}

QTEST_GUILESS_MAIN(tst_CmdbCsvImport)
#include "tst_cmdbcsvimport.moc"
