// SPDX-License-Identifier: GPL-3.0-or-later
// A shared project on the test cluster (PgServer.h): published once, replaced as a new
// revision, a save refused when someone else saved meanwhile, the password taken from a
// .pgpass file and never from the URL, TLS used when the server offers it, and a reader role
// that can open the project but whose edit the server refuses.
#include "ProjectFileChecks.h"
#include "StorageTestData.h"

#include "EstateEdits.h"
#include "PgServer.h"
#include "storage/ProjectFile.h"
#include "storage/ServerProject.h"
#include "storage/ServerWatcher.h"
#include "storage/SqlConnection.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace planner;
using namespace planner::storagetest;

namespace {

ServerLocation location(const QString &project, const char *user = "uplan_admin")
{
    return *ServerLocation::parse(test::serverUrl(project, user));
}

/// @p estate with one component's owner (or target) changed: an edit as a user makes it.
Estate edited(Estate estate, const char *id, const char *owner, const char *target = nullptr)
{
    const int row = estate.indexOf(QString::fromLatin1(id));
    Component c = estate.component(row);
    if (owner)
        c.owner = QString::fromLatin1(owner);
    if (target)
        c.target = version(target);
    estate.replaceComponent(row, c);
    return estate;
}

template<typename T>
QString textOf(const Expected<T> &done)
{
    return done ? QString() : done.error().text();
}

QString textOf(const Expected<Done> &done)
{
    return done ? QString() : done.error().text();
}

} // namespace

class tst_ServerProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishCreatesOnceAndReplaceMakesARevision();
    void listsProjectsAndNamesTheMissingOne();
    void saveRefusedWhenSomeoneElseSavedMeanwhile();
    void readerOpensButCannotEdit();
    void passwordFromPgpassNeverFromTheUrl();
    void tlsWhenTheServerOffersIt();
    void removeDropsOnlyAProject();
    void watcherHearsEverySave();
    void killedClientLeavesTheProjectWhole();
    void twoClientsEditingDifferentComponentsBothKeepTheirWork();
    void twoClientsEditingTheSameComponentChoose();
    void commandLineEditOfASharedProjectCombines();
    void clashNamesOnlyThoseWhoSavedSince();
    void anotherClientReadsOnlyWhatWasSaved();
};

