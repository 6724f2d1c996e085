// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a .uplan project: the input is the file's bytes, opened the way the workbench and
// every command open a project. Besides not crashing: a project that opens saves to a new file
// that opens again to the same estate.
#include "FuzzTarget.h"

#include "storage/ProjectFile.h"

using namespace planner;

namespace {
fuzz::Scratch *scratch = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    scratch = new fuzz::Scratch;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString folder = scratch->unpack(
        {{QStringLiteral("input.uplan"), fuzz::bytes(data, size)}});
    const QString path = QDir(folder).filePath(QStringLiteral("input.uplan"));
    (void)detectFileKind(path);
    const Expected<Estate> estate = loadProject(path);
    if (!estate)
        return 0;
    const QString copy = QDir(folder).filePath(QStringLiteral("copy.uplan"));
    fuzz::require(saveProject(copy, *estate).ok(), "a project that opens can be saved");
    const Expected<Estate> again = loadProject(copy);
    fuzz::require(again.ok(), "a saved project opens");
    fuzz::require(*again == *estate, "a saved project opens to the same estate");
    return 0;
}
