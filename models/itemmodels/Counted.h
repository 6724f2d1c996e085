// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace planner {

/// Picks the English source text for one or for many ("%n error" / "%n errors"), both passed
/// through tr() with the count, so that the untranslated program reads right and translators
/// still give every plural form of their language.
inline QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many;
}

} // namespace planner
