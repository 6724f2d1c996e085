// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner record PROJECT --component ID [--phase PHASE --start TIME --end TIME]
//   [--check ID --passed|--failed [--note TEXT]] [--issue TEXT [--resolution TEXT]]
//   [--rollback none|partial|full] [--follow-up TEXT]
#include "CommandSupport.h"

#include "storage/ProjectFile.h"
#include "storage/ServerUrl.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("record");

std::optional<Phase> phaseFromName(const QString &name)
{
    for (int p = 0; p < phaseCount; ++p)
        if (phaseName(Phase(p)) == name)
            return Phase(p);
    return std::nullopt;
}

/// "2027-03-06T22:05" (wall-clock in the project's time zone) or with "Z" or an offset; the
/// record holds true UTC.
std::optional<QDateTime> parseTime(const QString &text, const QString &timezone)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime) {
        const QTimeZone zone(timezone.toUtf8());
        if (!timezone.isEmpty() && zone.isValid())
            t = QDateTime(t.date(), t.time(), zone);
        else
            t = QDateTime(t.date(), t.time(), Qt::UTC);
    }
    return t.toUTC();
}

} // namespace

int runRecord(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Enters what actually happened while executing one component's step into the\n"
               "project: a phase's actual start and end, an acceptance check's result, an\n"
               "issue and its resolution, the rollback status, follow-up actions. Times are\n"
               "ISO 8601 (2027-03-06T22:05), in the project's time zone unless they carry Z or\n"
               "an offset. Bad input changes nothing and exits with 2."));
    const QCommandLineOption component(QStringLiteral("component"),
                                       Tr::tr("The component whose step is recorded."),
                                       Tr::tr("ID"));
    const QCommandLineOption phase(QStringLiteral("phase"),
                                   Tr::tr("prepare, backup, execute, verify or rollback."),
                                   Tr::tr("PHASE"));
    const QCommandLineOption start(QStringLiteral("start"), Tr::tr("When the phase started."),
                                   Tr::tr("TIME"));
    const QCommandLineOption end(QStringLiteral("end"), Tr::tr("When the phase ended."),
                                 Tr::tr("TIME"));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Tr::tr("An acceptance check's id, with --passed or --failed."),
                                   Tr::tr("ID"));
    const QCommandLineOption passed(QStringLiteral("passed"), Tr::tr("The check passed."));
    const QCommandLineOption failed(QStringLiteral("failed"), Tr::tr("The check failed."));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("A note to the check's result."),
                                  Tr::tr("TEXT"));
    const QCommandLineOption issue(QStringLiteral("issue"), Tr::tr("A problem met."),
                                   Tr::tr("TEXT"));
    const QCommandLineOption resolution(QStringLiteral("resolution"),
                                        Tr::tr("How the --issue was solved."), Tr::tr("TEXT"));
    const QCommandLineOption rollback(QStringLiteral("rollback"),
                                      Tr::tr("Rollback status: none, partial or full."),
                                      Tr::tr("STATUS"));
    const QCommandLineOption followUp(QStringLiteral("follow-up"),
                                      Tr::tr("A follow-up action (may be repeated)."),
                                      Tr::tr("TEXT"));
    parser.addOptions({component, phase, start, end, check, passed, failed, note, issue, resolution,
                       rollback, followUp});
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project or a shared project's URL."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;

    // Everything is checked before the file is touched.
    if (!parser.isSet(component))
        return usageError(command, Tr::tr("--component ID is required"));
    if (parser.isSet(phase) != (parser.isSet(start) || parser.isSet(end)))
        return usageError(command, parser.isSet(phase)
                                       ? Tr::tr("--phase needs --start and/or --end")
                                       : Tr::tr("--start and --end need --phase"));
    if (parser.isSet(check) && parser.isSet(passed) == parser.isSet(failed))
        return usageError(command, Tr::tr("--check needs exactly one of --passed or --failed"));
    if (!parser.isSet(check) && (parser.isSet(passed) || parser.isSet(failed) || parser.isSet(note)))
        return usageError(command, Tr::tr("--passed, --failed and --note need --check"));
    if (parser.isSet(resolution) && !parser.isSet(issue))
        return usageError(command, Tr::tr("--resolution needs --issue"));
    if (!parser.isSet(phase) && !parser.isSet(check) && !parser.isSet(issue)
        && !parser.isSet(rollback) && !parser.isSet(followUp))
        return usageError(command, Tr::tr("nothing to record: give --phase, --check, --issue, "
                                          "--rollback or --follow-up"));
    std::optional<Phase> which;
    if (parser.isSet(phase)) {
        which = phaseFromName(parser.value(phase));
        if (!which)
            return usageError(command, Tr::tr("unknown phase '%1': use prepare, backup, "
                                              "execute, verify or rollback")
                                           .arg(parser.value(phase)));
    }
    const QString status = parser.value(rollback);
    if (parser.isSet(rollback) && status != u"none" && status != u"partial" && status != u"full")
        return usageError(command, Tr::tr("unknown rollback status '%1': use none, partial or "
                                          "full")
                                       .arg(status));

    const QString path = parser.positionalArguments().constFirst();
    if (!ServerLocation::isUrl(path) && !QFileInfo::exists(path))
        return inputError(Tr::tr("%1: no such file").arg(path));
    if (!isProjectLocation(path))
        return inputError(Tr::tr("%1: record writes into a project (a .uplan file or a shared "
                                 "project's URL), and this is not one (import it first)")
                              .arg(path));
    qint64 revision = 0;
    Expected<Estate> loaded = loadProject(path, &revision);
    if (!loaded)
        return inputError(loaded.error().text());
    const Estate base = std::move(loaded.value());
    Estate estate = base;

    const QString id = parser.value(component);
    if (!estate.find(id))
        return inputError(Tr::tr("%1: unknown component '%2'").arg(path, id));
    ExecutionRecord record;
    record.component = id;
    int index = -1;
    for (int i = 0; i < estate.records.executed.size(); ++i)
        if (estate.records.executed[i].component == id)
            index = i;
    if (index >= 0)
        record = estate.records.executed[index];

    QStringList done;
    if (which) {
        const size_t p = size_t(*which);
        for (const auto &[option, slot] :
             {std::pair{&start, &record.started[p]}, std::pair{&end, &record.ended[p]}}) {
            if (!parser.isSet(*option))
                continue;
            const auto t = parseTime(parser.value(*option), estate.project.timezone);
            if (!t)
                return inputError(Tr::tr("--%1 '%2' is not a time: write it as 2027-03-06T22:05")
                                      .arg(option->names().constFirst(), parser.value(*option)));
            *slot = *t;
        }
        if (record.started[p].isValid() && record.ended[p].isValid()
            && record.ended[p] < record.started[p])
            return inputError(Tr::tr("the %1 phase of %2 would end (%3) before it starts (%4)")
                                  .arg(phaseName(*which), id, record.ended[p].toString(Qt::ISODate),
                                       record.started[p].toString(Qt::ISODate)));
        const auto minutes = record.actualMinutes(*which);
        done << (minutes ? Tr::tr("%1 phase: %2 min").arg(phaseName(*which)).arg(*minutes)
                         : Tr::tr("%1 phase: %2")
                               .arg(phaseName(*which),
                                    parser.isSet(start) ? Tr::tr("started") : Tr::tr("ended")));
    }
    if (parser.isSet(check)) {
        const QString checkId = parser.value(check);
        const AcceptanceCheck *found = nullptr;
        for (const AcceptanceCheck &a : estate.records.acceptance)
            if (a.id == checkId)
                found = &a;
        if (!found)
            return inputError(Tr::tr("%1: unknown acceptance check '%2'").arg(path, checkId));
        if (!found->component.isEmpty() && found->component != id)
            return inputError(Tr::tr("acceptance check '%1' is for %2, not %3")
                                  .arg(checkId, found->component, id));
        CheckResult result{checkId, parser.isSet(passed), parser.value(note)};
        auto it = std::find_if(record.checks.begin(), record.checks.end(),
                               [&](const CheckResult &r) { return r.check == checkId; });
        if (it != record.checks.end())
            *it = result;
        else
            record.checks.push_back(result);
        done << Tr::tr("check %1: %2")
                    .arg(checkId, result.passed ? Tr::tr("passed") : Tr::tr("failed"));
    }
    if (parser.isSet(issue)) {
        record.issues.push_back({parser.value(issue), parser.value(resolution)});
        done << Tr::tr("issue: %1").arg(parser.value(issue));
    }
    if (parser.isSet(rollback)) {
        record.rollback = status;
        done << Tr::tr("rollback: %1").arg(status);
    }
    for (const QString &action : parser.values(followUp)) {
        record.followUps << action;
        done << Tr::tr("follow-up: %1").arg(action);
    }

    if (index >= 0)
        estate.records.executed[index] = record;
    else
        estate.records.executed.push_back(record);
    const Expected<Done> saved = saveProjectEdits(path, base, estate, revision);
    if (!saved)
        return inputError(saved.error().text());
    out() << Tr::tr("Recorded for %1: %2").arg(id, done.join(QStringLiteral("; "))) << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
