// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace planner {

/// "While a component of `product` runs a version in `when`, every component it depends on
/// whose product is `requiredProduct` must run a version in `range`": one key of one entry's
/// `requires` object.
struct CatalogRule
{
    QString product;
    std::optional<VersionRange> when; ///< absent: the rule always applies
    QString requiredProduct;
    VersionRange range;
    int entry = -1; ///< row of the catalog entry it comes from

    /// "ledger 4.x", or just "ledger" when the rule has no `when`: how messages name it.
    QString subject() const;
};

/// What the catalog knows of one product, all its entries merged.
struct CatalogProduct
{
    QString product;
    std::vector<Version> releases; ///< ascending, without duplicates (stops included)
    std::vector<Version> stops;    ///< ascending: releases an upgrade must pass through
    QList<SupportEnd> support;     ///< the user's own end-of-support dates per release cycle
    std::vector<int> rules;        ///< indices into Catalog::rules() of rules about this product

    bool hasReleases() const { return !releases.empty(); }
    bool lists(const Version &version) const;
    /// The versions a move from @p from to @p to may pass through: @p from, every release
    /// strictly between them, then @p to (just the two when the catalog lists nothing between).
    std::vector<Version> path(const Version &from, const Version &to) const;
    /// The stops strictly between @p from and @p to: a move must pass through each of them.
    std::vector<Version> stopsBetween(const Version &from, const Version &to) const;
};

/// The catalog merged by product, built once from the estate's entries, with lookups by product
/// in constant time. A value: copy it along with the estate it was built from.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(const QList<CatalogEntry> &entries);

    /// The product's merged knowledge, or nullptr when no entry names it.
    const CatalogProduct *product(const QString &name) const;
    /// True when some entry lists releases of @p name.
    bool knowsReleases(const QString &name) const;
    const std::vector<CatalogProduct> &products() const { return m_products; }
    const std::vector<CatalogRule> &rules() const { return m_rules; }

private:
    std::vector<CatalogProduct> m_products; // in order of first appearance
    QHash<QString, int> m_index;
    std::vector<CatalogRule> m_rules;
};

/// True when the parts of @p cycle are the first parts of @p version ("12" of "12.20", "11.2"
/// of "11.2.0.4", "8" of "8.10"); a number part the version lacks counts as zero ("13.0" of
/// "13"). Release cycles in the lifecycle data and in the catalog's `support` match this way.
bool cycleMatches(const Version &cycle, const Version &version);

} // namespace planner
