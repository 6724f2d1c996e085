// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace planner {

/// The limits on what the planner reads (docs/limits.md). Each is far above any real estate
/// and keeps a mistaken or hostile input from taking the machine's memory or hanging a run.
namespace limits {
/// A file read whole (estate JSON, CSV, CycloneDX, GraphML, a column mapping, plan.json and
/// its approvals' plan): 1 GiB. An estate of 1,000,000 components is about 600 MB of JSON.
inline constexpr qint64 maxInputFileBytes = qint64(1) << 30;
/// Components in one estate, however it is read.
inline constexpr int maxComponents = 2'000'000;
/// Dependencies in one estate, however it is read.
inline constexpr int maxDependencies = 10'000'000;
} // namespace limits

/// Whether @p path may be read: it must exist and be a regular file (not a folder, a pipe, a
/// socket or a device such as /dev/zero, which would never end or block), and hold at most
/// @p maxBytes (no limit when negative). The Error names the file and says what is wrong.
/// Asked before the file is opened: opening a FIFO blocks until someone writes to it.
Expected<Done> checkInputFile(const QString &path, qint64 maxBytes = limits::maxInputFileBytes);

/// The whole content of @p path after checkInputFile(); never reads more than @p maxBytes,
/// even when the file grows while it is read.
Expected<QByteArray> readInputFile(const QString &path, qint64 maxBytes = limits::maxInputFileBytes);

/// The rest of the open @p file, at most @p maxBytes; an Error naming @p path when there is
/// more (a file that grew after it was checked).
Expected<QByteArray> readAllBounded(QFile &file, const QString &path,
                                    qint64 maxBytes = limits::maxInputFileBytes);

/// An Error naming @p where when @p components or @p dependencies is above its limit.
Expected<Done> checkEstateSize(const QString &where, qint64 components, qint64 dependencies);

/// "1.5 GB", "640 MB", "12 KB": a size for messages, in units of 1024.
QString formatFileSize(qint64 bytes);

} // namespace planner
