// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImpactSet.h"
#include "inventory/Kinds.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

class Estate;

/// What the graph view shows: the components passing every criterion set here. Dependencies
/// are shown when both their ends are.
struct GraphFilter
{
    std::optional<ComponentKind> kind;             ///< only components of this kind
    QString site;                                  ///< only this site's components (site id)
    std::optional<Criticality> minimumCriticality; ///< only this critical or more
    /// Impact view: only the selection and what depends on it / what it needs (transitively).
    /// With nothing selected the impact criterion lets everything through.
    std::optional<ImpactDirection> impact;

    bool isActive() const { return kind || !site.isEmpty() || minimumCriticality || impact; }
    friend bool operator==(const GraphFilter &, const GraphFilter &) = default;
};

/// Which components @p filter lets through, index for index with estate.components();
/// @p selection (component ids) seeds the impact view.
QList<bool> visibleComponents(const Estate &estate, const GraphFilter &filter,
                              const QStringList &selection);

} // namespace planner
