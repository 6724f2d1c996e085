// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateJson.h"
#include "EstateJsonReaderPrivate.h"
#include "EstateJsonRecords.h"
#include "InputFile.h"
#include "JsonInput.h"

#include <QCoreApplication>
#include <QHash>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace planner {

namespace {

const QLatin1String formatName("upgrade-planner-estate");
constexpr int supportedFormatVersion = 1;

} // namespace

namespace estate_json_detail {

Estate Reader::read(const JsonValue &root)
{
    const JsonPath top;
    m_in.checkMembers(root, top,
                      {"format"_L1,     "formatVersion"_L1, "project"_L1,       "sites"_L1,
                       "components"_L1, "dependencies"_L1,  "catalog"_L1,       "windows"_L1,
                       "freezes"_L1,    "processes"_L1,     "staff"_L1,         "waivers"_L1,
                       "pins"_L1,       "layout"_L1,        "configuration"_L1, "rollbacks"_L1,
                       "pilots"_L1,     "acceptance"_L1,    "messages"_L1,      "monitoring"_L1,
                       "executed"_L1,   "estimates"_L1,     "scenarios"_L1});
    readFormat(root, top);

    const auto section = [&](QLatin1String key, void (Reader::*fn)(const JsonField &)) {
        const JsonField f = JsonInput::field(root, key, top);
        if (f.present())
            (this->*fn)(f);
    };
    section("project"_L1, &Reader::readProject);
    section("sites"_L1, &Reader::readSites);
    section("components"_L1, &Reader::readComponents);
    section("dependencies"_L1, &Reader::readDependencies);
    section("catalog"_L1, &Reader::readCatalog);
    section("windows"_L1, &Reader::readWindows);
    section("freezes"_L1, &Reader::readFreezes);
    section("processes"_L1, &Reader::readProcesses);
    section("staff"_L1, &Reader::readStaff);
    section("waivers"_L1, &Reader::readWaivers);
    section("pins"_L1, &Reader::readPins);
    section("layout"_L1, &Reader::readLayout);
    section("scenarios"_L1, &Reader::readScenarios);
    readChangeRecords(m_in, root, top, m_estate.records);
    return std::move(m_estate);
}

void Reader::readFormat(const JsonValue &root, const JsonPath &path)
{
    const JsonField format = JsonInput::field(root, "format"_L1, path);
    const QString name = JsonInput::string(format);
    if (name != formatName)
        JsonInput::fail(format.path, Tr::tr("expected '%1', found '%2': not an estate file")
                                         .arg(formatName, name));
    const JsonField version = JsonInput::field(root, "formatVersion"_L1, path);
    const int v = JsonInput::integer(version, 0, INT_MAX);
    if (v != supportedFormatVersion)
        JsonInput::fail(version.path, Tr::tr("unsupported format version %1 (this program reads "
                                             "version %2)")
                                          .arg(v)
                                          .arg(supportedFormatVersion));
}

void Reader::readProject(const JsonField &f)
{
    const JsonValue o = JsonInput::object(f);
    m_in.checkMembers(o, f.path,
                      {"name"_L1, "reason"_L1, "purpose"_L1, "urgency"_L1, "timezone"_L1,
                       "start"_L1, "decisionMinutes"_L1, "restoreTestMaxDays"_L1});
    ProjectInfo &p = m_estate.project;
    const auto text = [&](QLatin1String key, QString &out) {
        const JsonField field = JsonInput::field(o, key, f.path);
        if (field.present())
            out = JsonInput::string(field);
    };
    text("name"_L1, p.name);
    text("reason"_L1, p.reason);
    text("purpose"_L1, p.purpose);
    text("urgency"_L1, p.urgency);
    // Free text in the first version of the format: a word outside the vocabulary still reads,
    // with a warning, so that files written before the vocabulary existed keep opening.
    const auto vocabulary = [&](QLatin1String key, const QString &value, const QStringList &names) {
        if (!value.isEmpty() && !names.contains(value))
            m_in.warn(f.path.key(key),
                      Tr::tr("'%1' is not one of %2; kept as written").arg(value, names.join(u' ')));
    };
    vocabulary("reason"_L1, p.reason, changeReasonNames());
    vocabulary("urgency"_L1, p.urgency, urgencyNames());
    text("timezone"_L1, p.timezone);
    if (const JsonField start = JsonInput::field(o, "start"_L1, f.path); start.present())
        p.start = JsonInput::date(start);
    if (const JsonField d = JsonInput::field(o, "decisionMinutes"_L1, f.path); d.present())
        p.decisionMinutes = JsonInput::integer(d, 0, maxMinutes);
    if (const JsonField d = JsonInput::field(o, "restoreTestMaxDays"_L1, f.path); d.present())
        p.restoreTestMaxDays = JsonInput::integer(d, 1, maxRestoreTestMaxDays);
}

void Reader::readSites(const JsonField &f)
{
    QHash<QString, qsizetype> seen;
    qsizetype index = 0;
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"id"_L1, "name"_L1});
        Site site;
        const JsonField idField = JsonInput::field(o, "id"_L1, path);
        site.id = m_in.share(JsonInput::id(idField));
        claimId(seen, site.id, index++, idField, f.path);
        if (const JsonField name = JsonInput::field(o, "name"_L1, path); name.present())
            site.name = JsonInput::string(name);
        m_estate.sites.append(std::move(site));
    });
}

