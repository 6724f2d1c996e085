// SPDX-License-Identifier: GPL-3.0-or-later
#include "Document.h"
#include "PgServer.h"
#include "SmallEstate.h"
#include "commands/EditComponentCommand.h"
#include "exchange/EstateJson.h"
#include "inventory/EstateStore.h"
#include "storage/ServerProject.h"
#include "storage/SqlConnection.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_Document : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void startsUntitledAndEmpty();
    void importsJsonAsUntitled();
    void tracksModifiedThroughTheUndoStack();
    void saveAsAndReopenGiveTheSameEstate();
    void saveAsAddsTheSuffix();
    void refusesBrokenFilesAndKeepsTheEstate_data();
    void refusesBrokenFilesAndKeepsTheEstate();
    void opensTheSample();
    void sharedProjectOpensSavesAndHearsOthers();
    void sharedSaveCombinesWithOthersAndAsksAboutClashes();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void renameOwner(Document &document, const char *id, const QString &owner);
    static QDir documentsFolder()
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }

    QTemporaryDir m_dir;
};

void tst_Document::init()
{
    QVERIFY(m_dir.isValid());
    // Save As proposes the documents folder: a home of the test's own, with one.
    qputenv("HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home/Documents"))));
}

QString tst_Document::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void tst_Document::renameOwner(Document &document, const char *id, const QString &owner)
{
    const Component before = *document.estate().find(QString::fromLatin1(id));
    Component after = before;
    after.owner = owner;
    document.undoStack()->push(new EditComponentCommand(document.store(), before, after));
}

void tst_Document::startsUntitledAndEmpty()
{
    Document document;
    QVERIFY(document.isUntitled());
    QVERIFY(!document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("Untitled"));
    QCOMPARE(document.suggestedPath(),
             documentsFolder().filePath(QStringLiteral("untitled.uplan")));
    QCOMPARE(document.estate().componentCount(), 0);
    QVERIFY(!document.save()); // nowhere to save to yet
}

void tst_Document::importsJsonAsUntitled()
{
    const QString json = writeFile(QStringLiteral("bank.json"),
                                   writeEstateJson(test::smallEstate()));
    Document document;
    QSignalSpy fileChanged(&document, &Document::fileChanged);
    const Expected<Done> opened = document.open(json);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().text()));
    QVERIFY(document.estate() == test::smallEstate());
    QVERIFY(document.isUntitled()); // Save must not write SQLite over the JSON
    QVERIFY(!document.isModified());
    // No project file exists yet: the title names none, and Save As proposes the user's
    // documents, not the folder of the JSON (the program's resources for the sample).
    QCOMPARE(document.displayName(), QStringLiteral("Untitled (imported from bank.json)"));
    QCOMPARE(document.suggestedPath(), documentsFolder().filePath(QStringLiteral("bank.uplan")));
    QCOMPARE(document.importedFrom(), json);
    QCOMPARE(fileChanged.count(), 1);
    QVERIFY(!document.save());
}

void tst_Document::tracksModifiedThroughTheUndoStack()
{
    Document document;
    QVERIFY(
        document.open(writeFile(QStringLiteral("m.json"), writeEstateJson(test::smallEstate()))));
    QSignalSpy modified(&document, &Document::modifiedChanged);
    renameOwner(document, "jvm", QStringLiteral("Middleware team"));
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    document.undoStack()->redo();
    QVERIFY(document.isModified());
    // Opening another file forgets the history.
    QVERIFY(
        document.open(writeFile(QStringLiteral("n.json"), writeEstateJson(test::smallEstate()))));
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_Document::saveAsAndReopenGiveTheSameEstate()
{
    Document document;
    QVERIFY(
        document.open(writeFile(QStringLiteral("s.json"), writeEstateJson(test::smallEstate()))));
    renameOwner(document, "ldap", QStringLiteral("Identity team"));
    const QString project = m_dir.filePath(QStringLiteral("bank.uplan"));
    const Expected<Done> saved = document.saveAs(project);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().text()));
    QVERIFY(!document.isUntitled());
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), project);
    QCOMPARE(document.displayName(), QStringLiteral("bank.uplan"));

    renameOwner(document, "jvm", QStringLiteral("Middleware team"));
    QVERIFY(document.isModified());
    QVERIFY(document.save());
    QVERIFY(!document.isModified());

    // One path: the kind detected once, the file opened once, read on one connection.
    const quint64 connectionsBefore = SqlConnection::created();
    Document reopened;
    const Expected<Done> opened = reopened.open(project);
    QCOMPARE(SqlConnection::created() - connectionsBefore, quint64(1));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().text()));
    QVERIFY(reopened.estate() == document.estate());
    QCOMPARE(reopened.estate().find(QStringLiteral("ldap"))->owner,
             QStringLiteral("Identity team"));
    QVERIFY(!reopened.isUntitled());
}

