// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateJson.h"
#include "JsonInput.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <climits>

namespace planner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EstateJson", text);
}

const QLatin1String formatName("upgrade-planner-estate");
constexpr int supportedFormatVersion = 1;
constexpr int maxMinutes = INT_MAX;

// Reads one document section by section; JsonInput throws at the first problem.
class Reader
{
public:
    explicit Reader(QStringList *warnings)
        : m_in(warnings)
    {}

    Estate read(const QJsonObject &root);

private:
    // Each element of the array at f, as an object, with its path.
    template<typename Fn>
    void forEachObject(const JsonField &f, Fn &&fn)
    {
        const QJsonArray items = JsonInput::array(f);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const JsonPath path = f.path.at(i);
            fn(JsonInput::object({items.at(i), path}), path);
        }
    }

    // Remembers the id's position in its section; a second use is an error.
    static void claimId(QHash<QString, qsizetype> &seen, const QString &id, qsizetype index,
                        const JsonField &idField, const JsonPath &section)
    {
        const auto it = seen.constFind(id);
        if (it != seen.constEnd())
            JsonInput::fail(idField.path, tr("duplicate id '%1' (first used at %2)")
                                              .arg(id, section.at(*it).text()));
        seen.insert(id, index);
    }

    void readFormat(const QJsonObject &root, const JsonPath &path);
    void readProject(const JsonField &f);
    void readSites(const JsonField &f);
    void readComponents(const JsonField &f);
    Component readComponent(const QJsonObject &o, const JsonPath &path);
    void readDurations(const JsonField &f, PhaseDurations &durations);
    void readDependencies(const JsonField &f);
    void readCatalog(const JsonField &f);
    void readWindows(const JsonField &f);
    void readFreezes(const JsonField &f);
    void readProcesses(const JsonField &f);
    void readStaff(const JsonField &f);
    DateRange readDateRange(const QJsonObject &o, const JsonPath &path);
    void readWaivers(const JsonField &f);
    void readLayout(const JsonField &f);

    JsonInput m_in;
    Estate m_estate;
};

Estate Reader::read(const QJsonObject &root)
{
    const JsonPath top;
    m_in.checkMembers(root, top,
                      {QLatin1String("format"), QLatin1String("formatVersion"),
                       QLatin1String("project"), QLatin1String("sites"),
                       QLatin1String("components"), QLatin1String("dependencies"),
                       QLatin1String("catalog"), QLatin1String("windows"),
                       QLatin1String("freezes"), QLatin1String("processes"),
                       QLatin1String("staff"), QLatin1String("waivers"), QLatin1String("layout")});
    readFormat(root, top);

    const auto section = [&](QStringView key, void (Reader::*fn)(const JsonField &)) {
        const JsonField f = JsonInput::field(root, key, top);
        if (f.present())
            (this->*fn)(f);
    };
    section(u"project", &Reader::readProject);
    section(u"sites", &Reader::readSites);
    section(u"components", &Reader::readComponents);
    section(u"dependencies", &Reader::readDependencies);
    section(u"catalog", &Reader::readCatalog);
    section(u"windows", &Reader::readWindows);
    section(u"freezes", &Reader::readFreezes);
    section(u"processes", &Reader::readProcesses);
    section(u"staff", &Reader::readStaff);
    section(u"waivers", &Reader::readWaivers);
    section(u"layout", &Reader::readLayout);
    return std::move(m_estate);
}

void Reader::readFormat(const QJsonObject &root, const JsonPath &path)
{
    const JsonField format = JsonInput::field(root, u"format", path);
    const QString name = JsonInput::string(format);
    if (name != formatName)
        JsonInput::fail(format.path,
                        tr("expected '%1', found '%2': not an estate file").arg(formatName, name));
    const JsonField version = JsonInput::field(root, u"formatVersion", path);
    const int v = JsonInput::integer(version, 0, INT_MAX);
    if (v != supportedFormatVersion)
        JsonInput::fail(version.path, tr("unsupported format version %1 (this program reads "
                                         "version %2)")
                                          .arg(v)
                                          .arg(supportedFormatVersion));
}

void Reader::readProject(const JsonField &f)
{
    const QJsonObject o = JsonInput::object(f);
    m_in.checkMembers(o, f.path,
                      {QLatin1String("name"), QLatin1String("reason"), QLatin1String("purpose"),
                       QLatin1String("urgency"), QLatin1String("timezone"),
                       QLatin1String("start"), QLatin1String("decisionMinutes")});
    ProjectInfo &p = m_estate.project;
    const auto text = [&](QStringView key, QString &out) {
        const JsonField field = JsonInput::field(o, key, f.path);
        if (field.present())
            out = JsonInput::string(field);
    };
    text(u"name", p.name);
    text(u"reason", p.reason);
    text(u"purpose", p.purpose);
    text(u"urgency", p.urgency);
    text(u"timezone", p.timezone);
    if (const JsonField start = JsonInput::field(o, u"start", f.path); start.present())
        p.start = JsonInput::date(start);
    if (const JsonField d = JsonInput::field(o, u"decisionMinutes", f.path); d.present())
        p.decisionMinutes = JsonInput::integer(d, 0, maxMinutes);
}

