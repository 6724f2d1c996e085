// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateSummary.h"

#include "CommandSupport.h"

#include "exchange/JsonStream.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace planner::cli {

EstateSummary EstateSummary::of(const Estate &estate)
{
    EstateSummary s;
    s.project = estate.project;
    s.components = estate.componentCount();
    s.dependencies = estate.dependencyCount();
    // Counted by enum and in hashes first, then moved into the sorted maps: one map lookup per
    // distinct key instead of several per component.
    const QStringList kinds = kindNames();
    const QStringList criticalities = criticalityNames();
    std::vector<int> kindCounts(size_t(kinds.size()), 0);
    std::vector<int> criticalityCounts(size_t(criticalities.size()), 0);
    struct Counts
    {
        int components = 0;
        QHash<QString, int> versions;
        QHash<QString, int> targets;
    };
    QHash<QString, int> sites;
    QHash<QString, Counts> productCounts;
    for (const Site &site : estate.sites) {
        s.bySite.insert(site.id, 0);
        s.siteNames.insert(site.id, site.name);
    }
    qsizetype upgradeCount = 0;
    for (const Component &c : estate.components())
        upgradeCount += c.hasUpgrade() ? 1 : 0;
    s.upgrades.reserve(upgradeCount);
    Counts *lastCounts = nullptr; // components of one product often come together
    const QString *lastProduct = nullptr;
    for (const Component &c : estate.components()) {
        ++kindCounts[size_t(c.kind)];
        ++criticalityCounts[size_t(c.criticality)];
        ++sites[c.site];
        if (!c.product.isEmpty()) {
            if (!lastProduct || *lastProduct != c.product) {
                lastCounts = &productCounts[c.product];
                lastProduct = &c.product;
            }
            ++lastCounts->components;
            ++lastCounts->versions[c.version.text()];
            ++lastCounts->targets[c.finalVersion().text()];
        }
        if (c.hasUpgrade()) {
            s.upgrades.append({c.id, c.name, kinds[qsizetype(c.kind)], c.product, c.site,
                               c.version.text(), c.target->text()});
        }
    }
    for (qsizetype i = 0; i < kinds.size(); ++i)
        s.byKind.insert(kinds[i], kindCounts[size_t(i)]);
    for (qsizetype i = 0; i < criticalities.size(); ++i)
        s.byCriticality.insert(criticalities[i], criticalityCounts[size_t(i)]);
    for (auto it = sites.cbegin(); it != sites.cend(); ++it)
        s.bySite[it.key()] += it.value();
    for (auto it = productCounts.cbegin(); it != productCounts.cend(); ++it) {
        ProductVersions &product = s.byProduct[it.key()];
        product.components = it->components;
        for (auto v = it->versions.cbegin(); v != it->versions.cend(); ++v)
            product.versions.insert(v.key(), v.value());
        for (auto v = it->targets.cbegin(); v != it->targets.cend(); ++v)
            product.targets.insert(v.key(), v.value());
    }
    for (const Dependency &d : estate.dependencies()) {
        if (d.requirement && !d.requirement->matchesAll())
            ++s.dependenciesWithRequirement;
    }
    s.catalogEntries = int(estate.catalog.size());
    QSet<QString> products;
    QSet<QString> releases;
    for (const CatalogEntry &entry : estate.catalog) {
        products.insert(entry.product);
        for (const Version &release : entry.releases)
            releases.insert(entry.product + QLatin1Char('\n') + release.text());
        s.catalogStops += int(entry.stops.size());
        if (!entry.requirements.isEmpty())
            ++s.catalogRules;
    }
    s.catalogProducts = QStringList(products.cbegin(), products.cend());
    s.catalogProducts.sort();
    s.catalogReleases = int(releases.size());
    s.windows = int(estate.windows.size());
    for (const MaintenanceWindow &window : estate.windows)
        s.windowOccurrences += std::max(1, window.repeatWeekly);
    s.freezes = int(estate.freezes.size());
    s.processes = int(estate.processes.size());
    s.staff = int(estate.staff.size());
    s.waivers = int(estate.waivers.size());
    return s;
}

