// SPDX-License-Identifier: GPL-3.0-or-later
#include "HugePages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#ifdef __linux__
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace planner {

namespace {

// Whether the kernel hands out huge pages only to memory that asks for them ("[madvise]").
bool hugePagesOnRequest()
{
    std::FILE *f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!f)
        return false;
    char line[128] = {};
    const bool read = std::fgets(line, sizeof line, f) != nullptr;
    std::fclose(f);
    return read && std::strstr(line, "[madvise]") != nullptr;
}

// Whether an argument names a file large enough (about 25,000 components and up) for the
// restart, some 30 ms of loading the libraries again, to pay for itself many times over.
bool readsLargeFile(char **argv)
{
#ifdef __linux__
    constexpr off_t large = 8 * 1024 * 1024;
    for (char **arg = argv + 1; *arg; ++arg) {
        struct stat info;
        if (stat(*arg, &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= large)
            return true;
    }
#else
    (void)argv;
#endif
    return false;
}

} // namespace

void restartWithHugePages(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__) && __GLIBC_PREREQ(2, 35)
    constexpr const char *tunable = "glibc.malloc.hugetlb";
    const char *setting = std::getenv("UPLAN_HUGE_PAGES");
    if (setting && std::strcmp(setting, "0") == 0)
        return;
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, tunable))
        return; // set by the user, or by the first start: never restart twice
    if (!readsLargeFile(argv) || !hugePagesOnRequest())
        return;
    std::string value = tunables && *tunables ? std::string(tunables) + ':' : std::string();
    value += tunable;
    value += "=1";
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Still here: the restart failed; go on as we are, without the setting.
    if (tunables)
        setenv("GLIBC_TUNABLES", tunables, 1);
    else
        unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace planner
