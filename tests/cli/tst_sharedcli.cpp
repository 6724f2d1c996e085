// SPDX-License-Identifier: GPL-3.0-or-later
// A shared project from the command line, as a team's scripts use it (issue 19): every command
// that writes into a project (record, import --into, compare --accept) takes the project's URL
// as it takes a .uplan; grant works for the owner alone and says so to anyone else; a URL
// that QUrl cannot even read never shows its password; verify --project names both revisions.
// Runs against the test cluster (tests/support/PgServer.h).
#include "CliEstate.h"
#include "CliRunner.h"
#include "PgServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::clitest;
using planner::test::CliRun;
using planner::test::runCli;

namespace {

QString what(const CliRun &run)
{
    return QString::fromUtf8(run.out + run.err);
}

/// The history's entries of @p url (history --json).
QJsonArray historyOf(const QString &url)
{
    const CliRun run = runCli({"history", url, "--json"});
    return QJsonDocument::fromJson(run.out).object().value(u"entries").toArray();
}

bool historyHas(const QJsonArray &entries, const char *who, const char *item)
{
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (e.value(u"who").toString() == QLatin1String(who)
            && e.value(u"item").toString().contains(QLatin1String(item)))
            return true;
    }
    return false;
}

} // namespace

class tst_SharedCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editingCommandsTakeAUrl();
    void onlyTheOwnerGrants();
    void publishWithoutCreateSaysWhatIsMissing();
    void unreadableUrlNeverShowsItsPassword();
    void verifyNamesBothRevisions();
    void historyTravelsWithTheProject();

private:
    /// A new shared project holding the small estate, published by uplan_admin.
    QString publishSmall(const char *prefix);
    QTemporaryDir m_dir;
};

void tst_SharedCli::initTestCase()
{
    QString why;
    if (test::pgPort(&why) == 0)
        QFAIL(qPrintable(why));
    QVERIFY(m_dir.isValid());
}

QString tst_SharedCli::publishSmall(const char *prefix)
{
    const QString json = writeSmallEstate(m_dir);
    const QString url = test::serverUrl(test::uniqueProject(prefix));
    const CliRun run = runCli({"publish", json, url});
    if (run.code != 0)
        qWarning("%s", run.err.constData());
    return run.code == 0 ? url : QString();
}

void tst_SharedCli::editingCommandsTakeAUrl()
{
    const QString url = publishSmall("edit");
    QVERIFY(!url.isEmpty());

    // record into the shared project.
    CliRun run = runCli({"record", url, "--component", "ledger-app", "--phase", "execute",
                         "--start", "2027-01-10T01:00", "--end", "2027-01-10T02:40"});
    QVERIFY2(run.code == 0, qPrintable(what(run)));
    QVERIFY2(run.out.contains("execute phase: 100 min"), run.out.constData());

    // compare --accept stores the estimates there.
    run = runCli({"compare", url, "--accept", "--json"});
    QVERIFY2(run.code == 0, qPrintable(what(run)));
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"accepted").toArray().size(), 1);
    run = runCli({"compare", url, "--json"});
    const QJsonObject step
        = QJsonDocument::fromJson(run.out).object().value(u"steps").toArray().first().toObject();
    QCOMPARE(step.value(u"planned").toObject().value(u"execute").toInt(), 100);

    // import --into merges a file into it: the ledger database's owner changes.
    QByteArray estate = readAll(writeSmallEstate(m_dir));
    QVERIFY(estate.contains("\"name\": \"Ledger database\""));
    estate.replace("\"name\": \"Ledger database\"",
                   "\"name\": \"Ledger database\", \"owner\": \"Core banking DBA\"");
    const QString changed = m_dir.filePath(QStringLiteral("changed.json"));
    QVERIFY(writeAll(changed, estate));
    run = runCli({"import", changed, "--into", url});
    QVERIFY2(run.code == 0, qPrintable(what(run)));
    run = runCli({"export", url, "--format", "json", "-o", "-"});
    QVERIFY2(run.out.contains("Core banking DBA"), run.out.constData());

    // -o to a URL is not how a project reaches a server: publish is.
    run = runCli({"import", changed, "-o", url});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("publish"), run.err.constData());

    // Each of them is in the history, under who made it.
    const QJsonArray entries = historyOf(url);
    QVERIFY(historyHas(entries, "uplan_admin", "ledger-app"));
    QVERIFY(historyHas(entries, "uplan_admin", "pg-core"));

    // A reader's record is refused by the server, and nothing changes.
    QCOMPARE(runCli({"grant", url, "uplan_reader", "--access", "read"}).code, 0);
    const QString asReader = QString(url).replace(u"uplan_admin@"_qs, u"uplan_reader@"_qs);
    const QByteArray before = runCli({"export", url, "--format", "json", "-o", "-"}).out;
    run = runCli({"record", asReader, "--component", "ledger-app", "--rollback", "none"});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("right to edit"), run.err.constData());
    QCOMPARE(runCli({"export", url, "--format", "json", "-o", "-"}).out, before);
}