void tst_ServerProject::initTestCase()
{
    QString why;
    if (!test::pgPort(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(ServerProject::driverAvailable(), "Qt's QPSQL driver is missing (libqt6sql6-psql)");
}

void tst_ServerProject::publishCreatesOnceAndReplaceMakesARevision()
{
    const ServerLocation where = location(test::uniqueProject("publish"));
    const Estate estate = fullEstate();
    const Expected<Done> published = ServerProject::publish(where, estate,
                                                            ServerProject::Publish::Create);
    QVERIFY2(published, qPrintable(textOf(published)));
    QCOMPARE(*ServerProject::revision(where), 1);
    verifySame(*ServerProject::load(where), estate);

    // A second Create is refused and changes nothing.
    const Expected<Done> again = ServerProject::publish(where, largeEstate(50),
                                                        ServerProject::Publish::Create);
    QVERIFY(!again);
    QVERIFY2(again.error().what.contains(QLatin1String("--replace")), qPrintable(textOf(again)));
    QCOMPARE(*ServerProject::revision(where), 1);

    // Replace writes a new revision; loading through the URL gives the new content.
    const Estate smaller = largeEstate(50);
    QVERIFY(ServerProject::publish(where, smaller, ServerProject::Publish::Replace));
    QCOMPARE(*ServerProject::revision(where), 2);
    const Expected<Estate> loaded = loadProject(where.url());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, smaller);
}

void tst_ServerProject::listsProjectsAndNamesTheMissingOne()
{
    const QString name = test::uniqueProject("listed");
    QVERIFY(ServerProject::publish(location(name), Estate(), ServerProject::Publish::Create));
    const Expected<QStringList> names = ServerProject::list(location(QStringLiteral("any")));
    QVERIFY(names);
    QVERIFY2(names->contains(name), qPrintable(names->join(u',')));

    const Expected<Estate> missing = ServerProject::load(location(name + QStringLiteral("x")));
    QVERIFY(!missing);
    // The message names the missing project and the ones the server has.
    QVERIFY2(missing.error().what.contains(QStringLiteral("no project '%1x'").arg(name))
                 && missing.error().what.contains(QStringLiteral("it has: ")),
             qPrintable(missing.error().text()));
    QVERIFY(missing.error().what.section(QStringLiteral("it has: "), 1).contains(name));
    QCOMPARE(missing.error().where, location(name + QStringLiteral("x")).url());
}

void tst_ServerProject::saveRefusedWhenSomeoneElseSavedMeanwhile()
{
    const ServerLocation where = location(test::uniqueProject("revision"));
    QVERIFY(ServerProject::publish(where, fullEstate(), ServerProject::Publish::Create));
    const qint64 mine = *ServerProject::revision(where);
    // Someone else saves first.
    QVERIFY(ServerProject::save(where, largeEstate(20), mine));
    // Then this copy, of the older revision, is refused; the other save stays.
    const Expected<Done> late = ServerProject::save(where, fullEstate(), mine);
    QVERIFY(!late);
    QVERIFY2(late.error().what.contains(QLatin1String("someone else saved")),
             qPrintable(textOf(late)));
    verifySame(*ServerProject::load(where), largeEstate(20));
}

void tst_ServerProject::readerOpensButCannotEdit()
{
    const QString name = test::uniqueProject("reader");
    const ServerLocation owner = location(name);
    const ServerLocation reader = location(name, "uplan_reader");
    QVERIFY(ServerProject::publish(owner, fullEstate(), ServerProject::Publish::Create));

    // Before any grant the reader may not even read it.
    const Expected<Estate> refused = ServerProject::load(reader);
    QVERIFY(!refused);
    QVERIFY2(refused.error().what.contains(QLatin1String("may not read the project"))
                 && refused.error().what.contains(
                     QLatin1String("its owner, uplan_admin, can grant it")),
             qPrintable(refused.error().text()));

    QVERIFY(
        ServerProject::grant(owner, QStringLiteral("uplan_reader"), ServerProject::Access::Read));
    const Expected<Estate> read = ServerProject::load(reader);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
    verifySame(*read, fullEstate());

    // The server refuses the reader's edit, and the project stays whole.
    const Expected<Done> edit = ServerProject::save(reader, largeEstate(10));
    QVERIFY(!edit);
    QVERIFY2(edit.error().what.contains(QLatin1String("permission denied"))
                 && edit.error().what.contains(QLatin1String("right to edit")),
             qPrintable(textOf(edit)));
    verifySame(*ServerProject::load(owner), fullEstate());
    QCOMPARE(*ServerProject::revision(owner), 1);

    // Given the right to edit, the same save goes through; read takes it away again.
    QVERIFY(
        ServerProject::grant(owner, QStringLiteral("uplan_reader"), ServerProject::Access::Edit));
    QVERIFY2(ServerProject::save(reader, largeEstate(10)),
             qPrintable(textOf(ServerProject::save(reader, largeEstate(10)))));
    QVERIFY(
        ServerProject::grant(owner, QStringLiteral("uplan_reader"), ServerProject::Access::Read));
    QVERIFY(!ServerProject::save(reader, fullEstate()));
    verifySame(*ServerProject::load(owner), largeEstate(10));
}

void tst_ServerProject::passwordFromPgpassNeverFromTheUrl()
{
    const QString name = test::uniqueProject("password");
    QVERIFY(ServerProject::publish(location(name), Estate(), ServerProject::Publish::Create));
    QVERIFY(ServerProject::grant(location(name), QStringLiteral("uplan_pw"),
                                 ServerProject::Access::Read));
    const ServerLocation withPassword = location(name, "uplan_pw");

    QTemporaryDir home;
    const QString pgpass = home.filePath(QStringLiteral("pgpass"));
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    qunsetenv("PGPASSWORD");
    // No password anywhere: refused, and the message says where it belongs.
    const Expected<Estate> without = ServerProject::load(withPassword);
    QVERIFY(!without);
    QVERIFY2(without.error().what.contains(QLatin1String("~/.pgpass")),
             qPrintable(without.error().text()));
    // A wrong one: said once, though libpq tries twice (with TLS, then without).
    qputenv("PGPASSWORD", "not-the-password");
    const Expected<Estate> wrong = ServerProject::load(withPassword);
    qunsetenv("PGPASSWORD");
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().what.count(QLatin1String("password authentication failed")) == 1,
             qPrintable(wrong.error().text()));
    QVERIFY2(!wrong.error().text().contains(QLatin1String("not-the-password")),
             qPrintable(wrong.error().text()));

    QVERIFY(writeFile(pgpass, QStringLiteral("127.0.0.1:%1:*:uplan_pw:secret-pw\n")
                                  .arg(test::pgPort())
                                  .toUtf8()));
    QVERIFY(QFile::setPermissions(pgpass, QFile::ReadOwner | QFile::WriteOwner));
    const Expected<Estate> with = ServerProject::load(withPassword);
    QVERIFY2(with, qPrintable(with ? QString() : with.error().text()));
    qunsetenv("PGPASSFILE");
}

