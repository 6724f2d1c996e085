// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeJson.h"

#include "BusinessImpact.h"
#include "ChangeMessages.h"
#include "PlannedActual.h"
#include "Readiness.h"
#include "RiskScore.h"

#include <QJsonArray>

#include <cmath>

namespace planner {

namespace {

QJsonValue orNull(int value, bool present)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

template<typename T>
QJsonValue optional(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue rounded(const std::optional<double> &v)
{
    // Two decimals are what a person compares; the JSON stays stable across platforms.
    return v ? QJsonValue(std::round(*v * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QString wallText(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-ddTHH:mm");
}

QJsonObject processJson(const ProcessImpact &p)
{
    QJsonObject o{{QStringLiteral("process"), p.process},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("criticality"), criticalityName(p.criticality)},
                  {QStringLiteral("category"), p.category},
                  {QStringLiteral("stricter"), p.stricter},
                  {QStringLiteral("userGroups"), QJsonArray::fromStringList(p.userGroups)},
                  {QStringLiteral("externalCustomers"), p.externalCustomers},
                  {QStringLiteral("serviceLevel"), p.serviceLevel},
                  {QStringLiteral("maxOutageMinutes"), optional(p.maxOutageMinutes)},
                  {QStringLiteral("downtimeMinutes"), p.downtimeMinutes},
                  {QStringLiteral("worstCaseMinutes"), p.worstCaseMinutes}};
    if (!p.via.isEmpty())
        o.insert(QStringLiteral("via"), p.via);
    return o;
}

} // namespace

QJsonObject readinessToJson(const Readiness &readiness)
{
    QJsonArray items;
    for (const ReadinessItem &i : readiness.items)
        items.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("component"), i.component},
                                 {QStringLiteral("step"), orNull(i.planStep, i.planStep >= 0)},
                                 {QStringLiteral("window"), i.window},
                                 {QStringLiteral("process"), i.process},
                                 {QStringLiteral("reason"), i.reason}});
    return {{QStringLiteral("ready"), readiness.isReady()},
            {QStringLiteral("count"), int(readiness.items.size())},
            {QStringLiteral("items"), items}};
}

QJsonObject riskToJson(const PlanRisk &risk)
{
    QJsonArray steps;
    for (const StepRisk &s : risk.steps) {
        QJsonArray items;
        for (const RiskItem &i : s.items)
            items.append(QJsonObject{{QStringLiteral("rule"), i.rule},
                                     {QStringLiteral("points"), i.points},
                                     {QStringLiteral("cause"), i.cause}});
        steps.append(QJsonObject{{QStringLiteral("step"), s.planStep},
                                 {QStringLiteral("component"), s.component},
                                 {QStringLiteral("from"), s.from.text()},
                                 {QStringLiteral("to"), s.to.text()},
                                 {QStringLiteral("score"), s.score},
                                 {QStringLiteral("level"), s.level},
                                 {QStringLiteral("items"), items}});
    }
    return {{QStringLiteral("score"), risk.score},
            {QStringLiteral("level"), risk.level},
            {QStringLiteral("reviewPath"), risk.reviewPath},
            {QStringLiteral("guidance"), risk.guidance},
            {QStringLiteral("steps"), steps}};
}

QJsonObject comparisonToJson(const PlanComparison &comparison)
{
    QJsonArray steps;
    for (const StepComparison &s : comparison.steps) {
        QJsonObject planned;
        QJsonObject actual;
        for (int p = 0; p < phaseCount; ++p) {
            planned.insert(phaseName(Phase(p)), s.planned[size_t(p)]);
            actual.insert(phaseName(Phase(p)), optional(s.actual[size_t(p)]));
        }
        steps.append(QJsonObject{{QStringLiteral("component"), s.component},
                                 {QStringLiteral("kind"), kindName(s.kind)},
                                 {QStringLiteral("planned"), planned},
                                 {QStringLiteral("actual"), actual},
                                 {QStringLiteral("plannedTotal"), s.plannedTotal},
                                 {QStringLiteral("actualTotal"), s.actualTotal},
                                 {QStringLiteral("ratio"), rounded(s.ratio)}});
    }
    QJsonArray kinds;
    for (const KindComparison &k : comparison.kinds) {
        QJsonObject planned;
        QJsonObject actual;
        for (int p = 0; p < phaseCount; ++p) {
            planned.insert(phaseName(Phase(p)), rounded(k.averagePlanned[size_t(p)]));
            actual.insert(phaseName(Phase(p)), rounded(k.averageActual[size_t(p)]));
        }
        kinds.append(QJsonObject{{QStringLiteral("kind"), kindName(k.kind)},
                                 {QStringLiteral("steps"), k.steps},
                                 {QStringLiteral("averagePlanned"), planned},
                                 {QStringLiteral("averageActual"), actual},
                                 {QStringLiteral("ratio"), rounded(k.ratio)}});
    }
    return {{QStringLiteral("steps"), steps}, {QStringLiteral("kinds"), kinds}};
}

QJsonObject messagesToJson(const QList<FilledMessage> &messages)
{
    QJsonArray list;
    for (const FilledMessage &m : messages)
        list.append(QJsonObject{{QStringLiteral("template"), m.templateId},
                                {QStringLiteral("audience"), m.audience},
                                {QStringLiteral("when"), m.when},
                                {QStringLiteral("window"), m.window},
                                {QStringLiteral("occurrence"), m.occurrence},
                                {QStringLiteral("windowStart"), wallText(m.windowStart)},
                                {QStringLiteral("windowEnd"), wallText(m.windowEnd)},
                                {QStringLiteral("send"), wallText(m.send)},
                                {QStringLiteral("services"), QJsonArray::fromStringList(m.services)},
                                {QStringLiteral("subject"), m.subject},
                                {QStringLiteral("body"), m.body}});
    return {{QStringLiteral("messages"), list}};
}

QJsonObject impactToJson(const BusinessImpact &impact)
{
    QJsonArray steps;
    for (const StepImpact &s : impact.steps) {
        QJsonArray processes;
        for (const ProcessImpact &p : s.processes)
            processes.append(processJson(p));
        steps.append(QJsonObject{{QStringLiteral("step"), s.planStep},
                                 {QStringLiteral("component"), s.component},
                                 {QStringLiteral("from"), s.from.text()},
                                 {QStringLiteral("to"), s.to.text()},
                                 {QStringLiteral("scheduled"), s.scheduled},
                                 {QStringLiteral("downtimeMinutes"), s.downtimeMinutes},
                                 {QStringLiteral("stricter"), s.stricter},
                                 {QStringLiteral("processes"), processes}});
    }
    QJsonArray processes;
    QStringList stricter;
    for (const ProcessImpact &p : impact.processes)
        processes.append(processJson(p));
    for (const ProcessImpact &p : impact.stricter)
        stricter << p.process;
    return {{QStringLiteral("steps"), steps},
            {QStringLiteral("processes"), processes},
            {QStringLiteral("stricter"), QJsonArray::fromStringList(stricter)}};
}

} // namespace planner