void Reader::readComponents(const JsonField &f)
{
    const JsonValue items = JsonInput::array(f);
    if (const Expected<Done> fits = checkEstateSize({}, items.size(), 0); !fits) // limits.md
        JsonInput::fail(f.path, fits.error().what);
    m_estate.reserve(int(items.size()), 0);
    qsizetype i = 0;
    for (JsonValue item = items.first(); !item.isUndefined(); item = item.next(), ++i) {
        const JsonPath path = f.path.at(i);
        Component c = readComponent(JsonInput::object({item, path}), path);
        const int first = m_estate.indexOf(c.id);
        if (first >= 0)
            JsonInput::fail(path.key("id"_L1), Tr::tr("duplicate id '%1' (first used at %2)")
                                                   .arg(c.id, f.path.at(first).text()));
        m_estate.appendComponent(std::move(c));
    }
}

Component Reader::readComponent(const JsonValue &o, const JsonPath &path)
{
    m_in.checkMembers(o, path,
                      {"id"_L1, "name"_L1, "kind"_L1, "product"_L1, "version"_L1, "target"_L1,
                       "site"_L1, "owner"_L1, "criticality"_L1, "durations"_L1, "reversible"_L1,
                       "backup"_L1, "roles"_L1, "externalId"_L1});
    Component c;
    c.id = JsonInput::id(JsonInput::field(o, "id"_L1, path));
    c.kind = JsonInput::kind(JsonInput::field(o, "kind"_L1, path));
    c.version = m_in.sharedVersion(JsonInput::field(o, "version"_L1, path));
    const auto text = [&](QLatin1String key, QString &out) {
        const JsonField field = JsonInput::field(o, key, path);
        if (field.present())
            out = JsonInput::string(field);
    };
    text("name"_L1, c.name);
    // Few distinct products, sites and owners across many components: stored once each.
    const auto shared = [&](QLatin1String key, QString &out) {
        const JsonField field = JsonInput::field(o, key, path);
        if (field.present())
            out = m_in.share(JsonInput::string(field));
    };
    shared("product"_L1, c.product);
    shared("site"_L1, c.site);
    shared("owner"_L1, c.owner);
    if (const JsonField t = JsonInput::field(o, "target"_L1, path); t.present())
        c.target = m_in.sharedVersion(t);
    if (const JsonField cr = JsonInput::field(o, "criticality"_L1, path); cr.present())
        c.criticality = JsonInput::criticality(cr);
    if (const JsonField d = JsonInput::field(o, "durations"_L1, path); d.present())
        readDurations(d, c.durations);
    if (const JsonField r = JsonInput::field(o, "reversible"_L1, path); r.present())
        c.reversible = JsonInput::boolean(r);
    if (const JsonField b = JsonInput::field(o, "backup"_L1, path); b.present()) {
        const JsonValue bo = JsonInput::object(b);
        m_in.checkMembers(bo, b.path,
                          {"method"_L1, "lastRestoreTest"_L1, "restoreMinutes"_L1, "location"_L1,
                           "retentionDays"_L1, "takenAt"_L1});
        BackupInfo backup;
        if (const JsonField m = JsonInput::field(bo, "method"_L1, b.path); m.present())
            backup.method = JsonInput::string(m);
        if (const JsonField t = JsonInput::field(bo, "lastRestoreTest"_L1, b.path); t.present())
            backup.lastRestoreTest = JsonInput::date(t);
        if (const JsonField m = JsonInput::field(bo, "restoreMinutes"_L1, b.path); m.present())
            backup.restoreMinutes = JsonInput::integer(m, 0, maxMinutes);
        if (const JsonField l = JsonInput::field(bo, "location"_L1, b.path); l.present())
            backup.location = m_in.share(JsonInput::string(l));
        if (const JsonField r = JsonInput::field(bo, "retentionDays"_L1, b.path); r.present())
            backup.retentionDays = JsonInput::integer(r, 0, INT_MAX);
        if (const JsonField t = JsonInput::field(bo, "takenAt"_L1, b.path); t.present())
            backup.takenAt = m_in.share(readOneOf(t, backupPointNames(), Tr::tr("backup point")));
        c.backup = std::move(backup);
    }
    if (const JsonField r = JsonInput::field(o, "roles"_L1, path); r.present())
        c.roles = JsonInput::stringList(r);
    text("externalId"_L1, c.externalId);
    return c;
}

