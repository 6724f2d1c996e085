// SPDX-License-Identifier: GPL-3.0-or-later
#include "Conflict.h"

#include "exchange/JsonStream.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace planner {

QStringList conflictTypes()
{
    using namespace conflicttype;
    return {QLatin1String(unsatisfiedRequirement),
            QLatin1String(noUpgradePath),
            QLatin1String(dependencyCycle),
            QLatin1String(endOfSupport),
            QLatin1String(siteDrift),
            QLatin1String(unknownReference),
            QLatin1String(untestedBackup),
            QLatin1String(irreversibleWithoutRestore)};
}

QString severityName(Conflict::Severity severity)
{
    switch (severity) {
    case Conflict::Severity::Info:
        return QStringLiteral("info");
    case Conflict::Severity::Warning:
        return QStringLiteral("warning");
    case Conflict::Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString stateName(Conflict::State state)
{
    switch (state) {
    case Conflict::State::Current:
        return QStringLiteral("current");
    case Conflict::State::Target:
        return QStringLiteral("target");
    case Conflict::State::Intermediate:
        break;
    }
    return QStringLiteral("intermediate");
}

std::optional<Conflict::State> stateFromName(const QString &name)
{
    for (auto s : {Conflict::State::Current, Conflict::State::Target, Conflict::State::Intermediate})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<Conflict::Severity> severityFromName(const QString &name)
{
    for (auto s : {Conflict::Severity::Info, Conflict::Severity::Warning, Conflict::Severity::Error})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

QString stateLabel(Conflict::State state)
{
    switch (state) {
    case Conflict::State::Current:
        return QCoreApplication::translate("Conflict", "current state");
    case Conflict::State::Target:
        return QCoreApplication::translate("Conflict", "target state");
    case Conflict::State::Intermediate:
        break;
    }
    return QCoreApplication::translate("Conflict", "intermediate state");
}

QString severityLabel(Conflict::Severity severity)
{
    switch (severity) {
    case Conflict::Severity::Info:
        return QCoreApplication::translate("Conflict", "Info");
    case Conflict::Severity::Warning:
        return QCoreApplication::translate("Conflict", "Warning");
    case Conflict::Severity::Error:
        break;
    }
    return QCoreApplication::translate("Conflict", "Error");
}

namespace {

// The members in the order QJsonObject keeps them (by key), written through @p add.
template<typename Add>
void conflictMembers(const Conflict &c, Add &&add)
{
    add("components", c.components);
    add("key", c.key);
    add("message", c.message);
    add("severity", severityName(c.severity));
    add("state", stateName(c.state));
    add("type", c.type);
    add("waived", c.waived);
    if (c.waived)
        add("waiverReason", c.waiverReason);
}

} // namespace

QJsonObject conflictToJson(const Conflict &c)
{
    QJsonObject o;
    conflictMembers(c, [&o](const char *key, const auto &value) {
        o.insert(QLatin1StringView(key), jsonValue(value));
    });
    return o;
}

void writeConflictJson(JsonStream &stream, const Conflict &c)
{
    stream.beginObject();
    conflictMembers(c, [&stream](const char *key, const auto &value) {
        stream.key(QLatin1StringView(key));
        stream.value(value);
    });
    stream.endObject();
}

} // namespace planner
