// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredLayout.h"

#include <QByteArray>

namespace planner {

class Estate;

/// The layout of @p estate as JSON for scripts and tests (what `upgrade-planner layout --json`
/// prints): {"nodes":[{"id","x","y","layer","width","height"[,"fixed"]}],
/// "edges":[{"from","to","points":[[x,y],...][,"reversed"]}], "groups":[...]} with component
/// ids, centres in screen coordinates (y grows downwards), numbers rounded to one decimal.
/// Edges that were not drawn (unknown components) are left out. Deterministic.
QByteArray layoutToJson(const Estate &estate, const LayoutResult &layout);

} // namespace planner
