// SPDX-License-Identifier: GPL-3.0-or-later
// The full compatibility check (current, target and intermediate states) on generated estates
// of 100,000 components and about 300,000 dependencies with catalog rules, one per shape of the
// matrix (generator/EstateGenerator.h, shapeNames()), each timed beside coreutils' tsort on the
// same edge list in the same run. Prints figures; not a test.
//
//   bench_check [components] [repetitions] [shape|all]
#include "BenchSupport.h"

#include "compat/Compatibility.h"
#include "compat/RequirementChecker.h"
#include "generator/EstateGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace planner;

namespace {

using bench::median;

double cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

void print(const char *what, const std::vector<double> &values)
{
    std::printf("  %-34s first %6.0f  median %6.0f  best %6.0f\n", what, values.front(),
                median(values), bench::best(values));
}

struct Result
{
    QString shape;
    double check = 0; // median wall, ms
    double tsort = 0;
    double checkCpu = 0;
    double tsortCpu = 0;
    int conflicts = 0;
};

std::optional<Result> benchmark(const QString &shape, int components, int repetitions)
{
    GeneratorOptions options = *shapeOptions(shape, components);
    // A few broken requirements and cycles so that every kind of search has something to find.
    options.cycles = 5;
    options.brokenRequirements = 20;
    QElapsedTimer timer;
    timer.start();
    const Estate estate = generateEstate(options);
    std::printf("generated %d components, %d dependencies, %d catalog entries in %.0f ms\n",
                estate.componentCount(), estate.dependencyCount(), int(estate.catalog.size()),
                timer.nsecsElapsed() / 1e6);
    bench::printShapeFigures(bench::shapeFigures(estate));

    const auto edges = bench::writeEdgeList(estate);
    if (!edges) {
        std::fprintf(stderr, "cannot write the edge list\n");
        return std::nullopt;
    }

    // Interleave the runs so that both see the same machine load.
    std::vector<double> checkWall, checkCpu, tsortWall, tsortCpu, startWall;
    QList<Conflict> conflicts;
    for (int r = 0; r < repetitions; ++r) {
        const double cpu = cpuMilliseconds();
        timer.restart();
        conflicts = checkCompatibility(estate);
        checkWall.push_back(timer.nsecsElapsed() / 1e6);
        checkCpu.push_back(cpuMilliseconds() - cpu);
        const bench::ChildRun tsort = bench::runChild(QStringLiteral("tsort"), {edges->fileName()});
        if (!tsort.ran()) {
            std::fprintf(stderr, "tsort did not run\n");
            return std::nullopt;
        }
        tsortWall.push_back(tsort.wallMs);
        tsortCpu.push_back(tsort.cpuMs);
        startWall.push_back(bench::runChild(QStringLiteral("true"), {}).wallMs);
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
                checker.constraintCount(), build, states, int(current.size()), int(target.size()));
    std::printf("times in ms over %d runs (%d edges):\n", repetitions, estate.dependencyCount());
    print("check, three states, wall", checkWall);
    print("check, three states, CPU", checkCpu);
    print("tsort, wall", tsortWall);
    print("tsort, CPU of the child", tsortCpu);
    print("start of `true`, wall", startWall);
    std::printf("ratio check / tsort, wall medians: %.2f (goal: at most 3)\n",
                median(checkWall) / median(tsortWall));
    std::printf("ratio check / tsort, CPU medians:  %.2f\n", median(checkCpu) / median(tsortCpu));
    std::printf("peak memory of this program so far (max RSS): %.0f MB\n", bench::peakMegabytes());
    return Result{shape,
                  median(checkWall),
                  median(tsortWall),
                  median(checkCpu),
                  median(tsortCpu),
                  int(conflicts.size())};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repetitions = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5);
    const auto shapes = bench::shapesArgument(argc > 3 ? QString::fromLocal8Bit(argv[3])
                                                       : QString());
    if (!shapes)
        return 2;

    std::vector<Result> results;
    for (const QString &shape : *shapes) {
        std::printf("\n== shape %s, %d components ==\n", qPrintable(shape), components);
        const auto result = benchmark(shape, components, repetitions);
        if (!result)
            return 2;
        results.push_back(*result);
        std::fflush(stdout);
    }

    std::printf("\n%-14s %10s %10s %8s %8s %10s\n", "shape", "check ms", "tsort ms", "x tsort",
                "x (CPU)", "conflicts");
    for (const Result &r : results)
        std::printf("%-14s %10.0f %10.0f %8.2f %8.2f %10d%s\n", qPrintable(r.shape), r.check,
                    r.tsort, r.check / r.tsort, r.checkCpu / r.tsortCpu, r.conflicts,
                    r.check / r.tsort <= 3 ? "" : "  (goal: at most 3 x)");
    return 0;
}
