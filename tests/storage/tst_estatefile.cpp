// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"

#include "exchange/EstateJson.h"
#include "storage/EstateFile.h"
#include "storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::storagetest;

Q_DECLARE_METATYPE(planner::FileKind)

namespace {

const QByteArray minimalJson = R"({
  "format": "upgrade-planner-estate",
  "formatVersion": 1,
  "project": { "name": "Small", "timezone": "Europe/Berlin", "start": "2027-01-09" },
  "sites": [ { "id": "fra", "name": "Frankfurt DC" } ],
  "components": [
    { "id": "pg-core", "name": "Ledger database", "kind": "database",
      "product": "postgresql", "version": "12.20", "target": "16.6", "site": "fra" },
    { "id": "ledger-app", "name": "Ledger", "kind": "application",
      "product": "ledger", "version": "4.2", "site": "fra" }
  ],
  "dependencies": [ { "from": "ledger-app", "to": "pg-core", "requires": ">=12 <17" } ]
}
)";

} // namespace

class tst_EstateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void detectsKindByContent_data();
    void detectsKindByContent();

    void loadsProject();
    void loadsEstateJson();
    void reportsUnknownJsonFieldsAsWarnings();
    void badFileGivesErrorNamingIt_data();
    void badFileGivesErrorNamingIt();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_EstateFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_EstateFile::detectsKindByContent_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<FileKind>("kind");
    QTest::newRow("project") << "project" << FileKind::Project;
    QTest::newRow("project named .json") << "project-as-json" << FileKind::Project;
    QTest::newRow("foreign SQLite database") << "foreign" << FileKind::Project;
    QTest::newRow("JSON object") << "json" << FileKind::EstateJson;
    QTest::newRow("JSON after blanks") << "json-blanks" << FileKind::EstateJson;
    QTest::newRow("JSON after a byte order mark") << "json-bom" << FileKind::EstateJson;
    QTest::newRow("JSON array") << "json-array" << FileKind::Unknown;
    QTest::newRow("text") << "text" << FileKind::Unknown;
    QTest::newRow("empty") << "empty" << FileKind::Unknown;
    QTest::newRow("only blanks") << "blanks" << FileKind::Unknown;
    QTest::newRow("missing") << "missing" << FileKind::Unknown;
    QTest::newRow("first bytes of the SQLite header") << "short-sqlite" << FileKind::Unknown;
}

void tst_EstateFile::detectsKindByContent()
{
    QFETCH(QString, fixture);
    QFETCH(FileKind, kind);
    QString file = path(QStringLiteral("input.dat"));
    if (fixture == QLatin1String("project")) {
        QVERIFY(saveProject(file, fullEstate()));
    } else if (fixture == QLatin1String("project-as-json")) {
        file = path(QStringLiteral("estate.json"));
        QVERIFY(saveProject(file, fullEstate()));
    } else if (fixture == QLatin1String("foreign")) {
        QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE t (x)")}), QString());
    } else if (fixture == QLatin1String("json")) {
        QVERIFY(writeFile(file, minimalJson));
    } else if (fixture == QLatin1String("json-blanks")) {
        QVERIFY(writeFile(file, QByteArray(5000, ' ') + "\r\n\t" + minimalJson));
    } else if (fixture == QLatin1String("json-bom")) {
        QVERIFY(writeFile(file, "\xEF\xBB\xBF" + minimalJson));
    } else if (fixture == QLatin1String("json-array")) {
        QVERIFY(writeFile(file, "[1, 2]"));
    } else if (fixture == QLatin1String("text")) {
        QVERIFY(writeFile(file, "hello {world}"));
    } else if (fixture == QLatin1String("empty")) {
        QVERIFY(writeFile(file, QByteArray()));
    } else if (fixture == QLatin1String("blanks")) {
        QVERIFY(writeFile(file, "  \n\n  "));
    } else if (fixture == QLatin1String("short-sqlite")) {
        QVERIFY(writeFile(file, "SQLite for"));
    }
    QCOMPARE(detectFileKind(file), kind);
    // Loading tells the same kind from its one read of the file, whether it loads or not.
    FileKind loadedAs = FileKind::Unknown;
    loadEstateFile(file, nullptr, &loadedAs);
    QCOMPARE(loadedAs, kind);
}

