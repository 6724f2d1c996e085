// SPDX-License-Identifier: GPL-3.0-or-later
// Shared projects against files: how long the user waits for a whole command (`upgrade-planner
// show`, opening included) on a project that lives on a PostgreSQL server, against the same
// project as a .uplan file, as a ratio (goal: at most 2); and how long one user's edit takes
// to reach another client (a watcher LISTENing, as an open workbench does; goal: under a
// second). Starts a throw-away
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

/// One user's edit reaching another: client A changes one component of the project it read
/// and saves (saveEdits, as the workbench's Save does); client B, LISTENing as an open workbench
/// does, hears of it and reads what changed (loadChanges, as an unchanged workbench window
/// does). In milliseconds: A's save, the moment B heard, and the moment B holds the new project
/// (-1: something failed).
struct Propagation
{
    double saveMs = -1;
    double heardMs = -1;
    double shownMs = -1;
};

/// @p dependency: the edit changes a dependency's required range instead of a component's owner.
Propagation editReachesAnotherClient(const ServerLocation &where, bool dependency)
{
    Propagation result;
    qint64 revision = 0;
    const Expected<Estate> base = ServerProject::load(where, &revision);
    if (!base || base->componentCount() == 0 || base->dependencyCount() == 0)
        return result;
    Estate mine = *base;
    Component c = mine.component(mine.componentCount() / 2);
    Dependency d = mine.dependency(mine.dependencyCount() / 2);
    if (dependency) {
        d.requirement = VersionRange::parse(QStringLiteral(">=%1").arg(revision)).value();
        mine.replaceDependency(mine.dependencyCount() / 2, d);
    } else {
        c.owner = QStringLiteral("Edited by the benchmark %1").arg(revision);
        mine.replaceComponent(mine.componentCount() / 2, c);
    }

    ServerWatcher watcher(where);
    QString problem;
    if (!watcher.start(&problem)) {
        std::printf("  watcher: %s\n", qPrintable(problem));
        return result;
    }
    QEventLoop loop;
    QObject::connect(&watcher, &ServerWatcher::saved, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    const Expected<ServerProject::SaveOutcome> saved = ServerProject::saveEdits(where, *base,
                                                                                revision, mine);
    if (!saved || saved->revision == 0)
        return result;
    result.saveMs = double(timer.nsecsElapsed()) / 1e6;
    loop.exec();
    result.heardMs = double(timer.nsecsElapsed()) / 1e6;
    // B holds the project as it was (base, at revision): it reads what changed since, as an
    // unchanged workbench window does.
    qint64 now = 0;
    const Expected<Estate> seen = ServerProject::loadChanges(where, *base, revision, &now);
    if (!seen || seen->component(seen->componentCount() / 2).owner != c.owner
        || seen->dependency(seen->dependencyCount() / 2).requirement != d.requirement)
        return result;
    result.shownMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
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
    std::printf("%-28s %9s %9s %6s | %9s %9s %9s | %9s %9s\n", "", "", "", "", "component", "edit",
                "", "dependency", "edit");
    std::printf("%-28s %9s %9s %6s | %9s %9s %9s | %9s %9s\n", "estate", "file ms", "server ms",
                "ratio", "saved ms", "heard ms", "shown ms", "heard ms", "shown ms");
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
            const Propagation edit = editReachesAnotherClient(*ServerLocation::parse(url), false);
            const Propagation link = editReachesAnotherClient(*ServerLocation::parse(url), true);
            std::printf("%-28s %9.0f %9.0f %6.2f | %9.0f %9.0f %9.0f | %9.0f %9.0f\n",
                        qPrintable(label), fileMs, serverMs, serverMs / std::max(1.0, fileMs),
                        edit.saveMs, edit.heardMs, edit.shownMs, link.heardMs, link.shownMs);
            QFile::remove(file);
        }
    }
    std::printf(
        "goals: a shared project opens in at most twice the time of the file (ratio <= 2);\n"
        "an edit reaches another client in under a second (heard ms: from the start of the\n"
        "save of a one-component edit to the other client's notification; shown ms: until\n"
        "that client holds the new project, having read what changed)\n");
    QProcess::execute(clusterScript, {QStringLiteral("stop"), state});
    return 0;
}