void tst_Document::saveAsAddsTheSuffix()
{
    Document document;
    QVERIFY(
        document.open(writeFile(QStringLiteral("t.json"), writeEstateJson(test::smallEstate()))));
    QVERIFY(document.saveAs(m_dir.filePath(QStringLiteral("plain"))));
    QCOMPARE(document.filePath(), m_dir.filePath(QStringLiteral("plain.uplan")));
    QVERIFY(QFile::exists(document.filePath()));
}

void tst_Document::refusesBrokenFilesAndKeepsTheEstate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("text") << QStringLiteral("notes.uplan") << QByteArray("just some notes\n");
    QTest::newRow("bad json") << QStringLiteral("bad.json")
                              << QByteArray("{\"format\": \"upgrade-planner-estate\", ");
    QTest::newRow("empty") << QStringLiteral("empty.uplan") << QByteArray();
}

void tst_Document::refusesBrokenFilesAndKeepsTheEstate()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    Document document;
    QVERIFY(document.open(
        writeFile(QStringLiteral("good.json"), writeEstateJson(test::smallEstate()))));
    renameOwner(document, "jvm", QStringLiteral("Middleware team"));
    const Estate before = document.estate();
    const Expected<Done> opened = document.open(writeFile(name, bytes));
    QVERIFY(!opened);
    QVERIFY(!opened.error().text().isEmpty());
    QVERIFY(document.estate() == before);
    QVERIFY(document.isModified());
    QCOMPARE(document.displayName(), QStringLiteral("Untitled (imported from good.json)"));
}

void tst_Document::opensTheSample()
{
    const QString sample = QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
    if (!QFile::exists(sample))
        QSKIP("resources/sample-estate.json is not there yet");
    Document document;
    QStringList warnings;
    const Expected<Done> opened = document.open(sample, &warnings);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().text()));
    QVERIFY(document.estate().componentCount() >= 40);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(document.displayName(), QStringLiteral("Untitled (imported from sample-estate.json)"));
    QVERIFY(!document.suggestedPath().startsWith(QStringLiteral(UPLAN_RESOURCES_DIR)));
}

// A shared project on the test cluster: opened by URL, named in the title by project and
// server, saved back as a new revision with no lock file anywhere, and told when another
// client saves (the notification) so that Save asks before overwriting.
void tst_Document::sharedProjectOpensSavesAndHearsOthers()
{
    QString why;
    if (!test::pgPort(&why))
        QFAIL(qPrintable(why));
    const QString url = test::serverUrl(test::uniqueProject("document"));
    QVERIFY(saveProject(url, test::smallEstate()));

    Document document;
    const Expected<Done> opened = document.open(url);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().text()));
    QVERIFY(document.isShared());
    QCOMPARE(document.filePath(), ServerLocation::parse(url)->url());
    QVERIFY2(document.displayName().contains(ServerLocation::parse(url)->project)
                 && document.displayName().contains(QLatin1String("127.0.0.1")),
             qPrintable(document.displayName()));
    QVERIFY(!document.changedOnDisk());
    QVERIFY(document.suggestedPath().endsWith(ServerLocation::parse(url)->project
                                              + QLatin1String(".uplan")));

    renameOwner(document, "ldap", QStringLiteral("Identity team"));
    QVERIFY(document.save());
    QVERIFY(!document.isModified());
    QCOMPARE(*ServerProject::revision(*ServerLocation::parse(url)), 2);
    QCOMPARE(loadProject(url)->find(QStringLiteral("ldap"))->owner,
             QStringLiteral("Identity team"));

    // Someone else saves (another connection): the document hears it and knows its copy is
    // behind, so the GUI's Save asks first.
    QSignalSpy others(&document, &Document::sharedProjectSaved);
    Estate theirs = test::smallEstate();
    QVERIFY(ServerProject::save(*ServerLocation::parse(url), theirs));
    // Saves by this process are told apart by the watcher; count one here by hand through
    // the server's revision instead.
    QVERIFY(document.changedOnDisk());
    QVERIFY(!document.missingOnDisk());
    QCOMPARE(others.size(), 0); // this process's own save: not someone else's

    // Another program saves it (the command line, as a colleague's workbench would): the
    // document is told who and which revision, within moments.
    const QString file = m_dir.filePath(QStringLiteral("colleague.uplan"));
    QVERIFY(saveProject(file, test::smallEstate()));
    QProcess colleague;
    colleague.start(QStringLiteral(UPLAN_BINARY_DIR "/bin/upgrade-planner"),
                    {QStringLiteral("publish"), QStringLiteral("--replace"), file, url});
    QVERIFY(colleague.waitForFinished(60000));
    QVERIFY2(colleague.exitCode() == 0, colleague.readAllStandardError().constData());
    QTRY_COMPARE_WITH_TIMEOUT(others.size(), 1, 5000);
    QCOMPARE(others.at(0).at(0).toLongLong(), 4);
    QCOMPARE(others.at(0).at(1).toString(), QStringLiteral("uplan_admin"));
}

