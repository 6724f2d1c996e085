// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/changes: the translation context of its sentences and small helpers.

#include <QCoreApplication>
#include <QString>

namespace planner {

class Estate;
struct UpgradePlan;

namespace changes_detail {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::Changes)
};

/// "2 h 15 min", "45 min".
QString minutesText(int minutes);

/// The components @p plan moves, each once, in the order of their first step, with that
/// step's index.
QList<std::pair<QString, int>> movingComponents(const UpgradePlan &plan);

} // namespace changes_detail
} // namespace planner
