// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateFile.h"

#include "ProjectFile.h"
#include "ServerProject.h"
#include "SqliteFileInfo.h"
#include "exchange/EstateJson.h"
#include "exchange/FormatList.h"
#include "exchange/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace planner {

namespace {

// Why a file that would not open cannot be read; only asked once opening failed.
Error openError(const QString &path, const QFile &file)
{
    const QString where = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{where, QCoreApplication::translate("EstateFile", "the file does not exist")};
    if (!info.isFile())
        return Error{where, QCoreApplication::translate("EstateFile", "not a file")};
    return Error{where, QCoreApplication::translate("EstateFile", "cannot be read: %1")
                            .arg(file.errorString())};
}

} // namespace

namespace {

// The first 64 KB of @p file from its first byte that is not blank: what the formats look at
// to recognise their files.
QByteArray readHead(QIODevice &file)
{
    QByteArray head;
    while (!file.atEnd()) {
        QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        if (head.isEmpty() && file.pos() == chunk.size() && chunk.startsWith("\xEF\xBB\xBF"))
            chunk.remove(0, 3);
        head += chunk;
        const QByteArrayView rest = skipBlanks(head);
        if (!rest.isEmpty()) {
            // keep the leading blanks' end: a format sees its first bytes, not blanks
            head = head.right(rest.size());
            if (head.size() >= 64 * 1024 || file.atEnd())
                break;
        } else {
            head.clear();
        }
    }
    return head.left(64 * 1024);
}

} // namespace

namespace {

FileKind kindOf(const FileFormat *format)
{
    return !format                                ? FileKind::Unknown
           : format->name == projectFormatName    ? FileKind::Project
           : format->name == estateJsonFormatName ? FileKind::EstateJson
                                                  : FileKind::Other;
}

const FileFormat *detectFormat(QIODevice &file, const QString &path)
{
    // SQLite's header is binary: look at the very first bytes before any text rule.
    const FileFormat *format = FileFormats::detect(file.peek(64), path);
    if (!format || format->name != projectFormatName)
        format = FileFormats::detect(readHead(file), path);
    return format;
}

} // namespace

Expected<Imported> importEstateFile(const QString &path, const FileFormat *format,
                                    const FormatOptions &options, const FileFormat **used)
{
    // One open of the file tells its format; the reader then reads this same handle (a
    // project is read by SQLite alone).
    if (used)
        *used = nullptr;
    // A shared project on a server: read by the server's own back end.
    if (ServerLocation::isUrl(path)) {
        if (used)
            *used = FileFormats::find(projectFormatName);
        Expected<Estate> estate = loadProject(path);
        if (!estate)
            return estate.error();
        Imported out;
        out.estate = std::move(*estate);
        out.wholeEstate = true;
        return out;
    }
    // Before opening: a pipe would block the open, a device would never end (docs/limits.md).
    if (const Expected<Done> readable = checkInputFile(path, -1); !readable)
        return readable.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(path, file);
    const QString where = QDir::toNativeSeparators(path);
    if (!format)
        format = detectFormat(file, path);
    if (used)
        *used = format;
    // Every format but the project (read by SQLite, page by page) reads the file whole.
    if (!format || format->name != projectFormatName) {
        if (const Expected<Done> small = checkInputFile(path); !small)
            return small.error();
    }
    if (!format) {
        if (file.size() == 0)
            return Error{where,
                         QCoreApplication::translate("EstateFile",
                                                     "the file is empty: neither an Upgrade "
                                                     "Planner project nor an estate JSON file")};
        QStringList readable = FileFormats::names(true);
        readable.removeAll(projectFormatName);
        return Error{where, QCoreApplication::translate(
                                "EstateFile", "neither an Upgrade Planner project nor an estate "
                                              "JSON file, nor a file in a format it imports (%1)")
                                .arg(readable.join(QStringLiteral(", ")))};
    }
    if (!format->canRead())
        return Error{where, QCoreApplication::translate("EstateFile",
                                                        "the format '%1' can be written, not read")
                                .arg(format->name)};
    const Expected<FormatOptions> chosen = FileFormats::options(*format, true, options);
    if (!chosen)
        return chosen.error();
    if (!file.seek(0))
        return Error{where, QCoreApplication::translate("EstateFile", "cannot be read: %1")
                                .arg(file.errorString())};
    Expected<Imported> imported = format->read(ReadInput{&file, path, *chosen});
    if (imported) {
        if (const Expected<Done> fits = checkEstateSize(where, imported->estate.componentCount(),
                                                        imported->estate.dependencyCount());
            !fits)
            return fits.error();
    }
    if (!imported) {
        // Name the file when the reader's message names only a place inside it.
        const Error &e = imported.error();
        if (e.where.startsWith(where) || e.where.startsWith(path))
            return e;
        return Error{where, e.text()};
    }
    return imported;
}

FileKind detectFileKind(const QString &path)
{
    if (!checkInputFile(path, -1))
        return FileKind::Unknown;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unknown;
    return detectFileKind(file);
}

bool isProjectLocation(const QString &path)
{
    return ServerLocation::isUrl(path) || detectFileKind(path) == FileKind::Project;
}

const FileFormat *detectFileFormat(const QString &path)
{
    if (!checkInputFile(path, -1))
        return nullptr;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return detectFormat(file, path);
}

FileKind detectFileKind(QIODevice &file)
{
    if (!file.isSequential())
        file.seek(0);
    const auto *f = qobject_cast<QFile *>(&file);
    return kindOf(detectFormat(file, f ? f->fileName() : QString()));
}

Expected<Estate> loadEstateFile(const QString &path, QStringList *warnings, FileKind *kind)
{
    const FileFormat *format = nullptr;
    Expected<Imported> imported = importEstateFile(path, nullptr, {}, &format);
    if (kind)
        *kind = kindOf(format);
    if (!imported)
        return imported.error();
    if (warnings)
        *warnings += imported->warnings;
    return std::move(imported->estate);
}

} // namespace planner