void Reader::readDurations(const JsonField &f, PhaseDurations &durations)
{
    readPhaseDurations(m_in, f, durations);
}

void Reader::readDependencies(const JsonField &f)
{
    const JsonValue items = JsonInput::array(f);
    if (const Expected<Done> fits = checkEstateSize({}, 0, items.size()); !fits) // limits.md
        JsonInput::fail(f.path, fits.error().what);
    m_estate.reserve(m_estate.componentCount(), int(items.size()));
    qsizetype i = 0;
    for (JsonValue item = items.first(); !item.isUndefined(); item = item.next()) {
        const JsonPath path = f.path.at(i++);
        const JsonValue o = JsonInput::object({item, path});
        m_in.checkMembers(o, path, {"from"_L1, "to"_L1, "type"_L1, "requires"_L1});
        Dependency d;
        d.from = fromId(JsonInput::nonEmptyString(JsonInput::field(o, "from"_L1, path)));
        d.to = m_in.shareRecent(JsonInput::nonEmptyString(JsonInput::field(o, "to"_L1, path)));
        if (const JsonField t = JsonInput::field(o, "type"_L1, path); t.present())
            d.type = m_in.share(JsonInput::nonEmptyString(t));
        if (const JsonField r = JsonInput::field(o, "requires"_L1, path); r.present())
            d.requirement = m_in.sharedRange(r);
        m_estate.appendDependency(std::move(d));
    }
}

