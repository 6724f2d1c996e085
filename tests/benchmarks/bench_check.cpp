// SPDX-License-Identifier: GPL-3.0-or-later
// The full compatibility check (current, target and intermediate states) on a generated estate
// of 100,000 components and about 300,000 dependencies with catalog rules, timed beside
// coreutils' tsort on the same edge list in the same run. Prints figures; not a test.
//
//   bench_check [components] [repetitions]
#include "BenchSupport.h"

#include "compat/Compatibility.h"
#include "compat/RequirementChecker.h"
#include "generator/EstateGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace planner;

namespace {

using bench::median;

double cpuMilliseconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Times
{
    double wall = -1; // ms
    double cpu = -1;  // ms, user + system
};

// `program args` with its output discarded: wall time through QProcess, and the child's CPU
// time; wall -1 when it cannot run.
Times run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpu = cpuMilliseconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return {};
    const double wall = timer.nsecsElapsed() / 1e6;
    return {wall, cpuMilliseconds(RUSAGE_CHILDREN) - cpu};
}

void print(const char *what, const std::vector<double> &values)
{
    std::printf("  %-34s first %6.0f  median %6.0f  best %6.0f\n", what, values.front(),
                median(values), *std::min_element(values.begin(), values.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repetitions = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5);

    QElapsedTimer timer;
    timer.start();
    // A few broken requirements and cycles so that every kind of search has something to find.
    const Estate estate = generateEstate({components, 1, 5, 20});
    std::printf("generated %d components, %d dependencies, %d catalog entries in %.0f ms\n",
                estate.componentCount(), estate.dependencyCount(), int(estate.catalog.size()),
                timer.nsecsElapsed() / 1e6);

    const auto edges = bench::writeEdgeList(estate);
    if (!edges) {
        std::fprintf(stderr, "cannot write the edge list\n");
        return 2;
    }

    // Interleave the runs so that both see the same machine load.
    std::vector<double> checkWall, checkCpu, tsortWall, tsortCpu, startWall;
    QList<Conflict> conflicts;
    for (int r = 0; r < repetitions; ++r) {
        const double cpu = cpuMilliseconds(RUSAGE_SELF);
        timer.restart();
        conflicts = checkCompatibility(estate);
        checkWall.push_back(timer.nsecsElapsed() / 1e6);
        checkCpu.push_back(cpuMilliseconds(RUSAGE_SELF) - cpu);
        const Times tsort = run(QStringLiteral("tsort"), {edges->fileName()});
        if (tsort.wall < 0) {
            std::fprintf(stderr, "tsort did not run\n");
            return 2;
        }
        tsortWall.push_back(tsort.wall);
        tsortCpu.push_back(tsort.cpu);
        startWall.push_back(run(QStringLiteral("true"), {}).wall);
    }

    timer.restart();
    const RequirementChecker checker(estate);
    const double build = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const auto current = checker.allViolations(checker.currentState());
    const auto target = checker.allViolations(checker.targetState());
    const double states = timer.nsecsElapsed() / 1e6;

    QHash<QString, int> byType;
    for (const Conflict &c : conflicts)
        ++byType[c.type + u'/' + stateName(c.state)];
    std::printf("conflicts: %d\n", int(conflicts.size()));
    QStringList types = byType.keys();
    types.sort();
    for (const QString &t : types)
        std::printf("  %-45s %6d\n", qPrintable(t), byType.value(t));
    std::printf("requirement checker: %d constraints kept, built in %.1f ms; current and target "
                "state checked in %.2f ms (%d + %d violations)\n",
                checker.constraintCount(), build, states, int(current.size()),
                int(target.size()));
    std::printf("times in ms over %d runs (%d edges):\n", repetitions, estate.dependencyCount());
    print("check, three states, wall", checkWall);
    print("check, three states, CPU", checkCpu);
    print("tsort via QProcess, wall", tsortWall);
    print("tsort, CPU of the child", tsortCpu);
    print("QProcess start of `true`, wall", startWall);
    std::printf("ratio check / tsort, wall medians: %.2f (goal: at most 3)\n",
                median(checkWall) / median(tsortWall));
    std::printf("ratio check / tsort, CPU medians:  %.2f\n", median(checkCpu) / median(tsortCpu));
    std::printf("peak memory (max RSS): %.0f MB\n", bench::peakMegabytes());
    return 0;
}
