// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateJson.h"
#include "JsonNode.h"

#include <cstring>

namespace planner {

namespace {

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

// Wall-clock times are held as UTC QDateTimes; writing them back never converts.
QString localTimeText(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

QString clockText(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

JsonNode stringArray(const QStringList &list)
{
    JsonNode a = JsonNode::array();
    for (const QString &s : list)
        a.append(JsonNode::string(s));
    return a;
}

JsonNode versionArray(const QList<Version> &list)
{
    JsonNode a = JsonNode::array();
    for (const Version &v : list)
        a.append(JsonNode::string(v.text()));
    return a;
}

JsonNode dateRange(const DateRange &range)
{
    JsonNode o = JsonNode::object();
    o.add("start", JsonNode::string(dateText(range.start)));
    o.add("end", JsonNode::string(dateText(range.end)));
    return o;
}

// Adds a text member unless it is empty (an empty text reads back as an absent member).
void addText(JsonNode &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.add(key, JsonNode::string(value));
}

JsonNode project(const ProjectInfo &p)
{
    JsonNode o = JsonNode::object();
    addText(o, "name", p.name);
    addText(o, "reason", p.reason);
    addText(o, "purpose", p.purpose);
    addText(o, "urgency", p.urgency);
    addText(o, "timezone", p.timezone);
    if (p.start.isValid())
        o.add("start", JsonNode::string(dateText(p.start)));
    o.add("decisionMinutes", JsonNode::number(p.decisionMinutes));
    // Written only when the project chose another limit: an estate that did not keeps the
    // bytes, and so the digest its exported plans recorded, it had before the field existed.
    if (p.restoreTestMaxDays != defaultRestoreTestMaxDays)
        o.add("restoreTestMaxDays", JsonNode::number(p.restoreTestMaxDays));
    return o;
}

JsonNode durations(const PhaseDurations &durations)
{
    JsonNode d = JsonNode::object();
    for (int p = 0; p < phaseCount; ++p)
        if (const auto &m = durations[Phase(p)])
            d.add(phaseName(Phase(p)), JsonNode::number(*m));
    return d;
}

JsonNode component(const Component &c)
{
    JsonNode o = JsonNode::object();
    o.add("id", JsonNode::string(c.id));
    addText(o, "name", c.name);
    o.add("kind", JsonNode::string(kindName(c.kind)));
    addText(o, "product", c.product);
    o.add("version", JsonNode::string(c.version.text()));
    if (c.target)
        o.add("target", JsonNode::string(c.target->text()));
    addText(o, "site", c.site);
    addText(o, "owner", c.owner);
    addText(o, "externalId", c.externalId);
    o.add("criticality", JsonNode::string(criticalityName(c.criticality)));
    if (!c.durations.isEmpty())
        o.add("durations", durations(c.durations));
    if (!c.reversible)
        o.add("reversible", JsonNode::boolean(false));
    if (c.backup) {
        JsonNode b = JsonNode::object();
        addText(b, "method", c.backup->method);
        if (c.backup->lastRestoreTest.isValid())
            b.add("lastRestoreTest", JsonNode::string(dateText(c.backup->lastRestoreTest)));
        if (c.backup->restoreMinutes)
            b.add("restoreMinutes", JsonNode::number(*c.backup->restoreMinutes));
        addText(b, "location", c.backup->location);
        if (c.backup->retentionDays)
            b.add("retentionDays", JsonNode::number(*c.backup->retentionDays));
        addText(b, "takenAt", c.backup->takenAt);
        o.add("backup", std::move(b));
    }
    if (!c.roles.isEmpty())
        o.add("roles", stringArray(c.roles));
    return o;
}

JsonNode dependency(const Dependency &d)
{
    JsonNode o = JsonNode::object();
    o.add("from", JsonNode::string(d.from));
    o.add("to", JsonNode::string(d.to));
    o.add("type", JsonNode::string(d.type));
    if (d.requirement)
        o.add("requires", JsonNode::string(d.requirement->text()));
    return o;
}

JsonNode catalogEntry(const CatalogEntry &e)
{
    JsonNode o = JsonNode::object();
    o.add("product", JsonNode::string(e.product));
    if (!e.releases.isEmpty())
        o.add("releases", versionArray(e.releases));
    if (!e.stops.isEmpty())
        o.add("stops", versionArray(e.stops));
    if (e.when)
        o.add("when", JsonNode::string(e.when->text()));
    if (!e.requirements.isEmpty()) {
        JsonNode r = JsonNode::object();
        for (const ProductRequirement &req : e.requirements)
            r.add(req.product, JsonNode::string(req.range.text()));
        o.add("requires", std::move(r));
    }
    if (!e.support.isEmpty()) {
        JsonNode s = JsonNode::array();
        for (const SupportEnd &end : e.support) {
            JsonNode so = JsonNode::object();
            so.add("cycle", JsonNode::string(end.cycle));
            so.add("ends", JsonNode::string(dateText(end.ends)));
            s.append(std::move(so));
        }
        o.add("support", std::move(s));
    }
    return o;
}

JsonNode window(const MaintenanceWindow &w)
{
    JsonNode o = JsonNode::object();
    o.add("id", JsonNode::string(w.id));
    o.add("start", JsonNode::string(localTimeText(w.start)));
    o.add("end", JsonNode::string(localTimeText(w.end)));
    o.add("repeatWeekly", JsonNode::number(w.repeatWeekly));
    o.add("parallel", JsonNode::number(w.parallel));
    return o;
}

JsonNode process(const BusinessProcess &p)
{
    JsonNode o = JsonNode::object();
    o.add("id", JsonNode::string(p.id));
    addText(o, "name", p.name);
    o.add("criticality", JsonNode::string(criticalityName(p.criticality)));
    if (!p.uses.isEmpty())
        o.add("uses", stringArray(p.uses));
    if (!p.peaks.isEmpty()) {
        JsonNode peaks = JsonNode::array();
        for (const Peak &peak : p.peaks) {
            JsonNode po = JsonNode::object();
            po.add("days", JsonNode::string(daysText(peak.days)));
            po.add("from", JsonNode::string(clockText(peak.from)));
            po.add("to", JsonNode::string(clockText(peak.to)));
            peaks.append(std::move(po));
        }
        o.add("peak", std::move(peaks));
    }
    addText(o, "category", p.category);
    if (!p.userGroups.isEmpty())
        o.add("userGroups", stringArray(p.userGroups));
    if (p.externalCustomers)
        o.add("externalCustomers", JsonNode::boolean(true));
    addText(o, "serviceLevel", p.serviceLevel);
    if (p.maxOutageMinutes)
        o.add("maxOutageMinutes", JsonNode::number(*p.maxOutageMinutes));
    return o;
}

JsonNode staffMember(const StaffMember &s)
{
    JsonNode o = JsonNode::object();
    o.add("name", JsonNode::string(s.name));
    if (!s.roles.isEmpty())
        o.add("roles", stringArray(s.roles));
    if (!s.unavailable.isEmpty()) {
        JsonNode u = JsonNode::array();
        for (const DateRange &range : s.unavailable)
            u.append(dateRange(range));
        o.add("unavailable", std::move(u));
    }
    return o;
}

JsonNode waiver(const Waiver &w)
{
    JsonNode o = JsonNode::object();
    o.add("conflict", JsonNode::string(w.conflict));
    addText(o, "reason", w.reason);
    if (w.expires.isValid())
        o.add("expires", JsonNode::string(dateText(w.expires)));
    addText(o, "by", w.by);
    return o;
}

JsonNode orderPin(const OrderPin &p)
{
    JsonNode o = JsonNode::object();
    o.add("component", JsonNode::string(p.component));
    if (p.wave != 0)
        o.add("wave", JsonNode::number(p.wave));
    addText(o, "after", p.after);
    return o;
}

// A scenario's changes in the shape of the estate's own sections; a target of null keeps the
// component where it is.
JsonNode scenario(const Scenario &s)
{
    JsonNode o = JsonNode::object();
    o.add("name", JsonNode::string(s.name));
    addText(o, "description", s.description);
    if (!s.components.isEmpty()) {
        JsonNode components = JsonNode::array();
        for (const ComponentChange &c : s.components) {
            JsonNode co = JsonNode::object();
            co.add("id", JsonNode::string(c.component));
            if (c.setsTarget)
                co.add("target", c.target ? JsonNode::string(c.target->text()) : JsonNode::null());
            if (!c.durations.isEmpty())
                co.add("durations", durations(c.durations));
            if (c.roles)
                co.add("roles", stringArray(*c.roles));
            components.append(std::move(co));
        }
        o.add("components", std::move(components));
    }
    const auto section = [&o](const char *key, const char *removeKey, const auto &changes,
                              auto item) {
        if (!changes.set.isEmpty()) {
            JsonNode a = JsonNode::array();
            for (const auto &element : changes.set)
                a.append(item(element));
            o.add(key, std::move(a));
        }
        if (!changes.removed.isEmpty())
            o.add(removeKey, stringArray(changes.removed));
    };
    section("windows", "removeWindows", s.windows, window);
    section("staff", "removeStaff", s.staff, staffMember);
    section("pins", "removePins", s.pins, orderPin);
    section("waivers", "removeWaivers", s.waivers, waiver);
    return o;
}

// Adds a list member unless it is empty.
void addList(JsonNode &o, const char *key, const QStringList &values)
{
    if (!values.isEmpty())
        o.add(key, stringArray(values));
}

// Adds a flag only when it is set: false is the default of every flag below.
void addFlag(JsonNode &o, const char *key, bool value)
{
    if (value)
        o.add(key, JsonNode::boolean(true));
}

void addDate(JsonNode &o, const char *key, QDate date)
{
    if (date.isValid())
        o.add(key, JsonNode::string(dateText(date)));
}

JsonNode configItem(const ConfigItem &c)
{
    JsonNode o = JsonNode::object();
    o.add("component", JsonNode::string(c.component));
    o.add("kind", JsonNode::string(c.kind));
    o.add("name", JsonNode::string(c.name));
    addText(o, "detail", c.detail);
    o.add("backedUp", JsonNode::boolean(c.backedUp)); // the point of the record: always shown
    addDate(o, "expires", c.expires);
    return o;
}

JsonNode rollbackPlan(const RollbackPlan &r)
{
    JsonNode o = JsonNode::object();
    o.add("component", JsonNode::string(r.component));
    addList(o, "triggers", r.triggers);
    addText(o, "decider", r.decider);
    addText(o, "restores", r.restores);
    if (r.minutes)
        o.add("minutes", JsonNode::number(*r.minutes));
    addText(o, "dataLoss", r.dataLoss);
    addFlag(o, "forwardOnly", r.forwardOnly);
    return o;
}

JsonNode pilotRecord(const PilotRecord &p)
{
    JsonNode o = JsonNode::object();
    o.add("component", JsonNode::string(p.component));
    addText(o, "environment", p.environment);
    addList(o, "devices", p.devices);
    addList(o, "roles", p.roles);
    addList(o, "flows", p.flows);
    addDate(o, "date", p.date);
    addText(o, "result", p.result);
    o.add("passed", JsonNode::boolean(p.passed));
    return o;
}

JsonNode acceptanceCheck(const AcceptanceCheck &c)
{
    JsonNode o = JsonNode::object();
    o.add("id", JsonNode::string(c.id));
    addText(o, "component", c.component);
    addText(o, "window", c.window);
    addText(o, "description", c.description);
    addText(o, "expected", c.expected);
    addFlag(o, "core", c.core);
    addFlag(o, "logReview", c.logReview);
    return o;
}

JsonNode messageTemplate(const MessageTemplate &m)
{
    JsonNode o = JsonNode::object();
    o.add("id", JsonNode::string(m.id));
    addText(o, "audience", m.audience);
    o.add("when", JsonNode::string(m.when));
    o.add("hours", JsonNode::number(m.hours));
    addText(o, "window", m.window);
    addText(o, "subject", m.subject);
    addText(o, "body", m.body);
    addText(o, "contact", m.contact);
    addText(o, "limitations", m.limitations);
    return o;
}

JsonNode monitoringPlan(const MonitoringPlan &m)
{
    JsonNode o = JsonNode::object();
    o.add("component", JsonNode::string(m.component));
    o.add("metric", JsonNode::string(m.metric));
    addText(o, "baseline", m.baseline);
    o.add("hours", JsonNode::number(m.hours));
    return o;
}

JsonNode executionRecord(const ExecutionRecord &r)
{
    JsonNode o = JsonNode::object();
    o.add("component", JsonNode::string(r.component));
    addText(o, "to", r.to);
    JsonNode phases = JsonNode::object();
    bool anyPhase = false;
    for (int p = 0; p < phaseCount; ++p) {
        const QDateTime &started = r.started[size_t(p)];
        const QDateTime &ended = r.ended[size_t(p)];
        if (!started.isValid() && !ended.isValid())
            continue;
        JsonNode times = JsonNode::object();
        if (started.isValid())
            times.add("start", JsonNode::string(localTimeText(started)));
        if (ended.isValid())
            times.add("end", JsonNode::string(localTimeText(ended)));
        phases.add(phaseName(Phase(p)), std::move(times));
        anyPhase = true;
    }
    if (anyPhase)
        o.add("phases", std::move(phases));
    if (!r.checks.isEmpty()) {
        JsonNode checks = JsonNode::array();
        for (const CheckResult &c : r.checks) {
            JsonNode co = JsonNode::object();
            co.add("check", JsonNode::string(c.check));
            co.add("passed", JsonNode::boolean(c.passed));
            addText(co, "note", c.note);
            checks.append(std::move(co));
        }
        o.add("checks", std::move(checks));
    }
    if (!r.issues.isEmpty()) {
        JsonNode issues = JsonNode::array();
        for (const ExecutionIssue &i : r.issues) {
            JsonNode io = JsonNode::object();
            io.add("text", JsonNode::string(i.text));
            addText(io, "resolution", i.resolution);
            issues.append(std::move(io));
        }
        o.add("issues", std::move(issues));
    }
    if (r.rollback != u"none")
        o.add("rollback", JsonNode::string(r.rollback));
    addList(o, "followUps", r.followUps);
    return o;
}

JsonNode kindEstimate(const KindEstimate &e)
{
    JsonNode o = JsonNode::object();
    o.add("kind", JsonNode::string(kindName(e.kind)));
    if (!e.durations.isEmpty()) {
        JsonNode d = JsonNode::object();
        for (int p = 0; p < phaseCount; ++p)
            if (const auto &m = e.durations[Phase(p)])
                d.add(phaseName(Phase(p)), JsonNode::number(*m));
        o.add("durations", std::move(d));
    }
    return o;
}

// Writes the top-level object member by member. The two big arrays are written element by
// element, so a 100,000-component estate never exists twice in memory as a tree.
class DocumentWriter
{
public:
    explicit DocumentWriter(qsizetype expectedSize) { m_out.reserve(expectedSize); }

    void member(const char *key, const JsonNode &value)
    {
        startMember(key);
        value.writeTo(m_out, 2, 2 + qsizetype(std::strlen(key)) + 4);
    }

    // Adds the array of `item(element)` for each element; left out when empty unless `always`.
    template<typename List, typename Fn>
    void list(const char *key, const List &elements, Fn item, bool always = false)
    {
        if (elements.isEmpty() && !always)
            return;
        JsonNode a = JsonNode::array();
        for (const auto &element : elements)
            a.append(item(element));
        member(key, a);
    }

    // Like list(), one element per line and built one at a time.
    template<typename List, typename Fn>
    void bigList(const char *key, const List &elements, Fn item)
    {
        startMember(key);
        if (elements.isEmpty()) {
            m_out += "[]";
            return;
        }
        m_out += "[\n";
        qsizetype left = elements.size();
        for (const auto &element : elements) {
            m_out += "    ";
            item(element).writeTo(m_out, 4, 4);
            m_out += --left ? ",\n" : "\n";
        }
        m_out += "  ]";
    }

    QByteArray finish()
    {
        m_out += "\n}\n";
        return std::move(m_out);
    }

private:
    void startMember(const char *key)
    {
        m_out += m_out.isEmpty() ? "{\n  \"" : ",\n  \"";
        m_out += key;
        m_out += "\": ";
    }

    QByteArray m_out;
};

} // namespace

QByteArray writeEstateJson(const Estate &estate)
{
    DocumentWriter doc(qsizetype(estate.componentCount()) * 400
                       + qsizetype(estate.dependencyCount()) * 100 + 4096);
    doc.member("format", JsonNode::string(QStringLiteral("upgrade-planner-estate")));
    doc.member("formatVersion", JsonNode::number(1));
    doc.member("project", project(estate.project));
    doc.list("sites", estate.sites, [](const Site &s) {
        JsonNode o = JsonNode::object();
        o.add("id", JsonNode::string(s.id));
        addText(o, "name", s.name);
        return o;
    });
    doc.bigList("components", estate.components(), component);
    doc.bigList("dependencies", estate.dependencies(), dependency);
    doc.list("catalog", estate.catalog, catalogEntry);
    doc.list("windows", estate.windows, window);
    doc.list("freezes", estate.freezes, [](const Freeze &f) {
        JsonNode o = dateRange(f.days);
        addText(o, "reason", f.reason);
        return o;
    });
    doc.list("processes", estate.processes, process);
    doc.list("staff", estate.staff, staffMember);
    doc.list("waivers", estate.waivers, waiver);
    doc.list("pins", estate.pins, orderPin);
    if (!estate.manualPositions.isEmpty()) {
        JsonNode positions = JsonNode::array();
        for (auto it = estate.manualPositions.cbegin(); it != estate.manualPositions.cend(); ++it) {
            JsonNode p = JsonNode::object();
            p.add("id", JsonNode::string(it.key()));
            p.add("x", JsonNode::number(it.value().x()));
            p.add("y", JsonNode::number(it.value().y()));
            positions.append(std::move(p));
        }
        JsonNode layout = JsonNode::object();
        layout.add("positions", std::move(positions));
        doc.member("layout", layout);
    }
    // The change records: each section left out when empty, so estates without them give the
    // same bytes as before the records existed.
    const ChangeRecords &r = estate.records;
    doc.list("configuration", r.configuration, configItem);
    doc.list("rollbacks", r.rollbacks, rollbackPlan);
    doc.list("pilots", r.pilots, pilotRecord);
    doc.list("acceptance", r.acceptance, acceptanceCheck);
    doc.list("messages", r.messages, messageTemplate);
    doc.list("monitoring", r.monitoring, monitoringPlan);
    doc.list("executed", r.executed, executionRecord);
    doc.list("estimates", r.estimates, kindEstimate);
    doc.list("scenarios", estate.scenarios, scenario);
    return doc.finish();
}

QByteArray writeScenarioJson(const Scenario &s)
{
    return scenario(s).toJson();
}

} // namespace planner
