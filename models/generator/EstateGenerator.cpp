// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateGenerator.h"

#include "GeneratorProducts.h"
#include "GeneratorRandom.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace planner {

using namespace generator;

namespace {

struct SiteSpec
{
    const char *id;
    const char *name;
    int weight;
};

constexpr std::array<SiteSpec, 5> siteSpecs = {{{"fra", "Frankfurt DC", 30},
                                                {"ams", "Amsterdam DC", 20},
                                                {"lon", "London DC", 20},
                                                {"nyc", "New York DC", 20},
                                                {"sgp", "Singapore DC", 10}}};
constexpr int siteCount = int(siteSpecs.size());

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
    {}

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
    int m_dominant = -1; // product index of GeneratorOptions::dominantPercent
    // GeneratorOptions::hubDependents: the hub's row, the first row that may depend on it (the
    // rows above the network layer follow it), how many must, and how many do so far.
    int m_hubRow = -1;
    int m_hubFirstCandidate = 0;
    int m_hubQuota = 0;
    int m_hubSelected = 0;
};

Estate Generator::run()
{
    m_estate.project.name = QStringLiteral("Generated estate (%1 components)")
                                .arg(m_options.components);
    m_estate.project.reason = QStringLiteral("end-of-support");
    m_estate.project.purpose = QStringLiteral("Move the estate off releases whose support ends");
    m_estate.project.urgency = QStringLiteral("planned");
    m_estate.project.timezone = QStringLiteral("Europe/Berlin");
    m_estate.project.start = QDate(2027, 1, 9);
    for (const SiteSpec &s : siteSpecs)
        m_estate.sites.append({QString::fromLatin1(s.id), QString::fromLatin1(s.name)});

    prepareProducts();
    const int components = std::max(0, m_options.components);
    m_estate.reserve(components, components / 4 * 13 + std::max(0, m_options.hubDependents));
    addComponents();
    prepareHub();
    addDependencies();
    addCycles();
    breakRequirements();
    addCatalog();
    addCalendar();
    return std::move(m_estate);
}

void Generator::prepareProducts()
{
    const auto &specs = productSpecs();
    m_products.resize(specs.size());
    for (size_t i = 0; i < specs.size(); ++i) {
        Product &p = m_products[i];
        p.spec = &specs[i];
        p.name = QString::fromLatin1(specs[i].product);
        for (const char *r : specs[i].releases)
            p.releases.push_back(*Version::parse(QString::fromLatin1(r)));
        m_productIndex.insert(p.name, int(i));
    }
    if (m_options.dominantPercent > 0)
        m_dominant = m_productIndex.value(QString::fromLatin1(dominantProduct()));
    // Patches and drift: the dominant product's, or every product's when none dominates.
    const int perLine = std::max(1, m_options.releasesPerLine);
    for (size_t i = 0; i < specs.size(); ++i) {
        Product &p = m_products[i];
        if (m_dominant >= 0 && int(i) != m_dominant)
            continue;
        if (perLine > 1 && !specs[i].lines.empty()) {
            p.patches.resize(specs[i].releases.size());
            for (size_t r = 0; r < specs[i].releases.size(); ++r) {
                p.patches[r].reserve(size_t(perLine));
                for (int k = 0; k < perLine; ++k)
                    p.patches[r].push_back(*Version::parse(
                        patchText(specs[i].releases[r], specs[i].lines[r], k)));
            }
        }
        p.drift = std::clamp(m_options.drift, 1, p.patchesPerLine());
    }
    if (m_options.products > 0) {
        int surplus = int(specs.size()) - m_options.products;
        for (const char *minor : minorProducts()) {
            if (surplus <= 0)
                break;
            m_products[size_t(m_productIndex.value(QString::fromLatin1(minor)))].present = false;
            --surplus;
        }
    }
    for (size_t i = 0; i < specs.size(); ++i)
        for (const char *h : specs[i].hosts)
            m_products[i].hosts.push_back(m_productIndex.value(QString::fromLatin1(h)));
    for (const RuleSpec &r : ruleSpecs())
        m_products[size_t(m_productIndex.value(QString::fromLatin1(r.from)))].ruleTargets.push_back(
            m_productIndex.value(QString::fromLatin1(r.to)));
}