// Someone else saved the shared project after this window opened it: Save combines both sets of
// edits (the document then shows the project as saved, others' edits included), and when both
// changed the same component it writes nothing until the user chooses.
void tst_Document::sharedSaveCombinesWithOthersAndAsksAboutClashes()
{
    QString why;
    if (!test::pgPort(&why))
        QFAIL(qPrintable(why));
    const QString url = test::serverUrl(test::uniqueProject("combine"));
    const ServerLocation where = *ServerLocation::parse(url);
    QVERIFY(saveProject(url, test::smallEstate()));
    Document document;
    QVERIFY(document.open(url));
    QCOMPARE(document.sharedRevision(), 1);

    // A colleague changes the directory's owner; this window the runtime's.
    QVERIFY(saveProjectEdits(url, test::smallEstate(), [] {
        Estate e = test::smallEstate();
        Component c = *e.find(QStringLiteral("ldap"));
        c.owner = QStringLiteral("Identity team");
        e.replaceComponent(e.indexOf(c.id), c);
        return e;
    }()));
    renameOwner(document, "jvm", QStringLiteral("Middleware team"));
    const Expected<Done> saved = document.save();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().text()));
    QCOMPARE(*ServerProject::revision(where), 3);
    QCOMPARE(document.sharedRevision(), 3);
    QVERIFY(!document.isModified());
    QVERIFY(!document.changedOnDisk());
    // Both edits on the server and in the window.
    for (const Estate &e : {*loadProject(url), document.estate()}) {
        QCOMPARE(e.find(QStringLiteral("ldap"))->owner, QStringLiteral("Identity team"));
        QCOMPARE(e.find(QStringLiteral("jvm"))->owner, QStringLiteral("Middleware team"));
    }

    // Now both change the directory's owner, differently.
    Estate theirs = *loadProject(url);
    Component ldap = *theirs.find(QStringLiteral("ldap"));
    ldap.owner = QStringLiteral("Security team");
    theirs.replaceComponent(theirs.indexOf(ldap.id), ldap);
    QVERIFY(ServerProject::save(where, theirs));
    renameOwner(document, "ldap", QStringLiteral("Directory team"));
    const Expected<Done> refused = document.save();
    QVERIFY(!refused);
    QVERIFY2(refused.error().what.contains(QLatin1String("component ldap"))
                 && refused.error().what.contains(QLatin1String("nothing was written")),
             qPrintable(refused.error().text()));
    QVERIFY(document.isModified()); // the edit is still there, unsaved
    QCOMPARE(*ServerProject::revision(where), 4);

    // The user keeps their own value.
    const Expected<ServerProject::SaveOutcome> undecided = document.saveShared({});
    QVERIFY(undecided);
    QCOMPARE(undecided->undecided.size(), 1);
    const Expected<ServerProject::SaveOutcome> chosen
        = document.saveShared({}, {{undecided->undecided.first().key(), Choice::Mine}});
    QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error().text()));
    QCOMPARE(chosen->revision, 5);
    QVERIFY(!document.isModified());
    QCOMPARE(loadProject(url)->find(QStringLiteral("ldap"))->owner,
             QStringLiteral("Directory team"));
}

QTEST_MAIN(tst_Document)
#include "tst_document.moc"