namespace {

QJsonObject countsObject(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QByteArray EstateSummary::toJson() const
{
    const QJsonObject projectObject{
        {QStringLiteral("name"), project.name},
        {QStringLiteral("reason"), project.reason},
        {QStringLiteral("purpose"), project.purpose},
        {QStringLiteral("urgency"), project.urgency},
        {QStringLiteral("timezone"), project.timezone},
        {QStringLiteral("start"),
         project.start.isValid() ? QJsonValue(project.start.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("decisionMinutes"), project.decisionMinutes},
        {QStringLiteral("restoreTestMaxDays"), project.restoreTestMaxDays},
    };
    QJsonArray sites;
    for (auto it = siteNames.cbegin(); it != siteNames.cend(); ++it)
        sites.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                 {QStringLiteral("name"), it.value()},
                                 {QStringLiteral("components"), bySite.value(it.key())}});
    QJsonObject products;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it)
        products.insert(it.key(),
                        QJsonObject{{QStringLiteral("components"), it->components},
                                    {QStringLiteral("versions"), countsObject(it->versions)},
                                    {QStringLiteral("targets"), countsObject(it->targets)}});
    const QJsonObject summary{
        {QStringLiteral("format"), QStringLiteral("upgrade-planner-summary")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("project"), projectObject},
        {QStringLiteral("components"), components},
        {QStringLiteral("dependencies"), dependencies},
        {QStringLiteral("dependenciesWithRequirement"), dependenciesWithRequirement},
        {QStringLiteral("byKind"), countsObject(byKind)},
        {QStringLiteral("bySite"), countsObject(bySite)},
        {QStringLiteral("byCriticality"), countsObject(byCriticality)},
        {QStringLiteral("byProduct"), products},
        {QStringLiteral("sites"), sites},
        {QStringLiteral("upgradesPlanned"), qint64(upgrades.size())},
        {QStringLiteral("catalog"),
         QJsonObject{{QStringLiteral("entries"), catalogEntries},
                     {QStringLiteral("products"), QJsonArray::fromStringList(catalogProducts)},
                     {QStringLiteral("releases"), catalogReleases},
                     {QStringLiteral("stops"), catalogStops},
                     {QStringLiteral("rules"), catalogRules}}},
        {QStringLiteral("windows"), windows},
        {QStringLiteral("windowOccurrences"), windowOccurrences},
        {QStringLiteral("freezes"), freezes},
        {QStringLiteral("processes"), processes},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("waivers"), waivers},
    };
    // Tens of thousands of upgrades: written straight from the list, members in key order.
    JsonStream stream;
    stream.object(summary, {{QStringLiteral("upgrades"), [this](JsonStream &out) {
                                 out.beginArray();
                                 for (const Upgrade &u : upgrades) {
                                     out.beginObject();
                                     out.key(QLatin1StringView("from")).value(u.from);
                                     out.key(QLatin1StringView("id")).value(u.id);
                                     out.key(QLatin1StringView("kind")).value(u.kind);
                                     out.key(QLatin1StringView("name")).value(u.name);
                                     out.key(QLatin1StringView("product")).value(u.product);
                                     out.key(QLatin1StringView("site")).value(u.site);
                                     out.key(QLatin1StringView("to")).value(u.to);
                                     out.endObject();
                                 }
                                 out.endArray();
                             }}});
    stream.finish();
    return stream.buffer();
}

// "database 5, server 12": the nonzero counts, in the map's order.
static QString countList(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    return parts.isEmpty() ? Tr::tr("none") : parts.join(QStringLiteral(", "));
}

// "8.6 x5, 8.10 x3": versions in version order, with how many components run them when more
// than one.
static QString versionList(const QMap<QString, int> &versions)
{
    QStringList texts = versions.keys();
    std::stable_sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) {
        const std::optional<Version> va = Version::parse(a);
        const std::optional<Version> vb = Version::parse(b);
        return va && vb ? *va < *vb : a < b;
    });
    QStringList parts;
    for (const QString &text : std::as_const(texts)) {
        const int count = versions.value(text);
        parts.append(count > 1 ? QStringLiteral("%1 x%2").arg(text).arg(count) : text);
    }
    return parts.join(QStringLiteral(", "));
}

