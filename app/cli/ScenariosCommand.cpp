// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner scenarios PROJECT [--json]
// upgrade-planner compare-scenarios PROJECT A B [C...] [--json]
#include "CommandSupport.h"

#include "changes/ScenarioComparison.h"
#include "exchange/EstateJson.h"
#include "exchange/JsonStream.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace planner::cli {

namespace {

// What a scenario changes, in a few words: "2 targets, 1 window removed, 1 staff member".
QString changesText(const Scenario &s)
{
    QStringList parts;
    int targets = 0, durations = 0, roles = 0;
    for (const ComponentChange &c : s.components) {
        targets += c.setsTarget ? 1 : 0;
        durations += c.durations.isEmpty() ? 0 : 1;
        roles += c.roles ? 1 : 0;
    }
    if (targets)
        parts << Tr::tr("%n target(s)", nullptr, targets);
    if (durations)
        parts << Tr::tr("%n duration change(s)", nullptr, durations);
    if (roles)
        parts << Tr::tr("%n role change(s)", nullptr, roles);
    const auto count = [&parts](qsizetype n, const QString &text) {
        if (n)
            parts << text;
    };
    count(s.windows.set.size(), Tr::tr("%n window(s) set", nullptr, int(s.windows.set.size())));
    count(s.windows.removed.size(),
          Tr::tr("%n window(s) removed", nullptr, int(s.windows.removed.size())));
    count(s.staff.set.size(), Tr::tr("%n staff member(s) set", nullptr, int(s.staff.set.size())));
    count(s.staff.removed.size(),
          Tr::tr("%n staff member(s) removed", nullptr, int(s.staff.removed.size())));
    count(s.pins.set.size(), Tr::tr("%n pin(s) set", nullptr, int(s.pins.set.size())));
    count(s.pins.removed.size(), Tr::tr("%n pin(s) removed", nullptr, int(s.pins.removed.size())));
    count(s.waivers.set.size(), Tr::tr("%n waiver(s) set", nullptr, int(s.waivers.set.size())));
    count(s.waivers.removed.size(),
          Tr::tr("%n waiver(s) removed", nullptr, int(s.waivers.removed.size())));
    return parts.isEmpty() ? Tr::tr("no changes") : parts.join(QStringLiteral(", "));
}

QString finishText(const QDateTime &finish)
{
    return finish.isValid() ? finish.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"))
                            : Tr::tr("nothing scheduled");
}

// "+7 d 2 h", "-45 min", "same": a change of a moment, for people.
QString shiftText(qint64 minutes)
{
    if (minutes == 0)
        return Tr::tr("same");
    const QString sign = minutes > 0 ? QStringLiteral("+") : QStringLiteral("-");
    const qint64 m = qAbs(minutes);
    const qint64 days = m / (24 * 60);
    const int rest = int(m % (24 * 60));
    if (days == 0)
        return sign + durationText(rest);
    return rest == 0 ? sign + Tr::tr("%1 d").arg(days)
                     : sign + Tr::tr("%1 d %2").arg(days).arg(durationText(rest));
}

QString comparisonText(const ScenarioComparison &c)
{
    // One row per figure, one column per scenario.
    QList<QStringList> rows;
    QStringList header{QString()};
    for (const ScenarioFigures &f : c.scenarios)
        header << f.name;
    rows << header;
    const auto row = [&](const QString &label, const auto &cell) {
        QStringList r{label};
        for (const ScenarioFigures &f : c.scenarios)
            r << cell(f);
        rows << r;
    };
    const ScenarioFigures &first = c.scenarios.constFirst();
    row(Tr::tr("Changes on the baseline"), [](const ScenarioFigures &f) {
        return f.changes ? QString::number(f.changes) : QStringLiteral("-");
    });
    row(Tr::tr("Steps scheduled"), [](const ScenarioFigures &f) {
        return Tr::tr("%1 of %2").arg(f.scheduled).arg(f.scheduled + f.unscheduled);
    });
    row(Tr::tr("Windows used"),
        [](const ScenarioFigures &f) { return QString::number(f.windowsUsed); });
    row(Tr::tr("Finish"), [&first](const ScenarioFigures &f) {
        QString text = finishText(f.finish);
        if (&f != &first && f.finish.isValid() && first.finish.isValid())
            text += QStringLiteral(" (%1)").arg(shiftText(first.finish.secsTo(f.finish) / 60));
        return text;
    });
    row(Tr::tr("Conflicts: errors / warnings"), [](const ScenarioFigures &f) {
        return QStringLiteral("%1 / %2").arg(f.errors).arg(f.warnings);
    });
    row(Tr::tr("Risk score"), [](const ScenarioFigures &f) {
        return QStringLiteral("%1 (%2)").arg(f.riskScore).arg(f.riskLevel);
    });
    row(Tr::tr("Missing before approval"),
        [](const ScenarioFigures &f) { return QString::number(f.readinessItems); });
    for (qsizetype p = 0; p < first.downtime.size(); ++p) {
        const ScenarioDowntime &d = first.downtime.at(p);
        row(Tr::tr("Downtime: %1").arg(d.name.isEmpty() ? d.process : d.name),
            [p](const ScenarioFigures &f) {
                return p < f.downtime.size() ? durationText(f.downtime.at(p).minutes)
                                             : QStringLiteral("-");
            });
    }

    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i)
            widths[i] = qMax(widths[i], r.at(i).size());
    QString text;
    QTextStream s(&text);
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += r.at(i).leftJustified(widths[i] + 3);
        while (line.endsWith(u' '))
            line.chop(1);
        s << line << '\n';
    }
    if (c.scenarios.size() > 1) {
        s << '\n';
        if (c.moved.isEmpty())
            s << Tr::tr("No step moved against %1.").arg(first.name) << '\n';
        else
            s << Tr::tr("Steps that moved against %1:").arg(first.name) << '\n';
        for (const MovedStep &m : c.moved) {
            const QString where = m.before.isEmpty() ? Tr::tr("was not scheduled, now %1 (%2)")
                                                           .arg(m.after, finishText(m.startAfter))
                                  : m.after.isEmpty()
                                      ? Tr::tr("was %1 (%2), now not scheduled")
                                            .arg(m.before, finishText(m.startBefore))
                                      : Tr::tr("%1 -> %2 (%3)")
                                            .arg(finishText(m.startBefore),
                                                 finishText(m.startAfter),
                                                 shiftText(m.minutesLater));
            s << QStringLiteral("  %1: %2 %3 -> %4: %5\n")
                     .arg(m.scenario, m.component, m.from, m.to, where);
        }
    }
    for (const ScenarioFigures &f : c.scenarios)
        for (const QString &w : f.warningsApplying)
            s << Tr::tr("warning: %1").arg(w) << '\n';
    return text;
}

