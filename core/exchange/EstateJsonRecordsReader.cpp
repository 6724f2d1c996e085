// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateJsonRecords.h"

#include "inventory/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EstateJson)
};

// Each element of the array at f, as an object, with its path.
template<typename Fn>
void forEachObject(const JsonField &f, Fn &&fn)
{
    qsizetype i = 0;
    const JsonValue items = JsonInput::array(f);
    for (JsonValue item = items.first(); !item.isUndefined(); item = item.next()) {
        const JsonPath path = f.path.at(i++);
        fn(JsonInput::object({item, path}), path);
    }
}

// Reads the records section by section; JsonInput throws at the first problem. References
// (components, windows, checks) are taken as written: the analysis reports the dangling ones.
class RecordsReader
{
public:
    RecordsReader(JsonInput &in, ChangeRecords &records)
        : m_in(in)
        , m_records(records)
    {
    }

    void configuration(const JsonField &f);
    void rollbacks(const JsonField &f);
    void pilots(const JsonField &f);
    void acceptance(const JsonField &f);
    void messages(const JsonField &f);
    void monitoring(const JsonField &f);
    void executed(const JsonField &f);
    void estimates(const JsonField &f);

private:
    // A member read only when present (null counts as absent).
    static void text(const JsonValue &o, QLatin1String key, const JsonPath &path, QString &out)
    {
        if (const JsonField f = JsonInput::field(o, key, path); f.present())
            out = JsonInput::string(f);
    }
    static void reference(const JsonValue &o, QLatin1String key, const JsonPath &path, QString &out)
    {
        if (const JsonField f = JsonInput::field(o, key, path); f.present())
            out = JsonInput::nonEmptyString(f);
    }
    static void flag(const JsonValue &o, QLatin1String key, const JsonPath &path, bool &out)
    {
        if (const JsonField f = JsonInput::field(o, key, path); f.present())
            out = JsonInput::boolean(f);
    }
    static void list(const JsonValue &o, QLatin1String key, const JsonPath &path, QStringList &out)
    {
        if (const JsonField f = JsonInput::field(o, key, path); f.present())
            out = JsonInput::stringList(f);
    }
    QString component(const JsonValue &o, const JsonPath &path)
    {
        return m_in.share(JsonInput::nonEmptyString(JsonInput::field(o, "component"_L1, path)));
    }
    // The id of an acceptance check or message: valid and unique within its section.
    static QString uniqueId(const JsonValue &o, const JsonPath &path, const JsonPath &section,
                            QHash<QString, qsizetype> &seen)
    {
        const JsonField idField = JsonInput::field(o, "id"_L1, path);
        const QString id = JsonInput::id(idField);
        const auto it = seen.constFind(id);
        if (it != seen.constEnd())
            JsonInput::fail(idField.path, Tr::tr("duplicate id '%1' (first used at %2)")
                                              .arg(id, section.at(*it).text()));
        seen.insert(id, seen.size());
        return id;
    }
    void phases(const JsonField &f, ExecutionRecord &record);

    JsonInput &m_in;
    ChangeRecords &m_records;
};

void RecordsReader::configuration(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"component"_L1, "kind"_L1, "name"_L1, "detail"_L1, "backedUp"_L1,
                           "expires"_L1});
        ConfigItem item;
        item.component = component(o, path);
        item.kind = readOneOf(JsonInput::field(o, "kind"_L1, path), configKindNames(),
                              Tr::tr("configuration kind"));
        item.name = JsonInput::nonEmptyString(JsonInput::field(o, "name"_L1, path));
        text(o, "detail"_L1, path, item.detail);
        flag(o, "backedUp"_L1, path, item.backedUp);
        if (const JsonField e = JsonInput::field(o, "expires"_L1, path); e.present())
            item.expires = JsonInput::date(e);
        m_records.configuration.append(std::move(item));
    });
}

void RecordsReader::rollbacks(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"component"_L1, "triggers"_L1, "decider"_L1, "restores"_L1, "minutes"_L1,
                           "dataLoss"_L1, "forwardOnly"_L1});
        RollbackPlan plan;
        plan.component = component(o, path);
        list(o, "triggers"_L1, path, plan.triggers);
        text(o, "decider"_L1, path, plan.decider);
        text(o, "restores"_L1, path, plan.restores);
        if (const JsonField m = JsonInput::field(o, "minutes"_L1, path); m.present())
            plan.minutes = JsonInput::integer(m, 0, INT_MAX);
        text(o, "dataLoss"_L1, path, plan.dataLoss);
        flag(o, "forwardOnly"_L1, path, plan.forwardOnly);
        m_records.rollbacks.append(std::move(plan));
    });
}