void Generator::addComponents()
{
    const int total = std::max(0, m_options.components);
    // The dominant product's share comes first; the layers share the rest as usual.
    const int dominantCount =
        m_dominant >= 0 ? int(qint64(total) * std::min(m_options.dominantPercent, 100) / 100) : 0;
    const int rest = total - dominantCount;
    std::array<int, LayerCount> counts{};
    int assigned = 0;
    for (int l = 0; l < LayerCount; ++l) {
        counts[size_t(l)] = rest * layerShare(Layer(l)) / 100;
        // Small estates still get every layer, so that they stay layered.
        if (counts[size_t(l)] == 0 && total >= 20)
            counts[size_t(l)] = 1;
        assigned += counts[size_t(l)];
    }
    counts[EndpointLayer] = std::max(0, counts[EndpointLayer] + rest - assigned);
    const int dominantLayer = m_dominant >= 0 ? productSpecs()[size_t(m_dominant)].layer : -1;
    if (dominantLayer >= 0)
        counts[size_t(dominantLayer)] += dominantCount;

    const int hubsPerLayer = std::max(1, total / 25000);
    const auto &specs = productSpecs();
    for (int l = 0; l < LayerCount; ++l) {
        std::vector<int> layerProducts;
        std::vector<int> weights;
        int hubProduct = -1;
        int dominantLeft = l == dominantLayer ? dominantCount : 0;
        for (size_t i = 0; i < specs.size(); ++i) {
            if (specs[i].layer != l || !m_products[i].present
                || (dominantLeft > 0 && int(i) == m_dominant))
                continue;
            layerProducts.push_back(int(i));
            weights.push_back(specs[i].weight);
            if (specs[i].hub)
                hubProduct = int(i);
        }
        int weightTotal = 0;
        for (int w : weights)
            weightTotal += w;
        for (int n = 0; n < counts[size_t(l)]; ++n) {
            const bool hub = hubProduct >= 0 && n < hubsPerLayer;
            int productIndex = hubProduct;
            if (!hub && dominantLeft > 0) {
                productIndex = m_dominant;
                --dominantLeft;
            } else if (!hub) {
                int r = m_random.below(weightTotal);
                size_t k = 0;
                while (r >= weights[k])
                    r -= weights[k++];
                productIndex = layerProducts[k];
            }
            // Hubs are spread over the sites; the rest follows the sites' sizes.
            int site = n % siteCount;
            if (!hub) {
                int r = m_random.below(100);
                site = 0;
                while (r >= siteSpecs[size_t(site)].weight)
                    r -= siteSpecs[size_t(site++)].weight;
            }
            addComponent(Layer(l), productIndex, site, hub);
        }
    }
}

