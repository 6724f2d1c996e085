// SPDX-License-Identifier: GPL-3.0-or-later
// A save never loses the project's previous content: a save that fails, a process that crashes
// or is killed at any moment, a full disk, a read-only folder, another program's file or a
// project another process has open; and connections to the file from several threads at once.
#include "ProjectFileChecks.h"
#include "StorageTestData.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileTesting.h"
#include "storage/ProjectLock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

#include <signal.h>
#include <sys/resource.h>

using namespace planner;
using namespace planner::storagetest;

class tst_ProjectDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void failedSaveKeepsPreviousContent();
    void crashMidSaveKeepsPreviousContent();
    void crashAfterEveryTableKeepsPreviousContent();
    void killAtRandomMomentsLeavesOldOrNew();
    void failedFirstSaveLeavesNoFile();
    void saveRefusesToOverwriteOtherFiles_data();
    void saveRefusesToOverwriteOtherFiles();
    void saveIntoMissingFolderFails();
    void saveRefusesAProjectAnotherProcessHasOpen();
    void fullDiskKeepsThePreviousContent();
    void readOnlyFolderSaysSo();

    void connectionsAreRemovedAndThreadsWork();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ProjectDurability::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ProjectDurability::cleanup()
{
    testing::setSaveHook({});
    m_dir.reset();
}

void tst_ProjectDurability::failedSaveKeepsPreviousContent()
{
    const QString file = path(QStringLiteral("atomic.uplan"));
    const Estate previous = fullEstate();
    QVERIFY(saveProject(file, previous));
    const QByteArray bytes = readFile(file);

    QStringList written;
    testing::setSaveHook([&](const QString &table) {
        written.append(table);
        return table != QLatin1String("dependencies"); // fail after components are replaced
    });
    const auto saved = saveProject(file, largeEstate(3000));
    QVERIFY(!saved);
    QVERIFY2(saved.error().what.contains(QStringLiteral("interrupted")),
             qPrintable(saved.error().text()));
    QVERIFY(written.contains(QStringLiteral("components")));
    testing::setSaveHook({});

    QCOMPARE(readFile(file), bytes);
    QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
    const auto loaded = loadProject(file);
    QVERIFY(loaded);
    verifySame(*loaded, previous);
}

void tst_ProjectDurability::crashMidSaveKeepsPreviousContent()
{
    const QString file = path(QStringLiteral("crash.uplan"));
    const Estate previous = fullEstate();
    QVERIFY(saveProject(file, previous));
    const QByteArray bytes = readFile(file);

    // Another process saves a large estate and dies half way, as on a power cut or a kill. The
    // estate is larger than SQLite's page cache, so pages of the new content have already gone
    // to the file, and the journal holds what they replaced.
    QProcess crasher;
    crasher.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file});
    QVERIFY(crasher.waitForFinished(120000));
    QCOMPARE(crasher.exitCode(), 42);
    const QString journal = file + QStringLiteral("-journal");
    QVERIFY2(readFile(journal).startsWith("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"),
             "the interrupted save should leave a journal to play back");
    QVERIFY(readFile(file) != bytes);

    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, previous);
    QVERIFY(!QFile::exists(journal));
    QCOMPARE(readFile(file), bytes);
    QVERIFY(saveProject(file, fullEstate()));
}

void tst_ProjectDurability::crashAfterEveryTableKeepsPreviousContent()
{
    // The large estate saved over a slightly larger one ends after the first table it writes,
    // the second, ... the last: each time the project opens with all of its previous content.
    const QString file = path(QStringLiteral("every.uplan"));
    const Estate previous = storagetest::largeEstate(storagetest::crashEstateSize);
    QVERIFY(saveProject(file, previous));
    const QByteArray bytes = readFile(file);

    QProcess counter;
    counter.start(QStringLiteral(UPLAN_CRASHING_SAVE),
                  {path(QStringLiteral("count.uplan")), QStringLiteral("count")});
    QVERIFY(counter.waitForFinished(120000));
    QCOMPARE(counter.exitCode(), 0);
    const int tables = counter.readAllStandardOutput().trimmed().toInt();
    // A save writes the tables whose section changed: here the components, their backups, roles
    // and external ids, the dependencies and the hand-placed positions.
    QVERIFY2(tables >= 6, qPrintable(QStringLiteral("only %1 tables written").arg(tables)));

    for (int at = 1; at <= tables; ++at) {
        QProcess crasher;
        crasher.start(QStringLiteral(UPLAN_CRASHING_SAVE),
                      {file, QStringLiteral("at"), QString::number(at)});
        QVERIFY(crasher.waitForFinished(120000));
        QCOMPARE(crasher.exitCode(), 42);
        const auto loaded = loadProject(file);
        QVERIFY2(loaded, qPrintable(QStringLiteral("after table %1: %2")
                                        .arg(at)
                                        .arg(loaded ? QString() : loaded.error().text())));
        QVERIFY2(*loaded == previous, qPrintable(QStringLiteral("after table %1").arg(at)));
        QCOMPARE(readFile(file), bytes);
    }
}

