// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace planner {

/// One option of a format, the same on the command line (`--NAME VALUE`) and in the GUI.
struct FormatOption
{
    QString name;            ///< "relations", "mapping", "table"
    QString valueName;       ///< "FILE", "TABLE"
    const char *description; ///< untranslated; shown through FileFormats::tr()
    QString defaultValue;    ///< empty: none
    QStringList choices;     ///< the values it takes; empty: any
};

/// Values given for a format's options, by option name.
using FormatOptions = QHash<QString, QString>;

/// The option a caller sets (not the user) when the estate written is a scenario's: its name.
/// A writer that can say so (the calendar) does, so that an export says where it came from.
inline QString scenarioFormatOption()
{
    return QStringLiteral("scenario");
}

/// The option a caller sets (not the user) when the estate written is a saved project's, as
/// saved: where that project is (a .uplan file or a shared project's URL). The project writer
/// carries its history into the file it writes (carryHistory), so that who changed what
/// travels with an exported project.
inline QString sourceFormatOption()
{
    return QStringLiteral("source");
}

/// The component fields an import carries. A merge updates only these, so that what the
/// user entered in the workbench (a criticality, a target, durations) and the source does not
/// know is never overwritten by a default.
enum class ComponentField : unsigned {
    Name = 1u << 0,
    Kind = 1u << 1,
    Product = 1u << 2,
    Version = 1u << 3,
    Target = 1u << 4,
    Site = 1u << 5,
    Owner = 1u << 6,
    Criticality = 1u << 7,
    ExternalId = 1u << 8,
    All = (1u << 9) - 1,
};
using ComponentFields = unsigned;
constexpr ComponentFields operator|(ComponentField a, ComponentField b)
{
    return unsigned(a) | unsigned(b);
}
constexpr ComponentFields operator|(ComponentFields a, ComponentField b)
{
    return a | unsigned(b);
}
constexpr bool carries(ComponentFields fields, ComponentField f)
{
    return (fields & unsigned(f)) != 0;
}

/// What a reader hands back: the estate, what it could not use (each naming its line or path),
/// and which fields the source carries.
struct Imported
{
    Estate estate;
    QStringList warnings;
    ComponentFields fields = unsigned(ComponentField::All);
    /// True when the source describes whole estate sections beside the components (the
    /// interchange JSON): a merge then also takes its calendar, catalog and records.
    bool wholeEstate = false;
};

/// Where a reader reads from: the open file (at its start; a reader that needs all of it calls
/// readAll()), its path for messages and for files named relative to it, and the options
/// given (with their defaults filled in).
struct ReadInput
{
    QIODevice *device = nullptr;
    QString path;
    FormatOptions options;
};

/// One file format: what it is called, how its files are recognised, and how it is read and
/// written. The registry (FileFormats) holds one of each; the command line, the Document,
/// the file dialogs and File > Import / Export all ask it. A new format is one file with its
/// reader or writer and one line in FileFormats.cpp's table.
struct FileFormat
{
    QString name;            ///< the value of --format: "json", "cyclonedx", "csv"
    const char *title;       ///< for file dialogs: "CycloneDX SBOM"
    QStringList extensions;  ///< without the dot; the first is the one written
    const char *description; ///< one line for --help
    /// How sure this format is that a file starting with @p head (at most 64 KB, a UTF-8
    /// byte order mark removed) is one of its files: 0 not at all, 100 certain. nullptr: never
    /// detected, only chosen by name.
    int (*recognise)(QByteArrayView head) = nullptr;
    /// Reads a file. Errors name the line or path and what is wrong (a path relative to the
    /// file: the caller puts the file's name in front when the message lacks it).
    Expected<Imported> (*read)(const ReadInput &input) = nullptr;
    QList<FormatOption> readOptions;
    /// Writes @p estate to @p device. Errors name what could not be written.
    Expected<Done> (*write)(const Estate &estate, QIODevice *device, const FormatOptions &options)
        = nullptr;
    QList<FormatOption> writeOptions;
    /// True when the writer draws with QtGui (SVG, PNG): a command line run then needs a
    /// QGuiApplication (on the offscreen platform, without a display).
    bool needsGui = false;

    bool canRead() const { return read != nullptr; }
    bool canWrite() const { return write != nullptr; }
    /// "CycloneDX SBOM (*.json)", for a file dialog.
    QString dialogFilter() const;
};

/// The registry of file formats.
class FileFormats
{
public:
    /// Every format, in the order --help and the dialogs list them.
    static const QList<FileFormat> &all();
    /// The format called @p name (case ignored), or nullptr.
    static const FileFormat *find(const QString &name);
    /// The format a file starting with @p head is in: the surest reader, ties broken by
    /// @p fileName's extension; nullptr when no format recognises it.
    static const FileFormat *detect(QByteArrayView head, const QString &fileName = {});
    /// Names of the formats that can be read (@p reading) or written.
    static QStringList names(bool reading);
    /// The filters of a file dialog: one per format that can be read (or written), preceded
    /// when reading by "All supported files (...)", followed by "All files (*)".
    static QString dialogFilter(bool reading);
    /// Adds a writer or reader that lives above the core (the graph drawn as SVG or PNG needs
    /// the views; the schedule's calendar needs the scheduler): completes the format of that
    /// name, or adds it. Call once at start-up, before the registry is used.
    static void provide(const FileFormat &format);
    /// The options of @p format for reading or writing, with their defaults filled in for
    /// those not given in @p given. An Error names an unknown option or a value not among its
    /// choices.
    static Expected<FormatOptions> options(const FileFormat &format, bool reading,
                                           const FormatOptions &given);

    static QString tr(const char *text);
};

/// The name of the project format, `.uplan` (an SQLite database).
inline const QString projectFormatName = QStringLiteral("uplan");
/// The name of the estate interchange JSON format.
inline const QString estateJsonFormatName = QStringLiteral("json");

} // namespace planner
