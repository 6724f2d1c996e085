// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/UpgradePlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

class Estate;

/// One move on a component's upgrade path: its own hop, or a neighbour's move the path waits
/// for between two hops.
struct PathMove
{
    int step = -1;     ///< index into UpgradePlan::steps
    QString component; ///< component id
    Version from;
    Version to;
    int wave = 1;
    bool own = false; ///< a hop of the path's component (false: a neighbour's move)
    bool steppingStone = false;
    bool requiredStop = false;
};

/// How one component travels from its version to its target when it cannot jump at once: its
/// hops through stepping stones or required stops, and between its first and last hop the
/// moves of its direct neighbours (what it depends on and what depends on it) that the hops
/// make room for or wait for, in the plan's order.
struct UpgradePath
{
    QString component;
    QList<PathMove> moves;        ///< in plan order (by wave)
    QStringList neighbours;       ///< the neighbours whose moves are on the path
    QStringList versions() const; ///< the component's versions from start to target
    /// More than one hop: the path goes through stepping stones or required stops.
    bool isMultiHop() const;
};

/// The upgrade path of @p component in @p plan (empty moves when the plan does not move it).
UpgradePath upgradePathOf(const UpgradePlan &plan, const Estate &estate, const QString &component);

} // namespace planner