void Reader::readSites(const JsonField &f)
{
    QHash<QString, qsizetype> seen;
    qsizetype index = 0;
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {QLatin1String("id"), QLatin1String("name")});
        Site site;
        const JsonField idField = JsonInput::field(o, u"id", path);
        site.id = JsonInput::id(idField);
        claimId(seen, site.id, index++, idField, f.path);
        if (const JsonField name = JsonInput::field(o, u"name", path); name.present())
            site.name = JsonInput::string(name);
        m_estate.sites.append(std::move(site));
    });
}

void Reader::readComponents(const JsonField &f)
{
    const QJsonArray items = JsonInput::array(f);
    m_estate.reserve(int(items.size()), 0);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath path = f.path.at(i);
        Component c = readComponent(JsonInput::object({items.at(i), path}), path);
        const int first = m_estate.indexOf(c.id);
        if (first >= 0)
            JsonInput::fail(path.key(u"id"), tr("duplicate id '%1' (first used at %2)")
                                                 .arg(c.id, f.path.at(first).text()));
        m_estate.appendComponent(std::move(c));
    }
}

Component Reader::readComponent(const QJsonObject &o, const JsonPath &path)
{
    m_in.checkMembers(o, path,
                      {QLatin1String("id"), QLatin1String("name"), QLatin1String("kind"),
                       QLatin1String("product"), QLatin1String("version"),
                       QLatin1String("target"), QLatin1String("site"), QLatin1String("owner"),
                       QLatin1String("criticality"), QLatin1String("durations"),
                       QLatin1String("reversible"), QLatin1String("backup"),
                       QLatin1String("roles")});
    Component c;
    c.id = JsonInput::id(JsonInput::field(o, u"id", path));
    c.kind = JsonInput::kind(JsonInput::field(o, u"kind", path));
    c.version = JsonInput::version(JsonInput::field(o, u"version", path));
    const auto text = [&](QStringView key, QString &out) {
        const JsonField field = JsonInput::field(o, key, path);
        if (field.present())
            out = JsonInput::string(field);
    };
    text(u"name", c.name);
    text(u"product", c.product);
    text(u"site", c.site);
    text(u"owner", c.owner);
    if (const JsonField t = JsonInput::field(o, u"target", path); t.present())
        c.target = JsonInput::version(t);
    if (const JsonField cr = JsonInput::field(o, u"criticality", path); cr.present())
        c.criticality = JsonInput::criticality(cr);
    if (const JsonField d = JsonInput::field(o, u"durations", path); d.present())
        readDurations(d, c.durations);
    if (const JsonField r = JsonInput::field(o, u"reversible", path); r.present())
        c.reversible = JsonInput::boolean(r);
    if (const JsonField b = JsonInput::field(o, u"backup", path); b.present()) {
        const QJsonObject bo = JsonInput::object(b);
        m_in.checkMembers(bo, b.path,
                          {QLatin1String("method"), QLatin1String("lastRestoreTest"),
                           QLatin1String("restoreMinutes")});
        BackupInfo backup;
        if (const JsonField m = JsonInput::field(bo, u"method", b.path); m.present())
            backup.method = JsonInput::string(m);
        if (const JsonField t = JsonInput::field(bo, u"lastRestoreTest", b.path); t.present())
            backup.lastRestoreTest = JsonInput::date(t);
        if (const JsonField m = JsonInput::field(bo, u"restoreMinutes", b.path); m.present())
            backup.restoreMinutes = JsonInput::integer(m, 0, maxMinutes);
        c.backup = std::move(backup);
    }
    if (const JsonField r = JsonInput::field(o, u"roles", path); r.present())
        c.roles = JsonInput::stringList(r);
    return c;
}

void Reader::readDurations(const JsonField &f, PhaseDurations &durations)
{
    const QJsonObject o = JsonInput::object(f);
    m_in.checkMembers(o, f.path,
                      {QLatin1String("prepare"), QLatin1String("backup"),
                       QLatin1String("execute"), QLatin1String("verify"),
                       QLatin1String("rollback")});
    for (int p = 0; p < phaseCount; ++p) {
        const QString name = phaseName(Phase(p));
        const JsonField m = JsonInput::field(o, name, f.path);
        if (m.present())
            durations[Phase(p)] = JsonInput::integer(m, 0, maxMinutes);
    }
}

