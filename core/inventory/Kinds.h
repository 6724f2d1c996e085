// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace planner {

/// What a component is; the names are those of the interchange format.
enum class ComponentKind {
    Server,
    Os,
    Database,
    Middleware,
    Application,
    Endpoint,
    Network,
    Storage,
    License,
    Certificate,
    Api,
    Integration,
    Backup,
    Monitoring,
    Other
};
inline constexpr int componentKindCount = 15;

/// How much the business suffers when the component (or process) is down.
enum class Criticality { Low, Medium, High, Critical };
inline constexpr int criticalityCount = 4;

/// The phases of one upgrade step, in the order they happen.
enum class Phase { Prepare, Backup, Execute, Verify, Rollback };
inline constexpr int phaseCount = 5;

QString kindName(ComponentKind kind); ///< "database"
std::optional<ComponentKind> kindFromName(const QString &name);
QStringList kindNames();               ///< all, in enum order
QString kindLabel(ComponentKind kind); ///< translated, for people

QString criticalityName(Criticality criticality); ///< "critical"
std::optional<Criticality> criticalityFromName(const QString &name);
QStringList criticalityNames();
QString criticalityLabel(Criticality criticality);

QString phaseName(Phase phase); ///< "prepare"

/// Minutes each phase takes when the component does not say: the documented defaults by kind
/// (docs/inventory-format.md, "Additions"). A database's backup and rollback take long; a
/// licence key is quick.
std::array<int, phaseCount> defaultDurations(ComponentKind kind);

} // namespace planner
