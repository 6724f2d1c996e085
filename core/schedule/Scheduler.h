// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schedule.h"

#include <QDate>

namespace planner {

class Estate;
struct UpgradePlan;

/// Choices that change how a plan is scheduled.
struct ScheduleOptions
{
    /// Window occurrences starting before this day are not used. Null: the project's start day
    /// (project.start); when that is null too, every occurrence counts.
    QDate notBefore;
};

/// Places the steps of @p plan in the maintenance windows of @p estate: each step (or group of
/// steps) goes into the earliest window occurrence where it fits with all its phases, the
/// go/no-go decision and its rollback reserve, honouring freezes, business peaks, staff
/// availability, lanes (`parallel`) and the plan's waves (a step of wave k starts only after
/// every step of earlier waves has ended, meaning its decision has been taken). What cannot be
/// placed is listed with the reason. A pure function: estate and plan in, schedule out; it
/// takes O(steps x log(windows)) apart from steps that every window rejects for peaks or staff.
Schedule scheduleUpgrade(const Estate &estate, const UpgradePlan &plan,
                         const ScheduleOptions &options = {});

} // namespace planner