QJsonObject figuresJson(const ScenarioFigures &f)
{
    QJsonArray downtime;
    for (const ScenarioDowntime &d : f.downtime)
        downtime.append(QJsonObject{{QStringLiteral("process"), d.process},
                                    {QStringLiteral("name"), d.name},
                                    {QStringLiteral("minutes"), d.minutes},
                                    {QStringLiteral("worstCaseMinutes"), d.worstCaseMinutes}});
    return QJsonObject{{QStringLiteral("name"), f.name},
                       {QStringLiteral("description"), f.description},
                       {QStringLiteral("changes"), f.changes},
                       {QStringLiteral("steps"), f.steps},
                       {QStringLiteral("scheduled"), f.scheduled},
                       {QStringLiteral("unscheduled"), f.unscheduled},
                       {QStringLiteral("windowsUsed"), f.windowsUsed},
                       {QStringLiteral("finish"),
                        f.finish.isValid() ? QJsonValue(scheduleTimeText(f.finish)) : QJsonValue()},
                       {QStringLiteral("errors"), f.errors},
                       {QStringLiteral("warnings"), f.warnings},
                       {QStringLiteral("waived"), f.waived},
                       {QStringLiteral("riskScore"), f.riskScore},
                       {QStringLiteral("riskLevel"), f.riskLevel},
                       {QStringLiteral("readinessItems"), f.readinessItems},
                       {QStringLiteral("downtime"), downtime},
                       {QStringLiteral("applyWarnings"),
                        QJsonArray::fromStringList(f.warningsApplying)}};
}

QJsonObject comparisonJson(const ScenarioComparison &c)
{
    QJsonArray scenarios;
    for (const ScenarioFigures &f : c.scenarios)
        scenarios.append(figuresJson(f));
    QJsonArray moved;
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(scheduleTimeText(t)) : QJsonValue();
    };
    const auto text = [](const QString &t) { return t.isEmpty() ? QJsonValue() : QJsonValue(t); };
    for (const MovedStep &m : c.moved)
        moved.append(QJsonObject{{QStringLiteral("scenario"), m.scenario},
                                 {QStringLiteral("component"), m.component},
                                 {QStringLiteral("from"), m.from},
                                 {QStringLiteral("to"), m.to},
                                 {QStringLiteral("windowBefore"), text(m.before)},
                                 {QStringLiteral("windowAfter"), text(m.after)},
                                 {QStringLiteral("startBefore"), time(m.startBefore)},
                                 {QStringLiteral("startAfter"), time(m.startAfter)},
                                 {QStringLiteral("minutesLater"), m.minutesLater}});
    return QJsonObject{{QStringLiteral("scenarios"), scenarios}, {QStringLiteral("moved"), moved}};
}