void tst_SharedCli::onlyTheOwnerGrants()
{
    const QString url = publishSmall("grant");
    QVERIFY(!url.isEmpty());
    const QString asEditor = QString(url).replace(u"uplan_admin@"_qs, u"uplan_reader@"_qs);
    QCOMPARE(runCli({"grant", url, "uplan_reader", "--access", "edit"}).code, 0);

    // An editor is not the owner: PostgreSQL would let the grant pass with warnings and
    // grant nothing; the command says who can.
    CliRun run = runCli({"grant", asEditor, "uplan_pw", "--access", "edit"});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("only the project's owner, uplan_admin"), run.err.constData());
    QVERIFY2(!run.err.contains("WARNING"), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());

    // No such role; the owner's own rights.
    run = runCli({"grant", url, "no_such_role"});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("no role 'no_such_role'"), run.err.constData());
    run = runCli({"grant", url, "uplan_admin", "--access", "read"});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("owns the project"), run.err.constData());
    // The owner can still edit.
    run = runCli({"record", url, "--component", "ledger-app", "--rollback", "none"});
    QVERIFY2(run.code == 0, qPrintable(what(run)));
}

void tst_SharedCli::publishWithoutCreateSaysWhatIsMissing()
{
    const QString json = writeSmallEstate(m_dir);
    const QString url = test::serverUrl(test::uniqueProject("nocreate"), "uplan_reader");
    const CliRun run = runCli({"publish", json, url});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("may not create projects in this database"), run.err.constData());
    QVERIFY2(!run.err.contains("right to edit"), run.err.constData());
}

void tst_SharedCli::unreadableUrlNeverShowsItsPassword()
{
    const QString port = QString::number(test::pgPort());
    for (const QString &url :
         {QStringLiteral("postgresql://uplan_pw:se@cret-pw@127.0.0.1:%1/postgres?project=x"),
          QStringLiteral("postgresql://uplan_pw:cret pw@127.0.0.1:%1/postgres?project=x"),
          QStringLiteral("postgresql://uplan_pw:cret-pw@127.0.0.1:%1/postgres?project=x")}) {
        for (const char *command : {"show", "history", "projects", "publish"}) {
            QStringList arguments{QLatin1String(command), url.arg(port)};
            if (qstrcmp(command, "publish") == 0)
                arguments.insert(1, writeSmallEstate(m_dir));
            const CliRun run = runCli(arguments);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains("carries a password"), run.err.constData());
            QVERIFY2(!run.err.contains("cret"), run.err.constData());
        }
    }
}