void tst_ServerProject::tlsWhenTheServerOffersIt()
{
    // The test cluster offers TLS: libpq's default (prefer) and require use it, disable not.
    const auto usesTls = [](const QString &sslMode) {
        ServerLocation where = location(QStringLiteral("any"));
        where.sslMode = sslMode;
        SqlConnection connection(where);
        QString problem;
        if (!connection.open(&problem))
            return QStringLiteral("cannot connect: ") + problem;
        QSqlQuery query(connection.database());
        if (!query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
            || !query.next())
            return QStringLiteral("no answer");
        return query.value(0).toBool() ? QStringLiteral("tls") : QStringLiteral("plain");
    };
    QCOMPARE(usesTls(QString()), QStringLiteral("tls"));
    QCOMPARE(usesTls(QStringLiteral("require")), QStringLiteral("tls"));
    QCOMPARE(usesTls(QStringLiteral("disable")), QStringLiteral("plain"));
}

void tst_ServerProject::removeDropsOnlyAProject()
{
    const ServerLocation where = location(test::uniqueProject("removed"));
    QVERIFY(ServerProject::publish(where, fullEstate(), ServerProject::Publish::Create));
    QVERIFY(ServerProject::remove(where));
    QVERIFY(!ServerProject::load(where));
    QVERIFY(!ServerProject::remove(where)); // nothing left to remove
}

// "Changes by others appear within seconds": a watcher hears each save of its project when the
// transaction commits, with the revision and the user, whether the save is this process's or
// another program's (the command line, here), and not those of other projects.
void tst_ServerProject::watcherHearsEverySave()
{
    const QString name = test::uniqueProject("watched");
    const ServerLocation where = location(name);
    QVERIFY(ServerProject::publish(where, fullEstate(), ServerProject::Publish::Create));
    ServerWatcher watcher(where);
    QString problem;
    QVERIFY2(watcher.start(&problem), qPrintable(problem));
    QVERIFY(watcher.isListening());
    QSignalSpy saved(&watcher, &ServerWatcher::saved);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(ServerProject::save(where, largeEstate(10)));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
    QCOMPARE(saved.at(0).at(0).toLongLong(), 2);
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("uplan_admin"));
    QCOMPARE(saved.at(0).at(2).toBool(), true); // this process saved it
    qInfo("a save reached the watcher %lld ms after it began", clock.elapsed());

    // Another project's save is not this watcher's business.
    QVERIFY(ServerProject::publish(location(test::uniqueProject("other")), Estate(),
                                   ServerProject::Publish::Create));

    // Another program saves: the command line publishing over it.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("team.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    QProcess cli;
    cli.start(QStringLiteral(UPLAN_BINARY_DIR "/bin/upgrade-planner"),
              {QStringLiteral("publish"), QStringLiteral("--replace"), file, where.url()});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 5000);
    QCOMPARE(saved.at(1).at(0).toLongLong(), 3);
    QCOMPARE(saved.at(1).at(2).toBool(), false);
}

