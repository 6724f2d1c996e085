// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleJson.h"

#include "exchange/JsonStream.h"

#include <QJsonArray>
#include <QJsonValue>

namespace planner {

QString scheduleTimeText(const QDateTime &wall)
{
    return wall.isValid() ? wall.toString(u"yyyy-MM-ddTHH:mm") : QString();
}

namespace {

QJsonValue timeValue(const QDateTime &wall)
{
    return wall.isValid() ? QJsonValue(scheduleTimeText(wall)) : QJsonValue();
}

QJsonObject stepObject(const Schedule &schedule, const ScheduledStep &s)
{
    const WindowOccurrence &w = schedule.windows[s.window];
    QJsonObject phases{{QStringLiteral("prepare"), timeValue(s.start)},
                       {QStringLiteral("backup"), timeValue(s.backupStart)},
                       {QStringLiteral("execute"), timeValue(s.executeStart)},
                       {QStringLiteral("verify"), timeValue(s.verifyStart)},
                       {QStringLiteral("decision"), timeValue(s.end)}};
    QJsonObject o{{QStringLiteral("component"), s.component},
                  {QStringLiteral("from"), s.from.text()},
                  {QStringLiteral("to"), s.to.text()},
                  {QStringLiteral("window"), w.window},
                  {QStringLiteral("occurrence"), w.key()},
                  {QStringLiteral("lane"), s.lane + 1},
                  {QStringLiteral("wave"), s.wave},
                  {QStringLiteral("start"), timeValue(s.start)},
                  {QStringLiteral("end"), timeValue(s.end)},
                  {QStringLiteral("decided"), timeValue(s.decided)},
                  {QStringLiteral("pointOfNoReturn"), timeValue(s.pointOfNoReturn)},
                  {QStringLiteral("rollbackEnd"), timeValue(s.rollbackEnd)},
                  {QStringLiteral("rollbackMinutes"), s.rollbackMinutes},
                  {QStringLiteral("rollbackIsRestore"), s.restore},
                  {QStringLiteral("phases"), phases}};
    if (s.group >= 0)
        o.insert(QStringLiteral("group"), s.group + 1);
    if (!s.staff.isEmpty())
        o.insert(QStringLiteral("staff"), QJsonArray::fromStringList(s.staff));
    const bool byDependent = s.pointOfNoReturnBy == ScheduledStep::PointOfNoReturnBy::Dependent
                             && s.dependent >= 0 && s.dependent < schedule.steps.size();
    o.insert(QStringLiteral("pointOfNoReturnBy"),
             byDependent ? QStringLiteral("dependent") : QStringLiteral("window"));
    if (byDependent) {
        const ScheduledStep &d = schedule.steps[s.dependent];
        o.insert(QStringLiteral("dependent"), QJsonObject{{QStringLiteral("component"), d.component},
                                                          {QStringLiteral("from"), d.from.text()},
                                                          {QStringLiteral("to"), d.to.text()}});
    }
    o.insert(QStringLiteral("windowPointOfNoReturn"), timeValue(s.windowPointOfNoReturn));
    if (s.notEarlierWindow >= 0 && s.notEarlierWindow < schedule.windows.size()) {
        const QString occurrence = schedule.windows[s.notEarlierWindow].key();
        o.insert(QStringLiteral("notEarlier"),
                 QJsonObject{{QStringLiteral("occurrence"), occurrence},
                             {QStringLiteral("cause"), s.notEarlierCause},
                             {QStringLiteral("text"), s.notEarlier}});
    }
    return o;
}

// The members of an unscheduled step in the order QJsonObject keeps them (by key), written
// through @p add: into a QJsonObject, or straight to a JsonStream.
template<typename Add>
void unscheduledMembers(const Schedule &schedule, const UnscheduledStep &u, const QJsonArray *fixes,
                        Add &&add)
{
    if (u.closestWindow >= 0 && u.closestWindow < schedule.windows.size())
        add("closest",
            QJsonObject{{QStringLiteral("occurrence"), schedule.windows[u.closestWindow].key()},
                        {QStringLiteral("cause"), u.closestCause}});
    add("component", u.component);
    if (fixes)
        add("fixes", *fixes);
    add("from", u.from.text());
    add("reason", u.reason);
    add("to", u.to.text());
    add("type", u.cause);
    if (u.waitedForWave > 0 || !u.waitedForStep.isEmpty())
        add("waitedFor", QJsonObject{{QStringLiteral("wave"), u.waitedForWave},
                                     {QStringLiteral("step"), u.waitedForStep}});
    add("wave", u.wave);
}

QJsonObject unscheduledObject(const Schedule &schedule, const UnscheduledStep &u,
                              const QJsonArray *fixes)
{
    QJsonObject o;
    unscheduledMembers(schedule, u, fixes, [&o](const char *key, const auto &value) {
        o.insert(QLatin1StringView(key), jsonValue(value));
    });
    return o;
}

} // namespace

namespace {

// Every member but the two long lists (steps and unscheduled steps).
QJsonObject scheduleSummary(const Schedule &schedule, const ScheduleFixes &fixes)
{
    QJsonArray windows;
    for (const WindowOccurrence &w : schedule.windows) {
        if (!w.isUsed())
            continue;
        windows.append(QJsonObject{{QStringLiteral("window"), w.window},
                                   {QStringLiteral("occurrence"), w.key()},
                                   {QStringLiteral("start"), timeValue(w.start)},
                                   {QStringLiteral("end"), timeValue(w.end)},
                                   {QStringLiteral("minutes"), w.minutes},
                                   {QStringLiteral("parallel"), w.parallel},
                                   {QStringLiteral("steps"), int(w.steps.size())},
                                   {QStringLiteral("worstCaseEnd"), timeValue(w.worstCaseEnd)},
                                   {QStringLiteral("overrunMinutes"), w.overrunMinutes}});
    }

    QJsonArray downtime;
    for (const ProcessDowntime &d : schedule.downtime)
        downtime.append(QJsonObject{{QStringLiteral("process"), d.process},
                                    {QStringLiteral("name"), d.name},
                                    {QStringLiteral("minutes"), d.minutes},
                                    {QStringLiteral("worstCaseMinutes"), d.worstCaseMinutes},
                                    {QStringLiteral("steps"), d.steps}});

    QJsonArray critical;
    for (int index : schedule.criticalPath) {
        const ScheduledStep &s = schedule.steps[index];
        critical.append(QJsonObject{{QStringLiteral("component"), s.component},
                                    {QStringLiteral("from"), s.from.text()},
                                    {QStringLiteral("to"), s.to.text()},
                                    {QStringLiteral("start"), timeValue(s.start)},
                                    {QStringLiteral("end"), timeValue(s.end)}});
    }

    QJsonArray conflicts;
    for (qsizetype i = 0; i < schedule.conflicts.size(); ++i) {
        QJsonObject c = conflictToJson(schedule.conflicts[i]);
        if (i < fixes.conflicts.size() && fixes.conflicts[i])
            c.insert(QStringLiteral("fixes"), *fixes.conflicts[i]);
        conflicts.append(c);
    }

    return QJsonObject{{QStringLiteral("timezone"), schedule.timezone},
                       {QStringLiteral("windowsUsed"), schedule.windowsUsed},
                       {QStringLiteral("finish"), timeValue(schedule.finish)},
                       {QStringLiteral("windows"), windows},
                       {QStringLiteral("downtime"), downtime},
                       {QStringLiteral("criticalPath"), critical},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(schedule.notes)}};
}

} // namespace

