// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner what-if PROJECT (--cancel OCCURRENCE | --overrun COMPONENT:FACTORx|+MIN |
//                                  --absent NAME[:FIRST[..LAST]] | --stop-wave WAVE:DONE) [--scenario NAME] [--json]
#include "CommandSupport.h"

#include "changes/WhatIf.h"
#include "exchange/JsonStream.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleText.h"
#include "schedule/Scheduler.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace planner::cli {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")) : QString();
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(scheduleTimeText(t)) : QJsonValue();
}

QJsonValue textJson(const QString &t)
{
    return t.isEmpty() ? QJsonValue() : QJsonValue(t);
}

void printJson(const QJsonObject &object)
{
    flushStreams();
    JsonStream stream(stdout);
    stream.value(QJsonValue(object));
    stream.finish();
}

QJsonArray movedJson(const QList<StepShift> &shifts)
{
    QJsonArray moved;
    for (const StepShift &s : shifts)
        moved.append(QJsonObject{{QStringLiteral("component"), s.component},
                                 {QStringLiteral("from"), s.from},
                                 {QStringLiteral("to"), s.to},
                                 {QStringLiteral("windowBefore"), textJson(s.before)},
                                 {QStringLiteral("windowAfter"), textJson(s.after)},
                                 {QStringLiteral("startBefore"), timeJson(s.startBefore)},
                                 {QStringLiteral("startAfter"), timeJson(s.startAfter)},
                                 {QStringLiteral("minutesLater"), s.minutesLater}});
    return moved;
}

/// The plan made again after a disruption: the finish, unscheduled counts and moved steps
/// (JSON: added to @p fields), or one line per moved step after @p headline.
int printReplan(const Schedule &before, const Schedule &after, QJsonObject fields,
                const QString &headline, bool json)
{
    const QList<StepShift> shifts = shiftedSteps(before, after);
    // What the disruption itself leaves unscheduled: a step the plan could not place anyway
    // is no finding of this question.
    QSet<QString> wasUnscheduled;
    for (const UnscheduledStep &u : before.unscheduled)
        wasUnscheduled.insert(u.component + u'\x1f' + u.from.text() + u'\x1f' + u.to.text());
    int newlyUnscheduled = 0;
    for (const UnscheduledStep &u : after.unscheduled)
        if (!wasUnscheduled.contains(u.component + u'\x1f' + u.from.text() + u'\x1f' + u.to.text()))
            ++newlyUnscheduled;
    const int code = newlyUnscheduled > 0 ? ExitFindings : ExitSuccess;
    if (json) {
        fields.insert(QStringLiteral("finishBefore"), timeJson(before.finish));
        fields.insert(QStringLiteral("finishAfter"), timeJson(after.finish));
        fields.insert(QStringLiteral("unscheduledBefore"), int(before.unscheduled.size()));
        fields.insert(QStringLiteral("unscheduledAfter"), int(after.unscheduled.size()));
        fields.insert(QStringLiteral("newlyUnscheduled"), newlyUnscheduled);
        fields.insert(QStringLiteral("moved"), movedJson(shifts));
        printJson(fields);
        return code;
    }
    QTextStream &s = out();
    s << headline << ' '
      << Tr::tr("finish %1 (was %2); %n step(s) moved.", nullptr, int(shifts.size()))
             .arg(timeText(after.finish), timeText(before.finish))
      << '\n';
    for (const StepShift &m : shifts) {
        if (m.after.isEmpty())
            s << Tr::tr("  %1 %2 -> %3: was %4, no longer scheduled")
                     .arg(m.component, m.from, m.to, timeText(m.startBefore))
              << '\n';
        else if (m.before.isEmpty())
            s << Tr::tr("  %1 %2 -> %3: now %4")
                     .arg(m.component, m.from, m.to, timeText(m.startAfter))
              << '\n';
        else
            s << Tr::tr("  %1 %2 -> %3: %4 -> %5 (%6 later)")
                     .arg(m.component, m.from, m.to, timeText(m.startBefore),
                          timeText(m.startAfter), durationText(int(m.minutesLater)))
              << '\n';
    }
    for (const UnscheduledStep &u : after.unscheduled) {
        if (u.planStep < 0)
            continue;
        const bool already = wasUnscheduled.contains(u.component + u'\x1f' + u.from.text() + u'\x1f'
                                                     + u.to.text());
        s << (already ? Tr::tr("  unscheduled before too: %1 %2 -> %3: %4")
                      : Tr::tr("  now unscheduled: %1 %2 -> %3: %4"))
                 .arg(u.component, u.from.text(), u.to.text(), u.reason)
          << '\n';
    }
    return code;
}