void tst_ProjectDurability::killAtRandomMomentsLeavesOldOrNew()
{
    // Another process saves two large estates over each other again and again; SIGKILL ends it
    // at a random moment (seeded: a failure names its seed): before, during or after a save,
    // in SQLite's journal writes or its commit. The project always opens, and holds one estate
    // or the other in full, never a mix.
    const QString file = path(QStringLiteral("random.uplan"));
    const Estate first = storagetest::largeEstate(storagetest::crashEstateSize);
    const Estate second = storagetest::largeEstate(storagetest::crashEstateSize + 1);
    QVERIFY(saveProject(file, first));
    // How long a save over the project takes (the saver's saves are such: they also work out
    // what changed, for the history); the first estate back, as the saver starts from it.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(saveProject(file, second));
    const int saveMs = int(qMax<qint64>(clock.elapsed(), 20));
    QVERIFY(saveProject(file, first));

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int sawFirst = 0;
    int sawSecond = 0;
    int midSave = 0; // kills that left a journal: the save was under way
    for (int round = 0; round < 16; ++round) {
        QProcess saver;
        saver.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file, QStringLiteral("forever")});
        // Killed somewhere in its first save, after it, or in the save that follows.
        QVERIFY(saver.waitForReadyRead(60000));
        QThread::msleep(random.bounded(saveMs * 5 / 2));
        ::kill(pid_t(saver.processId()), SIGKILL);
        QVERIFY(saver.waitForFinished(60000));
        QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

        if (QFile::exists(file + QStringLiteral("-journal")))
            ++midSave;
        const auto loaded = loadProject(file);
        const QString where = QStringLiteral("seed %1, round %2").arg(seed).arg(round);
        QVERIFY2(loaded, qPrintable(where + QStringLiteral(": ")
                                    + (loaded ? QString() : loaded.error().text())));
        if (*loaded == first)
            ++sawFirst;
        else if (*loaded == second)
            ++sawSecond;
        else
            QFAIL(qPrintable(where + QStringLiteral(": neither the old nor the new estate")));
        // Not only readable: SQLite finds nothing wrong anywhere in the file.
        QCOMPARE(integrityCheck(file), QStringLiteral("ok"));
    }
    qInfo("16 kills, %d of them mid-save: the first estate %d times, the second %d times", midSave,
          sawFirst, sawSecond);
    // The kills did land inside saves (a hot journal left behind), not only between them, and
    // after a save had finished too: both outcomes were seen.
    QVERIFY2(midSave > 0, qPrintable(QStringLiteral("seed %1: no kill landed mid-save").arg(seed)));
    QVERIFY2(sawSecond > 0,
             qPrintable(QStringLiteral("seed %1: no save finished before its kill").arg(seed)));
}

void tst_ProjectDurability::failedFirstSaveLeavesNoFile()
{
    const QString file = path(QStringLiteral("first.uplan"));
    testing::setSaveHook(
        [](const QString &table) { return table != QLatin1String("catalog_entries"); });
    QVERIFY(!saveProject(file, fullEstate()));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void tst_ProjectDurability::saveRefusesToOverwriteOtherFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "empty";
    QTest::newRow("foreign SQLite database") << "foreign"
                                             << "another program";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
}

