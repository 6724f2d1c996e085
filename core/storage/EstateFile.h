// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectFile.h"
#include "exchange/FileFormat.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QString>
#include <QStringList>

namespace planner {

/// Opens whatever the user hands a command: a `.uplan` project or an estate interchange JSON
/// file, told apart by content, not by name. Errors name the file: a missing or unreadable file,
/// one that is neither kind, and the problems of loadProject() or readEstateJson() (for JSON the
/// message keeps its JSON path, `estate.json: components[3].version: empty`). Unknown JSON
/// fields are reported in @p warnings. The file is opened once; @p kind (if given) tells what
/// it turned out to be, also when reading it failed.
Expected<Estate> loadEstateFile(const QString &path, QStringList *warnings = nullptr,
                                FileKind *kind = nullptr);

/// Reads @p path in @p format, or when that is nullptr in the format its content shows
/// (FileFormats::detect()), with @p options for the reader. Errors name the file and the line
/// or path inside it. @p used (if given) is set to the format read, also when reading failed
/// (nullptr when no format recognised the file).
Expected<Imported> importEstateFile(const QString &path, const FileFormat *format = nullptr,
                                    const FormatOptions &options = {},
                                    const FileFormat **used = nullptr);

/// The format @p path's content shows, as importEstateFile() would read it; nullptr when the
/// file cannot be opened or no format recognises it.
const FileFormat *detectFileFormat(const QString &path);

} // namespace planner
