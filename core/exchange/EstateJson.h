// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QByteArray>
#include <QStringList>

namespace planner {

/// Reads the estate interchange JSON, format version 1 (docs/inventory-format.md).
/// Errors name the JSON path and the problem (`components[3].version: empty`; for text that is
/// not JSON, the line and column); reading stops at the first one. Unknown fields are ignored:
/// on success, one line per ignored field ("components[2].colour: unknown field, ignored") is
/// appended to @p warnings, and one per project reason or urgency outside its vocabulary (kept
/// as written: version 1 had them as free text). References to ids that do not exist, in the
/// change records too, are not errors: the analysis reports them.
Expected<Estate> readEstateJson(const QByteArray &json, QStringList *warnings = nullptr);

/// Writes the estate as interchange JSON: deterministic (same estate, same bytes), indented,
/// fields that are absent in the estate left out. readEstateJson(writeEstateJson(e)) == e.
QByteArray writeEstateJson(const Estate &estate);

/// One scenario as an element of the estate's `scenarios` (docs/inventory-format.md); the
/// project file keeps each scenario so. readScenarioJson(writeScenarioJson(s)) == s.
QByteArray writeScenarioJson(const Scenario &scenario);
Expected<Scenario> readScenarioJson(const QByteArray &json, QStringList *warnings = nullptr);

} // namespace planner
