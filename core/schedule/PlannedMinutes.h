// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Kinds.h"

namespace planner {

class Estate;
struct Component;

/// Minutes phase @p phase of @p component's step is planned to take: the component's own
/// figure, else the project's accepted estimate for its kind (Estate::records.estimates),
/// else the built-in default of its kind. The scheduler plans with this.
int plannedMinutes(const Estate &estate, const Component &component, Phase phase);

} // namespace planner
