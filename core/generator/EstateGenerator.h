// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

#include <QStringList>
#include <QtGlobal>

#include <optional>

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

    // The shape of the estate. The defaults give the project's original estate (the same bytes
    // as before these options existed, from the same random draws); the named shapes of
    // shapeOptions() set several at once.

    /// Releases the catalog lists per release line of a product: every patch, as real catalogs
    /// of browsers, kernels and firmware do. The first is the product's real release of the
    /// line ("17.9.5"), the next ones count its last number up ("17.9.6" ... "17.9.304"; a
    /// release written as its line gains a part: "2016", "2016.1"...), all inside the line, so
    /// that rules on "17.9.x" and ranges on lines hold for every patch. A move across lines
    /// then climbs a ladder of hundreds or thousands of releases. 1: one release per line.
    /// Products without release lines (GitLab, with its own stops) keep their releases.
    int releasesPerLine = 1;
    /// How many distinct patches of each line components run at once (drift), spread evenly
    /// over the line: a component's current release is one of them, its target the newest
    /// patch of its target line. Applies to the dominant product when there is one (see
    /// dominantPercent), else to every product. 1: all run the line's first patch. At most
    /// releasesPerLine.
    int drift = 1;
    /// Percent of the components (of products the catalog knows) that get a target.
    int movingPercent = 50;
    /// Percent of the dependencies that carry a `requires` range on their dependency's release
    /// lines (from its current line to its target line: always satisfiable along the way).
    int requirementPercent = 8;
    /// One component, the first core switch, gets exactly this many dependents, drawn among
    /// all components of the layers above the network (capped at their number). 0: only the
    /// usual hubs, with thousands of dependents in a large estate.
    int hubDependents = 0;
    /// Every n-th patch of every line (the n-th, 2n-th... counting from 1) is a required stop in
    /// the catalog, besides the products' own stops. Stops sit inside lines, where the catalog
    /// rules do not change, so they never make an estate unplannable. 0: no extra stops.
    int stopEvery = 0;
    /// Percent of all components that run one product, PostgreSQL (a database with catalog
    /// rules from four applications and APIs and towards RHEL), on top of its usual share.
    /// With drift and long ladders it gives "one product on 20,000 components at hundreds of
    /// versions". 0: the usual mix.
    int dominantPercent = 0;
    /// At most this many products (0: all 35). Minor products are left out first (the label
    /// printers, the wiki, the HR portal...); each layer keeps products, and the dominant
    /// product and the products that host others stay.
    int products = 0;
};

/// The named shapes of the benchmark matrix, for @p components components:
/// - "default": the options above.
/// - "long-ladders", modelled on a user's estate: 24 products, PostgreSQL on 20 % of the
///   components at hundreds of different versions, 300 patches listed per line (ladders of
///   hundreds of releases, the longest over a thousand), 30 % of the components moving, 90 %
///   of the dependencies with a version range.
/// - "many-stops": 10 patches per line, every fifth a required stop (the middle and the last
///   patch of each line, as GitLab's stops are), three patches in use per line.
/// - "hub": one component with 50,000 dependents, or half the estate when that is smaller.
/// Nothing for an unknown name.
std::optional<GeneratorOptions> shapeOptions(const QString &shape, int components, quint64 seed = 1);
/// The names shapeOptions() knows, in the order the benchmarks print them.
QStringList shapeNames();

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
