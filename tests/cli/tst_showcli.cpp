// SPDX-License-Identifier: GPL-3.0-or-later
// `show --impact`: the graph view's impact question from the command line, on the small estate
// of GraphEstate.h (web -> api -> db -> os1, api -> mq -> os2, batch -> db and mq, lonely).
#include "CliRunner.h"
#include "GraphEstate.h"

#include "storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using planner::test::CliRun;
using planner::test::runCli;

namespace {

QStringList ids(const QJsonObject &o)
{
    QStringList list;
    for (const QJsonValue &c : o.value(u"components").toArray())
        list << c.toObject().value(u"id").toString();
    return list;
}

} // namespace

class tst_ShowCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Estate e = graphtest::smallEstate();
        BusinessProcess shop;
        shop.id = QStringLiteral("shop");
        shop.name = QStringLiteral("Web shop");
        shop.uses = {QStringLiteral("web")};
        BusinessProcess night;
        night.id = QStringLiteral("night");
        night.uses = {QStringLiteral("lonely")};
        e.processes = {shop, night};
        m_path = m_dir.filePath(QStringLiteral("small.uplan"));
        QVERIFY(saveProject(m_path, e).ok());
    }

    void dependentsOfTheDatabase()
    {
        const CliRun run = runCli({"show", m_path, "--impact", "db", "--json"});
        QVERIFY2(run.code == 0, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        // In the estate's order: what breaks if db goes.
        QCOMPARE(ids(o), (QStringList{"web", "api", "db", "batch"}));
        QCOMPARE(o.value(u"direction").toString(), QStringLiteral("dependents"));
        const QJsonArray processes = o.value(u"processes").toArray();
        QCOMPARE(processes.size(), 1);
        QCOMPARE(processes[0].toObject().value(u"through").toArray()[0].toString(),
                 QStringLiteral("web"));
        for (const QJsonValue &c : o.value(u"components").toArray())
            QCOMPARE(c.toObject().value(u"seed").toBool(),
                     c.toObject().value(u"id").toString() == QLatin1String("db"));
    }

    void dependenciesAndBoth()
    {
        const CliRun needs = runCli(
            {"show", m_path, "--impact", "api", "--direction", "dependencies", "--json"});
        QVERIFY2(needs.code == 0, needs.err.constData());
        QCOMPARE(ids(QJsonDocument::fromJson(needs.out).object()),
                 (QStringList{"api", "db", "mq", "os1", "os2"}));
        const CliRun both = runCli({"show", m_path, "--impact", "mq", "--impact", "lonely",
                                    "--direction", "both", "--json"});
        QVERIFY2(both.code == 0, both.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(both.out).object();
        QCOMPARE(ids(o), (QStringList{"web", "api", "mq", "os2", "batch", "lonely"}));
        QCOMPARE(o.value(u"processes").toArray().size(), 2);
    }

    void textNamesTheSeedsAndProcesses()
    {
        const CliRun run = runCli({"show", m_path, "--impact", "db"});
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("Impact, what depends on db: 3 components besides those "
                                    "asked about (marked *)\n"),
                 run.out.constData());
        QVERIFY(run.out.contains("* db"));
        QVERIFY(run.out.contains("Web shop (medium) through web"));
    }

    void badInput()
    {
        const CliRun unknown = runCli({"show", m_path, "--impact", "ghost"});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("no component 'ghost'"), unknown.err.constData());
        QCOMPARE(runCli({"show", m_path, "--impact", "db", "--direction", "up"}).code, 2);
        QCOMPARE(runCli({"show", m_path, "--direction", "both"}).code, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(tst_ShowCli)
#include "tst_showcli.moc"