// A client killed half way through a save (after the dependencies table, as a power cut or a
// kill would end it): the server rolls the transaction back, the project is whole at its old
// revision, and nobody was told of a save.
void tst_ServerProject::killedClientLeavesTheProjectWhole()
{
    const ServerLocation where = location(test::uniqueProject("killed"));
    QVERIFY(ServerProject::publish(where, fullEstate(), ServerProject::Publish::Create));
    ServerWatcher watcher(where);
    QVERIFY(watcher.start());
    QSignalSpy saved(&watcher, &ServerWatcher::saved);

    QProcess crashing;
    crashing.start(QStringLiteral(UPLAN_CRASHING_SAVE), {where.url()});
    QVERIFY(crashing.waitForFinished(120000));
    QCOMPARE(crashing.exitCode(), 42); // it ended inside the save, as asked

    const Expected<Estate> after = ServerProject::load(where);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().text()));
    verifySame(*after, fullEstate());
    QCOMPARE(*ServerProject::revision(where), 1);
    QTest::qWait(200);
    QCOMPARE(saved.size(), 0);
    // And the project takes the next save as usual.
    QVERIFY(ServerProject::save(where, largeEstate(30)));
    verifySame(*ServerProject::load(where), largeEstate(30));
}

// Two people open the same revision and each changes a different component: whoever saves
// second is not refused and does not overwrite the first; the project holds both edits, and
// the history tells who saved what.
void tst_ServerProject::twoClientsEditingDifferentComponentsBothKeepTheirWork()
{
    const ServerLocation where = location(test::uniqueProject("together"));
    const Estate start = largeEstate(40);
    QVERIFY(ServerProject::publish(where, start, ServerProject::Publish::Create));
    qint64 revisionA = 0, revisionB = 0;
    const Estate baseA = *ServerProject::load(where, &revisionA);
    const Estate baseB = *ServerProject::load(where, &revisionB);
    QCOMPARE(revisionA, 1);
    QCOMPARE(revisionB, 1);

    const Estate mineA = edited(baseA, "c3", "Ana");
    const Estate mineB = edited(baseB, "c7", nullptr, "9.1");
    const Expected<ServerProject::SaveOutcome> first = ServerProject::saveEdits(where, baseA,
                                                                                revisionA, mineA);
    QVERIFY2(first, qPrintable(textOf(first)));
    QCOMPARE(first->revision, 2);
    QVERIFY(!first->merged);

    const Expected<ServerProject::SaveOutcome> second = ServerProject::saveEdits(where, baseB,
                                                                                 revisionB, mineB);
    QVERIFY2(second, qPrintable(textOf(second)));
    QCOMPARE(second->revision, 3);
    QVERIFY(second->merged);
    QVERIFY(second->conflicts.isEmpty());
    QCOMPARE(second->theirRevision, 2);
    QCOMPARE(second->savedBy, QStringList{QStringLiteral("uplan_admin")});
    QCOMPARE(second->theirsKept, 1);
    QCOMPARE(second->mineKept, 1);

    const Estate both = edited(mineA, "c7", nullptr, "9.1");
    verifySame(*ServerProject::load(where), both);
    verifySame(second->saved, both);
    // The second save's history holds only its own edit, not the first one's again.
    const Expected<QList<HistoryEntry>> history = ServerProject::history(where);
    QVERIFY(history);
    QStringList items;
    for (const HistoryEntry &entry : *history)
        if (entry.revision == 3)
            items << entry.change.item + u'.' + entry.change.field;
    QCOMPARE(items, QStringList{QStringLiteral("c7.target")});
}

