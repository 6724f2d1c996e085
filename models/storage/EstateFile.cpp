// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateFile.h"

#include "ProjectFile.h"
#include "exchange/EstateJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace planner {

Expected<Estate> loadEstateFile(const QString &path, QStringList *warnings)
{
    const QString where = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{where, QCoreApplication::translate("EstateFile", "the file does not exist")};
    if (!info.isFile())
        return Error{where, QCoreApplication::translate("EstateFile", "not a file")};

    switch (detectFileKind(path)) {
    case FileKind::Project:
        return loadProject(path);
    case FileKind::EstateJson: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{where, QCoreApplication::translate("EstateFile", "cannot be read: %1")
                                    .arg(file.errorString())};
        auto estate = readEstateJson(file.readAll(), warnings);
        if (!estate)
            return Error{where, estate.error().text()};
        return estate;
    }
    case FileKind::Unknown:
        break;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{where, QCoreApplication::translate("EstateFile", "cannot be read: %1")
                                .arg(file.errorString())};
    if (info.size() == 0)
        return Error{where, QCoreApplication::translate(
                                "EstateFile", "the file is empty: neither an Upgrade Planner "
                                              "project nor an estate JSON file")};
    return Error{where, QCoreApplication::translate("EstateFile",
                                                    "neither an Upgrade Planner project nor an "
                                                    "estate JSON file")};
}

} // namespace planner