void tst_EstateFile::loadsProject()
{
    const QString file = path(QStringLiteral("bank.uplan"));
    const Estate estate = fullEstate();
    QVERIFY(saveProject(file, estate));
    QStringList warnings;
    const auto loaded = loadEstateFile(file, &warnings);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    QVERIFY(*loaded == estate);
    QVERIFY(warnings.isEmpty());
}

void tst_EstateFile::loadsEstateJson()
{
    const QString file = path(QStringLiteral("estate.json"));
    QVERIFY(writeFile(file, minimalJson));
    const auto loaded = loadEstateFile(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    QCOMPARE(loaded->project.name, QStringLiteral("Small"));
    QCOMPARE(loaded->componentCount(), 2);
    QCOMPARE(loaded->find(QStringLiteral("pg-core"))->target->text(), QStringLiteral("16.6"));
    QCOMPARE(loaded->dependency(0).requirement->text(), QStringLiteral(">=12 <17"));

    // The same estate as JSON and as a project, whichever file it came from.
    const QString project = path(QStringLiteral("estate.uplan"));
    QVERIFY(saveProject(project, *loaded));
    QVERIFY(*loadEstateFile(project) == *loaded);
    const QString exported = path(QStringLiteral("exported.json"));
    Estate estate = fullEstate();
    estate.removeComponent(estate.indexOf(QStringLiteral("new-1"))); // JSON needs a version
    QVERIFY(writeFile(exported, writeEstateJson(estate)));
    const auto full = loadEstateFile(exported);
    QVERIFY2(full, qPrintable(full ? QString() : full.error().text()));
    QCOMPARE(full->componentCount(), estate.componentCount());
    QCOMPARE(full->catalog.size(), estate.catalog.size());
    QVERIFY(full->catalog == estate.catalog);
    // Every field of the change records and of backups and processes crosses over as well.
    QVERIFY(full->processes == estate.processes);
    QVERIFY(full->records == estate.records);
    QVERIFY(*full->find(QStringLiteral("pg-core")) == *estate.find(QStringLiteral("pg-core")));
}

void tst_EstateFile::reportsUnknownJsonFieldsAsWarnings()
{
    const QString file = path(QStringLiteral("estate.json"));
    QByteArray json = minimalJson;
    json.replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"colour\": \"blue\",");
    QVERIFY(writeFile(file, json));
    QStringList warnings;
    QVERIFY(loadEstateFile(file, &warnings));
    QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("colour")),
             qPrintable(warnings.join(u'\n')));
}

void tst_EstateFile::badFileGivesErrorNamingIt_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing"
                             << "no such file";
    QTest::newRow("folder") << "folder"
                            << "not a file";
    QTest::newRow("empty") << "empty"
                           << "empty";
    QTest::newRow("text") << "text"
                          << "neither an Upgrade Planner project nor an estate JSON";
    QTest::newRow("foreign SQLite database") << "foreign"
                                             << "another program";
    QTest::newRow("newer project") << "newer"
                                   << "newer version of Upgrade Planner";
    QTest::newRow("JSON with a bad version") << "bad-json"
                                             << "components[1].version";
    QTest::newRow("broken JSON") << "broken-json"
                                 << "";
}

void tst_EstateFile::badFileGivesErrorNamingIt()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("input.file"));
    if (fixture == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("input.file")));
    } else if (fixture == QLatin1String("empty")) {
        QVERIFY(writeFile(file, QByteArray()));
    } else if (fixture == QLatin1String("text")) {
        QVERIFY(writeFile(file, "hello {world}\nnot an estate\n"));
    } else if (fixture == QLatin1String("foreign")) {
        QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE t (x)")}), QString());
    } else if (fixture == QLatin1String("newer")) {
        QVERIFY(saveProject(file, fullEstate()));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    } else if (fixture == QLatin1String("bad-json")) {
        QByteArray json = minimalJson;
        json.replace("\"version\": \"4.2\"", "\"version\": \"4.2!\"");
        QVERIFY(writeFile(file, json));
    } else if (fixture == QLatin1String("broken-json")) {
        QVERIFY(writeFile(file, minimalJson.left(minimalJson.size() / 2)));
    }
    const auto before = snapshot(m_dir->path());
    const auto loaded = loadEstateFile(file);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().where.endsWith(QStringLiteral("input.file")),
             qPrintable(loaded.error().text()));
    QVERIFY2(loaded.error().what.contains(message), qPrintable(loaded.error().text()));
    QVERIFY(!loaded.error().what.isEmpty());
    QCOMPARE(snapshot(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(tst_EstateFile)
#include "tst_estatefile.moc"