void RecordsReader::pilots(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"component"_L1, "environment"_L1, "devices"_L1, "roles"_L1, "flows"_L1,
                           "date"_L1, "result"_L1, "passed"_L1});
        PilotRecord pilot;
        pilot.component = component(o, path);
        text(o, "environment"_L1, path, pilot.environment);
        list(o, "devices"_L1, path, pilot.devices);
        list(o, "roles"_L1, path, pilot.roles);
        list(o, "flows"_L1, path, pilot.flows);
        if (const JsonField d = JsonInput::field(o, "date"_L1, path); d.present())
            pilot.date = JsonInput::date(d);
        text(o, "result"_L1, path, pilot.result);
        flag(o, "passed"_L1, path, pilot.passed);
        m_records.pilots.append(std::move(pilot));
    });
}

void RecordsReader::acceptance(const JsonField &f)
{
    QHash<QString, qsizetype> seen;
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"id"_L1, "component"_L1, "window"_L1, "description"_L1, "expected"_L1,
                           "core"_L1, "logReview"_L1});
        AcceptanceCheck check;
        check.id = uniqueId(o, path, f.path, seen);
        reference(o, "component"_L1, path, check.component);
        reference(o, "window"_L1, path, check.window);
        text(o, "description"_L1, path, check.description);
        text(o, "expected"_L1, path, check.expected);
        flag(o, "core"_L1, path, check.core);
        flag(o, "logReview"_L1, path, check.logReview);
        m_records.acceptance.append(std::move(check));
    });
}

void RecordsReader::messages(const JsonField &f)
{
    static const QStringList whenNames = vocabularyWords(Vocabulary::MessageTiming);
    QHash<QString, qsizetype> seen;
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"id"_L1, "audience"_L1, "when"_L1, "hours"_L1, "window"_L1, "subject"_L1,
                           "body"_L1, "contact"_L1, "limitations"_L1});
        MessageTemplate message;
        message.id = uniqueId(o, path, f.path, seen);
        text(o, "audience"_L1, path, message.audience);
        message.when = readOneOf(JsonInput::field(o, "when"_L1, path), whenNames,
                                 Tr::tr("time of sending"));
        if (const JsonField h = JsonInput::field(o, "hours"_L1, path); h.present())
            message.hours = JsonInput::integer(h, 0, INT_MAX);
        reference(o, "window"_L1, path, message.window);
        text(o, "subject"_L1, path, message.subject);
        text(o, "body"_L1, path, message.body);
        text(o, "contact"_L1, path, message.contact);
        text(o, "limitations"_L1, path, message.limitations);
        m_records.messages.append(std::move(message));
    });
}

void RecordsReader::monitoring(const JsonField &f)
{
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"component"_L1, "metric"_L1, "baseline"_L1, "hours"_L1});
        MonitoringPlan plan;
        plan.component = component(o, path);
        plan.metric = JsonInput::nonEmptyString(JsonInput::field(o, "metric"_L1, path));
        text(o, "baseline"_L1, path, plan.baseline);
        if (const JsonField h = JsonInput::field(o, "hours"_L1, path); h.present())
            plan.hours = JsonInput::integer(h, 1, INT_MAX);
        m_records.monitoring.append(std::move(plan));
    });
}

void RecordsReader::phases(const JsonField &f, ExecutionRecord &record)
{
    // In Phase order, as phaseName() spells them.
    static constexpr QLatin1String names[phaseCount] = {"prepare"_L1, "backup"_L1, "execute"_L1,
                                                        "verify"_L1, "rollback"_L1};
    const JsonValue o = JsonInput::object(f);
    m_in.checkMembers(o, f.path, {names[0], names[1], names[2], names[3], names[4]});
    for (int p = 0; p < phaseCount; ++p) {
        const JsonField phase = JsonInput::field(o, names[p], f.path);
        if (!phase.present())
            continue;
        const JsonValue po = JsonInput::object(phase);
        m_in.checkMembers(po, phase.path, {"start"_L1, "end"_L1});
        QDateTime &started = record.started[size_t(p)];
        QDateTime &ended = record.ended[size_t(p)];
        if (const JsonField s = JsonInput::field(po, "start"_L1, phase.path); s.present())
            started = JsonInput::localTime(s);
        const JsonField end = JsonInput::field(po, "end"_L1, phase.path);
        if (end.present())
            ended = JsonInput::localTime(end);
        if (started.isValid() && ended.isValid() && ended < started)
            JsonInput::fail(end.path,
                            Tr::tr("the phase ends (%1) before it starts (%2)")
                                .arg(end.value.toString(),
                                     started.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))));
    }
}

