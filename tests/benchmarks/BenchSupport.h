// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every benchmark program needs: the shapes of the matrix, medians, peak memory, child
// processes timed with their own peak memory, and the outside peer (tsort) timed on the same
// edge list in the same run.

#include "generator/EstateGenerator.h"
#include "inventory/Estate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>
#include <QTextStream>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

extern char **environ;

namespace planner::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

inline double best(const std::vector<double> &values)
{
    return values.empty() ? 0.0 : *std::min_element(values.begin(), values.end());
}

/// Peak resident memory of this process so far (max RSS), in MB.
inline double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// The shapes a benchmark's argument names: one of shapeNames(), or all of them for "all" or
/// an empty argument. Nothing (and the known names on stderr) for an unknown name.
inline std::optional<QStringList> shapesArgument(const QString &argument)
{
    if (argument.isEmpty() || argument == u"all")
        return shapeNames();
    if (shapeNames().contains(argument))
        return QStringList{argument};
    std::fprintf(stderr, "unknown shape '%s'; known: %s, all\n", qPrintable(argument),
                 qPrintable(shapeNames().join(QStringLiteral(", "))));
    return std::nullopt;
}

/// What makes an estate's shape, as the benchmarks print it.
struct ShapeFigures
{
    int components = 0;
    int dependencies = 0;
    int ranged = 0; ///< dependencies with a `requires` range
    int products = 0;
    int moving = 0;        ///< components with a target
    int longestLadder = 0; ///< versions a component climbs through: current, releases, target
    QString mostDrifted;   ///< the product running the most distinct versions
    int mostDriftedVersions = 0;
    int stops = 0;          ///< required stops in the catalog
    int mostDependents = 0; ///< dependents of the component with the most
};

inline ShapeFigures shapeFigures(const Estate &estate)
{
    ShapeFigures f;
    f.components = estate.componentCount();
    f.dependencies = estate.dependencyCount();
    QHash<QString, int> dependents;
    for (const Dependency &d : estate.dependencies()) {
        f.ranged += d.requirement.has_value();
        f.mostDependents = std::max(f.mostDependents, ++dependents[d.to]);
    }
    std::map<QString, std::vector<Version>> releases;
    for (const CatalogEntry &entry : estate.catalog) {
        f.stops += int(entry.stops.size());
        auto &list = releases[entry.product];
        list.insert(list.end(), entry.releases.begin(), entry.releases.end());
    }
    for (auto &[product, list] : releases)
        std::sort(list.begin(), list.end());
    QHash<QString, QSet<QString>> versions;
    for (const Component &c : estate.components()) {
        versions[c.product].insert(c.version.text());
        if (!c.hasUpgrade())
            continue;
        ++f.moving;
        int ladder = 2;
        if (const auto it = releases.find(c.product); it != releases.end()) {
            const auto first = std::upper_bound(it->second.begin(), it->second.end(), c.version);
            const auto last = std::lower_bound(it->second.begin(), it->second.end(), *c.target);
            ladder += int(std::max<std::ptrdiff_t>(0, last - first));
        }
        f.longestLadder = std::max(f.longestLadder, ladder);
    }
    f.products = int(versions.size());
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (int(it.value().size()) > f.mostDriftedVersions
            || (int(it.value().size()) == f.mostDriftedVersions && it.key() < f.mostDrifted)) {
            f.mostDriftedVersions = int(it.value().size());
            f.mostDrifted = it.key();
        }
    }
    return f;
}

inline void printShapeFigures(const ShapeFigures &f)
{
    std::printf("  %d components, %d dependencies (%d with a range, %.0f %%), %d products, "
                "%d moving (%.0f %%)\n",
                f.components, f.dependencies, f.ranged,
                f.dependencies ? 100.0 * f.ranged / f.dependencies : 0.0, f.products, f.moving,
                f.components ? 100.0 * f.moving / f.components : 0.0);
    std::printf("  longest ladder %d releases; most drifted product %s at %d versions; "
                "%d required stops in the catalog; at most %d dependents on one component\n",
                f.longestLadder, qPrintable(f.mostDrifted), f.mostDriftedVersions, f.stops,
                f.mostDependents);
}

/// The estate's dependencies as "from to" lines, the input tsort reads.
inline bool writeEdgeList(const Estate &estate, QFile &file)
{
    if (!file.isOpen() && !file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    for (const Dependency &d : estate.dependencies())
        out << d.from << ' ' << d.to << '\n';
    out.flush();
    file.flush();
    return out.status() == QTextStream::Ok;
}

inline std::unique_ptr<QTemporaryFile> writeEdgeList(const Estate &estate)
{
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open() || !writeEdgeList(estate, *file))
        return nullptr;
    return file;
}

/// A child process run to its end.
struct ChildRun
{
    double wallMs = -1; ///< -1: it could not start
    double cpuMs = 0;   ///< user + system time of the child
    double peakMb = 0;  ///< the child's own peak resident memory (ru_maxrss of wait4)
    int exitCode = -1;  ///< -1: killed by a signal
    bool ran() const { return wallMs >= 0 && exitCode >= 0 && exitCode != 127; }
};

/// Runs `program arguments` (program looked up on PATH when it has no slash) with standard input
/// from /dev/null and standard output and error to the given files, and waits for it. The peak
/// memory is the child's (wait4), but never less than the resident size of this process when it
/// spawned the child (Linux carries it over through exec): spawn from a small process.
inline ChildRun runChild(const QString &program, const QStringList &arguments,
                         const QString &standardOutput = QStringLiteral("/dev/null"),
                         const QString &standardError = QStringLiteral("/dev/null"))
{
    std::vector<std::string> strings{program.toStdString()};
    for (const QString &a : arguments)
        strings.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &s : strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const std::string out = standardOutput.toStdString();
    const std::string err = standardError.toStdString();

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ChildRun run;
    timespec start{}, end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    const int error = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (error != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    clock_gettime(CLOCK_MONOTONIC, &end);
    run.wallMs = (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6;
    run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.peakMb = usage.ru_maxrss / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

/// Wall time of `tsort FILE` in ms, output discarded; -1 when tsort cannot run.
inline double tsortMilliseconds(const QString &file)
{
    const ChildRun run = runChild(QStringLiteral("tsort"), {file});
    return run.ran() ? run.wallMs : -1;
}

} // namespace planner::bench
