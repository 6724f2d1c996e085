// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner import ESTATE.json -o PROJECT.uplan [--force]
#include "CommandSupport.h"

#include "storage/ProjectFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

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

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads an estate interchange JSON file (or another project) and saves it as a new\n"
               ".uplan project. Warnings (unknown fields) go to standard error. When the input\n"
               "has an error, nothing is written."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The project file to create."), Tr::tr("PROJECT"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Tr::tr("Replace PROJECT if it exists already."));
    parser.addOption(output);
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("ESTATE"),
                                 Tr::tr("The estate .json file (or a .uplan project) to read."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("ESTATE")}))
        return *stop;
    if (!parser.isSet(output))
        return usageError(command, Tr::tr("missing -o PROJECT"));

    const QString inputPath = parser.positionalArguments().constFirst();
    const QString outputPath = parser.value(output);
    if (outputPath == QLatin1String("-"))
        return usageError(command, Tr::tr("a project is a database file; it cannot go to "
                                          "standard output (use 'export --format json -o -')"));
    const QFileInfo target(outputPath);
    if (target.isDir())
        return inputError(Tr::tr("%1: is a directory").arg(outputPath));
    if (target.exists() && !parser.isSet(force))
        return inputError(
            Tr::tr("%1: exists already (use --force to replace it)").arg(outputPath));
    if (!target.absoluteDir().exists())
        return inputError(Tr::tr("%1: the folder %2 does not exist")
                              .arg(outputPath, QDir::toNativeSeparators(target.absolutePath())));
    if (QFileInfo(inputPath).exists() && target.exists()
        && QFileInfo(inputPath).canonicalFilePath() == target.canonicalFilePath())
        return inputError(Tr::tr("%1: the input and the output are the same file").arg(outputPath));

    const std::optional<Estate> estate = loadInput(inputPath);
    if (!estate)
        return ExitUsage;

    const QString temporary = temporarySibling(target);
    const Expected<Done> saved = saveProject(temporary, *estate);
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

    out() << Tr::tr("%1: imported %2 components, %3 dependencies, %4 sites")
                 .arg(outputPath)
                 .arg(estate->componentCount())
                 .arg(estate->dependencyCount())
                 .arg(estate->sites.size())
          << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