void Reader::readDependencies(const JsonField &f)
{
    const QJsonArray items = JsonInput::array(f);
    m_estate.reserve(m_estate.componentCount(), int(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath path = f.path.at(i);
        const QJsonObject o = JsonInput::object({items.at(i), path});
        m_in.checkMembers(o, path,
                          {QLatin1String("from"), QLatin1String("to"), QLatin1String("type"),
                           QLatin1String("requires")});
        Dependency d;
        d.from = JsonInput::nonEmptyString(JsonInput::field(o, u"from", path));
        d.to = JsonInput::nonEmptyString(JsonInput::field(o, u"to", path));
        if (const JsonField t = JsonInput::field(o, u"type", path); t.present())
            d.type = JsonInput::nonEmptyString(t);
        if (const JsonField r = JsonInput::field(o, u"requires", path); r.present())
            d.requirement = JsonInput::range(r);
        m_estate.appendDependency(std::move(d));
    }
}

void Reader::readCatalog(const JsonField &f)
{
    const auto versions = [](const JsonField &field) {
        const QJsonArray a = JsonInput::array(field);
        QList<Version> out;
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            out.append(JsonInput::version({a.at(i), field.path.at(i)}));
        return out;
    };
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {QLatin1String("product"), QLatin1String("releases"),
                           QLatin1String("stops"), QLatin1String("when"),
                           QLatin1String("requires")});
        CatalogEntry e;
        e.product = JsonInput::nonEmptyString(JsonInput::field(o, u"product", path));
        if (const JsonField r = JsonInput::field(o, u"releases", path); r.present())
            e.releases = versions(r);
        if (const JsonField s = JsonInput::field(o, u"stops", path); s.present())
            e.stops = versions(s);
        if (const JsonField w = JsonInput::field(o, u"when", path); w.present())
            e.when = JsonInput::range(w);
        if (const JsonField r = JsonInput::field(o, u"requires", path); r.present()) {
            const QJsonObject req = JsonInput::object(r);
            // QJsonObject keeps its keys sorted, so requirements come back ordered by product.
            for (auto it = req.constBegin(); it != req.constEnd(); ++it) {
                const QString product = it.key();
                const JsonPath rp = r.path.key(product);
                if (product.trimmed().isEmpty())
                    JsonInput::fail(rp, tr("empty product name"));
                e.requirements.append({product, JsonInput::range({it.value(), rp})});
            }
        }
        m_estate.catalog.append(std::move(e));
    });
}

void Reader::readWindows(const JsonField &f)
{
    QHash<QString, qsizetype> seen;
    qsizetype index = 0;
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {QLatin1String("id"), QLatin1String("start"), QLatin1String("end"),
                           QLatin1String("repeatWeekly"), QLatin1String("parallel")});
        MaintenanceWindow w;
        const JsonField idField = JsonInput::field(o, u"id", path);
        w.id = JsonInput::id(idField);
        claimId(seen, w.id, index++, idField, f.path);
        w.start = JsonInput::localTime(JsonInput::field(o, u"start", path));
        const JsonField end = JsonInput::field(o, u"end", path);
        w.end = JsonInput::localTime(end);
        const QString startText = w.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (w.end < w.start)
            JsonInput::fail(end.path, tr("the window ends (%1) before it starts (%2)")
                                          .arg(end.value.toString(), startText));
        if (w.end == w.start)
            JsonInput::fail(end.path, tr("the window ends when it starts (%1)").arg(startText));
        if (const JsonField r = JsonInput::field(o, u"repeatWeekly", path); r.present())
            w.repeatWeekly = JsonInput::integer(r, 1, 10000);
        if (const JsonField p = JsonInput::field(o, u"parallel", path); p.present())
            w.parallel = JsonInput::integer(p, 1, 10000);
        m_estate.windows.append(std::move(w));
    });
}

DateRange Reader::readDateRange(const QJsonObject &o, const JsonPath &path)
{
    DateRange range;
    range.start = JsonInput::date(JsonInput::field(o, u"start", path));
    const JsonField end = JsonInput::field(o, u"end", path);
    range.end = JsonInput::date(end);
    if (range.end < range.start)
        JsonInput::fail(end.path, tr("ends (%1) before it starts (%2)")
                                      .arg(range.end.toString(Qt::ISODate),
                                           range.start.toString(Qt::ISODate)));
    return range;
}

void Reader::readFreezes(const JsonField &f)
{
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {QLatin1String("start"), QLatin1String("end"), QLatin1String("reason")});
        Freeze freeze;
        freeze.days = readDateRange(o, path);
        if (const JsonField r = JsonInput::field(o, u"reason", path); r.present())
            freeze.reason = JsonInput::string(r);
        m_estate.freezes.append(std::move(freeze));
    });
}

