// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

#include <QtGlobal>

namespace planner {

/// What estate to generate. The same options always give the same estate, on every platform.
struct GeneratorOptions
{
    int components = 1000; ///< about this many components (exactly this many when >= 20)
    quint64 seed = 1;
    /// Dependency cycles to add (each a pair of components that use each other); 0 keeps the
    /// estate acyclic.
    int cycles = 0;
    /// Dependencies given a `requires` range that their dependency's target leaves, so that
    /// the target state breaks; 0 keeps every state of the estate satisfiable.
    int brokenRequirements = 0;
};

/// Generates a realistic estate for tests and benchmarks: layered from network through storage,
/// servers and operating systems, databases and middleware, APIs, applications and
/// integrations up to endpoints, spread over five sites. Dependencies always point one or more
/// layers down; a component has 1-5 of them (about 3 on average, a few have up to 12), and a few
/// hubs (core switches, storage arrays, identity) have thousands of dependents in a large estate.
/// Real products carry real release numbers so that the bundled lifecycle data applies. About
/// half the components have a target; the catalog lists every release used (with GitLab's
/// required stops) and rules that tie applications to their databases and middleware and
/// databases to their operating systems, and some dependencies carry their own `requires`.
/// By default the current and target states satisfy every requirement and an order of single
/// steps through the catalog releases exists in which every intermediate state does too.
/// It also has maintenance windows, freezes, business processes and staff.
Estate generateEstate(const GeneratorOptions &options = {});

} // namespace planner
