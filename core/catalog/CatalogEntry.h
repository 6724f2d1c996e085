// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versions/Version.h"
#include "versions/VersionRange.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace planner {

/// "While a component of this product runs a version in `when`, what it depends on of product
/// `product` must run a version in `range`."
struct ProductRequirement
{
    QString product;
    VersionRange range;
    friend bool operator==(const ProductRequirement &, const ProductRequirement &) = default;
};

/// The user's own date for the end of support of one release cycle of the entry's product
/// ("cycle": "12", "ends": "2026-11-12"); it overrides the bundled lifecycle data. The cycle
/// matches a version as in the lifecycle data: its parts are the version's first parts.
struct SupportEnd
{
    QString cycle;
    QDate ends;
    friend bool operator==(const SupportEnd &, const SupportEnd &) = default;
};

/// One entry of the catalog as written; entries for the same product add up (see Catalog).
struct CatalogEntry
{
    QString product;
    QList<Version> releases;          ///< versions that exist, usable as stepping stones
    QList<Version> stops;             ///< releases an upgrade must pass through when crossing them
    std::optional<VersionRange> when; ///< the rule applies while the product runs in this range
    QList<ProductRequirement> requirements; ///< the `requires` object
    QList<SupportEnd> support;              ///< the `support` list: [{"cycle", "ends"}]

    friend bool operator==(const CatalogEntry &a, const CatalogEntry &b);
};

} // namespace planner
