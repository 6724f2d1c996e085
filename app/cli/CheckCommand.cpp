// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner check PROJECT [--json] [--state current|target|all] [--fixes N]
#include "CommandSupport.h"

#include "changes/SmallestFix.h"
#include "compat/Compatibility.h"
#include "exchange/JsonStream.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace planner::cli {

namespace {

QString conflictsToText(const QList<Conflict> &conflicts, const FixLists &fixes)
{
    QString text;
    QTextStream stream(&text);
    int errors = 0;
    int warnings = 0;
    int waived = 0;
    for (const Conflict &c : conflicts) {
        errors += c.severity == Conflict::Severity::Error && !c.waived;
        warnings += c.severity == Conflict::Severity::Warning && !c.waived;
        waived += c.waived;
        stream << severityName(c.severity).leftJustified(8) << stateName(c.state).leftJustified(13)
               << c.type;
        if (!c.components.isEmpty())
            stream << "  " << c.components.join(QStringLiteral(", "));
        stream << "\n    " << c.message << '\n';
        if (c.waived)
            stream << "    " << Tr::tr("waived: %1").arg(c.waiverReason) << '\n';
        stream << "    " << Tr::tr("key: %1").arg(c.key) << '\n';
        const qsizetype i = &c - conflicts.constData();
        if (i < fixes.size() && fixes[i])
            for (const Fix &fix : *fixes[i])
                stream << "    " << Tr::tr("fix [%1]: %2").arg(fix.kind, fix.description) << '\n';
    }
    if (conflicts.isEmpty())
        stream << Tr::tr("No conflicts.") << '\n';
    else
        stream << Tr::tr("%1 conflicts: %2 errors, %3 warnings, %4 waived")
                      .arg(conflicts.size())
                      .arg(errors)
                      .arg(warnings)
                      .arg(waived)
               << '\n';
    return text;
}

} // namespace

int runCheck(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Finds what will break: unsatisfied requirements in the current, target and\n"
               "intermediate states, targets without an upgrade path, dependency cycles, ended\n"
               "support, drift across sites, unknown references and untested restores.\n"
               "Exit code 1 when an error that no waiver covers is found."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the conflicts as JSON (fields in docs/cli.md)."));
    const QCommandLineOption state(QStringLiteral("state"),
                                   Tr::tr("Which states to check: current, target or all "
                                          "(default; all includes the intermediate states)."),
                                   Tr::tr("STATE"), QStringLiteral("all"));
    const QCommandLineOption fixes = fixesOption();
    parser.addOption(json);
    parser.addOption(state);
    parser.addOption(fixes);
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;

    CheckOptions options;
    const QString states = parser.value(state);
    if (states == QLatin1String("current"))
        options.states = CheckOptions::CurrentState;
    else if (states == QLatin1String("target"))
        options.states = CheckOptions::TargetState;
    else if (states == QLatin1String("all"))
        options.states = CheckOptions::AllStates;
    else
        return usageError(command,
                          Tr::tr("--state needs current, target or all, not '%1'").arg(states));

    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;
    const std::optional<int> wanted = fixesWanted(parser, fixes, *estate, command);
    if (!wanted)
        return ExitUsage;
    const QList<Conflict> conflicts = checkCompatibility(*estate, options);
    // The fixes of blocking conflicts are checked against a plan and its schedule: made only
    // when there is something to fix.
    FixLists lists;
    if (*wanted > 0 && hasBlockingConflict(conflicts)) {
        const UpgradePlan plan = orderUpgrade(*estate);
        const Schedule schedule = scheduleUpgrade(*estate, plan);
        lists = fixesForConflicts(*estate, plan, schedule, conflicts, *wanted);
    }
    if (parser.isSet(json)) {
        // Streamed: a large estate has a hundred thousand conflicts.
        flushStreams();
        JsonStream stream(stdout);
        stream.beginObject();
        stream.key(QLatin1StringView("conflicts")).beginArray();
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            if (i < lists.size() && lists[i]) {
                QJsonObject o = conflictToJson(conflicts[i]);
                o.insert(QStringLiteral("fixes"), fixesToJson(*lists[i]));
                stream.value(QJsonValue(o));
            } else {
                writeConflictJson(stream, conflicts[i]);
            }
        }
        stream.endArray();
        stream.endObject();
        stream.finish();
    } else {
        out() << conflictsToText(conflicts, lists);
    }
    return hasBlockingConflict(conflicts) ? ExitFindings : ExitSuccess;
}

} // namespace planner::cli
