// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphFilter.h"

#include "inventory/Estate.h"

namespace planner {

QList<bool> visibleComponents(const Estate &estate, const GraphFilter &filter,
                              const QStringList &selection)
{
    const int n = estate.componentCount();
    QList<bool> visible(n, true);
    if (!filter.isActive())
        return visible;

    QSet<QString> impact;
    const bool useImpact = filter.impact && !selection.isEmpty();
    if (useImpact)
        impact = impactSet(estate, selection, *filter.impact);

    for (int i = 0; i < n; ++i) {
        const Component &c = estate.component(i);
        bool keep = true;
        if (filter.kind && c.kind != *filter.kind)
            keep = false;
        else if (!filter.site.isEmpty() && c.site != filter.site)
            keep = false;
        else if (filter.minimumCriticality && int(c.criticality) < int(*filter.minimumCriticality))
            keep = false;
        else if (useImpact && !impact.contains(c.id))
            keep = false;
        visible[i] = keep;
    }
    return visible;
}

} // namespace planner
