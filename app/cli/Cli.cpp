// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "Command.h"
#include "CommandSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>
#include <memory>

#ifndef UPLAN_VERSION
#define UPLAN_VERSION "0.0.0"
#endif

namespace planner::cli {

namespace {

bool isHelpWord(const QString &word)
{
    return word == QLatin1String("help") || word == QLatin1String("--help")
           || word == QLatin1String("-h");
}

bool isVersionWord(const QString &word)
{
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

// A lower-case word that is no existing file reads as a mistyped subcommand rather than a
// file for the GUI to open ("upgrade-planner shwo" should say so, not open a window).
bool looksLikeCommand(const QString &word)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z-]*$"));
    return pattern.match(word).hasMatch() && !QFileInfo::exists(word);
}

void printProgramHelp()
{
    QTextStream &s = out();
    s << Tr::tr("Upgrade Planner %1: plan IT estate upgrades without breaking what must stay up.")
             .arg(QStringLiteral(UPLAN_VERSION))
      << "\n\n"
      << Tr::tr("Usage:") << '\n'
      << "  " << programName()
      << Tr::tr(" [FILE]                   open the workbench, "
                "optionally on a .uplan or .json file")
      << '\n'
      << "  " << programName()
      << Tr::tr(" COMMAND [options] ...    run headless (no display needed)") << "\n\n"
      << Tr::tr("Commands:") << '\n';
    int width = 4; // "help"
    for (const Command &command : commands())
        width = std::max(width, int(command.name.size()));
    for (const Command &command : commands())
        s << QStringLiteral("  %1  %2\n").arg(command.name, -width).arg(Tr::tr(command.summary));
    s << QStringLiteral("  %1  %2\n")
             .arg(QStringLiteral("help"), -width)
             .arg(Tr::tr("Show the options of a command: help COMMAND"))
      << '\n'
      << Tr::tr("Every command reads a .uplan project, an estate .json file or a shared project\n"
                "on PostgreSQL by its URL, postgresql://USER@HOST:PORT/DB?project=NAME\n"
                "(docs/shared-projects.md).")
      << '\n'
      << Tr::tr("Exit codes: 0 success, 1 findings, 2 usage or input error.") << '\n'
      << Tr::tr("Options: -h, --help  this help; -v, --version  the version.") << '\n'
      << Tr::tr("Run '%1 help COMMAND' for a command's options; docs/cli.md has the details.")
             .arg(programName())
      << '\n';
}

// Drawing commands start a QApplication on the offscreen platform, which warns on every run
// that XDG_RUNTIME_DIR is not set (it is not, in scripts and CI): noise for a command-line
// user, so that one message is dropped; every other goes to the default handler.
QtMessageHandler defaultHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, message);
}

int unknownCommand(const QString &word)
{
    err() << Tr::tr("%1: '%2' is not a command. See '%1 --help'.").arg(programName(), word) << '\n';
    return ExitUsage;
}

// help, help COMMAND, --help
int runHelp(const QStringList &rest)
{
    if (rest.isEmpty()) {
        printProgramHelp();
        return ExitSuccess;
    }
    if (rest.size() > 1) {
        err() << Tr::tr("%1 help: expects one command name").arg(programName()) << '\n';
        return ExitUsage;
    }
    const Command *command = findCommand(rest.constFirst());
    if (!command)
        return unknownCommand(rest.constFirst());
    return command->run({programName(), QStringLiteral("--help")});
}

int dispatch(const QStringList &arguments)
{
    const QString word = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (word.isEmpty() || isHelpWord(word))
        return runHelp(word == QLatin1String("help") ? rest : QStringList());
    if (isVersionWord(word)) {
        out() << programName() << ' ' << QStringLiteral(UPLAN_VERSION) << '\n';
        return ExitSuccess;
    }
    const Command *command = findCommand(word);
    if (!command)
        return unknownCommand(word);
    return command->run(QStringList{arguments.constFirst()} + rest);
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString word = QString::fromLocal8Bit(argv[1]);
    return isHelpWord(word) || isVersionWord(word) || findCommand(word) || looksLikeCommand(word);
}

void installEnglishPlurals(QCoreApplication &app)
{
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/plurals/upgrade-planner_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

int run(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Only drawing commands (SVG/PNG export) need QtGui; they render offscreen when there is no
    // display. Everything else runs with a QCoreApplication and never touches a display.
    const Command *command = findCommand(arguments.value(1));
    const bool gui = command && command->needsGui && command->needsGui(arguments.mid(2));
    std::unique_ptr<QCoreApplication> app;
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    installEnglishPlurals(*app);
    QCoreApplication::setApplicationName(programName());
    QCoreApplication::setOrganizationName(QStringLiteral("upgrade-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPLAN_VERSION));

    const int code = dispatch(arguments);
    flushStreams();
    return code;
}

} // namespace planner::cli
