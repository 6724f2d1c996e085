// SPDX-License-Identifier: GPL-3.0-or-later
// The `.uplan` project (an SQLite database) as a format of the registry.
#include "ProjectFile.h"
#include "ProjectHistory.h"
#include "SqliteFileInfo.h"

#include "exchange/FormatList.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstring>

namespace planner {

namespace {

int recognise(QByteArrayView head)
{
    return head.size() >= sqliteMagicSize
                   && std::memcmp(head.data(), sqliteMagic, sqliteMagicSize) == 0
               ? 100
               : 0;
}

Expected<Imported> read(const ReadInput &input)
{
    // SQLite reads the file itself, through one read-only connection; the header already
    // read says whether it can be a project at all.
    auto *file = qobject_cast<QFile *>(input.device);
    const SqliteFileInfo header = file ? SqliteFileInfo::read(*file)
                                       : SqliteFileInfo::inspect(input.path);
    if (file)
        file->close();
    Expected<Estate> estate = loadProject(input.path, header);
    if (!estate)
        return estate.error();
    Imported out;
    out.estate = std::move(*estate);
    out.wholeEstate = true;
    return out;
}

// A project is an SQLite database, which SQLite writes to a file of its own: saved into a
// temporary folder, then copied to @p device whole (the export replaces its output only then).
Expected<Done> write(const Estate &estate, QIODevice *device, const FormatOptions &options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QString(), QCoreApplication::translate("ProjectFile",
                                                            "cannot make a temporary folder: %1")
                                    .arg(dir.errorString())};
    const QString path = dir.filePath(QStringLiteral("export.uplan"));
    if (Expected<Done> saved = saveProject(path, estate); !saved)
        return saved;
    if (const QString source = options.value(sourceFormatOption()); !source.isEmpty())
        if (Expected<Done> carried = carryHistory(source, path); !carried)
            return carried;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, file.errorString()};
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return Error{path, file.errorString()};
        if (device->write(chunk) != chunk.size())
            return Error{QString(), device->errorString()};
    }
    return Done{};
}

} // namespace

FileFormat projectFormat()
{
    FileFormat f;
    f.name = projectFormatName;
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "Upgrade Planner project");
    f.extensions = {QStringLiteral("uplan")};
    f.description = QT_TRANSLATE_NOOP("planner::FileFormats",
                                      "an Upgrade Planner project (SQLite database)");
    f.recognise = &recognise;
    f.read = &read;
    f.write = &write;
    return f;
}

} // namespace planner
