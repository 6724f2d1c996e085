// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/ChangeRecords.h"
#include "inventory/Kinds.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace planner {

class Estate;

/// Planned against actual for one recorded step (ExecutionRecord).
struct StepComparison
{
    QString component;
    ComponentKind kind = ComponentKind::Other;
    std::array<int, phaseCount> planned{};               ///< plannedMinutes() per phase
    std::array<std::optional<int>, phaseCount> actual{}; ///< recorded, else empty
    int plannedTotal = 0; ///< over the phases with an actual (so the two compare)
    int actualTotal = 0;
    /// actualTotal / plannedTotal; empty when nothing is recorded or nothing was planned
    std::optional<double> ratio;
};

/// Planned against actual averaged over the recorded steps of one kind.
struct KindComparison
{
    ComponentKind kind = ComponentKind::Other;
    int steps = 0;
    std::array<std::optional<double>, phaseCount> averagePlanned{}; ///< over steps with an actual
    std::array<std::optional<double>, phaseCount> averageActual{};
    std::optional<double> ratio; ///< sum of actual / sum of planned
};

struct PlanComparison
{
    QList<StepComparison> steps; ///< in the order of Estate::records.executed
    QList<KindComparison> kinds; ///< in kind order
};

PlanComparison comparePlannedActual(const Estate &estate);

/// The estimates the comparison suggests: per kind, the rounded average actual minutes of each
/// phase that has one (other phases absent, so they keep their default).
QList<KindEstimate> suggestedEstimates(const PlanComparison &comparison);

/// Stores suggestedEstimates() in estate.records.estimates, replacing those of the same kinds
/// (phases without an actual keep the previously accepted figure). Returns how many kinds
/// changed. The schedule then plans with them (plannedMinutes(), schedule/PlannedMinutes.h).
int acceptEstimates(Estate &estate, const PlanComparison &comparison);

} // namespace planner
