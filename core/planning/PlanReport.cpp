// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReport.h"

#include "exchange/JsonStream.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)
};

QJsonArray idList(const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids)
        out.append(id);
    return out;
}

} // namespace

namespace {

// The members of each object of the plan, in the order QJsonObject keeps them (by key), written
// through @p add: into a QJsonObject for planToJson(), straight to a JsonStream for writePlanJson().
template<typename Add>
void stepMembers(const PlanStep &s, Add &&add)
{
    add("component", s.component);
    add("from", s.from.text());
    add("group", s.group >= 0 ? std::optional<int>(s.group + 1) : std::nullopt);
    add("reason", s.reason);
    add("requiredStop", s.requiredStop);
    add("steppingStone", s.steppingStone);
    add("to", s.to.text());
    add("unsupportedStone", s.unsupportedStone);
}

QJsonObject groupObject(const UpgradePlan &plan, int i)
{
    return {{QStringLiteral("id"), i + 1},
            {QStringLiteral("components"), idList(plan.groups[i].components)},
            {QStringLiteral("reason"), plan.groups[i].reason}};
}

QJsonObject blockedObject(const BlockedUpgrade &b)
{
    return {{QStringLiteral("component"), b.component}, {QStringLiteral("reason"), b.reason}};
}

QJsonObject pinObject(const PinProblem &p)
{
    return {{QStringLiteral("component"), p.component}, {QStringLiteral("reason"), p.reason}};
}

} // namespace

QJsonObject planToJson(const UpgradePlan &plan)
{
    QJsonArray waves;
    QJsonArray steps;
    int wave = 0;
    auto closeWave = [&] {
        if (wave > 0)
            waves.append(
                QJsonObject{{QStringLiteral("index"), wave}, {QStringLiteral("steps"), steps}});
        steps = QJsonArray();
    };
    for (const PlanStep &s : plan.steps) {
        if (s.wave != wave) {
            closeWave();
            wave = s.wave;
        }
        QJsonObject step;
        stepMembers(s, [&step](const char *key, const auto &value) {
            step.insert(QLatin1StringView(key), jsonValue(value));
        });
        steps.append(step);
    }
    closeWave();

    QJsonArray groups;
    for (int i = 0; i < plan.groups.size(); ++i)
        groups.append(groupObject(plan, i));
    QJsonArray blocked;
    for (const BlockedUpgrade &b : plan.blocked)
        blocked.append(blockedObject(b));
    QJsonArray pins;
    for (const PinProblem &p : plan.pinProblems)
        pins.append(pinObject(p));
    return QJsonObject{{QStringLiteral("waves"), waves},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("blocked"), blocked},
                       {QStringLiteral("pinProblems"), pins}};
}

void writePlanJson(JsonStream &stream, const UpgradePlan &plan)
{
    stream.beginObject();
    stream.key(QLatin1StringView("blocked")).beginArray();
    for (const BlockedUpgrade &b : plan.blocked)
        stream.value(QJsonValue(blockedObject(b)));
    stream.endArray();
    stream.key(QLatin1StringView("groups")).beginArray();
    for (int i = 0; i < plan.groups.size(); ++i)
        stream.value(QJsonValue(groupObject(plan, i)));
    stream.endArray();
    stream.key(QLatin1StringView("pinProblems")).beginArray();
    for (const PinProblem &p : plan.pinProblems)
        stream.value(QJsonValue(pinObject(p)));
    stream.endArray();
    stream.key(QLatin1StringView("waves")).beginArray();
    int wave = 0;
    for (const PlanStep &s : plan.steps) {
        if (s.wave != wave) {
            if (wave > 0) {
                stream.endArray();
                stream.endObject();
            }
            wave = s.wave;
            stream.beginObject();
            stream.key(QLatin1StringView("index")).value(wave);
            stream.key(QLatin1StringView("steps")).beginArray();
        }
        stream.beginObject();
        stepMembers(s, [&stream](const char *key, const auto &value) {
            stream.key(QLatin1StringView(key));
            stream.value(value);
        });
        stream.endObject();
    }
    if (wave > 0) {
        stream.endArray();
        stream.endObject();
    }
    stream.endArray();
    stream.endObject();
}

QString planToText(const UpgradePlan &plan)
{
    QString text;
    QTextStream out(&text);
    // Marked for lupdate, which gives them English plural forms (translations/*_en.ts).
    const auto count = [](const char *text, int n) {
        return QCoreApplication::translate("PlanReport", text, nullptr, n);
    };
    out << count(QT_TRANSLATE_N_NOOP("PlanReport", "%n step(s)"), int(plan.steps.size()))
        << count(QT_TRANSLATE_N_NOOP("PlanReport", " in %n wave(s)"), plan.waveCount());
    if (!plan.groups.isEmpty())
        out << count(QT_TRANSLATE_N_NOOP("PlanReport", ", %n group(s) moving together"),
                     int(plan.groups.size()));
    if (!plan.blocked.isEmpty())
        out << count(QT_TRANSLATE_N_NOOP("PlanReport", ", %n upgrade(s) blocked"),
                     int(plan.blocked.size()));
    out << "\n";
    int width = 0;
    for (const PlanStep &s : plan.steps)
        width = std::max<int>(width, int(s.component.size()));
    int wave = 0;
    for (const PlanStep &s : plan.steps) {
        if (s.wave != wave) {
            wave = s.wave;
            out << "\n" << Tr::tr("Wave %1").arg(wave) << "\n";
        }
        QString move = QStringLiteral("%1 -> %2").arg(s.from.text(), s.to.text());
        if (s.group >= 0)
            move += Tr::tr(" [group %1]").arg(s.group + 1);
        out << "  " << s.component.leftJustified(width) << "  " << move.leftJustified(22) << "  "
            << s.reason << "\n";
    }
    if (!plan.groups.isEmpty()) {
        out << "\n" << Tr::tr("Groups (each moves in one window)") << "\n";
        for (int i = 0; i < plan.groups.size(); ++i)
            out << "  " << (i + 1) << ": " << plan.groups[i].components.join(QStringLiteral(", "))
                << " - " << plan.groups[i].reason << "\n";
    }
    if (!plan.blocked.isEmpty()) {
        out << "\n" << Tr::tr("Blocked") << "\n";
        for (const BlockedUpgrade &b : plan.blocked)
            out << "  " << b.component << ": " << b.reason << "\n";
    }
    if (!plan.pinProblems.isEmpty()) {
        out << "\n" << Tr::tr("Pins that cannot hold") << "\n";
        for (const PinProblem &p : plan.pinProblems)
            out << "  " << p.component << ": " << p.reason << "\n";
    }
    return text;
}

} // namespace planner