int cancel(const Estate &estate, const QString &occurrence, bool json)
{
    const std::optional<Estate> cancelled = withoutOccurrence(estate, occurrence);
    if (!cancelled)
        return inputError(Tr::tr("no window occurrence '%1': an occurrence is a window id and "
                                 "the day it starts, such as 'sat-night-20270116' (see "
                                 "`schedule`)")
                              .arg(occurrence));
    const Schedule before = scheduleUpgrade(estate, orderUpgrade(estate));
    const Schedule after = scheduleUpgrade(*cancelled, orderUpgrade(*cancelled));
    return printReplan(before, after, QJsonObject{{QStringLiteral("cancelled"), occurrence}},
                       Tr::tr("Without %1:").arg(occurrence), json);
}

int absent(const Estate &estate, const QString &spec, bool json)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+?)(?::(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(spec.trimmed());
    if (!m.hasMatch())
        return usageError(QStringLiteral("what-if"),
                          Tr::tr("--absent needs NAME, NAME:DAY or NAME:FIRST..LAST "
                                 "('A. Rivera:2027-01-15..2027-01-20'), not '%1'")
                              .arg(spec));
    const QString person = m.captured(1).trimmed();
    // "A. Rivera:13.02.2027" is a date in another form, not a name with a colon.
    if (person.contains(u':'))
        return usageError(QStringLiteral("what-if"),
                          Tr::tr("--absent '%1': after the ':' come the days as ISO dates, "
                                 "DAY or FIRST..LAST (2027-01-15..2027-01-20)")
                              .arg(spec));
    std::optional<DateRange> days;
    if (m.hasCaptured(2)) {
        const QDate first = QDate::fromString(m.captured(2), Qt::ISODate);
        const QDate last = m.hasCaptured(3) ? QDate::fromString(m.captured(3), Qt::ISODate) : first;
        if (!first.isValid() || !last.isValid() || last < first)
            return usageError(QStringLiteral("what-if"),
                              Tr::tr("--absent '%1': the days must be real dates, the last "
                                     "not before the first")
                                  .arg(spec));
        days = DateRange{first, last};
    }
    const std::optional<Estate> away = withAbsence(estate, person, days);
    if (!away) {
        QStringList names;
        for (const StaffMember &member : estate.staff)
            names.append(member.name);
        return inputError(
            names.isEmpty() ? Tr::tr("no staff member '%1': the project lists no staff").arg(person)
                            : Tr::tr("no staff member '%1' (the staff: %2)")
                                  .arg(person, names.join(QStringLiteral(", "))));
    }
    QString name = person;
    for (const StaffMember &member : estate.staff)
        if (member.name.compare(person, Qt::CaseInsensitive) == 0)
            name = member.name;
    const Schedule before = scheduleUpgrade(estate, orderUpgrade(estate));
    const Schedule after = scheduleUpgrade(*away, orderUpgrade(*away));
    const QStringList had = stepsOf(before, name, days);
    const QList<Reassignment> reassigned = reassignedSteps(before, after);
    const QString period = !days ? Tr::tr("for the whole plan")
                           : days->start == days->end
                               ? Tr::tr("on %1").arg(days->start.toString(Qt::ISODate))
                               : Tr::tr("from %1 to %2")
                                     .arg(days->start.toString(Qt::ISODate),
                                          days->end.toString(Qt::ISODate));
    if (json) {
        QJsonArray standIns;
        for (const Reassignment &r : reassigned)
            standIns.append(QJsonObject{{QStringLiteral("component"), r.component},
                                        {QStringLiteral("from"), r.from},
                                        {QStringLiteral("to"), r.to},
                                        {QStringLiteral("window"), r.occurrence},
                                        {QStringLiteral("staffBefore"),
                                         QJsonArray::fromStringList(r.staffBefore)},
                                        {QStringLiteral("staffAfter"),
                                         QJsonArray::fromStringList(r.staffAfter)}});
        QJsonValue daysJson;
        if (days)
            daysJson = QJsonObject{{QStringLiteral("start"), days->start.toString(Qt::ISODate)},
                                   {QStringLiteral("end"), days->end.toString(Qt::ISODate)}};
        return printReplan(before, after,
                           QJsonObject{{QStringLiteral("absent"), name},
                                       {QStringLiteral("days"), daysJson},
                                       {QStringLiteral("stepsBefore"),
                                        QJsonArray::fromStringList(had)},
                                       {QStringLiteral("reassigned"), standIns}},
                           QString(), true);
    }
    QTextStream &s = out();
    s << Tr::tr("%1 away %2 had %n step(s) in the plan then:", nullptr, int(had.size()))
             .arg(name, period)
      << '\n';
    for (const QString &step : had)
        s << QStringLiteral("  ") << step << '\n';
    if (!reassigned.isEmpty())
        s << Tr::tr("Stand-ins (the step stays where it was; a knock-on change frees someone "
                    "for another step):")
          << '\n';
    for (const Reassignment &r : reassigned) {
        const bool own = r.staffBefore.contains(name, Qt::CaseInsensitive);
        s << Tr::tr("  %1 %2 -> %3 in %4: %5 instead of %6%7")
                 .arg(r.component, r.from, r.to, r.occurrence,
                      r.staffAfter.join(QStringLiteral(", ")),
                      r.staffBefore.join(QStringLiteral(", ")),
                      own ? QString() : Tr::tr(" (knock-on)"))
          << '\n';
    }
    return printReplan(before, after, {}, Tr::tr("With %1 away %2:").arg(name, period), false);
}

int overrun(const Estate &estate, const QString &spec, bool json)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9._:-]+):(?:(\\d+(?:\\.\\d+)?)x|\\+(\\d+))$"));
    const QRegularExpressionMatch m = pattern.match(spec);
    if (!m.hasMatch())
        return usageError(QStringLiteral("what-if"),
                          Tr::tr("--overrun needs COMPONENT:FACTORx or COMPONENT:+MINUTES "
                                 "(db:1.5x, db:+45), not '%1'")
                              .arg(spec));
    const QString component = m.captured(1);
    const double factor = m.captured(2).isEmpty() ? 1.0 : m.captured(2).toDouble();
    const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (factor <= 0 || factor > 100 || minutes > 7 * 24 * 60)
        return usageError(QStringLiteral("what-if"),
                          Tr::tr("--overrun: a factor above 0 and at most 100, or at most a "
                                 "week of minutes, not '%1'")
                              .arg(spec));
    const Schedule schedule = scheduleUpgrade(estate, orderUpgrade(estate));
    const std::optional<OverrunReplay> replay = replayOverrun(schedule, component, factor, minutes);
    if (!replay)
        return inputError(Tr::tr("component '%1' has no scheduled step").arg(component));
    bool findings = false;
    for (const OverrunReplay::Step &s : replay->steps)
        findings = findings || s.pastPointOfNoReturn || s.noLongerFits;
    if (json) {
        QJsonArray steps;
        for (const OverrunReplay::Step &s : replay->steps)
            steps.append(QJsonObject{{QStringLiteral("component"), s.component},
                                     {QStringLiteral("from"), s.from},
                                     {QStringLiteral("to"), s.to},
                                     {QStringLiteral("plannedDecided"), timeJson(s.plannedDecided)},
                                     {QStringLiteral("decided"), timeJson(s.decided)},
                                     {QStringLiteral("minutesLater"), s.minutesLater},
                                     {QStringLiteral("pastPointOfNoReturn"), s.pastPointOfNoReturn},
                                     {QStringLiteral("noLongerFits"), s.noLongerFits}});
        printJson(QJsonObject{{QStringLiteral("occurrence"), replay->occurrence},
                              {QStringLiteral("windowEnd"), timeJson(replay->windowEnd)},
                              {QStringLiteral("steps"), steps}});
        return findings ? ExitFindings : ExitSuccess;
    }
    QTextStream &s = out();
    s << Tr::tr("%1 overrunning in %2 (ends %3):")
             .arg(component, replay->occurrence, timeText(replay->windowEnd))
      << '\n';
    for (const OverrunReplay::Step &step : replay->steps) {
        s << Tr::tr("  %1 %2 -> %3: decided %4 instead of %5 (%6 later)")
                 .arg(step.component, step.from, step.to, timeText(step.decided),
                      timeText(step.plannedDecided), durationText(int(step.minutesLater)));
        if (step.pastPointOfNoReturn)
            s << Tr::tr("; past its point of no return");
        if (step.noLongerFits)
            s << Tr::tr("; no longer fits tonight with its rollback: do not start it");
        s << '\n';
    }
    return findings ? ExitFindings : ExitSuccess;
}

