// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace planner {

/// Restarts the program once, before anything else runs, with glibc asked to back its heap
/// with transparent huge pages (the tunable glibc.malloc.hugetlb=1, which glibc reads only at
/// start). Opening a large estate allocates hundreds of megabytes in small pieces; faulting them
/// in 4 KB at a time costs a quarter of a command's time in a virtual machine, and a fifth of
/// that with 2 MB pages. Only when an argument names a file of 8 MB or more (some 25,000
/// components), since the restart costs about 30 ms. Does nothing, and returns, when the
/// kernel gives huge pages to every program anyway or to none, when glibc is older than 2.35,
/// when the tunable is already set, when UPLAN_HUGE_PAGES=0, or when the restart fails.
void restartWithHugePages(char **argv);

} // namespace planner