void RecordsReader::executed(const JsonField &f)
{
    static const QStringList rollbackNames = vocabularyWords(Vocabulary::RollbackStatus);
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path,
                          {"component"_L1, "to"_L1, "phases"_L1, "checks"_L1, "issues"_L1,
                           "rollback"_L1, "followUps"_L1});
        ExecutionRecord record;
        record.component = component(o, path);
        text(o, "to"_L1, path, record.to);
        if (const JsonField p = JsonInput::field(o, "phases"_L1, path); p.present())
            phases(p, record);
        if (const JsonField c = JsonInput::field(o, "checks"_L1, path); c.present()) {
            forEachObject(c, [&](const JsonValue &co, const JsonPath &cp) {
                m_in.checkMembers(co, cp, {"check"_L1, "passed"_L1, "note"_L1});
                CheckResult result;
                result.check = JsonInput::nonEmptyString(JsonInput::field(co, "check"_L1, cp));
                result.passed = JsonInput::boolean(JsonInput::field(co, "passed"_L1, cp));
                text(co, "note"_L1, cp, result.note);
                record.checks.append(std::move(result));
            });
        }
        if (const JsonField i = JsonInput::field(o, "issues"_L1, path); i.present()) {
            forEachObject(i, [&](const JsonValue &io, const JsonPath &ip) {
                m_in.checkMembers(io, ip, {"text"_L1, "resolution"_L1});
                ExecutionIssue issue;
                issue.text = JsonInput::nonEmptyString(JsonInput::field(io, "text"_L1, ip));
                text(io, "resolution"_L1, ip, issue.resolution);
                record.issues.append(std::move(issue));
            });
        }
        if (const JsonField r = JsonInput::field(o, "rollback"_L1, path); r.present())
            record.rollback = readOneOf(r, rollbackNames, Tr::tr("rollback status"));
        list(o, "followUps"_L1, path, record.followUps);
        m_records.executed.append(std::move(record));
    });
}

void RecordsReader::estimates(const JsonField &f)
{
    QHash<ComponentKind, qsizetype> seen;
    forEachObject(f, [&](const JsonValue &o, const JsonPath &path) {
        m_in.checkMembers(o, path, {"kind"_L1, "durations"_L1});
        KindEstimate estimate;
        const JsonField kind = JsonInput::field(o, "kind"_L1, path);
        estimate.kind = JsonInput::kind(kind);
        // One estimate per kind: a second could not say which is meant.
        if (const auto it = seen.constFind(estimate.kind); it != seen.constEnd())
            JsonInput::fail(kind.path, Tr::tr("a second estimate for '%1' (first at %2)")
                                           .arg(kindName(estimate.kind), f.path.at(*it).text()));
        seen.insert(estimate.kind, m_records.estimates.size());
        if (const JsonField d = JsonInput::field(o, "durations"_L1, path); d.present())
            readPhaseDurations(m_in, d, estimate.durations);
        m_records.estimates.append(std::move(estimate));
    });
}

} // namespace

void readPhaseDurations(JsonInput &in, const JsonField &f, PhaseDurations &durations)
{
    // In Phase order, as phaseName() spells them.
    static constexpr QLatin1String names[phaseCount] = {"prepare"_L1, "backup"_L1, "execute"_L1,
                                                        "verify"_L1, "rollback"_L1};
    const JsonValue o = JsonInput::object(f);
    in.checkMembers(o, f.path, {names[0], names[1], names[2], names[3], names[4]});
    for (int p = 0; p < phaseCount; ++p) {
        Q_ASSERT(phaseName(Phase(p)) == names[p]);
        const JsonField m = JsonInput::field(o, names[p], f.path);
        if (m.present())
            durations[Phase(p)] = JsonInput::integer(m, 0, INT_MAX);
    }
}

QString readOneOf(const JsonField &f, const QStringList &names, const QString &what)
{
    const QString s = JsonInput::string(f);
    if (!names.contains(s))
        JsonInput::fail(f.path,
                        Tr::tr("unknown %1 '%2' (known: %3)").arg(what, s, names.join(u' ')));
    return s;
}

void readChangeRecords(JsonInput &in, const JsonValue &root, const JsonPath &top,
                       ChangeRecords &records)
{
    RecordsReader reader(in, records);
    const auto section = [&](QLatin1String key, void (RecordsReader::*fn)(const JsonField &)) {
        const JsonField f = JsonInput::field(root, key, top);
        if (f.present())
            (reader.*fn)(f);
    };
    section("configuration"_L1, &RecordsReader::configuration);
    section("rollbacks"_L1, &RecordsReader::rollbacks);
    section("pilots"_L1, &RecordsReader::pilots);
    section("acceptance"_L1, &RecordsReader::acceptance);
    section("messages"_L1, &RecordsReader::messages);
    section("monitoring"_L1, &RecordsReader::monitoring);
    section("executed"_L1, &RecordsReader::executed);
    section("estimates"_L1, &RecordsReader::estimates);
}

} // namespace planner
