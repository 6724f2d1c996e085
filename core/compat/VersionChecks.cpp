// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of the versions themselves: upgrade paths, end of support, drift across sites.
#include "CheckContext.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace planner::compat {

namespace {

QString releaseList(const std::vector<Version> &releases)
{
    QStringList texts;
    if (releases.size() <= 8) {
        for (const Version &v : releases)
            texts << v.text();
    } else {
        for (size_t i = 0; i < 3; ++i)
            texts << releases[i].text();
        texts << QStringLiteral("...");
        for (size_t i = releases.size() - 3; i < releases.size(); ++i)
            texts << releases[i].text();
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

void checkUpgradePaths(const CheckContext &context)
{
    const auto target = Conflict::State::Target;
    using conflicttype::noUpgradePath;
    for (const Component &c : context.estate.components()) {
        if (!c.hasUpgrade())
            continue;
        if (*c.target < c.version) {
            context.add(noUpgradePath, Conflict::Severity::Error, target, {c.id},
                        tr("%1 would go from %2 down to %3: a downgrade, which no upgrade path "
                           "provides")
                            .arg(c.id, c.version.text(), c.target->text()),
                        c.id);
            continue;
        }
        const CatalogProduct *known = context.checker.catalog().product(c.product);
        if (!known || !known->hasReleases()) {
            const QString message
                = c.product.isEmpty()
                      ? tr("%1 names no product, so the catalog cannot confirm a path from %2 to "
                           "%3; the upgrade is taken as one direct step")
                            .arg(c.id, c.version.text(), c.target->text())
                      : tr("The catalog lists no releases of %1, so it cannot confirm a path for "
                           "%2 from %3 to %4; the upgrade is taken as one direct step")
                            .arg(c.product, c.id, c.version.text(), c.target->text());
            context.add(noUpgradePath, Conflict::Severity::Warning, target, {c.id}, message, c.id);
            continue;
        }
        if (!known->lists(*c.target))
            context.add(noUpgradePath, Conflict::Severity::Error, target, {c.id},
                        tr("%1 targets %2 %3, which the catalog does not list among its "
                           "releases (%4)")
                            .arg(c.id, c.product, c.target->text(), releaseList(known->releases)),
                        c.id);
    }
}

void checkEndOfSupport(const CheckContext &context, Conflict::State state)
{
    const Estate &estate = context.estate;
    const RequirementChecker &checker = context.checker;
    if (!context.planStart.isValid())
        return;
    // Components with the same product and versions share their ladder: look each version up,
    // and word when its support ends, once.
    struct Known
    {
        QString cycle;
        QString when; // empty: support lasts beyond the plan
    };
    std::unordered_map<const Version *, Known> cache;
    const auto lookUp = [&](const Component &c, const Version *version) {
        Known known;
        const auto status = supportStatus(c.product, *version, checker.catalog(), context.lifecycle);
        if (!status || !status->endedBy(context.planFinish))
            return known;
        known.cycle = status->cycle;
        const QString source = status->source == SupportStatus::Source::Catalog
                                   ? tr("catalog support date")
                                   : tr("endoflife.date");
        if (!status->ends.isValid())
            known.when = tr("has ended (%1 gives no date)").arg(source);
        else if (status->ends <= context.planStart)
            known.when = tr("ended on %1 (%2), before the plan starts on %3")
                             .arg(status->ends.toString(Qt::ISODate), source,
                                  context.planStart.toString(Qt::ISODate));
        else
            known.when = tr("ends on %1 (%2), before the plan completes on %3")
                             .arg(status->ends.toString(Qt::ISODate), source,
                                  context.planFinish.toString(Qt::ISODate));
        return known;
    };

    const bool current = state == Conflict::State::Current;
    const QString runs = tr("%1 runs %2 %3, whose support (cycle %4) %5");
    const QString targets = tr("%1 targets %2 %3, whose support (cycle %4) %5");
    const QString stays = tr("%1 stays at %2 %3, whose support (cycle %4) %5");
    for (int row = 0; row < estate.componentCount(); ++row) {
        const Component &c = estate.component(row);
        if (c.product.isEmpty())
            continue;
        const Version *version = checker.versionAt(row, current ? 0 : checker.ladderSize(row) - 1);
        auto it = cache.find(version);
        if (it == cache.end())
            it = cache.emplace(version, lookUp(c, version)).first;
        const Known &known = it->second;
        if (known.when.isEmpty())
            continue;
        const QString &form = current ? runs : (c.hasUpgrade() ? targets : stays);
        context.add(conflicttype::endOfSupport, Conflict::Severity::Warning, state, {c.id},
                    form.arg(c.id, c.product, version->text(), known.cycle, known.when), c.id);
    }
}

void checkSiteDrift(const CheckContext &context, Conflict::State state)
{
    const Estate &estate = context.estate;
    const RequirementChecker &checker = context.checker;
    const bool current = state == Conflict::State::Current;

    struct SiteVersions
    {
        QString site;
        std::vector<const Version *> versions; // distinct, ascending
        std::vector<int> counts;
    };
    struct ProductSites
    {
        QString product;
        std::vector<SiteVersions> sites;
        std::vector<int> rows;
    };
    std::vector<ProductSites> products;
    QHash<QString, int> productIndex;
    for (int row = 0; row < estate.componentCount(); ++row) {
        const Component &c = estate.component(row);
        if (c.product.isEmpty() || c.site.isEmpty())
            continue;
        auto it = productIndex.constFind(c.product);
        if (it == productIndex.constEnd()) {
            it = productIndex.insert(c.product, int(products.size()));
            products.push_back({c.product, {}, {}});
        }
        ProductSites &p = products[size_t(it.value())];
        p.rows.push_back(row);
        const Version *version = checker.versionAt(row, current ? 0 : checker.ladderSize(row) - 1);
        auto site = std::find_if(p.sites.begin(), p.sites.end(),
                                 [&c](const SiteVersions &s) { return s.site == c.site; });
        if (site == p.sites.end()) {
            p.sites.push_back({c.site, {}, {}});
            site = p.sites.end() - 1;
        }
        // Components with the same ladder share their version objects: compare the
        // addresses before the versions.
        auto v = std::find(site->versions.begin(), site->versions.end(), version);
        if (v == site->versions.end())
            v = std::find_if(site->versions.begin(), site->versions.end(),
                             [version](const Version *x) { return *x == *version; });
        if (v != site->versions.end()) {
            ++site->counts[size_t(v - site->versions.begin())];
        } else {
            v = std::lower_bound(site->versions.begin(), site->versions.end(), version,
                                 [](const Version *a, const Version *b) { return *a < *b; });
            site->counts.insert(site->counts.begin() + (v - site->versions.begin()), 1);
            site->versions.insert(v, version);
        }
    }

    for (ProductSites &p : products) {
        if (p.sites.size() < 2)
            continue;
        const auto sameVersions = [](const SiteVersions &a, const SiteVersions &b) {
            return std::equal(a.versions.begin(), a.versions.end(), b.versions.begin(),
                              b.versions.end(),
                              [](const Version *x, const Version *y) { return *x == *y; });
        };
        const bool drift = std::any_of(p.sites.begin() + 1, p.sites.end(),
                                       [&](const SiteVersions &s) {
                                           return !sameVersions(s, p.sites.front());
                                       });
        if (!drift)
            continue;
        std::sort(p.sites.begin(), p.sites.end(),
                  [](const SiteVersions &a, const SiteVersions &b) { return a.site < b.site; });
        QStringList perSite;
        for (const SiteVersions &s : p.sites) {
            QStringList versions;
            for (size_t i = 0; i < s.versions.size(); ++i)
                versions << (s.counts[i] == 1 ? tr("%1 (1 component)").arg(s.versions[i]->text())
                                              : tr("%1 (%2 components)")
                                                    .arg(s.versions[i]->text())
                                                    .arg(s.counts[i]));
            perSite << tr("%1 runs %2").arg(s.site, versions.join(QStringLiteral(", ")));
        }
        QStringList components;
        components.reserve(qsizetype(p.rows.size()));
        for (int row : p.rows)
            components << estate.component(row).id;
        context.add(conflicttype::siteDrift, Conflict::Severity::Warning, state, components,
                    tr("%1 runs different versions across sites in the %2: %3")
                        .arg(p.product, stateLabel(state), perSite.join(QStringLiteral("; "))),
                    p.product);
    }
}

void checkBackups(const CheckContext &context)
{
    const auto target = Conflict::State::Target;
    // The project's limit (project.restoreTestMaxDays), the same the backup warnings use.
    const int maxAge = context.estate.project.restoreTestMaxDays;
    for (const Component &c : context.estate.components()) {
        if (!c.hasUpgrade())
            continue;
        const QString step = tr("%1's upgrade from %2 to %3")
                                 .arg(c.id, c.version.text(), c.target->text());
        if (!c.reversible && (!c.backup || !c.backup->lastRestoreTest.isValid())) {
            const QString message
                = !c.backup ? tr("%1 can only be undone by restoring a backup, and %2 has no "
                                 "backup")
                                  .arg(step, c.id)
                            : tr("%1 can only be undone by restoring a backup, and a restore of "
                                 "its backup (%2) was never tested")
                                  .arg(step, c.backup->method);
            context.add(conflicttype::irreversibleWithoutRestore, Conflict::Severity::Error, target,
                        {c.id}, message, c.id);
            continue;
        }
        if (!c.backup)
            continue;
        const auto severity = c.reversible ? Conflict::Severity::Warning
                                           : Conflict::Severity::Error;
        const QDate tested = c.backup->lastRestoreTest;
        if (!tested.isValid()) {
            context.add(conflicttype::untestedBackup, severity, target, {c.id},
                        tr("A restore of %1's backup (%2) was never tested before %3")
                            .arg(c.id, c.backup->method, step),
                        c.id);
            continue;
        }
        if (!context.planStart.isValid())
            continue;
        const qint64 age = tested.daysTo(context.planStart);
        if (age <= maxAge)
            continue;
        const QString undo = c.reversible ? QString()
                                          : tr(", and only a restore undoes the upgrade");
        context.add(conflicttype::untestedBackup, severity, target, {c.id},
                    tr("The last restore test of %1's backup (%2) was on %3, %4 days before the "
                       "plan starts on %5: more than the %6 days allowed%7")
                        .arg(c.id, c.backup->method, tested.toString(Qt::ISODate))
                        .arg(age)
                        .arg(context.planStart.toString(Qt::ISODate))
                        .arg(maxAge)
                        .arg(undo),
                    c.id);
    }
}

} // namespace planner::compat
