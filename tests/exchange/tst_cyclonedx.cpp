// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/FileFormat.h"
#include "storage/EstateFile.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace planner;

/// CycloneDX BOMs read as estates: the real BOMs of ../shared/data/cyclonedx with every
/// component and dependency accounted for, counted from the files themselves with
/// QJsonDocument (not with the reader under test).
class tst_CycloneDx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realBomsImportWhole_data();
    void realBomsImportWhole();
    void fieldsAndKinds();
    void nestedServicesAndProvides();
    void badBoms_data();
    void badBoms();
    void detectedFromContent();

private:
    static Expected<Imported> read(const QByteArray &json, QStringList *warnings = nullptr)
    {
        QBuffer buffer;
        buffer.setData(json);
        buffer.open(QIODevice::ReadOnly);
        const FileFormat *format = FileFormats::find(QStringLiteral("cyclonedx"));
        Expected<Imported> out = format->read(ReadInput{&buffer, QStringLiteral("bom.json"), {}});
        if (out && warnings)
            *warnings = out->warnings;
        return out;
    }
};

namespace {

struct Counts
{
    int items = 0;
    QSet<QString> refs;
    QSet<QPair<QString, QString>> edges;
};

void countItems(const QJsonArray &list, const QString &nested, Counts &c)
{
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ++c.items;
        if (o.contains(QStringLiteral("bom-ref")))
            c.refs.insert(o.value(QStringLiteral("bom-ref")).toString());
        countItems(o.value(nested).toArray(), nested, c);
    }
}

Counts countBom(const QJsonObject &bom)
{
    Counts c;
    const QJsonObject subject = bom.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("component"))
                                    .toObject();
    if (!subject.isEmpty())
        countItems(QJsonArray{subject}, QStringLiteral("components"), c);
    countItems(bom.value(QStringLiteral("components")).toArray(), QStringLiteral("components"), c);
    countItems(bom.value(QStringLiteral("services")).toArray(), QStringLiteral("services"), c);
    for (const QJsonValue &d : bom.value(QStringLiteral("dependencies")).toArray()) {
        const QJsonObject o = d.toObject();
        const QString ref = o.value(QStringLiteral("ref")).toString();
        for (const QJsonValue &t : o.value(QStringLiteral("dependsOn")).toArray())
            c.edges.insert({ref, t.toString()});
        for (const QJsonValue &t : o.value(QStringLiteral("provides")).toArray())
            c.edges.insert({t.toString(), ref});
    }
    return c;
}

} // namespace

void tst_CycloneDx::realBomsImportWhole_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(UPLAN_SHARED_DIR "/data/cyclonedx"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 4, qPrintable(dir.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_CycloneDx::realBomsImportWhole()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject bom = QJsonDocument::fromJson(file.readAll()).object();
    const Counts expected = countBom(bom);

    // Through the same door as the command line: detected from the content.
    const FileFormat *used = nullptr;
    QElapsedTimer timer;
    timer.start();
    const Expected<Imported> imported = importEstateFile(path, nullptr, {}, &used);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
    QVERIFY(used);
    QCOMPARE(used->name, QStringLiteral("cyclonedx"));
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), expected.items);
    QCOMPARE(e.dependencyCount(), int(expected.edges.size()));
    // Every bom-ref is kept, once, on the component made from it.
    QSet<QString> kept;
    for (const Component &c : e.components()) {
        QVERIFY2(isValidId(c.id), qPrintable(c.id));
        QVERIFY(!c.version.isNull());
        if (!c.externalId.isEmpty())
            kept.insert(c.externalId);
    }
    QCOMPARE(kept, expected.refs);
    // Each dependency joins the components of the refs the file names.
    QHash<QString, QString> refOf;
    for (const Component &c : e.components())
        refOf.insert(c.id, c.externalId);
    QSet<QPair<QString, QString>> edges;
    for (const Dependency &d : e.dependencies())
        edges.insert({refOf.value(d.from), refOf.value(d.to)});
    QCOMPARE(edges, expected.edges);
    // The BOM's subject is part of the estate.
    const QString subject = bom.value(QStringLiteral("metadata"))
                                .toObject()
                                .value(QStringLiteral("component"))
                                .toObject()
                                .value(QStringLiteral("bom-ref"))
                                .toString();
    if (!subject.isEmpty())
        QVERIFY(kept.contains(subject));
    qInfo("%s: %d components, %d dependencies, %d warnings, read in %lld ms",
          qPrintable(QFileInfo(path).fileName()), e.componentCount(), e.dependencyCount(),
          int(imported->warnings.size()), timer.elapsed());
}

