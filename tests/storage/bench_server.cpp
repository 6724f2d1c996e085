// SPDX-License-Identifier: GPL-3.0-or-later
// Shared projects against files: how long the user waits for a whole command (`upgrade-planner
// show`, opening included) on a project that lives on a PostgreSQL server, against the same
// project as a .uplan file, as a ratio (goal: at most 2); and how long a save takes to reach
// another client (a watcher LISTENing, as an open workbench does). Starts a throw-away
// cluster of its own (tests/support/pg-cluster.sh) and stops it at the end.
//
//   bench_server [components...]      default: 20000 100000
//
// Two shapes per size: the storage tests' large estate (few products, long dependency
// fans) and the generator's estate with long release ladders, drift and required stops (a
// large catalog besides the components). A benchmark, not a
// test: no limits are asserted.
#include "StorageTestData.h"

#include "generator/EstateGenerator.h"
#include "storage/ProjectFile.h"
#include "storage/ServerProject.h"
#include "storage/ServerWatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace planner;

namespace {

const QString program = QStringLiteral(UPLAN_BINARY_DIR "/bin/upgrade-planner");
const QString clusterScript = QStringLiteral(UPLAN_SOURCE_DIR "/tests/support/pg-cluster.sh");

// The median of three runs of `upgrade-planner show TARGET`, in milliseconds (-1: it failed).
double showMilliseconds(const QString &target)
{
    std::vector<double> runs;
    for (int i = 0; i < 3; ++i) {
        QProcess show;
        QElapsedTimer timer;
        timer.start();
        show.start(program, {QStringLiteral("show"), target});
        if (!show.waitForFinished(600000) || show.exitCode() != 0) {
            std::printf("  show %s failed: %s\n", qPrintable(target),
                        show.readAllStandardError().constData());
            return -1;
        }
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs[1];
}

// From the start of a save to the moment a watcher hears it, in milliseconds.
double saveReachesWatcher(const ServerLocation &where, const Estate &estate, double *saveMs)
{
    ServerWatcher watcher(where);
    QString problem;
    if (!watcher.start(&problem)) {
        std::printf("  watcher: %s\n", qPrintable(problem));
        return -1;
    }
    QEventLoop loop;
    QObject::connect(&watcher, &ServerWatcher::saved, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    if (!ServerProject::save(where, estate))
        return -1;
    *saveMs = double(timer.nsecsElapsed()) / 1e6;
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << std::max(10, atoi(argv[i]));
    if (sizes.isEmpty())
        sizes = {20000, 100000};

    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("cluster.state"));
    if (QProcess::execute(clusterScript, {QStringLiteral("start"), state}) != 0)
        return 1;
    QFile stateFile(state);
    stateFile.open(QIODevice::ReadOnly);
    int port = 0;
    for (const QByteArray &line : stateFile.readAll().split('\n'))
        if (line.startsWith("port="))
            port = line.mid(5).toInt();

    std::printf("Opening a project, whole command (`upgrade-planner show`), median of 3:\n");
    std::printf("%-28s %10s %10s %7s %10s %10s\n", "estate", "file ms", "server ms", "ratio",
                "save ms", "heard ms");
    for (const int size : sizes) {
        for (const bool generated : {false, true}) {
            GeneratorOptions ladders;
            ladders.components = size;
            ladders.releasesPerLine = 100; // long release ladders in the catalog
            ladders.drift = 10;
            ladders.stopEvery = 10;
            const Estate estate = generated ? generateEstate(ladders)
                                            : storagetest::largeEstate(size);
            const QString label = QStringLiteral("%1 %2 (%3 deps)")
                                      .arg(generated ? QStringLiteral("ladders")
                                                     : QStringLiteral("fans"))
                                      .arg(size)
                                      .arg(estate.dependencyCount());
            const QString file = dir.filePath(QStringLiteral("p.uplan"));
            const QString url = QStringLiteral(
                                    "postgresql://uplan_admin@127.0.0.1:%1/postgres?project=b%2%3")
                                    .arg(port)
                                    .arg(size)
                                    .arg(generated ? 'g' : 'f');
            if (!saveProject(file, estate) || !saveProject(url, estate)) {
                std::printf("%s: could not write the project\n", qPrintable(label));
                continue;
            }
            const double fileMs = showMilliseconds(file);
            const double serverMs = showMilliseconds(url);
            double saveMs = 0;
            const double heardMs = saveReachesWatcher(*ServerLocation::parse(url), estate, &saveMs);
            std::printf("%-28s %10.0f %10.0f %7.2f %10.0f %10.0f\n", qPrintable(label), fileMs,
                        serverMs, serverMs / std::max(1.0, fileMs), saveMs, heardMs);
            QFile::remove(file);
        }
    }
    std::printf(
        "goal: a shared project opens in at most twice the time of the file (ratio <= 2)\n");
    QProcess::execute(clusterScript, {QStringLiteral("stop"), state});
    return 0;
}