void Reader::readCatalog(const JsonField &f)
{
    const auto versions = [this](const JsonField &field) {
        const JsonValue a = JsonInput::array(field);
        QList<Version> out;
        out.reserve(a.size());
        qsizetype i = 0;
        for (JsonValue item = a.first(); !item.isUndefined(); item = item.next())
            out.append(m_in.sharedVersion({item, field.path.at(i++)}));
        return out;
    };
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"product"_L1, "releases"_L1, "stops"_L1, "when"_L1, "requires"_L1,
                           "support"_L1});
        CatalogEntry e;
        e.product = m_in.share(JsonInput::nonEmptyString(JsonInput::field(o, "product"_L1, path)));
        if (const JsonField r = JsonInput::field(o, "releases"_L1, path); r.present())
            e.releases = versions(r);
        if (const JsonField s = JsonInput::field(o, "stops"_L1, path); s.present())
            e.stops = versions(s);
        if (const JsonField w = JsonInput::field(o, "when"_L1, path); w.present())
            e.when = m_in.sharedRange(w);
        if (const JsonField r = JsonInput::field(o, "requires"_L1, path); r.present()) {
            const JsonValue req = JsonInput::object(r);
            for (JsonValue item = req.first(); !item.isUndefined(); item = item.next()) {
                const QString product = item.key();
                const JsonPath rp = r.path.key(product);
                if (product.trimmed().isEmpty())
                    JsonInput::fail(rp, Tr::tr("empty product name"));
                for (const ProductRequirement &earlier : std::as_const(e.requirements))
                    if (earlier.product == product)
                        JsonInput::fail(rp, Tr::tr("appears twice in the same object"));
                e.requirements.append({product, m_in.sharedRange({item, rp})});
            }
        }
        if (const JsonField s = JsonInput::field(o, "support"_L1, path); s.present()) {
            forEachObject(s, [&](const JsonValue &so, const JsonPath &sp) {
                m_in.checkMembers(so, sp, {"cycle"_L1, "ends"_L1});
                SupportEnd end;
                end.cycle = JsonInput::nonEmptyString(JsonInput::field(so, "cycle"_L1, sp));
                end.ends = JsonInput::date(JsonInput::field(so, "ends"_L1, sp));
                e.support.append(std::move(end));
            });
        }
        m_estate.catalog.append(std::move(e));
    });
}

void Reader::readWaivers(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"conflict"_L1, "reason"_L1, "expires"_L1, "by"_L1});
        Waiver waiver;
        waiver.conflict = JsonInput::nonEmptyString(JsonInput::field(o, "conflict"_L1, path));
        if (const JsonField r = JsonInput::field(o, "reason"_L1, path); r.present())
            waiver.reason = JsonInput::string(r);
        if (const JsonField e = JsonInput::field(o, "expires"_L1, path); e.present())
            waiver.expires = JsonInput::date(e);
        if (const JsonField b = JsonInput::field(o, "by"_L1, path); b.present())
            waiver.by = JsonInput::string(b);
        m_estate.waivers.append(std::move(waiver));
    });
}

void Reader::readPins(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"component"_L1, "wave"_L1, "after"_L1});
        OrderPin pin;
        pin.component = JsonInput::nonEmptyString(JsonInput::field(o, "component"_L1, path));
        if (const JsonField w = JsonInput::field(o, "wave"_L1, path); w.present())
            pin.wave = JsonInput::integer(w, 0, INT_MAX);
        if (const JsonField a = JsonInput::field(o, "after"_L1, path); a.present())
            pin.after = JsonInput::nonEmptyString(a);
        m_estate.pins.append(std::move(pin));
    });
}

void Reader::readScenarios(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        Scenario scenario = readScenario(o, path);
        if (const QString problem = scenarioNameProblem(scenario.name, m_estate.scenarios);
            !problem.isEmpty())
            JsonInput::fail(path.key("name"), problem);
        m_estate.scenarios.append(std::move(scenario));
    });
}

