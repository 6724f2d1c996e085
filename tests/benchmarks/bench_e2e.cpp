// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, as a user runs it: for each shape of the matrix (generator/EstateGenerator.h,
// shapeNames()) a generated estate is written as interchange JSON, then the real executable
// `upgrade-planner` (beside this program) runs `import`, `show --json`, `check --json`,
// `check --state current --json`, `order --json` and `schedule --json` on it, output discarded,
// each timed with its own peak memory, interleaved with coreutils' tsort on the same edge list.
// Prints a table per shape and size, with the goals of issue 13; not a test.
//
//   bench_e2e [components[,components...]] [repetitions] [shape|all]
//     components    default 100000; several sizes (100000,1000000) add a scaling table
//     repetitions   default 3: every figure is the median of this many runs
//   UPGRADE_PLANNER=/path/to/upgrade-planner runs another build of the executable.
#include "BenchSupport.h"

#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <unistd.h>

#include <cstdio>
#include <map>
#include <vector>

using namespace planner;

namespace {

// The estate of one shape and size, made by a child run of this program (`--prepare`), so that
// this process stays small: a child's ru_maxrss starts from the size of the process it was
// spawned from.
int prepare(const QString &shape, int components, const QString &directory)
{
    QElapsedTimer timer;
    timer.start();
    const Estate estate = generateEstate(*shapeOptions(shape, components));
    const double generated = timer.nsecsElapsed() / 1e6;
    const bench::ShapeFigures f = bench::shapeFigures(estate);
    timer.restart();
    QFile json(directory + QStringLiteral("/estate.json"));
    const QByteArray bytes = writeEstateJson(estate);
    if (!json.open(QIODevice::WriteOnly) || json.write(bytes) != bytes.size())
        return 2;
    json.close();
    const double written = timer.nsecsElapsed() / 1e6;
    QFile edges(directory + QStringLiteral("/edges.txt"));
    if (!bench::writeEdgeList(estate, edges))
        return 2;
    std::printf("components %d\ndependencies %d\nranged %d\nproducts %d\nmoving %d\n"
                "longestLadder %d\nmostDrifted %s\nmostDriftedVersions %d\nstops %d\n"
                "mostDependents %d\ngenerateMs %.0f\njsonMs %.0f\njsonBytes %lld\n",
                f.components, f.dependencies, f.ranged, f.products, f.moving, f.longestLadder,
                qPrintable(f.mostDrifted), f.mostDriftedVersions, f.stops, f.mostDependents,
                generated, written, qlonglong(bytes.size()));
    return 0;
}

struct Command
{
    QString name;      // as printed
    QStringList args;  // after the executable; PROJECT and ESTATE replaced
    double ratioGoal;  // at most this many times tsort; 0: none
    double memoryGoal; // MB; 0: none
};

// The goals of issue 13: at 100,000 components per command, at 1,000,000 (long ladders) at
// most 10 x tsort and 3 GB for each of import, check, order and schedule.
std::vector<Command> commands(int components)
{
    const bool million = components >= 1000000;
    const double m = million ? 3072 : 400;
    return {
        {QStringLiteral("import"),
         {"import", "ESTATE", "-o", "PROJECT", "--force"},
         million ? 10.0 : 0.0,
         million ? m : 0.0},
        {QStringLiteral("show --json"),
         {"show", "PROJECT", "--json"},
         million ? 0.0 : 3.0,
         million ? 0.0 : m},
        {QStringLiteral("check --json"), {"check", "PROJECT", "--json"}, million ? 10.0 : 5.0, m},
        {QStringLiteral("check --state current"),
         {"check", "PROJECT", "--state", "current", "--json"},
         0.0,
         0.0},
        {QStringLiteral("order --json"), {"order", "PROJECT", "--json"}, million ? 10.0 : 8.0, m},
        {QStringLiteral("schedule --json"), {"schedule", "PROJECT", "--json"}, 10.0, m},
    };
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

struct Runs
{
    std::vector<double> wall, cpu, peak;
    int failures = 0;
    int lastExit = 0;
    QString error;
};

// Microseconds per component of the median run, for the scaling table: one row per shape and
// command, in the order measured, with a figure per size.
struct ScalingRow
{
    QString shape;
    QString command;
    std::map<int, double> perSize;
};
using Scaling = std::vector<ScalingRow>;

bool measure(const QString &planner, const QString &shape, int components, int repetitions,
             Scaling &scaling)
{
    QTemporaryDir directory;
    if (!directory.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return false;
    }
    const QString dir = directory.path();
    const QString figuresFile = dir + QStringLiteral("/figures.txt");
    const bench::ChildRun prepared = bench::runChild(QCoreApplication::applicationFilePath(),
                                                     {QStringLiteral("--prepare"), shape,
                                                      QString::number(components), dir},
                                                     figuresFile,
                                                     dir + QStringLiteral("/prepare.err"));
    QFile figuresText(figuresFile);
    if (prepared.exitCode != 0 || !figuresText.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "could not generate the %s estate\n", qPrintable(shape));
        return false;
    }
    QHash<QString, QString> f;
    for (const QByteArray &line : figuresText.readAll().split('\n'))
        if (const int space = line.indexOf(' '); space > 0)
            f.insert(QString::fromLatin1(line.left(space)),
                     QString::fromLatin1(line.mid(space + 1)));

    std::printf("\n== %s, %s components (load average %s) ==\n", qPrintable(shape),
                qPrintable(QLocale(QLocale::English).toString(components)),
                qPrintable(loadAverage()));
    std::printf("  %s components, %s dependencies (%s with a range), %s products, %s moving\n",
                qPrintable(f["components"]), qPrintable(f["dependencies"]), qPrintable(f["ranged"]),
                qPrintable(f["products"]), qPrintable(f["moving"]));
    std::printf("  longest ladder %s releases; most drifted product %s at %s versions; %s "
                "required stops; at most %s dependents on one component\n",
                qPrintable(f["longestLadder"]), qPrintable(f["mostDrifted"]),
                qPrintable(f["mostDriftedVersions"]), qPrintable(f["stops"]),
                qPrintable(f["mostDependents"]));
    std::printf("  generated in %s ms by this program (peak %.0f MB); interchange JSON %.0f MB, "
                "written in %s ms\n",
                qPrintable(f["generateMs"]), prepared.peakMb,
                f["jsonBytes"].toDouble() / (1024 * 1024), qPrintable(f["jsonMs"]));
    std::fflush(stdout);

    const QString estate = dir + QStringLiteral("/estate.json");
    const QString project = dir + QStringLiteral("/project.uplan");
    const QString edges = dir + QStringLiteral("/edges.txt");
    const QString errors = dir + QStringLiteral("/stderr.txt");
    const auto list = commands(components);
    Runs tsort;
    std::vector<Runs> runs(list.size());
    const auto record = [&](Runs &r, const bench::ChildRun &run) {
        // check, order and schedule say "findings" with exit code 1: a normal run.
        if (!run.ran() || run.exitCode > 1) {
            ++r.failures;
            r.lastExit = run.exitCode;
            QFile err(errors);
            if (err.open(QIODevice::ReadOnly))
                r.error = QString::fromLocal8Bit(err.readAll()).trimmed().section(u'\n', 0, 1);
            return;
        }
        r.wall.push_back(run.wallMs);
        r.cpu.push_back(run.cpuMs);
        r.peak.push_back(run.peakMb);
    };
    // Interleaved: one run of each per repetition, so all see the same machine load.
    for (int rep = 0; rep < repetitions; ++rep) {
        record(tsort, bench::runChild(QStringLiteral("tsort"), {edges}, QStringLiteral("/dev/null"),
                                      errors));
        for (size_t c = 0; c < list.size(); ++c) {
            QStringList args = list[c].args;
            args.replaceInStrings(QStringLiteral("ESTATE"), estate);
            args.replaceInStrings(QStringLiteral("PROJECT"), project);
            record(runs[c], bench::runChild(planner, args, QStringLiteral("/dev/null"), errors));
            if (c == 0 && runs[0].failures > 0) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(runs[0].error));
                return false;
            }
        }
    }

    if (tsort.wall.empty()) {
        std::fprintf(stderr, "tsort did not run\n");
        return false;
    }
    const double peer = bench::median(tsort.wall);
    std::printf("  %-22s %9s %9s %9s %8s %10s %8s %5s %9s\n", "command", "median s", "best s",
                "CPU s", "x tsort", "goal", "peak MB", "met", "us/comp");
    const auto row = [&](const QString &name, const Runs &r, double ratioGoal, double memoryGoal) {
        if (r.wall.empty()) {
            std::printf("  %-22s failed (exit code %d): %s\n", qPrintable(name), r.lastExit,
                        qPrintable(r.error));
            return;
        }
        const double wall = bench::median(r.wall);
        const double peak = *std::max_element(r.peak.begin(), r.peak.end());
        const double ratio = wall / peer;
        QStringList goals;
        if (ratioGoal > 0)
            goals << QStringLiteral("%1x").arg(ratioGoal);
        if (memoryGoal > 0)
            goals << (memoryGoal >= 1024 ? QStringLiteral("<%1G").arg(memoryGoal / 1024)
                                         : QStringLiteral("<%1M").arg(memoryGoal));
        const QString goal = goals.isEmpty() ? QStringLiteral("-") : goals.join(u' ');
        QString met = QStringLiteral("-");
        if (ratioGoal > 0 || memoryGoal > 0)
            met = (ratioGoal <= 0 || ratio <= ratioGoal) && (memoryGoal <= 0 || peak < memoryGoal)
                      ? QStringLiteral("yes")
                      : QStringLiteral("NO");
        if (r.failures > 0)
            met += QStringLiteral(" (%1 failed)").arg(r.failures);
        std::printf("  %-22s %9.2f %9.2f %9.2f %8.2f %10s %8.0f %5s %9.2f\n", qPrintable(name),
                    wall / 1e3, bench::best(r.wall) / 1e3, bench::median(r.cpu) / 1e3, ratio,
                    qPrintable(goal), peak, qPrintable(met), wall * 1e3 / components);
        auto it = std::find_if(scaling.begin(), scaling.end(), [&](const ScalingRow &s) {
            return s.shape == shape && s.command == name;
        });
        if (it == scaling.end())
            it = scaling.insert(scaling.end(), ScalingRow{shape, name, {}});
        it->perSize[components] = wall * 1e3 / components;
    };
    row(QStringLiteral("tsort (the peer)"), tsort, 0, 0);
    for (size_t c = 0; c < list.size(); ++c)
        row(list[c].name, runs[c], list[c].ratioGoal, list[c].memoryGoal);
    std::printf("  (goal: at most N x tsort's median wall time, peak memory under the given "
                "size; load average after: %s)\n",
                qPrintable(loadAverage()));
    std::fflush(stdout);
    return true;
}

