// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/generator: the generator's state while it builds one estate, shared by
// EstateGenerator.cpp and GeneratorDependencies.cpp. Not part of the public API.

#include "EstateGenerator.h"
#include "GeneratorProducts.h"
#include "GeneratorRandom.h"

#include <QHash>

#include <array>
#include <vector>

namespace planner::generator {

struct SiteSpec
{
    const char *id;
    const char *name;
    int weight;
};

inline constexpr std::array<SiteSpec, 5> siteSpecs = {{{"fra", "Frankfurt DC", 30},
                                                       {"ams", "Amsterdam DC", 20},
                                                       {"lon", "London DC", 20},
                                                       {"nyc", "New York DC", 20},
                                                       {"sgp", "Singapore DC", 10}}};
inline constexpr int siteCount = int(siteSpecs.size());

// A product prepared for generation: parsed releases and the products it has rules towards.
struct Product
{
    const ProductSpec *spec = nullptr;
    QString name;
    std::vector<Version> releases; // one per release line: the spec's own
    // Per release: every patch the catalog lists (GeneratorOptions::releasesPerLine); empty
    // when the product has one release per line.
    std::vector<std::vector<Version>> patches;
    std::vector<int> ruleTargets; // product indices this one has catalog rules towards
    std::vector<int> hosts;       // product indices that may host it
    std::array<std::vector<int>, siteCount> bySite; // components of this product per site
    bool present = true; // false: left out of the estate (GeneratorOptions::products)
    int drift = 1;       // distinct patches of a line its components run

    int patchesPerLine() const { return patches.empty() ? 1 : int(patches.front().size()); }
    const Version &patch(int release, int patch) const
    {
        return patches.empty() ? releases[size_t(release)]
                               : patches[size_t(release)][size_t(patch)];
    }
};

// What the generator knows of a component while it builds the estate.
struct Placed
{
    int product = 0;
    int site = 0;
    int current = 0; // generation of the current version
    int final = 0;   // generation of the target (the current one when it stays)
};

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options)
        : m_options(options)
        , m_random(options.seed)
    {
    }

    Estate run();

private:
    void prepareProducts();
    void prepareHub();
    void addComponents();
    void addComponent(Layer layer, int productIndex, int site, bool hub);
    void addDependencies();
    void addDependenciesOf(int row);
    void chooseHubDependency(int row, std::vector<int> &chosen);
    bool compatible(int from, int to) const;
    int pick(Layer layer, int site);
    int pickHost(int row);
    void addCycles();
    void breakRequirements();
    void addCatalog();
    void addCalendar();
    int generationIndex(const Product &p, int generation) const
    {
        return p.spec->anchor + generation;
    }
    QString line(const Product &p, int generation) const
    {
        return QString::fromLatin1(p.spec->lines[size_t(generationIndex(p, generation))]);
    }
    int drawDependencyCount();

    GeneratorOptions m_options;
    GeneratorRandom m_random;
    Estate m_estate;
    std::vector<Product> m_products;
    QHash<QString, int> m_productIndex;
    std::vector<Placed> m_placed;
    std::array<std::vector<int>, LayerCount> m_layerRows;
    std::array<std::array<std::vector<int>, siteCount>, LayerCount> m_layerSiteRows;
    std::array<std::vector<int>, LayerCount> m_hubs;
    std::vector<std::vector<int>> m_dependsOn; // per row: rows it depends on
    QHash<QString, int> m_idCounters;
    QHash<QString, VersionRange> m_ranges; // dependency ranges by text, parsed once
    int m_dominant = -1;                   // product index of GeneratorOptions::dominantPercent
    // GeneratorOptions::hubDependents: the hub's row, the first row that may depend on it (the
    // rows above the network layer follow it), how many must, and how many do so far.
    int m_hubRow = -1;
    int m_hubFirstCandidate = 0;
    int m_hubQuota = 0;
    int m_hubSelected = 0;
};

} // namespace planner::generator
