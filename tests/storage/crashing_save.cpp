// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_projectdurability: saves a large estate over the project given as argument and ends
// the process abruptly, as a power cut or a kill would.
//   crashing_save FILE            ends at the dependencies table (exit 42)
//   crashing_save FILE at N       ends after the N-th table written (exit 42)
//   crashing_save FILE count      saves the first estate, then the second over it, and prints
//                                 how many tables that second save writes
//   crashing_save FILE forever    saves the second estate, then the first, and so on, until
//                                 killed (the test sends SIGKILL at a moment of its choosing);
//                                 prints "saving" as each save starts
//   crashing_save FILE hold       holds FILE's ProjectLock, as a workbench that has it open,
//                                 prints "locked" and waits until killed
//   crashing_save FILE nobody     (as root: as the user nobody) saves over FILE and prints
//                                 the error; exit 0 when the save failed, 1 when it did not
#include "StorageTestData.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileTesting.h"
#include "storage/ProjectLock.h"

#include <QThread>

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

int main(int argc, char **argv)
{
    using namespace planner;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    const QString file = args.at(0);
    const QString mode = args.value(1);
    const Estate first = storagetest::largeEstate(storagetest::crashEstateSize);
    const Estate second = storagetest::largeEstate(storagetest::crashEstateSize + 1);

    if (mode.isEmpty() || mode == QLatin1String("at")) {
        const int at = mode.isEmpty() ? -1 : args.value(2).toInt();
        int written = 0;
        testing::setSaveHook([at, &written](const QString &table) {
            ++written;
            if (at < 0 ? table == QLatin1String("dependencies") : written == at)
                std::_Exit(42);
            return true;
        });
        saveProject(file, second);
        return 1; // the save should never have finished
    }
    if (mode == QLatin1String("count")) {
        // As "at" saves: the second estate over the first, which writes the tables that differ.
        if (!saveProject(file, first))
            return 1;
        int written = 0;
        testing::setSaveHook([&written](const QString &) {
            ++written;
            return true;
        });
        if (!saveProject(file, second))
            return 1;
        std::printf("%d\n", written);
        return 0;
    }
    if (mode == QLatin1String("forever")) {
        for (bool odd = true;; odd = !odd) {
            std::puts("saving"); // the test times its kill from here
            std::fflush(stdout);
            if (!saveProject(file, odd ? second : first))
                return 1;
        }
    }
    if (mode == QLatin1String("hold")) {
        ProjectLock lock(file);
        if (!lock.tryLock())
            return 1;
        std::puts("locked");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(60);
    }
    if (mode == QLatin1String("nobody")) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            return 3;
        const Expected<Done> saved = saveProject(file, second);
        if (saved)
            return 1;
        std::puts(qPrintable(saved.error().text()));
        return 0;
    }
    return 2;
}
