// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UpgradePlan.h"

#include <QJsonObject>
#include <QString>

namespace planner {

class JsonStream;

/// The plan as the `order --json` contract (docs/cli.md): {"waves":[{"index","steps":[{
/// "component","from","to","group","reason","steppingStone","requiredStop"}]}],"groups":[{"id",
/// "components","reason"}],"blocked":[{"component","reason"}],"pinProblems":[...]}. Group ids
/// count from 1; a step outside any group has "group": null.
QJsonObject planToJson(const UpgradePlan &plan);
/// The same document written to @p stream as it goes (large plans have a hundred thousand
/// steps): the bytes QJsonDocument gives for planToJson().
void writePlanJson(JsonStream &stream, const UpgradePlan &plan);

/// The plan for people: waves with their steps and the reason for each position, then groups,
/// blocked upgrades and pins that cannot hold.
QString planToText(const UpgradePlan &plan);

} // namespace planner