int stop(const Estate &estate, const QString &spec, bool json)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+):(\\d+)$"));
    const QRegularExpressionMatch m = pattern.match(spec);
    if (!m.hasMatch())
        return usageError(QStringLiteral("what-if"),
                          Tr::tr("--stop-wave needs WAVE:DONE (2:3: wave 2 stopped after its "
                                 "first 3 steps), not '%1'")
                              .arg(spec));
    const int wave = m.captured(1).toInt();
    const int done = m.captured(2).toInt();
    const Schedule schedule = scheduleUpgrade(estate, orderUpgrade(estate));
    int inWave = 0;
    for (const ScheduledStep &step : schedule.steps)
        inWave += step.wave == wave ? 1 : 0;
    if (wave < 1 || inWave == 0)
        return inputError(Tr::tr("wave %1 has no scheduled step").arg(wave));
    if (done > inWave)
        return inputError(
            Tr::tr("wave %1 has %2 scheduled steps, not %3").arg(wave).arg(inWave).arg(done));
    const MixedState mixed = stopWave(estate, schedule, wave, done);
    if (json) {
        QJsonArray versions;
        for (const auto &[id, version] : mixed.versions)
            versions.append(QJsonObject{{QStringLiteral("component"), id},
                                        {QStringLiteral("version"), version}});
        QJsonArray errors;
        for (const Conflict &c : mixed.newErrors)
            errors.append(QJsonObject{{QStringLiteral("type"), c.type},
                                      {QStringLiteral("key"), c.key},
                                      {QStringLiteral("components"),
                                       QJsonArray::fromStringList(c.components)},
                                      {QStringLiteral("message"), c.message}});
        printJson(QJsonObject{{QStringLiteral("wave"), wave},
                              {QStringLiteral("done"), QJsonArray::fromStringList(mixed.done)},
                              {QStringLiteral("rolledBack"),
                               QJsonArray::fromStringList(mixed.rolledBack)},
                              {QStringLiteral("versions"), versions},
                              {QStringLiteral("compatible"), mixed.isCompatible()},
                              {QStringLiteral("errors"), errors}});
        return mixed.isCompatible() ? ExitSuccess : ExitFindings;
    }
    QTextStream &s = out();
    s << Tr::tr("Wave %1 stopped after %2 of its %3 steps.").arg(wave).arg(done).arg(inWave)
      << '\n';
    for (const QString &d : mixed.done)
        s << Tr::tr("  done: %1").arg(d) << '\n';
    for (const QString &r : mixed.rolledBack)
        s << Tr::tr("  rolled back: %1").arg(r) << '\n';
    if (mixed.isCompatible()) {
        s << Tr::tr(
            "The mixed state that remains is compatible: it can stay until the next window.")
          << '\n';
        return ExitSuccess;
    }
    s << Tr::tr("The mixed state that remains is NOT compatible:") << '\n';
    for (const Conflict &c : mixed.newErrors)
        s << QStringLiteral("  %1: %2\n").arg(c.type, c.message);
    return ExitFindings;
}

} // namespace

