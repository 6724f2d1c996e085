// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"
#include "versions/Version.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

class Estate;
struct Schedule;
struct UpgradePlan;

/// True for the process categories that get the stricter list: emergency, payment,
/// production-control, public-service (processCategoryNames()).
bool isStricterCategory(const QString &category);

/// One business process a step affects: it uses the step's component directly, or uses a
/// component that depends on it (transitively, through the dependency graph).
struct ProcessImpact
{
    QString process; ///< BusinessProcess::id
    QString name;
    Criticality criticality = Criticality::Medium;
    QString category;      ///< empty or one of processCategoryNames()
    bool stricter = false; ///< isStricterCategory(category)
    QStringList userGroups;
    bool externalCustomers = false;
    QString serviceLevel;
    std::optional<int> maxOutageMinutes;
    /// The component the process uses directly through which the step reaches it (the step's
    /// own component when the process uses it directly).
    QString via;
    /// Expected downtime for the process: for a step, that step's execute and verify time (from
    /// the schedule when it is placed, else the planned minutes); for the plan
    /// (BusinessImpact::processes) Schedule::downtime's minutes, overlaps counted once.
    int downtimeMinutes = 0;
    int worstCaseMinutes = 0; ///< the same up to the end of the rollback reserve
};

/// The processes one plan step affects.
struct StepImpact
{
    int planStep = -1; ///< index into UpgradePlan::steps
    QString component;
    Version from;
    Version to;
    bool scheduled = false;  ///< downtime comes from the schedule (else from planned minutes)
    int downtimeMinutes = 0; ///< execute + verify of the step
    bool stricter = false;   ///< some affected process has a stricter category
    QList<ProcessImpact> processes; ///< in estate order
};

/// Business impact of the whole plan.
struct BusinessImpact
{
    QList<StepImpact> steps;        ///< one per plan step, in plan order
    QList<ProcessImpact> processes; ///< every process some step affects, in estate order
    /// Processes of a stricter category among `processes` (the stricter list).
    QList<ProcessImpact> stricter;
};

/// For each component (by estate row), the processes (indices into Estate::processes) that rely
/// on it directly or through dependencies, in estate order. The same walk the scheduler uses.
QList<QList<int>> processesRelyingOn(const Estate &estate);

/// What each step of @p plan affects. @p schedule (may be null) gives the real downtime.
BusinessImpact analyseImpact(const Estate &estate, const UpgradePlan &plan,
                             const Schedule *schedule = nullptr);

} // namespace planner
