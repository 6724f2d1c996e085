// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannedMinutes.h"

#include "inventory/Estate.h"

namespace planner {

int plannedMinutes(const Estate &estate, const Component &component, Phase phase)
{
    if (const auto &own = component.durations[phase])
        return *own;
    if (const KindEstimate *e = estate.records.estimateFor(component.kind))
        if (const auto &accepted = e->durations[phase])
            return *accepted;
    return defaultDurations(component.kind)[size_t(phase)];
}

} // namespace planner
