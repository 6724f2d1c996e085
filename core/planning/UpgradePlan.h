// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versions/Version.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

/// One move of one component from one version to the next. A component that goes through
/// stepping stones has several steps, one per hop.
struct PlanStep
{
    QString component; ///< component id
    Version from;
    Version to;
    int wave = 1;   ///< 1-based; steps in one wave do not depend on each other
    int group = -1; ///< index into UpgradePlan::groups when the step must move with others
    /// Why the step stands where it does, in words for a person ("after pg-core reaches 14.13:
    /// ledger 5.0 requires postgresql >=13 <17").
    QString reason;
    bool requiredStop = false;     ///< `to` is a catalog stop the upgrade must pass through
    bool steppingStone = false;    ///< `to` is an intermediate release, not the target
    bool unsupportedStone = false; ///< a stepping stone whose support has ended (passed through)
};

/// Steps that must happen together in one window, because no order of single steps keeps every
/// state clean (a cycle, or two components that must jump together).
struct PlanGroup
{
    int id = 0;
    QStringList components;
    QString reason;
};

/// The most steps one plan holds (docs/limits.md). A required stop is a step of its own, so a
/// catalog that lists thousands of stops could otherwise make a plan of hundreds of millions of
/// steps; the upgrades that would pass the limit are reported as blocked instead. Real plans
/// hold a few steps per component: the 1,000,000-component benchmark estate needs about 10 %
/// of it.
inline constexpr qsizetype maxPlanSteps = 5'000'000;

/// A component that cannot reach its target, and the requirement that blocks it.
struct BlockedUpgrade
{
    QString component;
    QString reason;
};

/// A user's pin (Estate::pins) that the ordering cannot honour, and why.
struct PinProblem
{
    QString component;
    QString reason;
};

/// The ordering of an estate's upgrade: steps in waves (steps sorted by wave, then by a
/// deterministic order inside the wave), groups and what is blocked.
struct UpgradePlan
{
    QList<PlanStep> steps;
    QList<PlanGroup> groups;
    QList<BlockedUpgrade> blocked;
    QList<PinProblem> pinProblems;

    int waveCount() const
    {
        int n = 0;
        for (const PlanStep &s : steps)
            n = std::max(n, s.wave);
        return n;
    }
    bool isComplete() const { return blocked.isEmpty(); }
};

} // namespace planner
