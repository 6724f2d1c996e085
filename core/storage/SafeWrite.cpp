// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeWrite.h"

#include <QFileInfo>
#include <QSaveFile>

namespace planner {

bool errorNamesFile(const QString &text, const QString &path)
{
    return text.startsWith(path) || text.contains(QFileInfo(path).fileName());
}

Error errorInFile(const QString &path, Error error)
{
    if (error.where.isEmpty())
        error.where = path;
    else if (!errorNamesFile(error.where, path))
        error.where = path + QStringLiteral(": ") + error.where;
    return error;
}

Expected<Done> writeFileAtomically(const QString &path,
                                   const std::function<Expected<Done>(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, file.errorString()};
    const Expected<Done> written = write(&file);
    if (!written) {
        file.cancelWriting();
        return errorInFile(path, written.error());
    }
    if (!file.commit())
        return Error{path, file.errorString()};
    return Done{};
}

} // namespace planner
