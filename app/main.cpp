// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // A subcommand runs headless, decided before any QApplication (and so any display) exists.
    if (planner::cli::wantsCommandLine(argc, argv))
        return planner::cli::run(argc, argv);
    QApplication app(argc, argv);
    return 0;
}
