// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner import FILE (-o PROJECT.uplan [--force] | --into EXISTING.uplan)
//     [--format NAME] [--relations FILE] [--mapping FILE] [--remove-missing] [--json]
#include "CommandSupport.h"

#include "exchange/EstateMerge.h"
#include "exchange/FileFormat.h"
#include "exchange/JsonStream.h"
#include "storage/EstateFile.h"
#include "storage/ProjectFile.h"
#include "storage/ServerUrl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("import");

// A name beside @p target that no file uses yet, so that the project is written completely
// before it takes the target's place (a failed import leaves no file, not even a partial one).
QString temporarySibling(const QFileInfo &target)
{
    for (;;) {
        const QString name = QStringLiteral(".%1.import-%2")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16,
                                      QLatin1Char('0'));
        const QString path = target.absoluteDir().filePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
}

// SQLite may leave a journal beside a database it failed to write.
void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Every reader's options, once each, as --NAME VALUE (the help says which format takes it).
QList<QCommandLineOption> readerOptions()
{
    QList<QCommandLineOption> out;
    QStringList seen;
    for (const FileFormat &format : FileFormats::all())
        for (const FormatOption &o : format.readOptions) {
            if (seen.contains(o.name))
                continue;
            seen.append(o.name);
            out.append(
                QCommandLineOption(o.name,
                                   QStringLiteral("(%1) %2").arg(format.name,
                                                                 FileFormats::tr(o.description)),
                                   o.valueName));
        }
    return out;
}

QString formatList()
{
    QString text;
    for (const FileFormat &format : FileFormats::all())
        if (format.canRead())
            text += QStringLiteral("  %1  %2\n")
                        .arg(format.name, -10)
                        .arg(FileFormats::tr(format.description));
    return text;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject mergeJson(const MergeReport &r)
{
    QJsonArray changed;
    for (const FieldChange &c : r.changed)
        changed.append(QJsonObject{{QStringLiteral("component"), c.component},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after}});
    const auto deps = [](const QList<DependencyKey> &keys) {
        QJsonArray out;
        for (const DependencyKey &k : keys)
            out.append(QJsonObject{{QStringLiteral("from"), k.from},
                                   {QStringLiteral("to"), k.to},
                                   {QStringLiteral("type"), k.type}});
        return out;
    };
    return {{QStringLiteral("added"), strings(r.added)},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), r.unchanged},
            {QStringLiteral("missing"), strings(r.missing)},
            {QStringLiteral("removed"), strings(r.removed)},
            {QStringLiteral("dependenciesAdded"), r.dependenciesAdded},
            {QStringLiteral("dependenciesChanged"), r.dependenciesChanged},
            {QStringLiteral("dependenciesMissing"), deps(r.dependenciesMissing)},
            {QStringLiteral("dependenciesRemoved"), deps(r.dependenciesRemoved)},
            {QStringLiteral("sectionsAdded"), strings(r.sectionsAdded)}};
}

