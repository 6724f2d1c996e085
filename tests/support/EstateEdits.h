// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits the storage and merge tests make to an estate by hand, the way the workbench's
// commands do them.

#include "inventory/Estate.h"

namespace planner::test {

// Removes a component together with every dependency that names it, as "Remove component"
// does. Dependencies go last row first, so that each row number still points at its own.
// (No std::views::reverse here: clang 14 with libstdc++ 12, the sanitizer build, rejects it
// on a QList.)
inline void removeComponentAndItsDependencies(Estate &estate, const QString &id)
{
    const QList<int> rows = estate.dependenciesTouching(id);
    for (auto row = rows.crbegin(); row != rows.crend(); ++row)
        estate.removeDependency(*row);
    estate.removeComponent(estate.indexOf(id));
}

} // namespace planner::test