void Reader::readProcesses(const JsonField &f)
{
    QHash<QString, qsizetype> seen;
    qsizetype index = 0;
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {QLatin1String("id"), QLatin1String("name"),
                           QLatin1String("criticality"), QLatin1String("uses"),
                           QLatin1String("peak")});
        BusinessProcess process;
        const JsonField idField = JsonInput::field(o, u"id", path);
        process.id = JsonInput::id(idField);
        claimId(seen, process.id, index++, idField, f.path);
        if (const JsonField n = JsonInput::field(o, u"name", path); n.present())
            process.name = JsonInput::string(n);
        if (const JsonField c = JsonInput::field(o, u"criticality", path); c.present())
            process.criticality = JsonInput::criticality(c);
        if (const JsonField u = JsonInput::field(o, u"uses", path); u.present())
            process.uses = JsonInput::stringList(u);
        if (const JsonField peaks = JsonInput::field(o, u"peak", path); peaks.present()) {
            forEachObject(peaks, [&](const QJsonObject &po, const JsonPath &pp) {
                m_in.checkMembers(po, pp,
                                  {QLatin1String("days"), QLatin1String("from"),
                                   QLatin1String("to")});
                Peak peak;
                peak.days = JsonInput::days(JsonInput::field(po, u"days", pp));
                peak.from = JsonInput::clockTime(JsonInput::field(po, u"from", pp));
                const JsonField to = JsonInput::field(po, u"to", pp);
                peak.to = JsonInput::clockTime(to);
                // A peak may run past midnight (22:00-02:00), but it cannot be empty.
                if (peak.to == peak.from)
                    JsonInput::fail(to.path, tr("the peak ends when it starts"));
                process.peaks.append(peak);
            });
        }
        m_estate.processes.append(std::move(process));
    });
}

void Reader::readStaff(const JsonField &f)
{
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {QLatin1String("name"), QLatin1String("roles"),
                           QLatin1String("unavailable")});
        StaffMember member;
        member.name = JsonInput::nonEmptyString(JsonInput::field(o, u"name", path));
        if (const JsonField r = JsonInput::field(o, u"roles", path); r.present())
            member.roles = JsonInput::stringList(r);
        if (const JsonField u = JsonInput::field(o, u"unavailable", path); u.present()) {
            forEachObject(u, [&](const QJsonObject &uo, const JsonPath &up) {
                m_in.checkMembers(uo, up, {QLatin1String("start"), QLatin1String("end")});
                member.unavailable.append(readDateRange(uo, up));
            });
        }
        m_estate.staff.append(std::move(member));
    });
}

void Reader::readWaivers(const JsonField &f)
{
    forEachObject(f, [&](const QJsonObject &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {QLatin1String("conflict"), QLatin1String("reason"),
                           QLatin1String("expires")});
        Waiver waiver;
        waiver.conflict = JsonInput::nonEmptyString(JsonInput::field(o, u"conflict", path));
        if (const JsonField r = JsonInput::field(o, u"reason", path); r.present())
            waiver.reason = JsonInput::string(r);
        if (const JsonField e = JsonInput::field(o, u"expires", path); e.present())
            waiver.expires = JsonInput::date(e);
        m_estate.waivers.append(std::move(waiver));
    });
}

void Reader::readLayout(const JsonField &f)
{
    const QJsonObject o = JsonInput::object(f);
    m_in.checkMembers(o, f.path, {QLatin1String("positions")});
    const JsonField positions = JsonInput::field(o, u"positions", f.path);
    if (!positions.present())
        return;
    QHash<QString, qsizetype> seen;
    qsizetype index = 0;
    forEachObject(positions, [&](const QJsonObject &po, const JsonPath &path) {
        m_in.checkMembers(po, path, {QLatin1String("id"), QLatin1String("x"), QLatin1String("y")});
        const JsonField idField = JsonInput::field(po, u"id", path);
        const QString id = JsonInput::id(idField);
        claimId(seen, id, index++, idField, positions.path);
        const int x = JsonInput::integer(JsonInput::field(po, u"x", path), INT_MIN, INT_MAX);
        const int y = JsonInput::integer(JsonInput::field(po, u"y", path), INT_MIN, INT_MAX);
        m_estate.manualPositions.insert(id, QPoint(x, y));
    });
}

} // namespace

Expected<Estate> readEstateJson(const QByteArray &json, QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(parseError.offset, 0, json.size());
        const QByteArray before = json.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return Error{tr("line %1, column %2 (byte %3)").arg(line).arg(column).arg(offset),
                     tr("not valid JSON: %1").arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{tr("top level"), tr("expected an object, found %1")
                                          .arg(doc.isArray() ? tr("an array") : tr("a value"))};
    QStringList collected;
    try {
        Reader reader(&collected);
        Estate estate = reader.read(doc.object());
        if (warnings)
            warnings->append(collected);
        return estate;
    } catch (const JsonReadFailure &failure) {
        return failure.error;
    }
}

} // namespace planner
