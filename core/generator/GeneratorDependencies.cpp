// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generator.h"

#include <algorithm>
#include <cstdlib>

namespace planner::generator {

int Generator::drawDependencyCount()
{
    if (m_random.chance(3))
        return 6 + m_random.below(7);
    return 1 + m_random.weighted({15, 20, 30, 20, 15});
}

// Two components joined by a catalog rule must stay within one generation of each other in
// both the current and the target state; then moving the lowest generation first always works.
bool Generator::compatible(int from, int to) const
{
    const Placed &a = m_placed[size_t(from)];
    const Placed &b = m_placed[size_t(to)];
    const auto &targets = m_products[size_t(a.product)].ruleTargets;
    if (std::find(targets.begin(), targets.end(), b.product) == targets.end())
        return true;
    return std::abs(a.current - b.current) <= 1 && std::abs(a.final - b.final) <= 1;
}

int Generator::pick(Layer layer, int site)
{
    const auto &hubs = m_hubs[size_t(layer)];
    if (!hubs.empty() && m_random.chance(35))
        return hubs[size_t(m_random.below(int(hubs.size())))];
    const auto &local = m_layerSiteRows[size_t(layer)][size_t(site)];
    if (!local.empty() && m_random.chance(80))
        return local[size_t(m_random.below(int(local.size())))];
    const auto &all = m_layerRows[size_t(layer)];
    if (all.empty())
        return -1;
    return all[size_t(m_random.below(int(all.size())))];
}

int Generator::pickHost(int row)
{
    const Placed &placed = m_placed[size_t(row)];
    const Product &product = m_products[size_t(placed.product)];
    if (product.hosts.empty())
        return -1;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const Product &host
            = m_products[size_t(product.hosts[size_t(m_random.below(int(product.hosts.size())))])];
        const auto &local = host.bySite[size_t(placed.site)];
        int candidate = -1;
        if (!local.empty()) {
            candidate = local[size_t(m_random.below(int(local.size())))];
        } else {
            for (int s = 0; s < siteCount && candidate < 0; ++s)
                if (!host.bySite[size_t(s)].empty())
                    candidate = host.bySite[size_t(s)][0];
        }
        if (candidate >= 0 && compatible(row, candidate))
            return candidate;
    }
    return -1;
}

void Generator::prepareHub()
{
    const auto &network = m_layerRows[NetworkLayer];
    if (m_options.hubDependents <= 0 || network.empty())
        return;
    m_hubRow = m_hubs[NetworkLayer].empty() ? network.front() : m_hubs[NetworkLayer].front();
    // Components are added layer by layer: every row after the network's is above it.
    m_hubFirstCandidate = network.back() + 1;
    m_hubQuota = std::min(m_options.hubDependents, m_estate.componentCount() - m_hubFirstCandidate);
}

// Selection sampling (Knuth's algorithm S): each row above the network depends on the hub with
// the probability that leaves exactly the quota, whether or not it picked the hub on its own.
void Generator::chooseHubDependency(int row, std::vector<int> &chosen)
{
    if (m_hubRow < 0 || row < m_hubFirstCandidate)
        return;
    const int remaining = m_estate.componentCount() - row;
    const bool selected = m_random.below(remaining) < m_hubQuota - m_hubSelected;
    const auto it = std::find(chosen.begin(), chosen.end(), m_hubRow);
    if (selected) {
        ++m_hubSelected;
        if (it == chosen.end())
            chosen.push_back(m_hubRow);
    } else if (it != chosen.end()) {
        chosen.erase(it);
    }
}

void Generator::addDependencies()
{
    m_dependsOn.resize(size_t(m_estate.componentCount()));
    for (int row = 0; row < m_estate.componentCount(); ++row)
        addDependenciesOf(row);
}

void Generator::addDependenciesOf(int row)
{
    const Product &product = m_products[size_t(m_placed[size_t(row)].product)];
    const Layer layer = product.spec->layer;
    const auto &layers = dependencyLayers(layer);
    if (layers.empty())
        return;
    auto &chosen = m_dependsOn[size_t(row)];
    const int wanted = drawDependencyCount();
    if (const int host = pickHost(row); host >= 0)
        chosen.push_back(host);
    int weightTotal = 0;
    for (const auto &[l, w] : layers)
        weightTotal += w;
    for (int attempts = 0; int(chosen.size()) < wanted && attempts < wanted * 4; ++attempts) {
        int r = m_random.below(weightTotal);
        size_t k = 0;
        while (r >= layers[k].second)
            r -= layers[k++].second;
        const int candidate = pick(layers[k].first, m_placed[size_t(row)].site);
        if (candidate < 0 || std::find(chosen.begin(), chosen.end(), candidate) != chosen.end()
            || !compatible(row, candidate))
            continue;
        chosen.push_back(candidate);
    }
    chooseHubDependency(row, chosen);

    const Component &from = m_estate.component(row);
    for (int to : chosen) {
        Dependency d;
        d.from = from.id;
        d.to = m_estate.component(to).id;
        const Placed &target = m_placed[size_t(to)];
        const Product &toProduct = m_products[size_t(target.product)];
        // Some dependencies name the versions they were tested with; the range always holds
        // along the way from the current to the target version.
        if (!toProduct.spec->lines.empty() && m_random.chance(m_options.requirementPercent)) {
            QString text = QStringLiteral(">=") + line(toProduct, target.current);
            const int next = target.final + 1;
            if (generationIndex(toProduct, next) < int(toProduct.releases.size()))
                text += QStringLiteral(" <") + line(toProduct, next);
            auto cached = m_ranges.constFind(text);
            if (cached == m_ranges.constEnd())
                cached = m_ranges.insert(text, *VersionRange::parse(text));
            d.requirement = cached.value();
        }
        m_estate.appendDependency(std::move(d));
    }
}

void Generator::addCycles()
{
    // Each cycle: a dependency used the other way round as well, where no catalog rule joins
    // the two products in that direction.
    int added = 0;
    const int count = m_estate.dependencyCount();
    for (int attempt = 0; added < m_options.cycles && count > 0 && attempt < 100 * m_options.cycles;
         ++attempt) {
        const Dependency &d = m_estate.dependency(m_random.below(count));
        const int from = m_estate.indexOf(d.to);
        const int to = m_estate.indexOf(d.from);
        const auto &rules = m_products[size_t(m_placed[size_t(from)].product)].ruleTargets;
        if (std::find(rules.begin(), rules.end(), m_placed[size_t(to)].product) != rules.end())
            continue;
        auto &chosen = m_dependsOn[size_t(from)];
        if (std::find(chosen.begin(), chosen.end(), to) != chosen.end())
            continue;
        chosen.push_back(to);
        m_estate.appendDependency({d.to, d.from, QStringLiteral("uses"), std::nullopt});
        ++added;
    }
}

void Generator::breakRequirements()
{
    // A dependency pinned below its dependency's target: fine today, broken in the target state.
    int broken = 0;
    const int count = m_estate.dependencyCount();
    for (int attempt = 0; broken < m_options.brokenRequirements && count > 0
                          && attempt < 100 * m_options.brokenRequirements;
         ++attempt) {
        const int row = m_random.below(count);
        Dependency d = m_estate.dependency(row);
        const Component *to = m_estate.find(d.to);
        if (!to || !to->hasUpgrade() || d.requirement)
            continue;
        d.requirement = VersionRange::parse(QStringLiteral("<") + to->target->text());
        m_estate.replaceDependency(row, std::move(d));
        ++broken;
    }
}

} // namespace planner::generator
