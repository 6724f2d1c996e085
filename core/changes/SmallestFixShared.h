// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/changes: what the fixes of SmallestFix.cpp and SmallestFixConflicts.cpp share.

#include "SmallestFix.h"

#include <QList>
#include <QString>

namespace planner::changes_detail {

// The ranks of the kinds (Fix::rank): what a fix touches, from the step itself to a waiver.
enum Rank {
    RankStep = 1,   // the step's own figures
    RankOccurrence, // one night of one window
    RankRole,       // a role for someone already on the staff
    RankPerson,     // a new person
    RankSeries,     // a window series repeated: the step waits weeks longer
    RankTarget,     // where the upgrade ends
    RankWaiver = 9  // a rule set aside
};

// The catalog's releases of @p product strictly between @p from and @p to, highest first.
QList<Version> releasesBetween(const Estate &estate, const QString &product, const Version &from,
                               const Version &to);

// Sorts @p fixes smallest first (by Fix::rank, then Fix::amount) and keeps the first @p most.
void keepSmallest(QList<Fix> &fixes, int most);

} // namespace planner::changes_detail
