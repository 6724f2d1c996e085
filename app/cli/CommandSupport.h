// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/FileFormat.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QCommandLineOption;
class QCommandLineParser;
class QIODevice;
class QTextStream;
QT_END_NAMESPACE

namespace planner {
class JsonStream;
}

namespace planner::cli {

/// Translation context of every message the command line prints.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::cli::Tr)
};

/// The exit codes: a contract with users' scripts (docs/cli.md).
enum ExitCode {
    ExitSuccess = 0,  ///< done, nothing to report
    ExitFindings = 1, ///< done, and found something (conflicts, blocked or unscheduled steps)
    ExitUsage = 2     ///< usage or input error: bad option, unknown command, missing or bad file
};

/// The program's name as users type it, for messages and help ("upgrade-planner").
QString programName();

/// Standard output and error as UTF-8 text streams. Flush them before writing raw bytes.
QTextStream &out();
QTextStream &err();
void flushStreams();

/// Parses the arguments of subcommand @p command with @p parser (the caller has added options,
/// the description and the positional arguments @p required, all mandatory). Adds --help,
/// prints the help when asked, checks the number of positional arguments.
/// Returns an exit code when the command should stop now (help shown: 0, usage error: 2).
/// With @p moreAllowed, further positional arguments after the required ones are accepted.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, const QStringList &required,
                                  bool moreAllowed = false);

/// Prints "upgrade-planner COMMAND: MESSAGE" and a hint to --help on stderr; returns 2.
int usageError(const QString &command, const QString &message);

/// Prints an input or output error (a text that names the place) on stderr; returns 2.
int inputError(const QString &text);

/// Loads a `.uplan` project or an estate `.json` file, printing each warning on stderr with
/// the file name. On failure prints the error naming the file and place and returns nothing.
std::optional<Estate> loadInput(const QString &path);

/// The option `--scenario NAME` that every analysis command takes (docs/cli.md).
QCommandLineOption scenarioOption();

/// The start every command reading one project shares: adds `--scenario` and the PROJECT
/// argument to @p parser (after the command's own options), then parses as parseArguments().
std::optional<int> parseProjectArguments(QCommandLineParser &parser, const QString &command,
                                         const QStringList &arguments);
/// The scenario `--scenario` asks for; empty for the baseline (not given, or "baseline").
QString chosenScenario(const QCommandLineParser &parser);
/// The PROJECT argument loaded as the chosen scenario has it (loadInput with the scenario).
std::optional<Estate> loadProjectArgument(const QCommandLineParser &parser);

/// loadInput, then the scenario called @p scenario applied (Scenario.h): the estate as that
/// scenario has it. An empty name or "baseline" gives the estate itself. An unknown name is an
/// input error that lists the scenarios the project has; a change the baseline no longer allows
/// is printed as a warning.
std::optional<Estate> loadInput(const QString &path, const QString &scenario);

/// The option `--fixes N` of `check` and `schedule`: for how many problems the smallest fixes
/// are looked for (docs/cli.md, "Fixes").
QCommandLineOption fixesOption();

/// How many problems get fixes: the value of `--fixes` when given (an error when it is not a
/// whole number), otherwise 20 for an estate of up to 2,000 components and none for a larger
/// one, where each fix costs a full schedule. Prints the usage error and returns nothing on a
/// bad value.
std::optional<int> fixesWanted(const QCommandLineParser &parser, const QCommandLineOption &option,
                               const Estate &estate, const QString &command);

/// The same for a file in any format of the registry: @p format (nullptr: detected from the
/// content) read with @p options; @p used is set to the format read.
std::optional<Imported> importInput(const QString &path, const FileFormat *format,
                                    const FormatOptions &options,
                                    const FileFormat **used = nullptr);

/// Writes output produced by @p write to @p path, or to standard output when @p path is "-".
/// A file is replaced only once @p write succeeded (a failed write leaves no file behind and
/// an existing one untouched).
Expected<Done> writeOutput(const QString &path,
                           const std::function<Expected<Done>(QIODevice *)> &write);

/// What a report command prints for an estate, and whether it found something (exit code 1).
struct Report
{
    QString output;
    bool findings = false;
    /// When set, writes the JSON form instead of output, streamed (large plans have a
    /// hundred thousand steps).
    std::function<void(JsonStream &)> json;
};

/// Runs a command of the form `COMMAND PROJECT [--json]`: parses the arguments (help and
/// usage errors as parseArguments), loads the input, prints what @p report gives for it (the
/// JSON form when --json is set) and returns 0, or 1 when the report has findings.
int runReportCommand(const QString &command, const QString &description, const QString &jsonHelp,
                     const QStringList &arguments,
                     const std::function<Report(const Estate &, bool json)> &report);
/// The same with options of its own (@p more), which @p report reads from the parser; it
/// returns nothing after printing a usage error.
int runReportCommand(const QString &command, const QString &description, const QString &jsonHelp,
                     const QStringList &arguments, const QList<QCommandLineOption> &more,
                     const std::function<std::optional<Report>(const Estate &, bool json,
                                                               const QCommandLineParser &)> &report);

} // namespace planner::cli
