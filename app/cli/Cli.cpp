// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

// Placeholder until the command line lands; see issue 2.
namespace planner::cli {
bool wantsCommandLine(int, char *[]) { return false; }
int run(int, char *[]) { return 2; }
} // namespace planner::cli