// Both change the same component differently: the second save writes nothing and lists the
// conflict with both values; once the user chooses, the save goes through with that choice.
void tst_ServerProject::twoClientsEditingTheSameComponentChoose()
{
    const ServerLocation where = location(test::uniqueProject("same"));
    QVERIFY(ServerProject::publish(where, largeEstate(40), ServerProject::Publish::Create));
    qint64 revision = 0;
    const Estate base = *ServerProject::load(where, &revision);
    const Estate mineA = edited(base, "c3", "Ana");
    const Estate mineB = edited(edited(base, "c3", "Bo"), "c9", "Bo");
    QVERIFY(ServerProject::saveEdits(where, base, revision, mineA));

    const Expected<ServerProject::SaveOutcome> refused = ServerProject::saveEdits(where, base,
                                                                                  revision, mineB);
    QVERIFY2(refused, qPrintable(textOf(refused)));
    QCOMPARE(refused->revision, 0);
    QCOMPARE(refused->undecided.size(), 1);
    const EditConflict conflict = refused->undecided.first();
    QCOMPARE(conflict.item, QStringLiteral("c3"));
    QVERIFY(conflict.mine.contains(QStringLiteral("\"Bo\"")));
    QVERIFY(conflict.theirs.contains(QStringLiteral("\"Ana\"")));
    QCOMPARE(*ServerProject::revision(where), 2);
    verifySame(*ServerProject::load(where), mineA); // nothing of B's written

    // B keeps their own value.
    const Expected<ServerProject::SaveOutcome> chosen
        = ServerProject::saveEdits(where, base, revision, mineB, {{conflict.key(), Choice::Mine}});
    QVERIFY2(chosen, qPrintable(textOf(chosen)));
    QCOMPARE(chosen->revision, 3);
    QVERIFY(chosen->undecided.isEmpty());
    verifySame(*ServerProject::load(where), mineB);

    // Choosing theirs keeps A's value and B's other edit.
    const ServerLocation other = location(test::uniqueProject("same"));
    QVERIFY(ServerProject::publish(other, largeEstate(40), ServerProject::Publish::Create));
    QVERIFY(ServerProject::saveEdits(other, base, 1, mineA));
    QVERIFY(ServerProject::saveEdits(other, base, 1, mineB, {{conflict.key(), Choice::Theirs}}));
    verifySame(*ServerProject::load(other), edited(mineA, "c9", "Bo"));
}

// A command that edits a shared project (record, compare --accept, import --into) reads it,
// changes it and saves only its change: an edit someone saved in between stays.
void tst_ServerProject::commandLineEditOfASharedProjectCombines()
{
    const ServerLocation where = location(test::uniqueProject("cli"));
    QVERIFY(ServerProject::publish(where, largeEstate(40), ServerProject::Publish::Create));
    const Estate base = *ServerProject::load(where);
    // Someone saves after the command read the project...
    QVERIFY(ServerProject::save(where, edited(base, "c3", "Ana")));
    // ...and the command's save combines with it.
    const Expected<Done> saved = saveProjectEdits(where.url(), base, edited(base, "c9", "Bo"));
    QVERIFY2(saved, qPrintable(textOf(saved)));
    verifySame(*ServerProject::load(where), edited(edited(base, "c3", "Ana"), "c9", "Bo"));

    // The same component: refused with both values named, nothing written.
    const Expected<Done> clash = saveProjectEdits(where.url(), base, edited(base, "c3", "Cy"));
    QVERIFY(!clash);
    QVERIFY2(clash.error().what.contains(QLatin1String("component c3"))
                 && clash.error().what.contains(QLatin1String("nothing was written")),
             qPrintable(textOf(clash)));
    QCOMPARE(*ServerProject::revision(where), 3);
}

