// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include <algorithm>

namespace planner {

namespace {

void sortUnique(std::vector<Version> &versions)
{
    std::stable_sort(versions.begin(), versions.end());
    versions.erase(std::unique(versions.begin(), versions.end()), versions.end());
}

} // namespace

QString CatalogRule::subject() const
{
    return when ? product + u' ' + when->text() : product;
}

bool CatalogProduct::lists(const Version &version) const
{
    return std::binary_search(releases.begin(), releases.end(), version);
}

std::vector<Version> CatalogProduct::path(const Version &from, const Version &to) const
{
    std::vector<Version> result{from};
    if (from < to) {
        auto it = std::upper_bound(releases.begin(), releases.end(), from);
        for (; it != releases.end() && *it < to; ++it)
            result.push_back(*it);
    }
    if (!(to == from))
        result.push_back(to);
    return result;
}

std::vector<Version> CatalogProduct::stopsBetween(const Version &from, const Version &to) const
{
    std::vector<Version> result;
    for (const Version &stop : stops)
        if (from < stop && stop < to)
            result.push_back(stop);
    return result;
}

Catalog::Catalog(const QList<CatalogEntry> &entries)
{
    for (int row = 0; row < entries.size(); ++row) {
        const CatalogEntry &entry = entries[row];
        auto it = m_index.constFind(entry.product);
        int index = 0;
        if (it == m_index.constEnd()) {
            index = int(m_products.size());
            m_index.insert(entry.product, index);
            m_products.push_back({});
            m_products.back().product = entry.product;
        } else {
            index = it.value();
        }
        CatalogProduct &product = m_products[size_t(index)];
        product.releases.insert(product.releases.end(), entry.releases.begin(),
                                entry.releases.end());
        // A stop is a release as well, even when an entry forgets to list it.
        product.releases.insert(product.releases.end(), entry.stops.begin(), entry.stops.end());
        product.stops.insert(product.stops.end(), entry.stops.begin(), entry.stops.end());
        product.support += entry.support;
        for (const ProductRequirement &requirement : entry.requirements) {
            product.rules.push_back(int(m_rules.size()));
            m_rules.push_back(
                {entry.product, entry.when, requirement.product, requirement.range, row});
        }
    }
    for (CatalogProduct &product : m_products) {
        sortUnique(product.releases);
        sortUnique(product.stops);
    }
}

const CatalogProduct *Catalog::product(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_products[size_t(it.value())];
}

bool Catalog::knowsReleases(const QString &name) const
{
    const CatalogProduct *p = product(name);
    return p && p->hasReleases();
}

bool cycleMatches(const Version &cycle, const Version &version)
{
    const auto &c = cycle.parts();
    const auto &v = version.parts();
    if (c.empty())
        return false;
    for (size_t i = 0; i < c.size(); ++i) {
        if (i < v.size()) {
            if (!(c[i] == v[i]))
                return false;
        } else if (c[i].kind != Version::Part::Number || c[i].number != 0) {
            return false;
        }
    }
    return true;
}

} // namespace planner
