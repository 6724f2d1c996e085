// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade ordering with full intermediate-state validation on generated estates of 100,000
// components and about 300,000 dependencies, one per shape of the matrix
// (generator/EstateGenerator.h, shapeNames()), each timed beside coreutils' tsort on the same
// edge list in the same run, with peak memory. Prints figures; not a test.
//
//   bench_order [components] [repetitions] [shape|all]
#include "BenchSupport.h"

#include "generator/EstateGenerator.h"
#include "planning/UpgradeOrdering.h"

#include <QCoreApplication>

#include <cstdio>

using namespace planner;

namespace {

struct Result
{
    QString shape;
    double order = 0; // median wall, ms
    double tsort = 0;
    int steps = 0;
    int blocked = 0;
};

std::optional<Result> benchmark(const QString &shape, int components, int repetitions)
{
    QElapsedTimer timer;
    timer.start();
    const Estate estate = generateEstate(*shapeOptions(shape, components));
    std::printf("generated %d components, %d dependencies, %d catalog entries in %.0f ms\n",
                estate.componentCount(), estate.dependencyCount(), int(estate.catalog.size()),
                timer.nsecsElapsed() / 1e6);
    bench::printShapeFigures(bench::shapeFigures(estate));
    const double memoryBefore = bench::peakMegabytes();
    const auto edges = bench::writeEdgeList(estate);
    if (!edges) {
        std::fprintf(stderr, "cannot write the edge list\n");
        return std::nullopt;
    }

    std::vector<double> order, tsort;
    UpgradePlan plan;
    for (int r = 0; r < repetitions; ++r) { // interleaved, so both see the same machine load
        plan = UpgradePlan();
        timer.restart();
        plan = orderUpgrade(estate);
        order.push_back(timer.nsecsElapsed() / 1e6);
        const double t = bench::tsortMilliseconds(edges->fileName());
        if (t < 0) {
            std::fprintf(stderr, "tsort did not run\n");
            return std::nullopt;
        }
        tsort.push_back(t);
    }
    int stones = 0, stops = 0;
    for (const PlanStep &s : plan.steps) {
        stones += s.steppingStone;
        stops += s.requiredStop;
    }
    std::printf("plan: %d steps in %d waves (%d stepping stones, %d required stops), %d groups, "
                "%d blocked\n",
                int(plan.steps.size()), plan.waveCount(), stones, stops, int(plan.groups.size()),
                int(plan.blocked.size()));
    std::printf("ordering with validation (ms, %d runs): median %.0f, best %.0f\n", repetitions,
                bench::median(order), bench::best(order));
    std::printf("tsort on the same %d edges (ms, %d runs): median %.0f, best %.0f\n",
                estate.dependencyCount(), repetitions, bench::median(tsort), bench::best(tsort));
    std::printf("ratio ordering / tsort (medians): %.2f (goal: at most 5)\n",
                bench::median(order) / bench::median(tsort));
    std::printf("peak memory of this program so far (max RSS): %.0f MB, of which the generated "
                "estate %.0f MB (goal: under 500 MB)\n",
                bench::peakMegabytes(), memoryBefore);
    return Result{shape, bench::median(order), bench::median(tsort), int(plan.steps.size()),
                  int(plan.blocked.size())};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repetitions = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3);
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

    std::printf("\n%-14s %10s %10s %8s %9s %8s\n", "shape", "order ms", "tsort ms", "x tsort",
                "steps", "blocked");
    for (const Result &r : results)
        std::printf("%-14s %10.0f %10.0f %8.2f %9d %8d%s\n", qPrintable(r.shape), r.order, r.tsort,
                    r.order / r.tsort, r.steps, r.blocked,
                    r.order / r.tsort <= 5 ? "" : "  (goal: at most 5 x)");
    std::printf("peak memory (max RSS) over all shapes: %.0f MB\n", bench::peakMegabytes());
    return 0;
}
