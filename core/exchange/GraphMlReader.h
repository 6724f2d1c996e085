// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileFormat.h"

namespace planner {

/// Reads GraphML from yEd, Gephi, networkx or our own writer: one component per node (yEd's
/// group nodes become sites), one dependency per edge, source depending on target. Data keys
/// are matched by attr.name, case ignored (label/name, kind/type, product, version, target,
/// site, siteName, owner, criticality, externalId; edges: type, requires/requirement,
/// label); others are ignored with one warning naming them. Node ids that are not valid
/// component ids are made valid and unique, the original kept as the external id. Errors and
/// warnings name the line and column.
Expected<Imported> readGraphMl(const ReadInput &input);

} // namespace planner
