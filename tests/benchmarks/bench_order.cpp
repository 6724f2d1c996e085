// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade ordering with full intermediate-state validation on a generated estate of
// 100,000 components and about 300,000 dependencies, timed beside coreutils' tsort on the same
// edge list in the same run, with peak memory. Prints figures; not a test.
//
//   bench_order [components] [repetitions]
#include "BenchSupport.h"

#include "generator/EstateGenerator.h"
#include "planning/UpgradeOrdering.h"

#include <QCoreApplication>

#include <cstdio>

using namespace planner;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int repetitions = std::max(1, argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3);

    QElapsedTimer timer;
    timer.start();
    const Estate estate = generateEstate({components, 1});
    std::printf("generated %d components, %d dependencies, %d catalog entries in %.0f ms\n",
                estate.componentCount(), estate.dependencyCount(), int(estate.catalog.size()),
                timer.nsecsElapsed() / 1e6);
    const double memoryBefore = bench::peakMegabytes();
    const auto edges = bench::writeEdgeList(estate);
    if (!edges) {
        std::fprintf(stderr, "cannot write the edge list\n");
        return 2;
    }

    std::vector<double> order, tsort;
    UpgradePlan plan;
    for (int r = 0; r < repetitions; ++r) { // interleaved, so both see the same machine load
        timer.restart();
        plan = orderUpgrade(estate);
        order.push_back(timer.nsecsElapsed() / 1e6);
        const double t = bench::tsortMilliseconds(edges->fileName());
        if (t < 0) {
            std::fprintf(stderr, "tsort did not run\n");
            return 2;
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
                bench::median(order), *std::min_element(order.begin(), order.end()));
    std::printf("tsort on the same %d edges (ms, %d runs): median %.0f, best %.0f\n",
                estate.dependencyCount(), repetitions, bench::median(tsort),
                *std::min_element(tsort.begin(), tsort.end()));
    std::printf("ratio ordering / tsort (medians): %.2f (goal: at most 5)\n",
                bench::median(order) / bench::median(tsort));
    std::printf("peak memory (max RSS): %.0f MB, of which the generated estate %.0f MB "
                "(goal: under 500 MB)\n",
                bench::peakMegabytes(), memoryBefore);
    return 0;
}