QString mergeText(const QString &project, const MergeReport &r)
{
    QString text;
    QTextStream s(&text);
    s << Tr::tr("%1: merged: %2 added, %3 updated, %4 unchanged, %5 dependencies added, %6 "
                "dependency ranges updated")
             .arg(project)
             .arg(r.added.size())
             .arg(r.changed.size())
             .arg(r.unchanged)
             .arg(r.dependenciesAdded)
             .arg(r.dependenciesChanged)
      << '\n';
    for (const FieldChange &c : r.changed)
        s << "  "
          << Tr::tr("%1: %2 %3 -> %4")
                 .arg(c.component, c.field, c.before.isEmpty() ? Tr::tr("(none)") : c.before,
                      c.after)
          << '\n';
    for (const QString &added : r.sectionsAdded)
        s << "  " << Tr::tr("added %1").arg(added) << '\n';
    if (!r.removed.isEmpty())
        s << Tr::tr("removed (not in the import): %1").arg(r.removed.join(QStringLiteral(", ")))
          << '\n';
    if (!r.dependenciesRemoved.isEmpty())
        s << Tr::tr("removed %n dependencies not in the import", nullptr,
                    int(r.dependenciesRemoved.size()))
          << '\n';
    const QStringList kept = QStringList(r.missing.cbegin(), r.missing.cend());
    if (r.removed.isEmpty() && !kept.isEmpty())
        s << Tr::tr("kept, though not in the import (--remove-missing removes them): %1")
                 .arg(kept.join(QStringLiteral(", ")))
          << '\n';
    if (r.dependenciesRemoved.isEmpty() && !r.dependenciesMissing.isEmpty())
        s << Tr::tr("kept %n dependencies the import does not list (--remove-missing removes "
                    "them)",
                    nullptr, int(r.dependenciesMissing.size()))
          << '\n';
    return text;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads an estate from a file in one of the formats below and saves it as a new\n"
               ".uplan project (-o), or merges it into an existing project in place (--into):\n"
               "components and dependencies are matched by id (or by the source's own key),\n"
               "changed fields updated, new ones added; what the project has and the file\n"
               "lacks is listed and kept unless --remove-missing is given. Fields the file\n"
               "does not carry keep the project's values. Warnings go to standard error.\n"
               "When the input has an error, nothing is written.\n\n"
               "Formats (detected from the content unless --format is given):\n%1")
            .arg(formatList().chopped(1)));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The project file to create."), Tr::tr("PROJECT"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  Tr::tr("Merge into this existing project, in place (a .uplan "
                                         "file or a shared project's URL)."),
                                  Tr::tr("EXISTING"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("The input's format (default: detected)."),
                                          Tr::tr("FORMAT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace PROJECT if it exists already."));
    const QCommandLineOption removeMissing(
        QStringLiteral("remove-missing"),
        Tr::tr("With --into: remove the components and dependencies the file does not have."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print what was imported or merged as JSON."));
    parser.addOptions({output, into, formatOption, force, removeMissing, json});
    const QList<QCommandLineOption> formatOptions = readerOptions();
    parser.addOptions(formatOptions);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The file to read (a project, estate JSON, CycloneDX, "
                                        "CSV, GraphML...)."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("FILE")}))
        return *stop;
    if (parser.isSet(output) == parser.isSet(into))
        return usageError(command,
                          parser.isSet(into)
                              ? Tr::tr("give either -o PROJECT or --into EXISTING, not both")
                              : Tr::tr("missing -o PROJECT (or --into EXISTING)"));
    if (parser.isSet(removeMissing) && !parser.isSet(into))
        return usageError(command, Tr::tr("--remove-missing applies to --into only"));

    const FileFormat *format = nullptr;
    if (parser.isSet(formatOption)) {
        format = FileFormats::find(parser.value(formatOption));
        if (!format || !format->canRead())
            return usageError(command,
                              Tr::tr("unknown format '%1' (formats it reads: %2)")
                                  .arg(parser.value(formatOption),
                                       FileFormats::names(true).join(QStringLiteral(", "))));
    }
    FormatOptions given;
    for (const QCommandLineOption &o : formatOptions)
        if (parser.isSet(o))
            given.insert(o.names().constFirst(), parser.value(o));

    const QString inputPath = parser.positionalArguments().constFirst();
    const bool merging = parser.isSet(into);
    const QString outputPath = merging ? parser.value(into) : parser.value(output);
    if (outputPath == QLatin1String("-"))
        return usageError(command, Tr::tr("a project is a database file; it cannot go to "
                                          "standard output (use 'export --format json -o -')"));
    const bool shared = ServerLocation::isUrl(outputPath);
    if (shared && !merging)
        return usageError(command, Tr::tr("-o writes a new project file; to put a project on a "
                                          "server, use 'publish' (or --into URL to merge into a "
                                          "shared project)"));
    const QFileInfo target(outputPath);
    if (!shared && target.isDir())
        return inputError(Tr::tr("%1: is a directory").arg(outputPath));
    if (!merging && target.exists() && !parser.isSet(force))
        return inputError(
            Tr::tr("%1: exists already (use --force to replace it, or --into to merge)")
                .arg(outputPath));
    if (merging && !isProjectLocation(outputPath))
        return inputError(
            target.exists()
                ? Tr::tr("%1: not an Upgrade Planner project to merge into").arg(outputPath)
                : Tr::tr("%1: no such project").arg(outputPath));
    if (!shared && !target.absoluteDir().exists())
        return inputError(Tr::tr("%1: the folder %2 does not exist")
                              .arg(outputPath, QDir::toNativeSeparators(target.absolutePath())));
    if (QFileInfo(inputPath).exists() && target.exists()
        && QFileInfo(inputPath).canonicalFilePath() == target.canonicalFilePath())
        return inputError(Tr::tr("%1: the input and the output are the same file").arg(outputPath));

    const FileFormat *used = nullptr;
    std::optional<Imported> imported = importInput(inputPath, format, given, &used);
    if (!imported)
        return ExitUsage;

    QJsonObject report{{QStringLiteral("file"), inputPath},
                       {QStringLiteral("format"), used ? used->name : QString()},
                       {QStringLiteral("project"), outputPath},
                       {QStringLiteral("warnings"), strings(imported->warnings)}};
    if (merging) {
        qint64 revision = 0;
        const Expected<Estate> existing = loadProject(outputPath, &revision);
        if (!existing)
            return inputError(existing.error().text());
        MergeOptions options;
        options.removeMissing = parser.isSet(removeMissing);
        const MergeResult merged = mergeEstate(*existing, *imported, options);
        // One transaction: readers see the project before or after the merge, never between.
        if (merged.report.changesAnything()) {
            const Expected<Done> saved = saveProjectEdits(outputPath, *existing, merged.estate,
                                                          revision);
            if (!saved)
                return inputError(saved.error().text());
        }
        report.insert(QStringLiteral("merge"), mergeJson(merged.report));
        report.insert(QStringLiteral("components"), merged.estate.componentCount());
        report.insert(QStringLiteral("dependencies"), merged.estate.dependencyCount());
        if (parser.isSet(json)) {
            flushStreams();
            JsonStream stream(stdout);
            stream.value(QJsonValue(report));
            stream.finish();
        } else {
            out() << mergeText(outputPath, merged.report);
        }
        return ExitSuccess;
    }

    const Estate &estate = imported->estate;
    const QString temporary = temporarySibling(target);
    const Expected<Done> saved = saveProject(temporary, estate);
    if (!saved) {
        removeWithCompanions(temporary);
        // Name the file the user asked for, not the temporary one.
        QString text = saved.error().text();
        text.replace(temporary, outputPath);
        text.replace(QFileInfo(temporary).fileName(), outputPath);
        if (!text.contains(outputPath))
            text = outputPath + QStringLiteral(": ") + text;
        return inputError(text);
    }
    // rename(2) replaces an existing file in one step: readers see the old or the new project.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        removeWithCompanions(temporary);
        return inputError(Tr::tr("%1: cannot be written").arg(outputPath));
    }
    removeWithCompanions(temporary); // only companions can be left; the file itself moved

    if (parser.isSet(json)) {
        report.insert(QStringLiteral("components"), estate.componentCount());
        report.insert(QStringLiteral("dependencies"), estate.dependencyCount());
        report.insert(QStringLiteral("sites"), int(estate.sites.size()));
        flushStreams();
        JsonStream stream(stdout);
        stream.value(QJsonValue(report));
        stream.finish();
        return ExitSuccess;
    }
    out() << Tr::tr("%1: imported %2 components, %3 dependencies, %4 sites")
                 .arg(outputPath)
                 .arg(estate.componentCount())
                 .arg(estate.dependencyCount())
                 .arg(estate.sites.size())
          << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
