// SPDX-License-Identifier: GPL-3.0-or-later
#include "StagedFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(StagedFiles)
};

QString systemError(int code)
{
    return qt_error_string(code);
}

QString temporaryPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = QString::number(QRandomGenerator::system()->generate64(), 16)
                               .rightJustified(16, u'0');
    return info.dir().filePath(QStringLiteral(".%1.tmp-%2").arg(info.fileName(), suffix));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return ::fsync(fd) == 0;
}

} // namespace

StagedFiles::~StagedFiles()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.temporary.isEmpty())
            ::unlink(QFile::encodeName(entry.temporary).constData());
    }
}

Expected<Done> StagedFiles::stage(const QString &path, const QByteArray &bytes, unsigned mode)
{
    const QString temporary = temporaryPathFor(path);
    const QByteArray native = QFile::encodeName(temporary);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          static_cast<mode_t>(mode));
    if (fd < 0) {
        const int code = errno;
        return Error{path, Tr::tr("cannot write in %1: %2")
                               .arg(QFileInfo(path).absolutePath(), systemError(code))};
    }
    m_entries.append({path, temporary});
    const bool written = writeAll(fd, bytes);
    const int code = errno;
    if (::close(fd) != 0 || !written)
        return Error{path, Tr::tr("cannot write: %1").arg(systemError(written ? errno : code))};
    return Done{};
}

Expected<Done> StagedFiles::commit(bool replace)
{
    QStringList placed;
    const auto undo = [&placed] {
        for (const QString &path : std::as_const(placed))
            ::unlink(QFile::encodeName(path).constData());
    };
    for (Entry &entry : m_entries) {
        const QByteArray from = QFile::encodeName(entry.temporary);
        const QByteArray to = QFile::encodeName(entry.path);
        if (replace) {
            if (::rename(from.constData(), to.constData()) != 0) {
                const int code = errno;
                return Error{entry.path, Tr::tr("cannot put in place: %1").arg(systemError(code))};
            }
        } else {
            // link() fails when the name exists: no check-then-rename race with another writer.
            if (::link(from.constData(), to.constData()) != 0) {
                const int code = errno;
                undo();
                if (code == EEXIST)
                    return Error{entry.path, Tr::tr("exists already")};
                return Error{entry.path, Tr::tr("cannot put in place: %1").arg(systemError(code))};
            }
            placed.append(entry.path);
            ::unlink(from.constData());
        }
        entry.temporary.clear();
    }
    return Done{};
}

} // namespace planner
