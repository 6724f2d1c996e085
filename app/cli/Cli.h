// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace planner::cli {

/// True when the arguments ask for a headless subcommand (or --help/--version) rather than
/// the GUI; decided before any QApplication exists, so no display is needed.
bool wantsCommandLine(int argc, char *argv[]);

/// Runs the subcommand; returns the process exit code (0 success, 1 findings, 2 usage or
/// input error).
int run(int argc, char *argv[]);

/// Installs the English plural forms embedded in the program ("1 step", "63 steps" for
/// tr("%n step(s)")), for the command line and, beneath the user's language, for the GUI.
void installEnglishPlurals(QCoreApplication &app);

} // namespace planner::cli
