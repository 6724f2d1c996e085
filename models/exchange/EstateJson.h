// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QByteArray>
#include <QStringList>

namespace planner {

/// Reads the estate interchange JSON, format version 1 (docs/inventory-format.md).
/// Errors name the JSON path and the problem (`components[3].version: empty`); unknown fields
/// are ignored and reported in @p warnings with their path.
Expected<Estate> readEstateJson(const QByteArray &json, QStringList *warnings = nullptr);

/// Writes the estate as interchange JSON: deterministic (same estate, same bytes), indented,
/// fields that are absent in the estate left out. readEstateJson(writeEstateJson(e)) == e.
QByteArray writeEstateJson(const Estate &estate);

} // namespace planner
