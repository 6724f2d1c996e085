// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of tst_recovery: a workbench that copies its unsaved work for recovery and then dies
// without cleaning up, as on a crash or a kill.
//   recovery_crash FOLDER PROJECT   writes a copy of the small estate for PROJECT, exits 42
#include "SmallEstate.h"

#include "storage/RecoveryStore.h"

#include <QCoreApplication>

#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    planner::Estate estate = planner::test::smallEstate();
    estate.project.name = QStringLiteral("Edited before the crash");
    planner::RecoveryStore store(args.at(1));
    if (!store.write(estate, args.at(2), QStringLiteral("bank.uplan")))
        return 1;
    std::_Exit(42); // no destructors: the lock file stays behind, naming a dead process
}