// A scenario: its name, and its changes in the shape of the estate's own sections
// (docs/inventory-format.md, "Scenarios").
Scenario Reader::readScenario(const JsonValue &o, const JsonPath &path)
{
    m_in.checkMembers(o, path,
                      {"name"_L1, "description"_L1, "components"_L1, "windows"_L1,
                       "removeWindows"_L1, "staff"_L1, "removeStaff"_L1, "pins"_L1, "removePins"_L1,
                       "waivers"_L1, "removeWaivers"_L1});
    Scenario scenario;
    scenario.name = JsonInput::string(JsonInput::field(o, "name"_L1, path));
    if (const JsonField d = JsonInput::field(o, "description"_L1, path); d.present())
        scenario.description = JsonInput::string(d);
    if (const JsonField cs = JsonInput::field(o, "components"_L1, path); cs.present()) {
        QHash<QString, qsizetype> seen;
        qsizetype index = 0;
        forEachObject(cs, [&](const JsonValue &co, const JsonPath &cp) {
            m_in.checkMembers(co, cp, {"id"_L1, "target"_L1, "durations"_L1, "roles"_L1});
            ComponentChange change;
            const JsonField idField = JsonInput::field(co, "id"_L1, cp);
            change.component = JsonInput::id(idField);
            claimId(seen, change.component, index++, idField, cs.path);
            const JsonField t = JsonInput::field(co, "target"_L1, cp);
            if (t.present()) {
                change.setsTarget = true;
                change.target = m_in.sharedVersion(t);
            } else if (!t.value.isUndefined()) { // null: the component stays where it is
                change.setsTarget = true;
            }
            if (const JsonField d = JsonInput::field(co, "durations"_L1, cp); d.present())
                readDurations(d, change.durations);
            if (const JsonField r = JsonInput::field(co, "roles"_L1, cp); r.present())
                change.roles = JsonInput::stringList(r);
            scenario.components.append(std::move(change));
        });
    }
    const auto section = [&](QLatin1String key, QLatin1String removeKey, auto &changes, auto member,
                             void (Reader::*fn)(const JsonField &)) {
        if (const JsonField f = JsonInput::field(o, key, path); f.present())
            changes.set = readScenarioSection(member, fn, f);
        if (const JsonField r = JsonInput::field(o, removeKey, path); r.present())
            changes.removed = texts(r);
    };
    section("windows"_L1, "removeWindows"_L1, scenario.windows, &Estate::windows,
            &Reader::readWindows);
    section("staff"_L1, "removeStaff"_L1, scenario.staff, &Estate::staff, &Reader::readStaff);
    section("pins"_L1, "removePins"_L1, scenario.pins, &Estate::pins, &Reader::readPins);
    section("waivers"_L1, "removeWaivers"_L1, scenario.waivers, &Estate::waivers,
            &Reader::readWaivers);
    return scenario;
}

void Reader::readLayout(const JsonField &f)
{
    const JsonValue o = JsonInput::object(f);
    m_in.checkMembers(o, f.path, {"positions"_L1});
    const JsonField positions = JsonInput::field(o, "positions"_L1, f.path);
    if (!positions.present())
        return;
    QHash<QString, qsizetype> seen;
    qsizetype index = 0;
    forEachObject(positions, [&](const JsonValue &po, const JsonPath &path) {
        m_in.checkMembers(po, path, {"id"_L1, "x"_L1, "y"_L1});
        const JsonField idField = JsonInput::field(po, "id"_L1, path);
        const QString id = JsonInput::id(idField);
        claimId(seen, id, index++, idField, positions.path);
        const int x = JsonInput::integer(JsonInput::field(po, "x"_L1, path), INT_MIN, INT_MAX);
        const int y = JsonInput::integer(JsonInput::field(po, "y"_L1, path), INT_MIN, INT_MAX);
        m_estate.manualPositions.insert(id, QPoint(x, y));
    });
}

} // namespace estate_json_detail

namespace {

using estate_json_detail::Reader;
using estate_json_detail::Tr;

// Parses @p json, checks it holds an object, and reads it with @p read on a Reader.
template<typename T, typename Fn>
Expected<T> readDocument(const QByteArray &json, QStringList *warnings, Fn read)
{
    const Expected<JsonTree> tree = JsonTree::parse(json);
    if (!tree)
        return tree.error();
    const JsonValue root = tree->root();
    if (!root.isObject())
        return Error{Tr::tr("top level"),
                     Tr::tr("expected an object, found %1")
                         .arg(root.isArray() ? Tr::tr("an array") : Tr::tr("a value"))};
    QStringList collected;
    try {
        Reader reader(&collected);
        T value = read(reader, root);
        if (warnings)
            warnings->append(collected);
        return value;
    } catch (const JsonReadFailure &failure) {
        return failure.error;
    }
}

} // namespace

Expected<Estate> readEstateJson(const QByteArray &json, QStringList *warnings)
{
    return readDocument<Estate>(json, warnings, [](Reader &reader, const JsonValue &root) {
        return reader.read(root);
    });
}

Expected<Scenario> readScenarioJson(const QByteArray &json, QStringList *warnings)
{
    return readDocument<Scenario>(json, warnings, [](Reader &reader, const JsonValue &root) {
        return reader.readOneScenario(root);
    });
}

} // namespace planner