int runWhatIf(const QStringList &arguments)
{
    const QString command = QStringLiteral("what-if");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("What a disruption does to the plan. One of:\n"
               "  --cancel OCCURRENCE      a window occurrence cancelled: the plan again, and\n"
               "                           each step that moves and how far\n"
               "  --overrun COMPONENT:1.5x or COMPONENT:+45\n"
               "                           that step's work takes longer on the night: the\n"
               "                           steps of its window replayed, those past their point\n"
               "                           of no return and those that no longer fit\n"
               "  --absent NAME[:FIRST[..LAST]]\n"
               "                           a staff member away (for the whole plan, or on\n"
               "                           those days): the plan again, who stands in, and\n"
               "                           each step that moves and how far\n"
               "  --stop-wave WAVE:DONE    the wave stopped after its first DONE steps, the rest\n"
               "                           rolled back: is the mixed state compatible?\n"
               "Exit code 1 when a step is left unscheduled, goes past its point of no return\n"
               "or no longer fits, or the mixed state is not compatible."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the result as JSON (fields in docs/cli.md)."));
    const QCommandLineOption cancelOption(QStringLiteral("cancel"),
                                          Tr::tr("A window occurrence, e.g. sat-night-20270116."),
                                          QStringLiteral("OCCURRENCE"));
    const QCommandLineOption overrunOption(QStringLiteral("overrun"),
                                           Tr::tr("COMPONENT:FACTORx or COMPONENT:+MINUTES."),
                                           QStringLiteral("SPEC"));
    const QCommandLineOption
        absentOption(QStringLiteral("absent"),
                     Tr::tr("A staff member away: NAME, NAME:DAY or NAME:FIRST..LAST (ISO dates)."),
                     QStringLiteral("SPEC"));
    const QCommandLineOption stopOption(QStringLiteral("stop-wave"), Tr::tr("WAVE:DONE, e.g. 2:3."),
                                        QStringLiteral("SPEC"));
    parser.addOptions({json, cancelOption, overrunOption, absentOption, stopOption});
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;
    const int given = (parser.isSet(cancelOption) ? 1 : 0) + (parser.isSet(overrunOption) ? 1 : 0)
                      + (parser.isSet(absentOption) ? 1 : 0) + (parser.isSet(stopOption) ? 1 : 0);
    if (given != 1)
        return usageError(command,
                          Tr::tr("give one of --cancel, --overrun, --absent and --stop-wave"));
    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;
    if (parser.isSet(cancelOption))
        return cancel(*estate, parser.value(cancelOption), parser.isSet(json));
    if (parser.isSet(overrunOption))
        return overrun(*estate, parser.value(overrunOption), parser.isSet(json));
    if (parser.isSet(absentOption))
        return absent(*estate, parser.value(absentOption), parser.isSet(json));
    return stop(*estate, parser.value(stopOption), parser.isSet(json));
}

} // namespace planner::cli
