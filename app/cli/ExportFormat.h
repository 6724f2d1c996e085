// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace planner::cli {

/// One output format of `upgrade-planner export --format NAME`. Adding a format is one entry in
/// the table of ExportFormat.cpp (and its writer in its own file).
struct ExportFormat
{
    QString name;            ///< the value of --format: "json", "svg", "png", "ics"
    const char *description; ///< one line for --help (untranslated, shown through Tr::tr)
    /// True when the writer draws with QtGui (SVG, PNG): the command then runs with a
    /// QApplication on the offscreen platform, still without a display.
    bool needsGui = false;
    /// Writes the estate to @p device; an Error names the problem. nullptr: the format is
    /// announced but not supported yet (the command says so and exits 2).
    Expected<Done> (*write)(const Estate &estate, QIODevice *device) = nullptr;

    bool isSupported() const { return write != nullptr; }
};

/// Every format, supported or announced, in the order --help lists them.
const QList<ExportFormat> &exportFormats();

/// The format called @p name (case-insensitive), or nullptr.
const ExportFormat *findExportFormat(const QString &name);

/// Names of the formats that work now.
QStringList supportedExportFormatNames();

} // namespace planner::cli
