// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling benchmark: generated estates (100,000 components by default, one per shape of the
// matrix, generator/EstateGenerator.h shapeNames()) with a year of weekly maintenance windows;
// prints the time to order the upgrade and the time to schedule it, beside tsort on the same
// edge list. Goal (issue 6): scheduling adds at most the ordering's own time.
//
// usage: bench_schedule [--components N] [--seed S] [--shape NAME|all] [--parallel P]
//                       [--staff-copies K] [--synthetic]
//   --shape         one shape of the matrix, or all of them (the default)
//   --parallel      lanes per window (default: one per 100 components, so that a year of
//                   windows can hold every step of the plan)
//   --staff-copies  how many people stand behind each generated staff member (default: one per
//                   200 components), so that staff is not the only bottleneck
// Times are printed as wall-clock and CPU time of this process (the machine may be shared).
//   --synthetic  schedule a plan made here (one step per upgraded component, wave = depth in
//                the dependency graph) instead of the real ordering

#include "BenchSupport.h"

#include "generator/EstateGenerator.h"
#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/Scheduler.h"

#if __has_include("planning/UpgradeOrdering.h")
#include "planning/UpgradeOrdering.h"
#define UPLAN_HAVE_ORDERING 1
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace planner;

namespace {

/// CPU time of this process in milliseconds: unaffected by other programs on a busy machine.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// One step per component with an upgrade, straight to its target; wave = 1 + the deepest wave
/// among the components it depends on, so dependencies always come first.
UpgradePlan syntheticPlan(const Estate &estate)
{
    const int n = estate.componentCount();
    std::vector<std::vector<int>> dependsOn(static_cast<size_t>(n));
    for (const Dependency &d : estate.dependencies()) {
        const int from = estate.indexOf(d.from);
        const int to = estate.indexOf(d.to);
        if (from >= 0 && to >= 0)
            dependsOn[size_t(from)].push_back(to);
    }
    std::vector<int> depth(static_cast<size_t>(n), 0); // 0: not computed, -1: on the stack
    std::vector<std::pair<int, size_t>> stack;
    for (int root = 0; root < n; ++root) {
        if (depth[size_t(root)] != 0)
            continue;
        stack.emplace_back(root, 0);
        depth[size_t(root)] = -1;
        while (!stack.empty()) {
            auto &[c, next] = stack.back();
            const auto &deps = dependsOn[size_t(c)];
            if (next < deps.size()) {
                const int d = deps[next++];
                if (depth[size_t(d)] == 0) {
                    depth[size_t(d)] = -1;
                    stack.emplace_back(d, 0);
                }
                continue;
            }
            int deepest = 0;
            for (int d : deps)
                deepest = std::max(deepest, depth[size_t(d)]); // a cycle counts as 0
            depth[size_t(c)] = deepest + 1;
            stack.pop_back();
        }
    }
    UpgradePlan plan;
    for (int c = 0; c < n; ++c) {
        const Component &component = estate.component(c);
        if (!component.hasUpgrade())
            continue;
        PlanStep step;
        step.component = component.id;
        step.from = component.version;
        step.to = *component.target;
        step.wave = depth[size_t(c)];
        plan.steps << step;
    }
    std::stable_sort(plan.steps.begin(), plan.steps.end(),
                     [](const PlanStep &a, const PlanStep &b) { return a.wave < b.wave; });
    return plan;
}

/// A year of weekly windows from the first Saturday on or after the project start: Saturday
/// 22:00 to Sunday 06:00 and Wednesday 22:00 to Thursday 02:00, @p parallel lanes each.
QList<MaintenanceWindow> yearOfWindows(const QDate &start, int parallel)
{
    QDate saturday = start.isValid() ? start : QDate(2027, 1, 4);
    while (saturday.dayOfWeek() != Qt::Saturday)
        saturday = saturday.addDays(1);
    const auto at = [](const QDate &d, int hour) { return QDateTime(d, QTime(hour, 0), Qt::UTC); };
    const QDate wednesday = saturday.addDays(4);
    return {{QStringLiteral("sat-night"), at(saturday, 22), at(saturday.addDays(1), 6), 52,
             parallel},
            {QStringLiteral("wed-night"), at(wednesday, 22), at(wednesday.addDays(1), 2), 52,
             parallel}};
}

struct Settings
{
    int components = 100000;
    quint64 seed = 1;
    int parallel = 0;
    int staffCopies = 0;
    bool synthetic = false;
};

struct Result
{
    QString shape;
    double orderCpu = 0;
    double scheduleMs = 0; // best of 3, wall
    double scheduleCpu = 0;
    double tsortMs = -1;
    int steps = 0;
    int unscheduled = 0;
};

Result benchmark(const QString &shape, Settings settings)
{
    const int components = settings.components;
    int parallel = settings.parallel;
    int staffCopies = settings.staffCopies;
    const bool synthetic = settings.synthetic;
    QElapsedTimer timer;
    timer.start();
    Estate estate = generateEstate(*shapeOptions(shape, components, settings.seed));
    const qint64 generateMs = timer.elapsed();
    bench::printShapeFigures(bench::shapeFigures(estate));
    const auto edges = bench::writeEdgeList(estate);
    if (parallel == 0)
        parallel = std::max(1, components / 100);
    estate.windows = yearOfWindows(estate.project.start, parallel);
    if (staffCopies == 0)
        staffCopies = std::max(1, components / 200);
    const QList<StaffMember> generatedStaff = estate.staff;
    for (int copy = 2; copy <= staffCopies; ++copy) {
        for (StaffMember member : generatedStaff) {
            member.name += QStringLiteral(" #%1").arg(copy);
            estate.staff << member;
        }
    }
    std::printf("estate: %d components, %d dependencies, %lld processes, %lld freezes, "
                "%lld staff (generated %lld, each x%d) (generated in %lld ms)\n",
                estate.componentCount(), estate.dependencyCount(),
                qlonglong(estate.processes.size()), qlonglong(estate.freezes.size()),
                qlonglong(estate.staff.size()), qlonglong(generatedStaff.size()), staffCopies,
                generateMs);
    std::printf("windows: a year of weekly Saturday 22-06 and Wednesday 22-02 nights, "
                "%d lanes each (104 occurrences), time zone %s\n",
                parallel, qPrintable(estate.project.timezone));

    timer.restart();
    double cpu = cpuMs();
    UpgradePlan plan;
#ifdef UPLAN_HAVE_ORDERING
    if (!synthetic)
        plan = orderUpgrade(estate);
#endif
    if (synthetic)
        plan = syntheticPlan(estate);
    const qint64 orderMs = timer.elapsed();
    const double orderCpu = cpuMs() - cpu;
    std::printf("%s: %lld steps in %d waves, %lld groups, %lld blocked: %lld ms (CPU %.0f ms)\n",
                synthetic ? "synthetic plan (one step per upgrade, wave = dependency depth; "
                            "not the real ordering)"
                          : "ordering (orderUpgrade)",
                qlonglong(plan.steps.size()), plan.waveCount(), qlonglong(plan.groups.size()),
                qlonglong(plan.blocked.size()), orderMs, orderCpu);

    qint64 best = -1;
    double bestCpu = -1;
    Schedule schedule;
    for (int run = 0; run < 3; ++run) {
        schedule = Schedule();
        timer.restart();
        cpu = cpuMs();
        schedule = scheduleUpgrade(estate, plan);
        const qint64 ms = timer.elapsed();
        const double c = cpuMs() - cpu;
        best = best < 0 ? ms : std::min(best, ms);
        bestCpu = bestCpu < 0 ? c : std::min(bestCpu, c);
    }
    QMap<QString, int> causes;
    for (const UnscheduledStep &u : schedule.unscheduled)
        ++causes[u.cause];
    std::printf("schedule: %lld steps placed, %lld unscheduled, %d windows used, finish %s\n",
                qlonglong(schedule.steps.size()), qlonglong(schedule.unscheduled.size()),
                schedule.windowsUsed, qPrintable(schedule.finish.toString(u"yyyy-MM-dd HH:mm")));
    for (auto it = causes.cbegin(); it != causes.cend(); ++it)
        std::printf("  unscheduled %s: %d\n", qPrintable(it.key()), it.value());
    if (!schedule.unscheduled.isEmpty())
        std::printf("  first reason: %s: %s\n", qPrintable(schedule.unscheduled.front().component),
                    qPrintable(schedule.unscheduled.front().reason));
    std::printf("scheduling time: %lld ms, CPU %.0f ms (best of 3)\n", best, bestCpu);
    std::printf("%s time: %lld ms, CPU %.0f ms; scheduling / ordering (CPU) = %.2f%s\n",
                synthetic ? "synthetic plan" : "ordering", orderMs, orderCpu,
                orderCpu > 0 ? bestCpu / orderCpu : 0.0,
                synthetic ? " (against the synthetic plan, not the ordering: no goal)"
                          : " (goal <= 1)");
    const double tsort = edges ? bench::tsortMilliseconds(edges->fileName()) : -1;
    std::printf("tsort on the same %d edges: %.0f ms; scheduling / tsort (wall) = %.2f\n",
                estate.dependencyCount(), tsort, tsort > 0 ? best / tsort : 0.0);
    std::printf("peak memory of this program so far: %.0f MB\n", peakMegabytes());
    return Result{shape,
                  orderCpu,
                  double(best),
                  bestCpu,
                  tsort,
                  int(schedule.steps.size()),
                  int(schedule.unscheduled.size())};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Settings settings;
    QString shapeArgument;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--components") && i + 1 < args.size())
            settings.components = args[++i].toInt();
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            settings.seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--shape") && i + 1 < args.size())
            shapeArgument = args[++i];
        else if (args[i] == QLatin1String("--parallel") && i + 1 < args.size())
            settings.parallel = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--staff-copies") && i + 1 < args.size())
            settings.staffCopies = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--synthetic"))
            settings.synthetic = true;
        else {
            std::fprintf(stderr, "usage: bench_schedule [--components N] [--seed S] "
                                 "[--shape NAME|all] [--parallel P] [--staff-copies K] "
                                 "[--synthetic]\n");
            return 2;
        }
    }
#ifndef UPLAN_HAVE_ORDERING
    settings.synthetic = true;
#endif
    const auto shapes = bench::shapesArgument(shapeArgument);
    if (!shapes)
        return 2;

    std::vector<Result> results;
    for (const QString &shape : *shapes) {
        std::printf("\n== shape %s, %d components ==\n", qPrintable(shape), settings.components);
        results.push_back(benchmark(shape, settings));
        std::fflush(stdout);
    }
    std::printf("\n%-14s %9s %12s %12s %9s %12s %9s %12s\n", "shape", "steps", "unscheduled",
                "schedule ms", "CPU ms", "order CPU ms", "x order", "x tsort");
    for (const Result &r : results)
        std::printf("%-14s %9d %12d %12.0f %9.0f %12.0f %9.2f %12.2f\n", qPrintable(r.shape),
                    r.steps, r.unscheduled, r.scheduleMs, r.scheduleCpu, r.orderCpu,
                    r.orderCpu > 0 ? r.scheduleCpu / r.orderCpu : 0.0,
                    r.tsortMs > 0 ? r.scheduleMs / r.tsortMs : 0.0);
    return 0;
}
