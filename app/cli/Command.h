// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace planner::cli {

/// One headless subcommand of `upgrade-planner` (import, export, show, and later check, order,
/// layout, schedule). Each lives in its own file and has one line in the table of
/// CliCommands.cpp; docs/cli.md documents what each prints and returns.
struct Command
{
    QString name;        ///< the word after the program name: "import"
    const char *summary; ///< one line for the command list (untranslated, shown through Tr::tr)

    /// Runs the command. @p arguments are the program name followed by everything after the
    /// subcommand, ready for QCommandLineParser. Returns the exit code (see ExitCode).
    int (*run)(const QStringList &arguments);

    /// Optional: true when these arguments need QtGui to render (SVG or PNG export). The
    /// process then gets a QApplication, on the offscreen platform when there is no display;
    /// every other command runs with a QCoreApplication only.
    bool (*needsGui)(const QStringList &arguments) = nullptr;
};

/// Every subcommand, in the order `upgrade-planner --help` lists them.
const QList<Command> &commands();

/// The subcommand called @p name, or nullptr.
const Command *findCommand(const QString &name);

} // namespace planner::cli
