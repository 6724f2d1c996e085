// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_projectfile: saves a large estate over the project given as argument and ends
// the process abruptly half way through, as a power cut or a kill would.
#include "StorageTestData.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectFileTesting.h"

#include <QCoreApplication>

#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    const planner::Estate estate = planner::storagetest::largeEstate(20000);
    planner::testing::setSaveHook([](const QString &table) {
        if (table == QLatin1String("dependencies"))
            std::_Exit(42);
        return true;
    });
    planner::saveProject(QString::fromLocal8Bit(argv[1]), estate);
    return 1; // the save should never have finished
}
