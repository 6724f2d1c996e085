// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long saving and loading a large project takes (100,000 components and 300,000
// dependencies unless given as arguments). A benchmark, not a test: no limits are asserted.
#include "StorageTestData.h"

#include "storage/ProjectFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int components = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("large.uplan"));

    QElapsedTimer timer;
    timer.start();
    const planner::Estate estate = planner::storagetest::largeEstate(components);
    std::printf("generated %d components, %d dependencies in %lld ms\n", estate.componentCount(),
                estate.dependencyCount(), timer.restart());

    auto saved = planner::saveProject(file, estate);
    std::printf("save (new file):      %6lld ms %s\n", timer.restart(),
                saved ? "" : qPrintable(saved.error().text()));
    saved = planner::saveProject(file, estate);
    std::printf("save (over previous): %6lld ms %s\n", timer.restart(),
                saved ? "" : qPrintable(saved.error().text()));
    const auto loaded = planner::loadProject(file);
    std::printf("load:                 %6lld ms %s\n", timer.restart(),
                loaded ? "" : qPrintable(loaded.error().text()));
    std::printf("file size: %lld bytes; round trip equal: %s\n", QFileInfo(file).size(),
                loaded && *loaded == estate ? "yes" : "NO");
    return loaded && *loaded == estate ? 0 : 1;
}