QString EstateSummary::toText(int upgradeLimit) const
{
    QString text;
    const auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("%1 %2\n").arg(label + QLatin1Char(':'), -13).arg(value);
    };
    line(Tr::tr("Project"), project.name.isEmpty() ? Tr::tr("(unnamed)") : project.name);
    if (!project.reason.isEmpty())
        line(Tr::tr("Reason"), project.reason);
    if (!project.purpose.isEmpty())
        line(Tr::tr("Purpose"), project.purpose);
    if (!project.urgency.isEmpty())
        line(Tr::tr("Urgency"), project.urgency);
    QString start = project.start.isValid() ? project.start.toString(Qt::ISODate)
                                            : Tr::tr("not set");
    if (!project.timezone.isEmpty())
        start += QStringLiteral(" (%1)").arg(project.timezone);
    line(Tr::tr("Start"), start);
    text += QLatin1Char('\n');

    line(Tr::tr("Components"), QString::number(components));
    line(Tr::tr("By kind"), countList(byKind));
    QStringList siteParts;
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        QString label = it.key().isEmpty() ? Tr::tr("(no site)") : it.key();
        if (!siteNames.value(it.key()).isEmpty() && siteNames.value(it.key()) != it.key())
            label += QStringLiteral(" (%1)").arg(siteNames.value(it.key()));
        else if (!it.key().isEmpty() && !siteNames.contains(it.key()))
            label += Tr::tr(" (not declared)");
        siteParts.append(QStringLiteral("%1 %2").arg(label).arg(it.value()));
    }
    line(Tr::tr("By site"),
         siteParts.isEmpty() ? Tr::tr("none") : siteParts.join(QStringLiteral(", ")));
    line(Tr::tr("Criticality"), countList(byCriticality));
    line(Tr::tr("Dependencies"), Tr::tr("%1 (%2 with a version requirement)")
                                     .arg(dependencies)
                                     .arg(dependenciesWithRequirement));
    text += QLatin1Char('\n');

    line(Tr::tr("Upgrades"),
         Tr::tr("%1 of %2 components have a target").arg(upgrades.size()).arg(components));
    const qsizetype shown = upgradeLimit > 0 ? std::min<qsizetype>(upgradeLimit, upgrades.size())
                                             : upgrades.size();
    qsizetype idWidth = 0;
    qsizetype productWidth = 0;
    qsizetype fromWidth = 0;
    for (qsizetype i = 0; i < shown; ++i) {
        idWidth = std::max(idWidth, upgrades[i].id.size());
        productWidth = std::max(productWidth, upgrades[i].product.size());
        fromWidth = std::max(fromWidth, upgrades[i].from.size());
    }
    for (qsizetype i = 0; i < shown; ++i) {
        const Upgrade &u = upgrades[i];
        QString row = QStringLiteral("  %1  %2  %3 -> %4")
                          .arg(u.id, -int(idWidth))
                          .arg(u.product, -int(productWidth))
                          .arg(u.from, int(fromWidth))
                          .arg(u.to);
        if (!u.site.isEmpty())
            row += QStringLiteral("  [%1]").arg(u.site);
        text += row + QLatin1Char('\n');
    }
    if (shown < upgrades.size())
        text += Tr::tr("  ... and %1 more (--limit 0 lists all)\n").arg(upgrades.size() - shown);
    text += QLatin1Char('\n');

    if (!byProduct.isEmpty()) {
        text += Tr::tr("Versions by product (current -> final):") + QLatin1Char('\n');
        qsizetype width = 0;
        for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it)
            width = std::max(width, it.key().size());
        for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
            QString row = QStringLiteral("  %1  %2")
                              .arg(it.key(), -int(width))
                              .arg(versionList(it->versions));
            if (it->targets != it->versions)
                row += QStringLiteral(" -> ") + versionList(it->targets);
            text += row + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }

    line(Tr::tr("Catalog"), Tr::tr("%1 products, %2 releases, %3 required stops, %4 rules")
                                .arg(catalogProducts.size())
                                .arg(catalogReleases)
                                .arg(catalogStops)
                                .arg(catalogRules));
    line(Tr::tr("Calendar"), Tr::tr("%1 windows (%2 occurrences), %3 freezes")
                                 .arg(windows)
                                 .arg(windowOccurrences)
                                 .arg(freezes));
    line(Tr::tr("People"), Tr::tr("%1 business processes, %2 staff, %3 waivers")
                               .arg(processes)
                               .arg(staff)
                               .arg(waivers));
    return text;
}

} // namespace planner::cli