void printScaling(const Scaling &scaling, const std::vector<int> &sizes)
{
    if (sizes.size() < 2)
        return;
    std::printf("\n== scaling: microseconds per component (goal: at %d no more than twice "
                "that at %d) ==\n",
                sizes.back(), sizes.front());
    for (const auto &[shape, command, perSize] : scaling) {
        std::printf("  %-14s %-22s", qPrintable(shape), qPrintable(command));
        for (int size : sizes) {
            const auto it = perSize.find(size);
            if (it == perSize.end())
                std::printf(" %10s", "-");
            else
                std::printf(" %10.2f", it->second);
        }
        const auto first = perSize.find(sizes.front());
        const auto last = perSize.find(sizes.back());
        if (first != perSize.end() && last != perSize.end() && first->second > 0)
            std::printf("   x %.2f %s", last->second / first->second,
                        last->second / first->second <= 2 ? "yes" : "NO");
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == u"--prepare")
        return prepare(args[2], args[3].toInt(), args[4]);

    std::vector<int> sizes;
    for (const QString &size : args.value(1, QStringLiteral("100000")).split(u','))
        if (const int n = size.toInt(); n > 0)
            sizes.push_back(n);
    const int repetitions = std::max(1, args.value(2, QStringLiteral("3")).toInt());
    const auto shapes = bench::shapesArgument(args.value(3));
    if (sizes.empty() || !shapes) {
        std::fprintf(stderr, "usage: bench_e2e [components[,components...]] [repetitions] "
                             "[shape|all]\n");
        return 2;
    }
    QString planner = qEnvironmentVariable("UPGRADE_PLANNER");
    if (planner.isEmpty())
        planner = QCoreApplication::applicationDirPath() + QStringLiteral("/upgrade-planner");
    if (!QFileInfo(planner).isExecutable()) {
        std::fprintf(stderr,
                     "no executable %s: build the upgrade-planner target (or set "
                     "UPGRADE_PLANNER)\n",
                     qPrintable(planner));
        return 2;
    }
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    std::printf("bench_e2e: %s, %ld cores, load average %s, %d repetitions (medians), %s\n",
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)), cores,
                qPrintable(loadAverage()), repetitions, qPrintable(planner));

    Scaling scaling;
    for (const QString &shape : *shapes)
        for (int size : sizes)
            if (!measure(planner, shape, size, repetitions, scaling))
                return 2;
    printScaling(scaling, sizes);
    return 0;
}
