// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDiff.h"

#include "exchange/InputFile.h"
#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanDiff)
};

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

/// One step of a plan as the diff compares it.
struct StepFacts
{
    QString component;
    QString from;
    QString to;
    QString occurrence; ///< empty: not scheduled
    QString start;
    int minutes = -1; ///< prepare to decision
    int rollback = -1;
};

int minutesBetween(const QString &a, const QString &b)
{
    const QDateTime x = QDateTime::fromString(a, Qt::ISODate);
    const QDateTime y = QDateTime::fromString(b, Qt::ISODate);
    return x.isValid() && y.isValid() ? int(x.secsTo(y) / 60) : -1;
}

// Steps by "component|from|to", scheduled and unscheduled alike.
QMap<QString, StepFacts> stepsOf(const QJsonObject &plan)
{
    QMap<QString, StepFacts> steps;
    const QJsonObject schedule = obj(plan, "schedule");
    for (const QJsonValue &v : arr(schedule, "steps")) {
        const QJsonObject s = v.toObject();
        StepFacts f{str(s, "component"),
                    str(s, "from"),
                    str(s, "to"),
                    str(s, "occurrence"),
                    str(s, "start"),
                    minutesBetween(str(s, "start"), str(s, "end")),
                    s.value(QLatin1String("rollbackMinutes")).toInt(-1)};
        steps.insert(f.component + u'|' + f.from + u'|' + f.to, f);
    }
    for (const QJsonValue &v : arr(schedule, "unscheduled")) {
        const QJsonObject s = v.toObject();
        StepFacts f{str(s, "component"), str(s, "from"), str(s, "to"), {}, {}, -1, -1};
        steps.insert(f.component + u'|' + f.from + u'|' + f.to, f);
    }
    return steps;
}

QMap<QString, QJsonObject> byKey(const QJsonArray &list, const char *key)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue &v : list)
        map.insert(str(v.toObject(), key), v.toObject());
    return map;
}

QString moveText(const QJsonObject &m)
{
    QStringList versions{str(m, "from")};
    for (const QJsonValue &v : arr(m, "via"))
        versions.append(v.toString());
    versions.append(str(m, "to"));
    return versions.join(QStringLiteral(" \u2192 "));
}

QString placeText(const StepFacts &s)
{
    return s.occurrence.isEmpty() ? Tr::tr("not scheduled")
                                  : Tr::tr("%1 at %2").arg(s.occurrence, s.start);
}

class Differ
{
public:
    QList<PlanChange> changes;

    void add(const char *kind, const QString &subject, const QString &before, const QString &after,
             const QString &text)
    {
        changes.append({QLatin1String(kind), subject, before, after, text});
    }

    void project(const QJsonObject &a, const QJsonObject &b)
    {
        const QJsonObject pa = obj(a, "project");
        const QJsonObject pb = obj(b, "project");
        for (const char *field : {"name", "reason", "purpose", "urgency", "timezone", "start",
                                  "decisionMinutes", "restoreTestMaxDays"}) {
            // restoreTestMaxDays is left out when it is the default.
            const auto value = [field](const QJsonObject &o) {
                if (qstrcmp(field, "restoreTestMaxDays") == 0 && !o.contains(QLatin1String(field)))
                    return QString::number(defaultRestoreTestMaxDays);
                return str(o, field);
            };
            if (value(pa) != value(pb))
                add("project-changed", QLatin1String(field), value(pa), value(pb),
                    Tr::tr("The project's %1 changed from \"%2\" to \"%3\".")
                        .arg(QLatin1String(field), value(pa), value(pb)));
        }
    }