void Generator::addComponent(Layer layer, int productIndex, int site, bool hub)
{
    Product &product = m_products[size_t(productIndex)];
    const ProductSpec &spec = *product.spec;
    const int releaseCount = int(product.releases.size());

    Placed placed;
    placed.product = productIndex;
    placed.site = site;
    placed.current = (spec.anchor >= 1 && m_random.chance(35)) ? -1 : 0;
    placed.final = placed.current;
    if (spec.inCatalog && m_random.chance(m_options.movingPercent)) {
        const int jump = 1 + m_random.weighted({50, 35, 15});
        const int last = releaseCount - 1 - spec.anchor;
        placed.final = std::min(placed.current + jump, last);
    }
    // Drift: one of the line's patches in use, spread evenly; a target is its line's newest.
    const int perLine = product.patchesPerLine();
    const int currentPatch =
        product.drift > 1 ? m_random.below(product.drift) * perLine / product.drift : 0;

    Component c;
    const QString prefix = QString::fromLatin1(spec.idPrefix);
    const int number = ++m_idCounters[prefix];
    const QString siteId = QString::fromLatin1(siteSpecs[size_t(site)].id);
    c.id = QStringLiteral("%1-%2-%3").arg(prefix, siteId).arg(number, 5, 10, QLatin1Char('0'));
    c.name = QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(spec.label), siteId.toUpper())
                 .arg(number);
    c.kind = spec.kind;
    c.product = product.name;
    c.version = product.patch(generationIndex(product, placed.current), currentPatch);
    if (placed.final != placed.current)
        c.target = product.patch(generationIndex(product, placed.final), perLine - 1);
    c.site = siteId;
    c.owner = QString::fromLatin1(layerOwner(layer));
    c.criticality = hub ? Criticality::Critical
                        : Criticality(m_random.weighted({20, 40, 28, 12}));
    c.roles = {QString::fromLatin1(layerRole(layer))};
    if (spec.backupMethod) {
        BackupInfo backup;
        backup.method = QString::fromLatin1(spec.backupMethod);
        if (!m_random.chance(4))
            backup.lastRestoreTest = m_estate.project.start.addDays(-1 - m_random.below(400));
        backup.restoreMinutes = 30 + 10 * m_random.below(12);
        c.backup = backup;
        // A major database upgrade often rewrites the data files: only a restore undoes it.
        c.reversible = !(c.target && m_random.chance(40));
    }

    const int row = m_estate.componentCount();
    m_estate.appendComponent(std::move(c));
    m_placed.push_back(placed);
    m_layerRows[size_t(layer)].push_back(row);
    m_layerSiteRows[size_t(layer)][size_t(site)].push_back(row);
    product.bySite[size_t(site)].push_back(row);
    if (hub)
        m_hubs[size_t(layer)].push_back(row);
}

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
        const Product &host = m_products[size_t(
            product.hosts[size_t(m_random.below(int(product.hosts.size())))])];
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
    for (int attempt = 0;
         broken < m_options.brokenRequirements && count > 0
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

void Generator::addCatalog()
{
    const int stopEvery = std::max(0, m_options.stopEvery);
    for (const Product &p : m_products) {
        if (!p.spec->inCatalog || !p.present)
            continue;
        CatalogEntry entry;
        entry.product = p.name;
        const int perLine = p.patchesPerLine();
        for (int r = 0; r < int(p.releases.size()); ++r)
            for (int k = 0; k < perLine; ++k)
                entry.releases.append(p.patch(r, k));
        for (const char *s : p.spec->stops)
            entry.stops.append(*Version::parse(QString::fromLatin1(s)));
        if (stopEvery > 0) {
            for (int r = 0; r < int(p.releases.size()); ++r)
                for (int k = stopEvery - 1; k < perLine; k += stopEvery)
                    entry.stops.append(p.patch(r, k));
            std::sort(entry.stops.begin(), entry.stops.end());
            entry.stops.erase(std::unique(entry.stops.begin(), entry.stops.end()),
                              entry.stops.end());
        }
        m_estate.catalog.append(std::move(entry));
    }
    // One rule per release of the dependent product: what it needs of each product it has rules
    // towards, one generation either side of its own.
    for (const Product &p : m_products) {
        if (p.ruleTargets.empty() || !p.present)
            continue;
        for (int index = 0; index < int(p.releases.size()); ++index) {
            const int generation = index - p.spec->anchor;
            CatalogEntry entry;
            entry.product = p.name;
            entry.when = VersionRange::parse(QString::fromLatin1(p.spec->lines[size_t(index)])
                                             + QStringLiteral(".x"));
            for (int t : p.ruleTargets) {
                const Product &q = m_products[size_t(t)];
                if (!q.present)
                    continue;
                // Releases of q from generation - 1 up to generation + 1, clipped to those
                // that exist (no dependency joins generations that q does not have).
                const int size = int(q.releases.size());
                const int low = std::clamp(generationIndex(q, generation - 1), 0, size - 1);
                const int high = std::max(generationIndex(q, generation + 2), low + 1);
                QStringList parts;
                if (low > 0)
                    parts << QStringLiteral(">=") + line(q, low - q.spec->anchor);
                if (high < size)
                    parts << QStringLiteral("<") + line(q, high - q.spec->anchor);
                if (parts.isEmpty())
                    continue;
                entry.requirements.append({q.name, *VersionRange::parse(parts.join(u' '))});
            }
            if (!entry.requirements.isEmpty())
                m_estate.catalog.append(std::move(entry));
        }
    }
}

void Generator::addCalendar()
{
    const QDate start = m_estate.project.start;
    const int parallel = std::max(2, m_estate.componentCount() / 2000);
    m_estate.windows.append({QStringLiteral("sat-night"),
                             QDateTime(start, QTime(22, 0), Qt::UTC),
                             QDateTime(start.addDays(1), QTime(4, 0), Qt::UTC), 26, parallel});
    m_estate.windows.append({QStringLiteral("sun-day"),
                             QDateTime(start.addDays(1), QTime(8, 0), Qt::UTC),
                             QDateTime(start.addDays(1), QTime(14, 0), Qt::UTC), 26, parallel});
    m_estate.freezes.append({{QDate(2027, 3, 25), QDate(2027, 4, 5)}, QStringLiteral("quarter close")});
    m_estate.freezes.append({{QDate(2027, 6, 24), QDate(2027, 7, 5)}, QStringLiteral("half-year close")});

    static constexpr std::array<const char *, 10> processNames = {
        "Card payments", "Customer onboarding", "Month-end close", "Trading day", "Payroll",
        "Order fulfilment", "Support desk", "Reporting", "Online banking", "Point of sale"};
    const auto &apps = m_layerRows[ApplicationLayer];
    const auto &apis = m_layerRows[ApiLayer];
    for (size_t i = 0; i < processNames.size(); ++i) {
        BusinessProcess process;
        process.id = QStringLiteral("proc-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        process.name = QString::fromLatin1(processNames[i]);
        process.criticality = Criticality(1 + m_random.below(3));
        const int uses = 1 + m_random.below(4);
        for (int u = 0; u < uses; ++u) {
            const auto &pool = (u % 2 == 0 || apis.empty()) ? apps : apis;
            if (pool.empty())
                break;
            const QString id = m_estate.component(pool[size_t(m_random.below(int(pool.size())))]).id;
            if (!process.uses.contains(id))
                process.uses.append(id);
        }
        if (m_random.chance(70))
            process.peaks.append({*parseDays(QStringLiteral("Mon-Fri")), QTime(8, 0), QTime(18, 0)});
        m_estate.processes.append(std::move(process));
    }

    static constexpr std::array<const char *, 10> staffNames = {
        "A. Rivera", "B. Okafor", "C. Lindqvist", "D. Nakamura", "E. Haddad",
        "F. Moreau", "G. Kowalski", "H. Mensah", "I. Petrova", "J. Alvarez"};
    static constexpr std::array<const char *, 10> staffRoles = {
        "dba", "dba", "sysadmin", "sysadmin", "network",
        "storage", "middleware", "appops", "appops", "workplace"};
    for (size_t i = 0; i < staffNames.size(); ++i) {
        StaffMember member;
        member.name = QString::fromLatin1(staffNames[i]);
        member.roles = {QString::fromLatin1(staffRoles[i])};
        if (i % 3 == 0) {
            const QDate away = start.addDays(7 + 11 * int(i));
            member.unavailable.append({away, away.addDays(6)});
        }
        m_estate.staff.append(std::move(member));
    }
}

} // namespace

Estate generateEstate(const GeneratorOptions &options)
{
    return Generator(options).run();
}

std::optional<GeneratorOptions> shapeOptions(const QString &shape, int components, quint64 seed)
{
    GeneratorOptions options;
    options.components = components;
    options.seed = seed;
    if (shape == u"default")
        return options;
    if (shape == u"long-ladders") {
        options.products = 24;
        options.releasesPerLine = 300;
        options.drift = 200;
        options.dominantPercent = 20;
        options.movingPercent = 30;
        options.requirementPercent = 90;
        return options;
    }
    if (shape == u"many-stops") {
        options.releasesPerLine = 10;
        options.stopEvery = 5;
        options.drift = 3;
        return options;
    }
    if (shape == u"hub") {
        options.hubDependents = std::min(50000, components / 2);
        return options;
    }
    return std::nullopt;
}

QStringList shapeNames()
{
    return {QStringLiteral("default"), QStringLiteral("long-ladders"),
            QStringLiteral("many-stops"), QStringLiteral("hub")};
}

} // namespace planner
