// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passphrase.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <openssl/crypto.h>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
};

// The first line, without its "\n" or "\r\n".
QByteArray firstLine(const QByteArray &bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    return bytes.left(end);
}

// Appends @p c to @p secret without leaving a copy behind: a QByteArray that grows frees its old
// buffer without wiping it, so grow by hand and wipe the old one.
void appendSecret(QByteArray &secret, char c)
{
    if (secret.size() == secret.capacity()) {
        QByteArray bigger;
        bigger.reserve(qMax<qsizetype>(128, secret.capacity() * 2));
        bigger.append(secret.constData(), secret.size());
        forgetPassphrase(secret);
        secret = std::move(bigger);
    }
    secret.append(c);
}

} // namespace

QString passphraseVariable()
{
    return QStringLiteral("UPLAN_PASSPHRASE");
}

Expected<QByteArray> readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{path, Tr::tr("no such file")};
    // Unbuffered, into one buffer of our own: no copy in QFile's buffer, none left by growing.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error{path, file.errorString()};
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    const qint64 read = file.read(bytes.data(), bytes.size());
    if (read < 0) {
        forgetPassphrase(bytes);
        return Error{path, file.errorString()};
    }
    bytes.truncate(qsizetype(read));
    QByteArray passphrase = firstLine(bytes);
    forgetPassphrase(bytes);
    if (passphrase.isEmpty())
        return Error{path,
                     Tr::tr("empty passphrase (the first line of the file is the passphrase)")};
    return passphrase;
}

std::optional<Expected<QByteArray>> passphraseFromEnvironment()
{
    const QByteArray name = passphraseVariable().toLatin1();
    if (!qEnvironmentVariableIsSet(name.constData()))
        return std::nullopt;
    QByteArray value = qgetenv(name.constData());
    if (value.isEmpty())
        return Expected<QByteArray>(Error{passphraseVariable(), Tr::tr("set but empty")});
    return Expected<QByteArray>(value);
}

bool canPromptForPassphrase()
{
    if (!::isatty(STDIN_FILENO))
        return false;
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

Expected<QByteArray> promptForPassphrase(const QString &prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error{QStringLiteral("/dev/tty"), Tr::tr("no terminal to ask for the passphrase")};

    // Echo off before the prompt shows: whatever is typed once it is visible is not echoed.
    termios saved{};
    const bool haveTermios = ::tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ICANON;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray promptBytes = prompt.toLocal8Bit();
    if (::write(fd, promptBytes.constData(), size_t(promptBytes.size())) < 0) {
        const int code = errno;
        if (haveTermios)
            ::tcsetattr(fd, TCSAFLUSH, &saved);
        ::close(fd);
        return Error{QStringLiteral("/dev/tty"), qt_error_string(code)};
    }
    QByteArray line;
    line.reserve(128);
    char c = 0;
    bool ended = false;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            ended = true;
            break;
        }
        appendSecret(line, c);
    }
    if (haveTermios)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    c = 0;

    if (line.endsWith('\r'))
        line.chop(1);
    if (!ended && line.isEmpty())
        return Error{QStringLiteral("/dev/tty"), Tr::tr("no passphrase given (end of input)")};
    if (line.isEmpty())
        return Error{QString(), Tr::tr("empty passphrase")};
    return line;
}

void forgetPassphrase(QByteArray &secret)
{
    // A buffer shared with another QByteArray is that one's to wipe: detaching would only make
    // one more copy. A buffer of our own is wiped whole, with the bytes before and after the
    // text (left by truncate(), chop() or a removed prefix), by a write the compiler keeps.
    if (secret.isDetached()) {
        QByteArray::DataPointer &d = secret.data_ptr();
        const qsizetype before = d.freeSpaceAtBegin();
        OPENSSL_cleanse(d.data() - before, size_t(before + d.size + d.freeSpaceAtEnd()));
    }
    secret = QByteArray();
}

} // namespace planner
