// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <limits>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
};

QString where(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Error tooBig(const QString &path, qint64 size, qint64 maxBytes)
{
    return Error{where(path),
                 Tr::tr("the file is %1 bytes, more than the %2 bytes (%3) Upgrade Planner "
                        "reads (docs/limits.md)")
                     .arg(QLocale::c().toString(size), QLocale::c().toString(maxBytes),
                          formatFileSize(maxBytes))};
}

} // namespace

QString formatFileSize(qint64 bytes)
{
    const QLocale c = QLocale::c();
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return Tr::tr("%1 GB").arg(bytes >> 30);
    if (bytes >= (qint64(1) << 30))
        return Tr::tr("%1 GB").arg(c.toString(double(bytes) / (1 << 30), 'f', 1));
    if (bytes >= (1 << 20))
        return Tr::tr("%1 MB").arg(
            c.toString(double(bytes) / (1 << 20), 'f', bytes % (1 << 20) ? 1 : 0));
    if (bytes >= 1024)
        return Tr::tr("%1 KB").arg(c.toString(double(bytes) / 1024, 'f', bytes % 1024 ? 1 : 0));
    return Tr::tr("%n byte(s)", nullptr, int(bytes));
}

Expected<Done> checkInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{where(path), Tr::tr("no such file")};
    if (info.isDir())
        return Error{where(path), Tr::tr("is a folder, not a file")};
    if (!info.isFile())
        return Error{where(path), Tr::tr("not a regular file (a pipe, a socket or a device): "
                                         "Upgrade Planner reads only files")};
    if (maxBytes >= 0 && info.size() > maxBytes)
        return tooBig(path, info.size(), maxBytes);
    return Done{};
}

Expected<QByteArray> readAllBounded(QFile &file, const QString &path, qint64 maxBytes)
{
    // QIODevice::read(n) allocates n bytes before it reads: ask for what the file holds, then
    // read on in pieces while it grows. One more byte than allowed tells a file that grew past
    // the bound since it was checked.
    const qint64 cap = maxBytes < 0 ? std::numeric_limits<qint64>::max() - 1 : maxBytes;
    const qint64 left = std::max<qint64>(file.size() - file.pos(), 0);
    QByteArray bytes = file.read(std::min(left, cap) + 1);
    while (file.error() == QFileDevice::NoError && bytes.size() <= cap && !file.atEnd()) {
        const QByteArray more = file.read(std::min<qint64>(cap + 1 - bytes.size(), 1 << 20));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (file.error() != QFileDevice::NoError)
        return Error{where(path), Tr::tr("cannot be read: %1").arg(file.errorString())};
    if (bytes.size() > cap)
        return tooBig(path, std::max<qint64>(file.size(), bytes.size()), maxBytes);
    return bytes;
}

Expected<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    if (Expected<Done> ok = checkInputFile(path, maxBytes); !ok)
        return ok.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{where(path), Tr::tr("cannot be read: %1").arg(file.errorString())};
    return readAllBounded(file, path, maxBytes);
}

Expected<Done> checkEstateSize(const QString &where, qint64 components, qint64 dependencies)
{
    const QLocale c = QLocale::c();
    if (components > limits::maxComponents)
        return Error{where, Tr::tr("%1 components, more than the %2 an estate may hold "
                                   "(docs/limits.md)")
                                .arg(c.toString(components), c.toString(limits::maxComponents))};
    if (dependencies > limits::maxDependencies)
        return Error{where, Tr::tr("%1 dependencies, more than the %2 an estate may hold "
                                   "(docs/limits.md)")
                                .arg(c.toString(dependencies), c.toString(limits::maxDependencies))};
    return Done{};
}

} // namespace planner
