// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateGenerator.h"

#include "Generator.h"

#include <algorithm>
#include <array>

namespace planner {

using namespace generator;

namespace generator {

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
                    p.patches[r].push_back(
                        *Version::parse(patchText(specs[i].releases[r], specs[i].lines[r], k)));
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
    const int dominantCount = m_dominant >= 0 ? int(
                                  qint64(total) * std::min(m_options.dominantPercent, 100) / 100)
                                              : 0;
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
    const int currentPatch = product.drift > 1
                                 ? m_random.below(product.drift) * perLine / product.drift
                                 : 0;

    Component c;
    const QString prefix = QString::fromLatin1(spec.idPrefix);
    const int number = ++m_idCounters[prefix];
    const QString siteId = QString::fromLatin1(siteSpecs[size_t(site)].id);
    c.id = QStringLiteral("%1-%2-%3").arg(prefix, siteId).arg(number, 5, 10, QLatin1Char('0'));
    c.name = QStringLiteral("%1 %2 %3")
                 .arg(QString::fromLatin1(spec.label), siteId.toUpper())
                 .arg(number);
    c.kind = spec.kind;
    c.product = product.name;
    c.version = product.patch(generationIndex(product, placed.current), currentPatch);
    if (placed.final != placed.current)
        c.target = product.patch(generationIndex(product, placed.final), perLine - 1);
    c.site = siteId;
    c.owner = QString::fromLatin1(layerOwner(layer));
    c.criticality = hub ? Criticality::Critical : Criticality(m_random.weighted({20, 40, 28, 12}));
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
    m_estate.windows.append({QStringLiteral("sat-night"), QDateTime(start, QTime(22, 0), Qt::UTC),
                             QDateTime(start.addDays(1), QTime(4, 0), Qt::UTC), 26, parallel});
    m_estate.windows.append({QStringLiteral("sun-day"),
                             QDateTime(start.addDays(1), QTime(8, 0), Qt::UTC),
                             QDateTime(start.addDays(1), QTime(14, 0), Qt::UTC), 26, parallel});
    m_estate.freezes.append(
        {{QDate(2027, 3, 25), QDate(2027, 4, 5)}, QStringLiteral("quarter close")});
    m_estate.freezes.append(
        {{QDate(2027, 6, 24), QDate(2027, 7, 5)}, QStringLiteral("half-year close")});

    static constexpr std::array<const char *, 10> processNames
        = {"Card payments",  "Customer onboarding", "Month-end close", "Trading day",
           "Payroll",        "Order fulfilment",    "Support desk",    "Reporting",
           "Online banking", "Point of sale"};
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

    static constexpr std::array<const char *, 10> staffNames = {"A. Rivera",    "B. Okafor",
                                                                "C. Lindqvist", "D. Nakamura",
                                                                "E. Haddad",    "F. Moreau",
                                                                "G. Kowalski",  "H. Mensah",
                                                                "I. Petrova",   "J. Alvarez"};
    static constexpr std::array<const char *, 10> staffRoles = {"dba",        "dba",     "sysadmin",
                                                                "sysadmin",   "network", "storage",
                                                                "middleware", "appops",  "appops",
                                                                "workplace"};
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

} // namespace generator

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
    return {QStringLiteral("default"), QStringLiteral("long-ladders"), QStringLiteral("many-stops"),
            QStringLiteral("hub")};
}

} // namespace planner
