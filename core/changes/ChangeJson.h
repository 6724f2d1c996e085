// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The controlled change as JSON: what `readiness --json`, `risk --json`, `compare --json` and
// `messages --json` print (docs/cli.md), ready to go into plan.json as well.

#include <QJsonObject>
#include <QList>

namespace planner {

struct Readiness;
struct PlanRisk;
struct PlanComparison;
struct FilledMessage;
struct BusinessImpact;

/// {"ready", "count", "items": [{"kind", "component", "step", "window", "process", "reason"}]}
QJsonObject readinessToJson(const Readiness &readiness);
/// {"score", "level", "reviewPath", "guidance", "steps": [{"step", "component", "from", "to",
/// "score", "level", "items": [{"rule", "points", "cause"}]}]}
QJsonObject riskToJson(const PlanRisk &risk);
/// {"steps": [{"component", "kind", "planned": {phase: min}, "actual": {phase: min|null},
/// "plannedTotal", "actualTotal", "ratio"}], "kinds": [{"kind", "steps", "averagePlanned",
/// "averageActual", "ratio"}]}
QJsonObject comparisonToJson(const PlanComparison &comparison);
/// {"messages": [{"template", "audience", "when", "window", "occurrence", "windowStart",
/// "windowEnd", "send", "services", "subject", "body"}]}, times "yyyy-MM-ddTHH:mm" wall-clock.
QJsonObject messagesToJson(const QList<FilledMessage> &messages);
/// {"steps": [{"step", "component", "downtimeMinutes", "scheduled", "stricter", "processes":
/// [...]}], "processes": [...], "stricter": [process ids]}
QJsonObject impactToJson(const BusinessImpact &impact);

} // namespace planner
