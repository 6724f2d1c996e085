// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace planner {

/// One difference between two versions of a plan, for a board that re-approves.
struct PlanChange
{
    /// Stable kind: "step-added", "step-removed", "step-moved" (to another window occurrence),
    /// "step-duration", "version-changed" (a component's start or end version), "move-added",
    /// "move-removed", "conflict-added", "conflict-removed", "waiver-added", "waiver-removed",
    /// "waiver-changed", "project-changed", "finish-changed", "downtime-changed".
    QString kind;
    QString subject; ///< what it is about: a component id, a conflict key, a field name
    QString before;  ///< the old value in words (empty when added)
    QString after;   ///< the new value in words (empty when removed)
    QString text;    ///< one sentence for people
};

/// What changed from plan @p before to plan @p after (both as plan.json holds them), in a
/// stable order: project, moves, steps, schedule, conflicts, waivers. Empty: they say the same.
QList<PlanChange> diffPlans(const QJsonObject &before, const QJsonObject &after);

/// Reads a plan.json file for diffing or verifying: an Error naming the file and the place
/// when it does not parse or is not a plan.
Expected<QJsonObject> readPlanJson(const QString &path);

} // namespace planner
