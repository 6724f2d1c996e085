// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateSummary.h"

#include "CommandSupport.h"

#include <QHash>
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

// A JSON value as the summary needs it, written exactly as QJsonDocument::toJson(Indented)
// writes the same value (members in key order, four spaces a level, `{\n}` when empty) but
// straight into bytes: a large estate's summary lists tens of thousands of upgrades, and
// building them as QJsonObjects first took longer than reading the project.
struct Json
{
    using Members = std::vector<std::pair<QString, Json>>;
    /// Written = a value that writes itself (for long arrays, with no value per element).
    enum class Type { Null, Integer, String, Object, Array, Written };
    using Writer = std::function<void(QByteArray &out, int level)>;

    Json() = default;
    Json(int value)
        : type(Type::Integer)
        , integer(value)
    {}
    Json(qsizetype value)
        : type(Type::Integer)
        , integer(value)
    {}
    Json(const QString &value)
        : type(Type::String)
        , string(value)
    {}
    static Json object(Members members)
    {
        Json json;
        json.type = Type::Object;
        json.members = std::move(members);
        return json;
    }
    static Json written(Writer writer)
    {
        Json json;
        json.type = Type::Written;
        json.writer = std::move(writer);
        return json;
    }
    static Json array(std::vector<Json> items)
    {
        Json json;
        json.type = Type::Array;
        json.items = std::move(items);
        return json;
    }