void tst_ProjectDurability::saveRefusesToOverwriteOtherFiles()
{
    QFETCH(QString, fixture);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("other.uplan"));
    if (fixture == QLatin1String("text"))
        QVERIFY(writeFile(file, "my thesis, chapter 3\n"));
    else if (fixture == QLatin1String("empty"))
        QVERIFY(writeFile(file, QByteArray()));
    else if (fixture == QLatin1String("foreign"))
        QCOMPARE(runSql(file, {QStringLiteral("CREATE TABLE t (x)")}), QString());
    else if (fixture == QLatin1String("newer")) {
        QVERIFY(saveProject(file, fullEstate()));
        QCOMPARE(runSql(file, {QStringLiteral("PRAGMA user_version = 99")}), QString());
    }
    const auto before = snapshot(m_dir->path());
    QTest::qWait(20);

    const auto saved = saveProject(file, fullEstate());
    QVERIFY(!saved);
    QVERIFY2(saved.error().what.contains(message), qPrintable(saved.error().text()));
    QVERIFY2(saved.error().what.contains(QStringLiteral("not overwritten")),
             qPrintable(saved.error().text()));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void tst_ProjectDurability::saveRefusesAProjectAnotherProcessHasOpen()
{
    const QString file = path(QStringLiteral("shared.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    QProcess holder;
    holder.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file, QStringLiteral("hold")});
    QVERIFY(holder.waitForReadyRead(60000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

    const std::optional<LockHolder> who = ProjectLock::holder(file);
    QVERIFY(who);
    QCOMPARE(who->pid, holder.processId());
    const Expected<Done> refused = saveProject(file, storagetest::largeEstate(10));
    QVERIFY(!refused);
    QVERIFY2(refused.error().text().contains(QString::number(holder.processId()))
                 && refused.error().text().contains(QStringLiteral("shared.uplan")),
             qPrintable(refused.error().text()));
    verifySame(*loadProject(file), fullEstate()); // reading is for everyone

    // The holder dies without unlocking (a crash): its lock is stale and saving works again.
    ::kill(pid_t(holder.processId()), SIGKILL);
    QVERIFY(holder.waitForFinished(60000));
    QVERIFY(QFile::exists(ProjectLock::lockPath(file)));
    QVERIFY(!ProjectLock::holder(file));
    QVERIFY(saveProject(file, storagetest::largeEstate(10)));
}

void tst_ProjectDurability::fullDiskKeepsThePreviousContent()
{
    // No file may grow past 256 KB, as on a disk with that much room left: the save of a large
    // estate over a small project fails half way, says so, and the project keeps its content.
    const QString file = path(QStringLiteral("full.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    const QByteArray bytes = readFile(file);
    rlimit before{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = ::signal(SIGXFSZ, SIG_IGN); // a failed write, not a signal
    rlimit small = before;
    small.rlim_cur = 256 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Expected<Done> saved = saveProject(file, storagetest::largeEstate(20000));
    ::setrlimit(RLIMIT_FSIZE, &before);
    ::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY2(saved.error().text().contains(QStringLiteral("full.uplan"))
                 && saved.error().text().contains(QStringLiteral("full"), Qt::CaseInsensitive),
             qPrintable(saved.error().text()));
    const auto loaded = loadProject(file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().text()));
    verifySame(*loaded, fullEstate());
    QCOMPARE(readFile(file), bytes);
}

void tst_ProjectDurability::readOnlyFolderSaysSo()
{
    // A folder nobody may write to (as root, the save runs as the user nobody, for whom the
    // permissions hold): the save fails with a message naming the file, the file is intact.
    QDir folder(path(QStringLiteral("readonly")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    const QString file = folder.filePath(QStringLiteral("p.uplan"));
    QVERIFY(saveProject(file, fullEstate()));
    const QByteArray bytes = readFile(file);
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                          | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), readable | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(folder.path(), readable));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QProcess saver;
    saver.start(QStringLiteral(UPLAN_CRASHING_SAVE), {file, QStringLiteral("nobody")});
    QVERIFY(saver.waitForFinished(120000));
    const QString said = QString::fromLocal8Bit(saver.readAllStandardOutput()).trimmed();
    QFile::setPermissions(folder.path(), readable | QFileDevice::WriteOwner);
    QCOMPARE(saver.exitCode(), 0);
    QVERIFY2(said.contains(QStringLiteral("p.uplan")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("read"), Qt::CaseInsensitive)
                 || said.contains(QStringLiteral("permission"), Qt::CaseInsensitive),
             qPrintable(said));
    QCOMPARE(readFile(file), bytes);
}

void tst_ProjectDurability::saveIntoMissingFolderFails()
{
    const QString file = path(QStringLiteral("no/such/folder/p.uplan"));
    const auto saved = saveProject(file, fullEstate());
    QVERIFY(!saved);
    QVERIFY(saved.error().where.contains(QStringLiteral("p.uplan")));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void tst_ProjectDurability::connectionsAreRemovedAndThreadsWork()
{
    const QStringList before = QSqlDatabase::connectionNames();
    const Estate estate = fullEstate();
    const QString shared = path(QStringLiteral("shared.uplan"));
    QVERIFY(saveProject(shared, estate));

    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const QString own = path(QStringLiteral("thread%1.uplan").arg(t));
            for (int i = 0; i < 5; ++i) {
                const auto loaded = loadProject(shared);
                if (!loaded || !(*loaded == estate))
                    ++failures;
                if (!saveProject(own, estate) || !loadProject(own))
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(tst_ProjectDurability)
#include "tst_projectdurability.moc"