void tst_CycloneDx::fieldsAndKinds()
{
    const QByteArray bom = R"({
      "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
      "metadata": {"component": {"type": "application", "bom-ref": "shop", "name": "Web shop",
                                  "version": "3.1.0"}},
      "components": [
        {"type": "library", "bom-ref": "pkg:maven/org.postgresql/postgresql@42.2.18?type=jar",
         "group": "org.postgresql", "name": "postgresql", "version": "42.2.18"},
        {"type": "operating-system", "bom-ref": "os", "name": "Debian", "version": "12.5"},
        {"type": "firmware", "name": "BIOS", "version": "2.19.1"},
        {"type": "quantum-computer", "bom-ref": "q", "name": "Q", "version": "1"},
        {"type": "library", "bom-ref": "nover", "name": "left-pad"}
      ],
      "dependencies": [
        {"ref": "shop", "dependsOn": ["pkg:maven/org.postgresql/postgresql@42.2.18?type=jar", "os",
                                       "os", "ghost"]},
        {"ref": "nobody", "dependsOn": ["os"]}
      ]
    })";
    QStringList warnings;
    const Expected<Imported> imported = read(bom, &warnings);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), 6);
    const Component *jdbc = e.find(QStringLiteral("maven-org.postgresql-postgresql-42.2.18"));
    QVERIFY2(jdbc, qPrintable(e.component(1).id));
    QCOMPARE(jdbc->externalId,
             QStringLiteral("pkg:maven/org.postgresql/postgresql@42.2.18?type=jar"));
    QCOMPARE(jdbc->product, QStringLiteral("org.postgresql/postgresql"));
    QCOMPARE(jdbc->version.text(), QStringLiteral("42.2.18"));
    QCOMPARE(jdbc->kind, ComponentKind::Application);
    QCOMPARE(e.find(QStringLiteral("os"))->kind, ComponentKind::Os);
    QCOMPARE(e.find(QStringLiteral("shop"))->name, QStringLiteral("Web shop"));
    // No bom-ref: an id from the name and version, and no external id.
    const Component *bios = e.find(QStringLiteral("BIOS-2.19.1"));
    QVERIFY(bios);
    QCOMPARE(bios->kind, ComponentKind::Endpoint);
    QVERIFY(bios->externalId.isEmpty());
    QCOMPARE(e.find(QStringLiteral("q"))->kind, ComponentKind::Other);
    QCOMPARE(e.find(QStringLiteral("nover"))->version.text(), QStringLiteral("0"));
    // Two dependencies: the duplicate is one, the unknown refs are left out with a warning.
    QCOMPARE(e.dependencyCount(), 2);
    const QString all = warnings.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("components[3].type: unknown type 'quantum-computer'")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("components[4].version: no version")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("dependencies[0].dependsOn[3]: 'ghost'")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("dependencies[1].ref: 'nobody'")), qPrintable(all));
    // What a merge may update: never criticality, owner, site or target, which a BOM lacks.
    QVERIFY(carries(imported->fields, ComponentField::Version));
    QVERIFY(carries(imported->fields, ComponentField::ExternalId));
    QVERIFY(!carries(imported->fields, ComponentField::Criticality));
    QVERIFY(!carries(imported->fields, ComponentField::Target));
    QVERIFY(!carries(imported->fields, ComponentField::Owner));
}