// A command that read the project at a revision and clashes with a later save names who made
// that save, not everyone who ever saved the project.
void tst_ServerProject::clashNamesOnlyThoseWhoSavedSince()
{
    const QString name = test::uniqueProject("clashwho");
    const ServerLocation owner = location(name);
    QVERIFY(ServerProject::publish(owner, largeEstate(20), ServerProject::Publish::Create));
    QVERIFY(
        ServerProject::grant(owner, QStringLiteral("uplan_reader"), ServerProject::Access::Edit));
    QVERIFY(ServerProject::save(owner, edited(*ServerProject::load(owner), "c1", "Ann")));
    qint64 revision = 0;
    const Expected<Estate> base = loadProject(owner.url(), &revision);
    QVERIFY(base);
    QCOMPARE(revision, 2);
    // uplan_reader (now an editor) saves; this command then changes the same owner.
    const ServerLocation colleague = location(name, "uplan_reader");
    QVERIFY(ServerProject::save(colleague, edited(*base, "c3", "Cy")));
    const Expected<Done> clash = saveProjectEdits(owner.url(), *base, edited(*base, "c3", "Di"),
                                                  revision);
    QVERIFY(!clash);
    QVERIFY2(clash.error().what.startsWith(QLatin1String("uplan_reader saved the project")),
             qPrintable(textOf(clash)));
}

// A window that heard of a colleague's save reads only the sections the saves since its own
// revision changed (the history names them): each time the result is exactly the project as a
// whole read gives it.
void tst_ServerProject::anotherClientReadsOnlyWhatWasSaved()
{
    const ServerLocation where = location(test::uniqueProject("changes"));
    QVERIFY(ServerProject::publish(where, fullEstate(), ServerProject::Publish::Create));
    qint64 revision = 0;
    Estate seen = *ServerProject::load(where, &revision); // the other client's copy
    const auto colleagueSaves = [&where](const std::function<void(Estate &)> &edit) {
        qint64 at = 0;
        const Estate base = *ServerProject::load(where, &at);
        Estate mine = base;
        edit(mine);
        const Expected<ServerProject::SaveOutcome> saved = ServerProject::saveEdits(where, base, at,
                                                                                    mine);
        return saved && saved->revision > at;
    };
    const auto catchUp = [&]() -> bool {
        qint64 now = 0;
        const Expected<Estate> changed = ServerProject::loadChanges(where, seen, revision, &now);
        if (!changed)
            return false;
        const Estate whole = *ServerProject::load(where);
        verifySame(*changed, whole);
        if (!(*changed == whole))
            return false;
        seen = *changed;
        revision = now;
        return true;
    };
    // A component's field.
    QVERIFY(colleagueSaves([](Estate &e) { e = edited(e, "pg-core", "Database team"); }));
    QVERIFY(catchUp());
    QCOMPARE(seen.find(QStringLiteral("pg-core"))->owner, QStringLiteral("Database team"));
    // A dependency and a window, in two saves: both caught up at once.
    QVERIFY(colleagueSaves([](Estate &e) {
        Dependency d = e.dependency(0);
        d.requirement = range(">=14");
        e.replaceDependency(0, d);
    }));
    QVERIFY(colleagueSaves([](Estate &e) { e.windows[0].parallel = 5; }));
    QVERIFY(catchUp());
    QCOMPARE(seen.windows[0].parallel, 5);
    QCOMPARE(seen.dependency(0).requirement, range(">=14"));
    // A component added with a hand-placed position, another removed.
    QVERIFY(colleagueSaves([](Estate &e) {
        Component c = *e.find(QStringLiteral("pg-core"));
        c.id = QStringLiteral("pg-standby");
        e.appendComponent(c);
        e.manualPositions.insert(c.id, QPoint(3, 4));
        test::removeComponentAndItsDependencies(e, QStringLiteral("new-1"));
    }));
    QVERIFY(catchUp());
    QVERIFY(seen.find(QStringLiteral("pg-standby")));
    QVERIFY(!seen.find(QStringLiteral("new-1")));
    // Nothing saved since: the copy as it is.
    QVERIFY(catchUp());
}

QTEST_GUILESS_MAIN(tst_ServerProject)
#include "tst_serverproject.moc"