void tst_SharedCli::verifyNamesBothRevisions()
{
    const QString url = publishSmall("verify");
    QVERIFY(!url.isEmpty());
    const QString plan = m_dir.filePath(QStringLiteral("plan-verify"));
    CliRun run = runCli({"plan", url, "-o", plan, "--no-pdf"});
    QVERIFY2(run.code == 0 || run.code == 1, qPrintable(what(run)));
    run = runCli({"verify", plan + QStringLiteral("/plan.json"), "--project", url});
    QVERIFY2(run.code == 0, qPrintable(what(run)));

    QVERIFY(runCli({"record", url, "--component", "pg-core", "--rollback", "none"}).code == 0);
    run = runCli({"verify", plan + QStringLiteral("/plan.json"), "--project", url});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.out.contains("computed at revision 1, the project is now at revision 2"),
             run.out.constData());
    // The command it names, quoted for the shell, lists exactly the saves since the plan.
    QVERIFY2(run.out.contains(QStringLiteral("`history '%1' --after 1`").arg(url).toUtf8()),
             run.out.constData());
    const QJsonArray since = QJsonDocument::fromJson(
                                 runCli({"history", url, "--after", "1", "--json"}).out)
                                 .object()
                                 .value(u"entries")
                                 .toArray();
    QCOMPARE(since.size(), 1);
    QCOMPARE(since.first().toObject().value(u"revision").toInt(), 2);
    // In words: the record added, with what it holds.
    run = runCli({"history", url, "--after", "1"});
    QVERIFY2(run.out.contains("r2  added executed pg-core: {\"component\":\"pg-core\""),
             run.out.constData());
    QCOMPARE(runCli({"history", url, "--after", "two"}).code, 2);
}

// Published from a file, a shared project continues the file's history; exported back to a
// file, the file continues the shared project's: who changed what is never left behind.
void tst_SharedCli::historyTravelsWithTheProject()
{
    const QString file = m_dir.filePath(QStringLiteral("travels.uplan"));
    QCOMPARE(runCli({"import", writeSmallEstate(m_dir), "-o", file, "--force"}).code, 0);
    QCOMPARE(runCli({"record", file, "--component", "pg-core", "--rollback", "none"}).code, 0);
    QCOMPARE(runCli({"record", file, "--component", "ledger-app", "--rollback", "full"}).code, 0);
    const QJsonArray fileHistory = historyOf(file);
    QCOMPARE(fileHistory.last().toObject().value(u"revision").toInt(), 3);

    const QString url = test::serverUrl(test::uniqueProject("travels"));
    CliRun run = runCli({"publish", file, url});
    QVERIFY2(run.code == 0 && run.err.isEmpty(), qPrintable(what(run)));
    QVERIFY2(run.out.contains("revision 3"), run.out.constData());
    QCOMPARE(historyOf(url), fileHistory);

    // The next save on the server follows on.
    QCOMPARE(runCli({"record", url, "--component", "pg-core", "--rollback", "partial"}).code, 0);
    const QJsonArray serverHistory = historyOf(url);
    QCOMPARE(serverHistory.size(), fileHistory.size() + 1);
    QCOMPARE(serverHistory.last().toObject().value(u"revision").toInt(), 4);
    QCOMPARE(serverHistory.last().toObject().value(u"who").toString(), u"uplan_admin"_qs);
    QCOMPARE(serverHistory.last().toObject().value(u"item").toString(), u"pg-core"_qs);

    // Taken back to a file, the history comes along, and the file's next save follows on.
    const QString back = m_dir.filePath(QStringLiteral("back.uplan"));
    run = runCli({"export", url, "--format", "uplan", "-o", back});
    QVERIFY2(run.code == 0, qPrintable(what(run)));
    QCOMPARE(historyOf(back), serverHistory);
    QCOMPARE(runCli({"record", back, "--component", "ledger-app", "--rollback", "none"}).code, 0);
    QCOMPARE(historyOf(back).last().toObject().value(u"revision").toInt(), 5);
}

QTEST_GUILESS_MAIN(tst_SharedCli)
#include "tst_sharedcli.moc"
