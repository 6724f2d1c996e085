// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateFile.h"

#include "ProjectFile.h"
#include "SqliteFileInfo.h"
#include "exchange/EstateJson.h"

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

Expected<Estate> loadEstateFile(const QString &path, QStringList *warnings, FileKind *kind)
{
    // One open of the file tells its kind; a project is then read by SQLite alone, an estate
    // JSON from this same handle.
    if (kind)
        *kind = FileKind::Unknown;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(path, file);
    const FileKind detected = detectFileKind(file);
    if (kind)
        *kind = detected;
    const QString where = QDir::toNativeSeparators(path);
    switch (detected) {
    case FileKind::Project: {
        const SqliteFileInfo header = SqliteFileInfo::read(file);
        file.close();
        return loadProject(path, header);
    }
    case FileKind::EstateJson: {
        if (!file.seek(0))
            return Error{where, QCoreApplication::translate("EstateFile", "cannot be read: %1")
                                    .arg(file.errorString())};
        const QByteArray bytes = file.readAll();
        file.close();
        auto estate = readEstateJson(bytes, warnings);
        if (!estate)
            return Error{where, estate.error().text()};
        return estate;
    }
    case FileKind::Unknown:
        break;
    }
    if (file.size() == 0)
        return Error{where, QCoreApplication::translate(
                                "EstateFile", "the file is empty: neither an Upgrade Planner "
                                              "project nor an estate JSON file")};
    return Error{where, QCoreApplication::translate("EstateFile",
                                                    "neither an Upgrade Planner project nor an "
                                                    "estate JSON file")};
}

} // namespace planner
