// SPDX-License-Identifier: GPL-3.0-or-later
// Files written together: each whole under a temporary name with its final mode, then put in
// place, so that a private key is never readable by others, not even for a moment.
#include "SigningFixture.h"

#include "signing/StagedFiles.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace planner;
using namespace planner::test;

namespace {

unsigned fileMode(const QString &path)
{
    struct stat info
    {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

// Sets the umask for one scope: a test leaves the process as it found it.
class UmaskScope
{
public:
    explicit UmaskScope(mode_t mask)
        : m_saved(::umask(mask))
    {
    }
    ~UmaskScope() { ::umask(m_saved); }

private:
    mode_t m_saved;
};

} // namespace

class tst_StagedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Even with a umask that takes nothing away, the temporary holding a private key is 0600
    // before a byte of it is in place (it is created with that mode, not changed to it later),
    // and so is the file put in place; an older key file with a wider mode is replaced whole.
    void modeFromTheFirstByte_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("new file") << false;
        QTest::newRow("replacing a 0666 file") << true;
    }

    void modeFromTheFirstByte()
    {
        QFETCH(bool, replace);
        const UmaskScope permissive(0);
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("alice.key"));
        const QString pub = dir.filePath(QStringLiteral("alice.pub.pem"));
        if (replace) {
            QVERIFY(writeAll(key, "old key"));
            QVERIFY(::chmod(QFile::encodeName(key).constData(), 0666) == 0);
        }

        StagedFiles files;
        QVERIFY(files.stage(key, "-----BEGIN PRIVATE KEY-----\n", 0600).ok());
        QVERIFY(files.stage(pub, "-----BEGIN PUBLIC KEY-----\n", 0644).ok());
        const QStringList temporaries = QDir(dir.path())
                                            .entryList({QStringLiteral(".*.tmp-*")},
                                                       QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(temporaries.size(), 2);
        for (const QString &temporary : temporaries) {
            const unsigned expected = temporary.startsWith(".alice.key.") ? 0600u : 0644u;
            QCOMPARE(fileMode(dir.filePath(temporary)), expected);
        }

        QVERIFY(files.commit(replace).ok());
        QCOMPARE(fileMode(key), 0600u);
        QCOMPARE(fileMode(pub), 0644u);
        QCOMPARE(readAll(key), QByteArray("-----BEGIN PRIVATE KEY-----\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    // Without replace, a name that exists stops the commit: it is left as it was, and what was
    // already put in place is taken back.
    void existingFileRefused()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a.sig"));
        const QString second = dir.filePath(QStringLiteral("a.json"));
        QVERIFY(writeAll(second, "theirs"));
        {
            StagedFiles files;
            QVERIFY(files.stage(first, "sig", 0644).ok());
            QVERIFY(files.stage(second, "mine", 0644).ok());
            const Expected<Done> committed = files.commit(false);
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().where, second);
        }
        QCOMPARE(readAll(second), QByteArray("theirs"));
        QVERIFY(!QFileInfo::exists(first));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_StagedFiles)
#include "tst_stagedfiles.moc"
