// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long saving and loading a large project takes (100,000 components and 300,000
// dependencies unless given as arguments), and what an estate costs in memory: the resident
// memory a load adds, per component, for the project and for the same estate as interchange
// JSON. With a file argument (a .uplan or estate .json) it loads that file instead.
// A benchmark, not a test: no limits are asserted.
#include "StorageTestData.h"

#include "exchange/EstateJson.h"
#include "storage/EstateFile.h"
#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <functional>

namespace {

// Resident memory now, in bytes, after handing freed memory back to the system.
qint64 residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Loads with @p load and prints the time and the memory the loaded estate holds.
bool measureLoad(const char *label, const std::function<planner::Expected<planner::Estate>()> &load)
{
    const qint64 before = residentBytes();
    QElapsedTimer timer;
    timer.start();
    const auto loaded = load();
    const qint64 ms = timer.elapsed();
    if (!loaded) {
        std::printf("%-22s failed: %s\n", label, qPrintable(loaded.error().text()));
        return false;
    }
    const qint64 grown = residentBytes() - before;
    const int components = std::max(1, loaded->componentCount());
    std::printf("%-22s %6lld ms; %d components, %d dependencies; estate holds %.1f MB, "
                "%lld bytes per component (dependencies included); peak so far %.0f MB\n",
                label, ms, loaded->componentCount(), loaded->dependencyCount(), grown / 1048576.0,
                grown / components, peakMegabytes());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString argument = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool isNumber = false;
    const int components = argument.isEmpty() ? 100000 : argument.toInt(&isNumber);
    if (!argument.isEmpty() && !isNumber) {
        const bool ok = measureLoad("load", [&] { return planner::loadEstateFile(argument); });
        return ok ? 0 : 1;
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.uplan"));
    const QString json = dir.filePath(QStringLiteral("large.json"));
    bool equal = false;
    {
        QElapsedTimer timer;
        timer.start();
        const planner::Estate estate = planner::storagetest::largeEstate(components);
        std::printf("generated %d components, %d dependencies in %lld ms\n",
                    estate.componentCount(), estate.dependencyCount(), timer.restart());

        auto saved = planner::saveProject(file, estate);
        std::printf("save (new file):      %6lld ms %s\n", timer.restart(),
                    saved ? "" : qPrintable(saved.error().text()));
        saved = planner::saveProject(file, estate);
        std::printf("save (over previous): %6lld ms %s\n", timer.restart(),
                    saved ? "" : qPrintable(saved.error().text()));
        const auto loaded = planner::loadProject(file);
        std::printf("load:                 %6lld ms %s\n", timer.restart(),
                    loaded ? "" : qPrintable(loaded.error().text()));
        equal = loaded && *loaded == estate;
        std::printf("file size: %lld bytes; round trip equal: %s\n", QFileInfo(file).size(),
                    equal ? "yes" : "NO");
        planner::storagetest::writeFile(json, planner::writeEstateJson(estate));
    }
    // The generated estate is gone: what each load adds now is the loaded estate alone.
    measureLoad("load project again", [&] { return planner::loadProject(file); });
    measureLoad("load estate JSON", [&] { return planner::loadEstateFile(json); });
    return equal ? 0 : 1;
}
