// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandSupport.h"

#include "storage/ServerUrl.h"

#include "exchange/JsonStream.h"

#include "storage/EstateFile.h"
#include "storage/SafeWrite.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace planner::cli {

QString programName()
{
    return QStringLiteral("upgrade-planner");
}

QTextStream &out()
{
    static QTextStream stream(stdout, QIODevice::WriteOnly);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr, QIODevice::WriteOnly);
    return stream;
}

void flushStreams()
{
    out().flush();
    err().flush();
    std::fflush(stdout);
    std::fflush(stderr);
}

// QCommandLineParser names the executable as it was started (maybe a long path) and knows
// nothing of subcommands: show "upgrade-planner import [options] ..." instead.
static QString subcommandHelp(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    const QString started = arguments.isEmpty() ? QString() : arguments.constFirst();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0 && at < lineEnd)
        text.replace(at, started.size(), programName() + QLatin1Char(' ') + command);
    return text;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, const QStringList &required,
                                  bool moreAllowed)
{
    // Not addHelpOption(): its --help-all lists Qt's GUI options, which subcommands do not take.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        // --help wins over any other mistake on the line.
        if (arguments.contains(QStringLiteral("--help"))
            || arguments.contains(QStringLiteral("-h"))) {
            out() << subcommandHelp(parser, command);
            return ExitSuccess;
        }
        return usageError(command, parser.errorText());
    }
    if (parser.isSet(help)) {
        out() << subcommandHelp(parser, command);
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < required.size())
        return usageError(command, Tr::tr("missing %1")
                                       .arg(required.mid(positional.size()).join(QLatin1Char(' '))));
    if (positional.size() > required.size() && !moreAllowed)
        return usageError(command,
                          Tr::tr("unexpected argument '%1'").arg(positional.at(required.size())));
    return std::nullopt;
}

int usageError(const QString &command, const QString &message)
{
    err() << programName() << ' ' << command << ": " << message << '\n'
          << Tr::tr("Try '%1 %2 --help' for more information.").arg(programName(), command) << '\n';
    return ExitUsage;
}

int inputError(const QString &text)
{
    err() << Tr::tr("error: %1").arg(text) << '\n';
    return ExitUsage;
}

std::optional<Estate> loadInput(const QString &path)
{
    std::optional<Imported> imported = importInput(path, nullptr, {});
    if (!imported)
        return std::nullopt;
    return std::move(imported->estate);
}

QCommandLineOption scenarioOption()
{
    return QCommandLineOption(QStringLiteral("scenario"),
                              Tr::tr("Analyse scenario NAME of the project instead of the "
                                     "baseline (`upgrade-planner scenarios PROJECT` lists them)."),
                              QStringLiteral("NAME"));
}

std::optional<int> parseProjectArguments(QCommandLineParser &parser, const QString &command,
                                         const QStringList &arguments)
{
    parser.addOption(scenarioOption());
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project, an estate .json file, or a shared "
                                        "project's postgresql:// URL."));
    return parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")});
}

QString chosenScenario(const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("scenario"));
    return name.compare(baselineScenarioName(), Qt::CaseInsensitive) == 0 ? QString() : name;
}

std::optional<Estate> loadProjectArgument(const QCommandLineParser &parser)
{
    return loadInput(parser.positionalArguments().constFirst(), chosenScenario(parser));
}

QCommandLineOption fixesOption()
{
    return QCommandLineOption(
        QStringLiteral("fixes"),
        Tr::tr("Look for the smallest fixes of the first N problems (default: 20 for an estate "
               "of up to 2,000 components, none for a larger one; 0: none)."),
        QStringLiteral("N"));
}

std::optional<int> fixesWanted(const QCommandLineParser &parser, const QCommandLineOption &option,
                               const Estate &estate, const QString &command)
{
    if (!parser.isSet(option))
        return estate.componentCount() <= 2000 ? 20 : 0;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 0) {
        usageError(command, Tr::tr("--fixes needs a whole number of 0 or more, not '%1'")
                                .arg(parser.value(option)));
        return std::nullopt;
    }
    return n;
}