QJsonObject scheduleToJson(const Schedule &schedule, const ScheduleFixes &fixes)
{
    QJsonObject o = scheduleSummary(schedule, fixes);
    QJsonArray steps;
    for (const ScheduledStep &s : schedule.steps)
        steps.append(stepObject(schedule, s));
    QJsonArray unscheduled;
    for (qsizetype i = 0; i < schedule.unscheduled.size(); ++i)
        unscheduled.append(
            unscheduledObject(schedule, schedule.unscheduled[i], fixes.unscheduledFixes(i)));
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("unscheduled"), unscheduled);
    return o;
}

void writeScheduleJson(JsonStream &stream, const Schedule &schedule, const ScheduleFixes &fixes)
{
    stream.object(scheduleSummary(schedule, fixes),
                  {{QStringLiteral("steps"),
                    [&schedule](JsonStream &out) {
                        out.beginArray();
                        for (const ScheduledStep &s : schedule.steps)
                            out.value(QJsonValue(stepObject(schedule, s)));
                        out.endArray();
                    }},
                   {QStringLiteral("unscheduled"), [&schedule, &fixes](JsonStream &out) {
                        out.beginArray();
                        for (qsizetype i = 0; i < schedule.unscheduled.size(); ++i) {
                            out.beginObject();
                            unscheduledMembers(schedule, schedule.unscheduled[i],
                                               fixes.unscheduledFixes(i),
                                               [&out](const char *key, const auto &v) {
                                                   out.key(QLatin1StringView(key));
                                                   out.value(v);
                                               });
                            out.endObject();
                        }
                        out.endArray();
                    }}});
}

} // namespace planner
