// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace planner {

struct SqliteFileInfo;

/// Reads a `.uplan` project, or the shared project a `postgresql://` URL names
/// (ServerProject.h). A file at an older schema is first copied beside itself as
/// `<name>.uplan.bak-v<old>` (or `.bak-v<old>.2`, `.3`... when that exists) and then migrated
/// in one transaction. Anything that is not a project (missing, empty, text, truncated, another
/// program's SQLite database, a schema newer than this program knows) gives an Error naming
/// the file and the problem, and the file is left exactly as it was: it is opened read-only
/// until it is known to be a project.
Expected<Estate> loadProject(const QString &path);
/// The same, and the revision the project was read at (a shared project's; 0 for a file): the
/// base revision to give saveProjectEdits(), so that a clash names only those who saved since.
Expected<Estate> loadProject(const QString &path, qint64 *revision);
/// The same for a caller that has read the file's header already (to tell the file kind):
/// the project is then read through one read-only database connection and nothing else.
Expected<Estate> loadProject(const QString &path, const SqliteFileInfo &header);

/// Writes @p estate to the project at @p path (a file, or a shared project's URL, created
/// there when missing: ServerProject::publish with Replace) in one transaction, so that a crash or a failure
/// half way leaves the previous content intact. Creates the file when there is none (and
/// removes it again if that first save fails); refuses to overwrite a file that is not a
/// project, and a project another live process has open (ProjectLock). Manual positions of
/// components that are not in the estate are not kept.
Expected<Done> saveProject(const QString &path, const Estate &estate);
/// Saves @p edited, which is the project at @p path as it was read (@p base) with changes made
/// to it. A file: as saveProject(). A shared project: only the changes count, combined with
/// those anyone else saved meanwhile (ServerProject::saveEdits); when both changed the same
/// element differently the Error lists each, and nothing is written.
/// @p baseRevision is the revision @p base was read at (loadProject(path, &revision)); 0 when
/// unknown, and a clash then names everyone who ever saved the project.
Expected<Done> saveProjectEdits(const QString &path, const Estate &base, const Estate &edited,
                                qint64 baseRevision = 0);

/// What a file holds, judged by its first bytes rather than its name.
enum class FileKind {
    Project,    ///< an SQLite database (whether it is a project is checked on loading)
    EstateJson, ///< text whose first non-blank character is '{' (and no surer format's)
    Other,      ///< a file another format of the registry reads (CycloneDX, CSV, GraphML)
    Unknown     ///< anything else, an empty file or no file at all
};
FileKind detectFileKind(const QString &path);
/// The same for an open file, read from its start; the position is left anywhere.
FileKind detectFileKind(QIODevice &file);
/// True for a shared project's URL (ServerLocation::isUrl) and for a file detectFileKind()
/// calls a Project: what the commands that write into an existing project accept.
bool isProjectLocation(const QString &path);

/// The schema version this program writes (PRAGMA user_version of a saved project).
int currentSchemaVersion();

} // namespace planner