std::optional<Estate> loadInput(const QString &path, const QString &scenario)
{
    std::optional<Estate> estate = loadInput(path);
    if (!estate || scenario.isEmpty()
        || scenario.compare(baselineScenarioName(), Qt::CaseInsensitive) == 0)
        return estate;
    const Scenario *found = findScenario(*estate, scenario);
    if (!found) {
        QStringList names;
        for (const Scenario &s : std::as_const(estate->scenarios))
            names.append(s.name);
        inputError(names.isEmpty()
                       ? Tr::tr("%1: no scenario called '%2': the project has none besides the "
                                "baseline")
                             .arg(path, scenario)
                       : Tr::tr("%1: no scenario called '%2': the project has %3")
                             .arg(path, scenario, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QStringList warnings;
    Estate applied = applyScenario(*estate, *found, &warnings);
    for (const QString &warning : std::as_const(warnings))
        err() << Tr::tr("%1: warning: %2").arg(path, warning) << '\n';
    return applied;
}

std::optional<Imported> importInput(const QString &path, const FileFormat *format,
                                    const FormatOptions &options, const FileFormat **used)
{
    // The file is opened once, by the loader; only a failure asks the file system why.
    Expected<Imported> loaded = importEstateFile(path, format, options, used);
    if (loaded)
        for (const QString &warning : std::as_const(loaded->warnings))
            err() << Tr::tr("%1: warning: %2").arg(path, warning) << '\n';
    if (!loaded) {
        const QFileInfo info(path);
        if (!ServerLocation::isUrl(path) && !info.exists()) {
            inputError(Tr::tr("%1: no such file").arg(path));
            return std::nullopt;
        }
        if (info.isDir()) {
            inputError(Tr::tr("%1: is a directory, not a project or estate file").arg(path));
            return std::nullopt;
        }
        QString text = loaded.error().text();
        if (!ServerLocation::isUrl(path) && !errorNamesFile(text, path))
            text = path + QStringLiteral(": ") + text;
        inputError(text);
        return std::nullopt;
    }
    return std::move(loaded.value());
}

Expected<Done> writeOutput(const QString &path,
                           const std::function<Expected<Done>(QIODevice *)> &write)
{
    if (path == QLatin1String("-")) {
        flushStreams();
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return Error{Tr::tr("standard output"), standardOutput.errorString()};
        Expected<Done> written = write(&standardOutput);
        standardOutput.flush();
        if (!written)
            return errorInFile(Tr::tr("standard output"), written.error());
        return Done{};
    }
    return writeFileAtomically(path, write);
}

int runReportCommand(const QString &command, const QString &description, const QString &jsonHelp,
                     const QStringList &arguments,
                     const std::function<Report(const Estate &, bool json)> &report)
{
    return runReportCommand(command, description, jsonHelp, arguments, {},
                            [&report](const Estate &estate, bool json, const QCommandLineParser &) {
                                return std::optional<Report>(report(estate, json));
                            });
}

int runReportCommand(const QString &command, const QString &description, const QString &jsonHelp,
                     const QStringList &arguments, const QList<QCommandLineOption> &more,
                     const std::function<std::optional<Report>(const Estate &, bool json,
                                                               const QCommandLineParser &)> &report)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption json(QStringLiteral("json"), jsonHelp);
    parser.addOption(json);
    parser.addOptions(more);
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;
    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;
    const std::optional<Report> made = report(*estate, parser.isSet(json), parser);
    if (!made)
        return ExitUsage;
    const Report &result = *made;
    if (result.json) {
        flushStreams();
        JsonStream stream(stdout);
        result.json(stream);
        stream.finish();
    } else {
        out() << result.output;
    }
    return result.findings ? ExitFindings : ExitSuccess;
}

} // namespace planner::cli
