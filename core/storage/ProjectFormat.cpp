// SPDX-License-Identifier: GPL-3.0-or-later
// The `.uplan` project (an SQLite database) as a format of the registry.
#include "ProjectFile.h"
#include "SqliteFileInfo.h"

#include "exchange/FormatList.h"

#include <QFile>

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
    return f;
}

} // namespace planner
