// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace planner {

/// A few files that appear together or not at all (a key pair, an approval's three files).
/// Each is first written whole under a temporary name beside its place, created with its final
/// mode (so a private key is never readable by others, not even for a moment). commit() then
/// puts them in place in the order they were staged; when one fails, those already put in place
/// are removed again. Temporaries left over are removed by the destructor.
class StagedFiles
{
public:
    StagedFiles() = default;
    StagedFiles(const StagedFiles &) = delete;
    StagedFiles &operator=(const StagedFiles &) = delete;
    ~StagedFiles();

    /// Writes @p bytes to a new temporary file for @p path with permission bits @p mode
    /// (e.g. 0600, reduced by the umask as usual). Errors name @p path.
    Expected<Done> stage(const QString &path, const QByteArray &bytes, unsigned mode);

    /// Puts every staged file in place. Without @p replace, an existing file is an Error
    /// ("exists already") and is left as it was.
    Expected<Done> commit(bool replace);

private:
    struct Entry
    {
        QString path;
        QString temporary;
    };
    QList<Entry> m_entries;
};

} // namespace planner