    Type type = Type::Null;
    qint64 integer = 0;
    QString string;
    Members members;
    std::vector<Json> items;
    Writer writer;
};

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const auto *begin = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *end = begin + text.size();
    for (const char16_t *c = begin; c != end;) {
        if (*c >= 0x80) { // a run of other characters: UTF-8 as it is
            const char16_t *run = c;
            while (c != end && *c >= 0x80)
                ++c;
            out += QStringView(run, c).toUtf8();
            continue;
        }
        const char ch = char(*c++);
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(ch) < 0x20) {
                out += "\\u00";
                out += hex[uchar(ch) >> 4];
                out += hex[uchar(ch) & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void indent(QByteArray &out, int level)
{
    out.append(4 * level, ' ');
}

void appendJson(QByteArray &out, Json &value, int level)
{
    switch (value.type) {
    case Json::Type::Null:
        out += "null";
        return;
    case Json::Type::Integer:
        out += QByteArray::number(value.integer);
        return;
    case Json::Type::String:
        appendString(out, value.string);
        return;
    case Json::Type::Object: {
        // Keys of one object are distinct: any sort gives QJsonObject's order.
        const auto byKey = [](const auto &a, const auto &b) { return a.first < b.first; };
        if (!std::is_sorted(value.members.begin(), value.members.end(), byKey))
            std::sort(value.members.begin(), value.members.end(), byKey);
        out += "{\n";
        for (size_t i = 0; i < value.members.size(); ++i) {
            indent(out, level + 1);
            appendString(out, value.members[i].first);
            out += ": ";
            appendJson(out, value.members[i].second, level + 1);
            out += i + 1 < value.members.size() ? ",\n" : "\n";
        }
        indent(out, level);
        out += '}';
        return;
    }
    case Json::Type::Array:
        out += "[\n";
        for (size_t i = 0; i < value.items.size(); ++i) {
            indent(out, level + 1);
            appendJson(out, value.items[i], level + 1);
            out += i + 1 < value.items.size() ? ",\n" : "\n";
        }
        indent(out, level);
        out += ']';
        return;
    case Json::Type::Written:
        value.writer(out, level);
        return;
    }
}

// A member `"key": "value"` of an object at @p level, and the line end after it.
void appendMember(QByteArray &out, int level, const char *key, const QString &value, bool last)
{
    indent(out, level);
    out += '"';
    out += key;
    out += "\": ";
    appendString(out, value);
    out += last ? "\n" : ",\n";
}

Json countsObject(const QMap<QString, int> &counts)
{
    Json::Members members;
    members.reserve(size_t(counts.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        members.emplace_back(it.key(), it.value());
    return Json::object(std::move(members));
}

} // namespace

QByteArray EstateSummary::toJson() const
{
    Json projectObject = Json::object({
        {QStringLiteral("name"), project.name},
        {QStringLiteral("reason"), project.reason},
        {QStringLiteral("purpose"), project.purpose},
        {QStringLiteral("urgency"), project.urgency},
        {QStringLiteral("timezone"), project.timezone},
        {QStringLiteral("start"),
         project.start.isValid() ? Json(project.start.toString(Qt::ISODate)) : Json()},
        {QStringLiteral("decisionMinutes"), project.decisionMinutes},
    });
    std::vector<Json> sites;
    for (auto it = siteNames.cbegin(); it != siteNames.cend(); ++it) {
        sites.push_back(Json::object({{QStringLiteral("id"), it.key()},
                                      {QStringLiteral("name"), it.value()},
                                      {QStringLiteral("components"), bySite.value(it.key())}}));
    }
    // Tens of thousands of upgrades: written straight from the list, members in key order.
    const Json upgradeArray = Json::written([this](QByteArray &out, int level) {
        out += "[\n";
        for (qsizetype i = 0; i < upgrades.size(); ++i) {
            const Upgrade &u = upgrades[i];
            indent(out, level + 1);
            out += "{\n";
            appendMember(out, level + 2, "from", u.from, false);
            appendMember(out, level + 2, "id", u.id, false);
            appendMember(out, level + 2, "kind", u.kind, false);
            appendMember(out, level + 2, "name", u.name, false);
            appendMember(out, level + 2, "product", u.product, false);
            appendMember(out, level + 2, "site", u.site, false);
            appendMember(out, level + 2, "to", u.to, true);
            indent(out, level + 1);
            out += i + 1 < upgrades.size() ? "},\n" : "}\n";
        }
        indent(out, level);
        out += ']';
    });
    Json::Members productMembers;
    for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
        productMembers.emplace_back(
            it.key(), Json::object({{QStringLiteral("components"), it->components},
                                    {QStringLiteral("versions"), countsObject(it->versions)},
                                    {QStringLiteral("targets"), countsObject(it->targets)}}));
    }
    std::vector<Json> productNames;
    for (const QString &product : catalogProducts)
        productNames.emplace_back(product);
    Json summary = Json::object({
        {QStringLiteral("format"), QStringLiteral("upgrade-planner-summary")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("project"), std::move(projectObject)},
        {QStringLiteral("components"), components},
        {QStringLiteral("dependencies"), dependencies},
        {QStringLiteral("dependenciesWithRequirement"), dependenciesWithRequirement},
        {QStringLiteral("byKind"), countsObject(byKind)},
        {QStringLiteral("bySite"), countsObject(bySite)},
        {QStringLiteral("byCriticality"), countsObject(byCriticality)},
        {QStringLiteral("byProduct"), Json::object(std::move(productMembers))},
        {QStringLiteral("sites"), Json::array(std::move(sites))},
        {QStringLiteral("upgradesPlanned"), upgrades.size()},
        {QStringLiteral("catalog"),
         Json::object({{QStringLiteral("entries"), catalogEntries},
                       {QStringLiteral("products"), Json::array(std::move(productNames))},
                       {QStringLiteral("releases"), catalogReleases},
                       {QStringLiteral("stops"), catalogStops},
                       {QStringLiteral("rules"), catalogRules}})},
        {QStringLiteral("windows"), windows},
        {QStringLiteral("windowOccurrences"), windowOccurrences},
        {QStringLiteral("freezes"), freezes},
        {QStringLiteral("processes"), processes},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("waivers"), waivers},
    });
    summary.members.emplace_back(QStringLiteral("upgrades"), upgradeArray);
    QByteArray out;
    out.reserve(256 + 160 * upgrades.size());
    appendJson(out, summary, 0);
    out += '\n';
    return out;
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
    line(Tr::tr("By site"), siteParts.isEmpty() ? Tr::tr("none") : siteParts.join(QStringLiteral(", ")));
    line(Tr::tr("Criticality"), countList(byCriticality));
    line(Tr::tr("Dependencies"), Tr::tr("%1 (%2 with a version requirement)")
                                     .arg(dependencies)
                                     .arg(dependenciesWithRequirement));
    text += QLatin1Char('\n');

    line(Tr::tr("Upgrades"), Tr::tr("%1 of %2 components have a target").arg(upgrades.size()).arg(components));
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
            QString row = QStringLiteral("  %1  %2").arg(it.key(), -int(width)).arg(versionList(it->versions));
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