void printJson(const QJsonObject &object)
{
    flushStreams();
    JsonStream stream(stdout);
    stream.value(QJsonValue(object));
    stream.finish();
}

} // namespace

int runScenarios(const QStringList &arguments)
{
    const QString command = QStringLiteral("scenarios");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists the scenarios of a project: the baseline (the estate itself) and each\n"
               "variant, with what it changes on top of the baseline."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the scenarios as JSON: each with its name, "
                                         "description, number of changes and the changes in "
                                         "the interchange format."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project, an estate .json file, or a shared "
                                        "project's postgresql:// URL."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;
    const std::optional<Estate> estate = loadInput(parser.positionalArguments().constFirst());
    if (!estate)
        return ExitUsage;
    if (parser.isSet(json)) {
        QJsonArray list{QJsonObject{{QStringLiteral("name"), baselineScenarioName()},
                                    {QStringLiteral("baseline"), true},
                                    {QStringLiteral("changeCount"), 0}}};
        for (const Scenario &s : estate->scenarios) {
            QJsonObject o{{QStringLiteral("name"), s.name},
                          {QStringLiteral("baseline"), false},
                          {QStringLiteral("description"), s.description},
                          {QStringLiteral("changeCount"), s.changeCount()},
                          {QStringLiteral("changes"),
                           QJsonDocument::fromJson(writeScenarioJson(s)).object()}};
            list.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("scenarios"), list}});
        return ExitSuccess;
    }
    QTextStream &s = out();
    s << Tr::tr("%1 (the estate itself)").arg(baselineScenarioName()) << '\n';
    for (const Scenario &scenario : estate->scenarios) {
        s << scenario.name << ": " << changesText(scenario) << '\n';
        if (!scenario.description.isEmpty())
            s << "    " << scenario.description << '\n';
    }
    return ExitSuccess;
}

int runCompareScenarios(const QStringList &arguments)
{
    const QString command = QStringLiteral("compare-scenarios");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares scenarios side by side: steps scheduled, windows used, finish,\n"
               "conflicts, risk, what is missing before approval and downtime per business\n"
               "process, then the steps that moved against the first scenario named.\n"
               "'baseline' names the estate itself. Exit code 1 when a scenario leaves a\n"
               "step unscheduled or an error open."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the comparison as JSON (fields in docs/cli.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project, an estate .json file, or a shared "
                                        "project's postgresql:// URL."));
    parser.addPositionalArgument(QStringLiteral("A"), Tr::tr("The scenario to compare with."));
    parser.addPositionalArgument(QStringLiteral("B"), Tr::tr("More scenarios, one or more."),
                                 QStringLiteral("B [C...]"));
    if (const auto stop = parseArguments(parser, command, arguments,
                                         {QStringLiteral("PROJECT"), QStringLiteral("A"),
                                          QStringLiteral("B")},
                                         true))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString path = positional.constFirst();
    const std::optional<Estate> estate = loadInput(path);
    if (!estate)
        return ExitUsage;
    QStringList names;
    for (qsizetype i = 1; i < positional.size(); ++i) {
        const QString &name = positional.at(i);
        if (name.compare(baselineScenarioName(), Qt::CaseInsensitive) != 0
            && !findScenario(*estate, name)) {
            QStringList known{baselineScenarioName()};
            for (const Scenario &s : estate->scenarios)
                known << s.name;
            return inputError(Tr::tr("%1: no scenario called '%2': the project has %3")
                                  .arg(path, name, known.join(QStringLiteral(", "))));
        }
        names << name;
    }
    const ScenarioComparison comparison = compareScenarios(*estate, names);
    bool findings = false;
    for (const ScenarioFigures &f : comparison.scenarios)
        findings = findings || f.unscheduled > 0 || f.errors > 0;
    if (parser.isSet(json))
        printJson(comparisonJson(comparison));
    else
        out() << comparisonText(comparison);
    return findings ? ExitFindings : ExitSuccess;
}

} // namespace planner::cli