    void moves(const QJsonObject &a, const QJsonObject &b)
    {
        const auto ma = byKey(arr(a, "moves"), "component");
        const auto mb = byKey(arr(b, "moves"), "component");
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            const auto other = mb.constFind(it.key());
            if (other == mb.cend()) {
                add("move-removed", it.key(), moveText(*it), {},
                    Tr::tr("%1 no longer moves (was %2).").arg(it.key(), moveText(*it)));
            } else if (moveText(*it) != moveText(*other)) {
                add("version-changed", it.key(), moveText(*it), moveText(*other),
                    Tr::tr("%1 now goes %2 (was %3).")
                        .arg(it.key(), moveText(*other), moveText(*it)));
            }
        }
        for (auto it = mb.cbegin(); it != mb.cend(); ++it)
            if (!ma.contains(it.key()))
                add("move-added", it.key(), {}, moveText(*it),
                    Tr::tr("%1 now moves: %2.").arg(it.key(), moveText(*it)));
    }

    void steps(const QJsonObject &a, const QJsonObject &b)
    {
        const auto sa = stepsOf(a);
        const auto sb = stepsOf(b);
        auto name = [](const StepFacts &s) {
            return QStringLiteral("%1 %2 \u2192 %3").arg(s.component, s.from, s.to);
        };
        for (auto it = sa.cbegin(); it != sa.cend(); ++it) {
            const auto other = sb.constFind(it.key());
            if (other == sb.cend()) {
                add("step-removed", it->component, name(*it), {},
                    Tr::tr("Step %1 was removed (it was %2).").arg(name(*it), placeText(*it)));
                continue;
            }
            if (it->occurrence != other->occurrence || it->start != other->start) {
                add("step-moved", it->component, placeText(*it), placeText(*other),
                    Tr::tr("Step %1 moved from %2 to %3.")
                        .arg(name(*it), placeText(*it), placeText(*other)));
            }
            if (it->minutes != other->minutes || it->rollback != other->rollback) {
                const QString before
                    = Tr::tr("%1 min, rollback %2 min").arg(it->minutes).arg(it->rollback);
                const QString after
                    = Tr::tr("%1 min, rollback %2 min").arg(other->minutes).arg(other->rollback);
                add("step-duration", it->component, before, after,
                    Tr::tr("Step %1 now takes %2 (was %3).").arg(name(*it), after, before));
            }
        }
        for (auto it = sb.cbegin(); it != sb.cend(); ++it)
            if (!sa.contains(it.key()))
                add("step-added", it->component, {}, placeText(*it),
                    Tr::tr("Step %1 was added (%2).").arg(name(*it), placeText(*it)));
    }

    void schedule(const QJsonObject &a, const QJsonObject &b)
    {
        const QString fa = str(obj(a, "schedule"), "finish");
        const QString fb = str(obj(b, "schedule"), "finish");
        if (fa != fb)
            add("finish-changed", QStringLiteral("finish"), fa, fb,
                Tr::tr("The plan now finishes at %1 (was %2).")
                    .arg(fb.isEmpty() ? Tr::tr("no time") : fb,
                         fa.isEmpty() ? Tr::tr("no time") : fa));
        const auto da = byKey(arr(obj(a, "schedule"), "downtime"), "process");
        const auto db = byKey(arr(obj(b, "schedule"), "downtime"), "process");
        QStringList processes = da.keys() + db.keys();
        processes.removeDuplicates();
        processes.sort();
        for (const QString &p : std::as_const(processes)) {
            const QString before = str(da.value(p), "minutes");
            const QString after = str(db.value(p), "minutes");
            if (before != after)
                add("downtime-changed", p, before, after,
                    Tr::tr("Downtime of process %1 is now %2 min (was %3 min).")
                        .arg(p, after.isEmpty() ? QStringLiteral("0") : after,
                             before.isEmpty() ? QStringLiteral("0") : before));
        }
    }

    void conflicts(const QJsonObject &a, const QJsonObject &b)
    {
        const auto ca = byKey(arr(a, "conflicts"), "key");
        const auto cb = byKey(arr(b, "conflicts"), "key");
        for (auto it = ca.cbegin(); it != ca.cend(); ++it)
            if (!cb.contains(it.key()))
                add("conflict-removed", it.key(), str(*it, "message"), {},
                    Tr::tr("Conflict resolved: %1").arg(str(*it, "message")));
        for (auto it = cb.cbegin(); it != cb.cend(); ++it)
            if (!ca.contains(it.key()))
                add("conflict-added", it.key(), {}, str(*it, "message"),
                    Tr::tr("New %1: %2").arg(str(*it, "severity"), str(*it, "message")));
    }

    void waivers(const QJsonObject &a, const QJsonObject &b)
    {
        const auto wa = byKey(arr(a, "waivers"), "conflict");
        const auto wb = byKey(arr(b, "waivers"), "conflict");
        auto text = [](const QJsonObject &w) {
            const QString expires = str(w, "expires");
            return expires.isEmpty() ? str(w, "reason")
                                     : Tr::tr("%1 (until %2)").arg(str(w, "reason"), expires);
        };
        for (auto it = wa.cbegin(); it != wa.cend(); ++it) {
            const auto other = wb.constFind(it.key());
            if (other == wb.cend())
                add("waiver-removed", it.key(), text(*it), {},
                    Tr::tr("Waiver withdrawn for %1.").arg(it.key()));
            else if (text(*it) != text(*other))
                add("waiver-changed", it.key(), text(*it), text(*other),
                    Tr::tr("Waiver for %1 now reads \"%2\" (was \"%3\").")
                        .arg(it.key(), text(*other), text(*it)));
        }
        for (auto it = wb.cbegin(); it != wb.cend(); ++it)
            if (!wa.contains(it.key()))
                add("waiver-added", it.key(), {}, text(*it),
                    Tr::tr("New waiver for %1: %2").arg(it.key(), text(*it)));
    }
};

} // namespace

QList<PlanChange> diffPlans(const QJsonObject &before, const QJsonObject &after)
{
    Differ differ;
    differ.project(before, after);
    differ.moves(before, after);
    differ.steps(before, after);
    differ.schedule(before, after);
    differ.conflicts(before, after);
    differ.waivers(before, after);
    return differ.changes;
}

Expected<QJsonObject> readPlanJson(const QString &path)
{
    const Expected<QByteArray> read = readInputFile(path);
    if (!read)
        return Error{path, read.error().what};
    const QByteArray &bytes = *read;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        return Error{path, Tr::tr("not JSON at line %1 (byte %2): %3")
                               .arg(line)
                               .arg(parseError.offset)
                               .arg(parseError.errorString())};
    }
    const QJsonObject plan = document.object();
    if (!document.isObject()
        || plan.value(QLatin1String("format")).toString() != QLatin1String("upgrade-planner-plan"))
        return Error{path, Tr::tr("not an Upgrade Planner plan (its \"format\" is not "
                                  "\"upgrade-planner-plan\")")};
    if (plan.value(QLatin1String("formatVersion")).toInt() != 1)
        return Error{path, Tr::tr("plan format version %1 is not supported (this program reads 1)")
                               .arg(str(plan, "formatVersion"))};
    return plan;
}

} // namespace planner
