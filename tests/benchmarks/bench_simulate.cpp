// SPDX-License-Identifier: GPL-3.0-or-later
// The odds of an overrun (issue 17): the whole `upgrade-planner simulate --runs 10000` command,
// opening the file included, on the sample estate and on generated estates of every shape, next
// to `upgrade-planner schedule` on the same file. That command is the analysis the simulation
// adds to; there is no peer tool to compare with. Prints figures; the goal is 10,000 runs of the
// sample estate in under a second.
// Usage: bench_simulate [COMPONENTS (default 2000)] [--shapes a,b,...]
#include "BenchSupport.h"

#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace planner;
using namespace planner::bench;

namespace {

// `upgrade-planner` beside this program (both in build/bin).
QString program;

// Best wall time of three runs of `upgrade-planner ARGS`, and the last run's figures.
ChildRun bestOfThree(const QStringList &arguments)
{
    ChildRun best;
    for (int i = 0; i < 3; ++i) {
        const ChildRun run = runChild(program, arguments);
        if (!run.ran())
            return run;
        if (best.wallMs < 0 || run.wallMs < best.wallMs)
            best = run;
    }
    return best;
}

void measure(const QString &label, const QString &file, int steps)
{
    const ChildRun schedule = bestOfThree(
        {QStringLiteral("schedule"), file, QStringLiteral("--json")});
    const ChildRun simulate = bestOfThree({QStringLiteral("simulate"), file,
                                           QStringLiteral("--json"), QStringLiteral("--runs"),
                                           QStringLiteral("10000")});
    if (!schedule.ran() || !simulate.ran()) {
        std::printf("%-30s could not run %s\n", qPrintable(label), qPrintable(program));
        return;
    }
    std::printf("%-30s %7d %12.0f %12.0f %8.2f %12.0f %10.1f\n", qPrintable(label), steps,
                schedule.wallMs, simulate.wallMs, simulate.wallMs / schedule.wallMs,
                simulate.wallMs - schedule.wallMs, simulate.peakMb);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    program = QCoreApplication::applicationDirPath() + QStringLiteral("/upgrade-planner");
    const QStringList args = app.arguments();
    int components = 2000;
    QStringList shapes = shapeNames();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--shapes") && i + 1 < args.size()) {
            const std::optional<QStringList> chosen = shapesArgument(args[++i]);
            if (!chosen) {
                std::fprintf(stderr, "bench_simulate: unknown shape in '%s'\n", qPrintable(args[i]));
                return 2;
            }
            shapes = *chosen;
        } else {
            bool ok = false;
            components = args[i].toInt(&ok);
            if (!ok || components < 20) {
                std::fprintf(stderr, "usage: bench_simulate [COMPONENTS >= 20] [--shapes a,b]\n");
                return 2;
            }
        }
    }
    std::printf(
        "upgrade-planner simulate --runs 10000 against schedule, whole commands, best of 3\n");
    std::printf("%-30s %7s %12s %12s %8s %12s %10s\n", "estate", "steps", "schedule ms",
                "simulate ms", "ratio", "10k runs ms", "peak MB");
    const QString sample = QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
    QFile sampleFile(sample);
    const Expected<Estate> sampleEstate = sampleFile.open(QIODevice::ReadOnly)
                                              ? readEstateJson(sampleFile.readAll())
                                              : Expected<Estate>(
                                                  Error{sample, QStringLiteral("unreadable")});
    int sampleMoving = -1;
    if (sampleEstate) {
        sampleMoving = 0;
        for (const Component &c : sampleEstate->components())
            sampleMoving += c.hasUpgrade() ? 1 : 0;
    }
    measure(QStringLiteral("sample estate"), sample, sampleMoving);
    QTemporaryDir dir;
    for (const QString &shape : shapes) {
        const std::optional<GeneratorOptions> options = shapeOptions(shape, components);
        if (!options)
            continue;
        const Estate estate = generateEstate(*options);
        const QString file = dir.filePath(shape + QStringLiteral(".json"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(writeEstateJson(estate)) < 0)
            return 1;
        out.close();
        int moving = 0;
        for (const Component &c : estate.components())
            moving += c.hasUpgrade() ? 1 : 0;
        measure(QStringLiteral("%1, %2 components").arg(shape).arg(components), file, moving);
    }
    std::printf("steps: components that move; 10k runs ms: simulate minus schedule\n");
    return 0;
}
