// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UpgradePlan.h"

namespace planner {

class Estate;

/// Computes the order in which the estate moves from its current to its target versions so
/// that no state along the way breaks a requirement (dependency `requires` and catalog
/// `when`/`requires` rules), apart from conflicts that exist already today and are not made
/// worse.
///
/// - A component jumps straight to its target when it can; when that would break a neighbour
///   it goes through intermediate catalog releases (stepping stones), and it always passes
///   through the catalog's required stops.
/// - Dependencies move before their dependents when the requirements allow either order.
/// - A step's wave comes after every earlier step of a component it shares a dependency with,
///   so steps in one wave are independent and may run in any order.
/// - Where no order of single steps works, the smallest set of steps that clears the deadlock
///   moving together becomes a group; what still cannot move is reported as blocked, with the
///   requirement that blocks it.
/// - Pins (Estate::pins) put a component's first step in a given wave or after another
///   component's upgrade; a pin that cannot hold is reported in UpgradePlan::pinProblems.
///
/// Pure: the same estate always gives the same plan.
UpgradePlan orderUpgrade(const Estate &estate);
/// The same with a smaller limit on the plan's steps than maxPlanSteps (for tests).
UpgradePlan orderUpgrade(const Estate &estate, qsizetype maxSteps);

} // namespace planner
