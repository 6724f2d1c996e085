// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QString>

#include <functional>

class QIODevice;

namespace planner {

/// Writes the file at @p path through @p write so that a reader never sees half of it: into a
/// temporary file beside it, renamed over @p path only when @p write succeeded (the old file,
/// if any, stays as it was otherwise). Errors name the file.
Expected<Done> writeFileAtomically(const QString &path,
                                   const std::function<Expected<Done>(QIODevice *)> &write);

/// True when an error text already names the file at @p path, so that it is not named twice.
bool errorNamesFile(const QString &text, const QString &path);

/// @p error placed in the file at @p path: the path goes in front of where it was, once.
Error errorInFile(const QString &path, Error error);

} // namespace planner
