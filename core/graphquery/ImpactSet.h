// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace planner {

class Estate;

/// Which way an impact question follows the dependencies.
enum class ImpactDirection {
    Dependents,   ///< what depends on the seeds, directly or through others (breaks if they go)
    Dependencies, ///< what the seeds need, directly or through others (must run for them)
    Both
};

/// The seeds (components named in @p seeds that exist) and every component reached from them by
/// following dependencies in @p direction, transitively. Cycles are followed once; dependencies
/// naming unknown components are ignored. O(components + dependencies).
QSet<QString> impactSet(const Estate &estate, const QStringList &seeds, ImpactDirection direction);

/// The shortest chain of dependencies between @p from and @p to: ids in order, each depending
/// on the next. Follows what @p from depends on first; when @p to is not among it, what @p to
/// depends on (the chain then starts at @p to). Empty when neither reaches the other.
QStringList dependencyChain(const Estate &estate, const QString &from, const QString &to);

} // namespace planner
