// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The analysis of a controlled change (issue 14, docs/change-records.md): what each step
// affects, how risky it is, which backups cannot be relied on, the messages to send, planned
// against actual, and what is missing before a board should approve. Pure functions of the
// estate (and of its plan and schedule), callable from the GUI, the command line and tests.

#include "changes/BusinessImpact.h"
#include "changes/ChangeMessages.h"
#include "changes/PlannedActual.h"
#include "changes/Readiness.h"
#include "changes/RiskScore.h"
#include "compat/Conflict.h"
#include "planning/UpgradePlan.h"
#include "schedule/Schedule.h"

namespace planner {

class Estate;

/// Everything the change analysis says about one estate, computed in one go.
struct ChangeAnalysis
{
    UpgradePlan plan;          ///< orderUpgrade(estate)
    Schedule schedule;         ///< scheduleUpgrade(estate, plan), certificate conflicts included
    QList<Conflict> conflicts; ///< checkCompatibility(estate), every state
    BusinessImpact impact;
    PlanRisk risk;
    QList<BackupWarning> backups;
    QList<FilledMessage> messages;
    PlanComparison comparison;
    Readiness readiness;
};

/// Orders, schedules and checks @p estate, then runs every analysis of this folder on it.
/// Costs about one schedule; run it on a worker for large estates.
ChangeAnalysis analyseChange(const Estate &estate);

} // namespace planner
