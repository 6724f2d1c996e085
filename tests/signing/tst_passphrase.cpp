// SPDX-License-Identifier: GPL-3.0-or-later
// Passphrases: read from a file or asked on a terminal, used, then gone from memory.
#include "SigningFixture.h"

#include "signing/Passphrase.h"
#include "signing/SigningKey.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace planner;
using namespace planner::test;

namespace {

// Writes @p bytes with write(2) alone: QFile would keep a copy in its write buffer.
bool writeSecretFile(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    return ::close(fd) == 0 && written;
}

/// What the child writes on its terminal until @p text appears or, without @p text, until the
/// child closes the terminal (its memory scan takes a minute under AddressSanitizer: closing
/// the terminal before would hang it up).
QByteArray readTerminal(int master, const QByteArray &text = {})
{
    QByteArray screen;
    const int timeout = text.isEmpty() ? 600000 : 10000;
    while (text.isEmpty() || !screen.contains(text)) {
        pollfd ready{master, POLLIN, 0};
        if (::poll(&ready, 1, timeout) <= 0)
            break;
        char buffer[512];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0) // EIO once the child has closed the terminal
            break;
        screen.append(buffer, n);
    }
    return screen;
}

} // namespace

class tst_Passphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstLineOfAFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("passphrase"); // empty: refused
        QTest::newRow("line") << QByteArray("open sesame\n") << QByteArray("open sesame");
        QTest::newRow("CRLF") << QByteArray("open sesame\r\n") << QByteArray("open sesame");
        QTest::newRow("no line end") << QByteArray("open sesame") << QByteArray("open sesame");
        QTest::newRow("second line ignored") << QByteArray("one\ntwo\n") << QByteArray("one");
        QTest::newRow("blanks kept") << QByteArray(" a b \n") << QByteArray(" a b ");
        QTest::newRow("empty first line") << QByteArray("\nsecond\n") << QByteArray();
        QTest::newRow("empty file") << QByteArray() << QByteArray();
    }

    void firstLineOfAFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, passphrase);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.pass"));
        QVERIFY(writeAll(path, content));
        Expected<QByteArray> read = readPassphraseFile(path);
        if (passphrase.isEmpty()) {
            QVERIFY(!read.ok());
            QCOMPARE(read.error().where, path);
            QVERIFY2(read.error().what.contains(QLatin1String("empty passphrase")),
                     qPrintable(read.error().what));
        } else {
            QVERIFY(read.ok());
            QCOMPARE(*read, passphrase);
        }
        const Expected<QByteArray> missing = readPassphraseFile(dir.filePath("none.pass"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().where, dir.filePath("none.pass"));
    }

    // forgetPassphrase() empties what it is given and never writes into bytes another
    // QByteArray still holds (or read-only bytes it does not own).
    void forgetSparesOtherHolders()
    {
        QByteArray secret("open sesame");
        secret.detach();
        QByteArray copy = secret;
        forgetPassphrase(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(secret, QByteArray("open sesame"));
        forgetPassphrase(secret);
        QVERIFY(secret.isEmpty());

        static const char text[] = "in read-only memory";
        QByteArray raw = QByteArray::fromRawData(text, qsizetype(sizeof text - 1));
        forgetPassphrase(raw);
        QVERIFY(raw.isEmpty());
        QCOMPARE(QByteArray(text), QByteArray("in read-only memory"));
    }

    // The whole buffer is wiped, not only the bytes the QByteArray still shows: what truncate()
    // or a removed prefix left behind goes too. A copy that shares the buffer wipes it when it
    // is forgotten last.
    void forgetWipesTheWholeBuffer_data()
    {
        QTest::addColumn<QString>("before");
        QTest::newRow("as read") << "";
        QTest::newRow("truncated") << "truncate";
        QTest::newRow("prefix removed") << "remove";
        QTest::newRow("shared") << "share";
    }

    void forgetWipesTheWholeBuffer()
    {
        QFETCH(QString, before);
        const MaskedSecret secret = MaskedSecret::random(64, 99);
        QByteArray bytes = secret.plain();
        QVERIFY(secret.countInMemory() > 0);
        if (before == "truncate") {
            bytes.truncate(4);
        } else if (before == "remove") {
            bytes.remove(0, 40);
        } else if (before == "share") {
            QByteArray copy = bytes;
            forgetPassphrase(copy);
            QCOMPARE(bytes.size(), 64); // still there for its other holder...
            QVERIFY(secret.countInMemory() > 0);
        }
        forgetPassphrase(bytes); // ...and gone with the last one
        QVERIFY(bytes.isEmpty());
        QCOMPARE(secret.countInMemory(), 0);
    }

    // The passphrase of keygen and sign, followed through the core: a key encrypted with it
    // and written, its file read, the key opened with it. Once forgotten, no copy of it is
    // left anywhere in the process's memory, not in a freed block either.
    void noCopyLeftInMemory()
    {
        QTemporaryDir dir;
        const MaskedSecret secret = MaskedSecret::random(48, 20270108);
        const QString passFile = dir.filePath(QStringLiteral("alice.pass"));
        const QString name = dir.filePath(QStringLiteral("alice"));
        QCOMPARE(secret.countInMemory(), 0);
        {
            QByteArray line = secret.plain('\n');
            QVERIFY(writeSecretFile(passFile, line));
            forgetPassphrase(line);
        }
        QCOMPARE(secret.countInMemory(), 0);

        Expected<QByteArray> passphrase = readPassphraseFile(passFile);
        QVERIFY(passphrase.ok());
        QVERIFY(secret.countInMemory() > 0); // the scan does see it while it is in use
        const SigningKey key = SigningKey::generate().value();
        QVERIFY(writeKeyPair(key, name, *passphrase, false).ok());
        forgetPassphrase(*passphrase);
        QCOMPARE(secret.countInMemory(), 0);

        passphrase = readPassphraseFile(passFile);
        QVERIFY(passphrase.ok());
        const Expected<SigningKey> opened = SigningKey::loadPrivateKey(privateKeyPath(name),
                                                                       *passphrase);
        forgetPassphrase(*passphrase);
        QVERIFY(opened.ok());
        QCOMPARE(opened->fingerprint(), key.fingerprint());
        QCOMPARE(secret.countInMemory(), 0);
    }

    // A passphrase typed on a terminal: not echoed, read whole (longer than the first buffer,
    // so that it grows), and once forgotten not left in memory. The prompt runs in a child
    // process whose terminal this test holds.
    void promptOnATerminal()
    {
        const MaskedSecret secret = MaskedSecret::random(300, 7);
        int master = -1;
        const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(pid >= 0);
        if (pid == 0) {
            Expected<QByteArray> typed = promptForPassphrase(QStringLiteral("Passphrase: "));
            int code = 0;
            if (!typed.ok()
                || MaskedSecret::of(typed->constData(), typed->size()).masked != secret.masked)
                code = 1;
            if (typed.ok())
                forgetPassphrase(*typed);
            if (code == 0 && secret.countInMemory() != 0)
                code = 2;
            ::_exit(code);
        }
        QByteArray screen = readTerminal(master, "Passphrase: ");
        QVERIFY2(screen.contains("Passphrase: "), screen.constData());
        {
            QByteArray line = secret.plain('\n');
            QCOMPARE(::write(master, line.constData(), size_t(line.size())), line.size());
            forgetPassphrase(line);
        }
        screen += readTerminal(master);
        ::close(master);
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QVERIFY2(WEXITSTATUS(status) != 1, "the passphrase read is not the one typed");
        QVERIFY2(WEXITSTATUS(status) != 2, "a copy of the passphrase is left in memory");
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(secret.countIn(screen), 0); // not echoed
    }
};

QTEST_GUILESS_MAIN(tst_Passphrase)
#include "tst_passphrase.moc"
