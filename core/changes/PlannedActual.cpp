// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannedActual.h"

#include "inventory/Estate.h"
#include "schedule/PlannedMinutes.h"

#include <cmath>

namespace planner {

PlanComparison comparePlannedActual(const Estate &estate)
{
    PlanComparison out;
    struct Sums
    {
        int steps = 0;
        std::array<double, phaseCount> planned{};
        std::array<double, phaseCount> actual{};
        std::array<int, phaseCount> count{};
    };
    std::array<Sums, componentKindCount> sums{};
    for (const ExecutionRecord &r : estate.records.executed) {
        const Component *c = estate.find(r.component);
        if (!c)
            continue;
        StepComparison s;
        s.component = r.component;
        s.kind = c->kind;
        Sums &k = sums[size_t(c->kind)];
        bool any = false;
        for (int p = 0; p < phaseCount; ++p) {
            const Phase phase = Phase(p);
            s.planned[size_t(p)] = plannedMinutes(estate, *c, phase);
            s.actual[size_t(p)] = r.actualMinutes(phase);
            if (s.actual[size_t(p)]) {
                any = true;
                s.plannedTotal += s.planned[size_t(p)];
                s.actualTotal += *s.actual[size_t(p)];
                k.planned[size_t(p)] += s.planned[size_t(p)];
                k.actual[size_t(p)] += *s.actual[size_t(p)];
                ++k.count[size_t(p)];
            }
        }
        if (any) {
            ++k.steps;
            if (s.plannedTotal > 0)
                s.ratio = double(s.actualTotal) / double(s.plannedTotal);
        }
        out.steps.push_back(std::move(s));
    }
    for (int kind = 0; kind < componentKindCount; ++kind) {
        const Sums &k = sums[size_t(kind)];
        if (k.steps == 0)
            continue;
        KindComparison c;
        c.kind = ComponentKind(kind);
        c.steps = k.steps;
        double planned = 0;
        double actual = 0;
        for (int p = 0; p < phaseCount; ++p) {
            if (k.count[size_t(p)] == 0)
                continue;
            c.averagePlanned[size_t(p)] = k.planned[size_t(p)] / k.count[size_t(p)];
            c.averageActual[size_t(p)] = k.actual[size_t(p)] / k.count[size_t(p)];
            planned += k.planned[size_t(p)];
            actual += k.actual[size_t(p)];
        }
        if (planned > 0)
            c.ratio = actual / planned;
        out.kinds.push_back(std::move(c));
    }
    return out;
}

QList<KindEstimate> suggestedEstimates(const PlanComparison &comparison)
{
    QList<KindEstimate> out;
    for (const KindComparison &k : comparison.kinds) {
        KindEstimate e;
        e.kind = k.kind;
        for (int p = 0; p < phaseCount; ++p)
            if (const auto &a = k.averageActual[size_t(p)])
                e.durations[Phase(p)] = int(std::lround(*a));
        if (!e.durations.isEmpty())
            out.push_back(std::move(e));
    }
    return out;
}

int acceptEstimates(Estate &estate, const PlanComparison &comparison)
{
    int changed = 0;
    QList<KindEstimate> &estimates = estate.records.estimates;
    for (const KindEstimate &e : suggestedEstimates(comparison)) {
        auto it = std::find_if(estimates.begin(), estimates.end(),
                               [&e](const KindEstimate &x) { return x.kind == e.kind; });
        if (it == estimates.end()) {
            estimates.push_back(e);
            ++changed;
            continue;
        }
        KindEstimate merged = *it;
        for (int p = 0; p < phaseCount; ++p)
            if (e.durations[Phase(p)])
                merged.durations[Phase(p)] = e.durations[Phase(p)];
        if (!(merged == *it)) {
            *it = merged;
            ++changed;
        }
    }
    return changed;
}

} // namespace planner