void tst_CycloneDx::nestedServicesAndProvides()
{
    const QByteArray bom = R"({
      "bomFormat": "CycloneDX", "specVersion": "1.6",
      "components": [
        {"type": "application", "bom-ref": "suite", "name": "Suite", "version": "2",
         "components": [{"type": "library", "bom-ref": "crypto", "name": "crypto", "version": "3.0.13"},
                        {"type": "cryptographic-asset", "bom-ref": "aes", "name": "AES-128-GCM"}]}
      ],
      "services": [
        {"bom-ref": "gw", "name": "API gateway", "version": "2022-1",
         "services": [{"bom-ref": "ms1", "name": "Orders", "version": "1.4"}]}
      ],
      "dependencies": [
        {"ref": "gw", "dependsOn": ["ms1"]},
        {"ref": "crypto", "provides": ["aes"]}
      ]
    })";
    const Expected<Imported> imported = read(bom);
    QVERIFY(imported);
    const Estate &e = imported->estate;
    QCOMPARE(e.componentCount(), 5);
    QCOMPARE(e.find(QStringLiteral("ms1"))->kind, ComponentKind::Api);
    QCOMPARE(e.find(QStringLiteral("aes"))->kind, ComponentKind::Certificate);
    QCOMPARE(e.dependencyCount(), 2);
    // "crypto provides aes": the asset relies on the library that implements it.
    const Dependency &provided = e.dependency(1);
    QCOMPARE(provided.from, QStringLiteral("aes"));
    QCOMPARE(provided.to, QStringLiteral("crypto"));
    QCOMPARE(provided.type, QStringLiteral("provided-by"));
}

void tst_CycloneDx::badBoms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"bomFormat\": \"CycloneDX\",\n  \"components\": [}")
                              << "line 2, column";
    QTest::newRow("an array") << QByteArray("[]") << "a CycloneDX BOM is a JSON object";
    QTest::newRow("another format")
        << QByteArray(R"({"bomFormat": "SPDX"})") << "bomFormat: is not \"CycloneDX\"";
    QTest::newRow("component without name")
        << QByteArray(R"({"bomFormat": "CycloneDX", "components": [{"type": "library"}]})")
        << "components[0].name";
    QTest::newRow("components not a list")
        << QByteArray(R"({"bomFormat": "CycloneDX", "components": {"a": 1}})") << "components";
    QTest::newRow("nested component not an object")
        << QByteArray(R"({"bomFormat": "CycloneDX", "components": [{"name": "a", "type": "library",
             "components": [3]}]})")
        << "components[0].components[0]: must be an object";
}

void tst_CycloneDx::badBoms()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Expected<Imported> imported = read(json);
    QVERIFY(!imported);
    QVERIFY2(imported.error().text().contains(message), qPrintable(imported.error().text()));
}

void tst_CycloneDx::detectedFromContent()
{
    const QByteArray bom = R"({"bomFormat": "CycloneDX", "specVersion": "1.4", "components": []})";
    QCOMPARE(FileFormats::detect(bom, QStringLiteral("x.json"))->name, QStringLiteral("cyclonedx"));
    QCOMPARE(FileFormats::detect(QByteArray("\xEF\xBB\xBF  \n") + bom)->name,
             QStringLiteral("cyclonedx"));
    // An estate that names the word in a text is still an estate.
    const QByteArray estate = R"({"format": "upgrade-planner-estate", "formatVersion": 1,
        "project": {"purpose": "replace the \"bomFormat\": \"CycloneDX\" tooling"}})";
    QCOMPARE(FileFormats::detect(estate)->name, QStringLiteral("json"));
    QCOMPARE(FileFormats::detect(QByteArray("{}"))->name, QStringLiteral("json"));
    QVERIFY(!FileFormats::detect(QByteArray("[1, 2]")));
}

QTEST_GUILESS_MAIN(tst_CycloneDx)
#include "tst_cyclonedx.moc"
