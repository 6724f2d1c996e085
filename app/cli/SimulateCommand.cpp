// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner simulate PROJECT [--runs N] [--seed S] [--spread LOW,MODE,HIGH]
//                                  [--scenario NAME] [--json]
#include "CommandSupport.h"

#include "changes/OverrunSimulation.h"
#include "exchange/JsonStream.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleText.h"
#include "schedule/Scheduler.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace planner::cli {

namespace {

constexpr int maxRuns = 1000000;

// A share as JSON writes it: four decimals, so that the output is the same on every machine.
double share(double value)
{
    return std::round(value * 10000) / 10000;
}

QString percentText(double value)
{
    return QStringLiteral("%1 %").arg(value * 100, 0, 'f', 1);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")) : Tr::tr("none");
}

QJsonObject resultJson(const SimulationResult &r)
{
    QJsonArray kinds;
    for (const KindFactors &k : r.kinds)
        kinds.append(QJsonObject{{QStringLiteral("kind"), kindName(k.kind)},
                                 {QStringLiteral("scheduledSteps"), k.scheduledSteps},
                                 {QStringLiteral("recordedSteps"), int(k.recorded.size())},
                                 {QStringLiteral("source"), k.recorded.isEmpty()
                                                                ? QStringLiteral("spread")
                                                                : QStringLiteral("recorded")}});
    QJsonArray windows;
    for (const WindowOdds &w : r.windows)
        windows.append(
            QJsonObject{{QStringLiteral("occurrence"), w.key},
                        {QStringLiteral("end"), scheduleTimeText(w.end)},
                        {QStringLiteral("steps"), w.steps},
                        {QStringLiteral("overrunProbability"), share(w.overrunProbability)},
                        {QStringLiteral("overrunMinutesP90"), w.overrunMinutesP90}});
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(scheduleTimeText(t)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("runs"), r.runs},
                       {QStringLiteral("seed"), QString::number(r.seed)},
                       {QStringLiteral("spread"),
                        QJsonObject{{QStringLiteral("low"), r.spread.low},
                                    {QStringLiteral("mode"), r.spread.mode},
                                    {QStringLiteral("high"), r.spread.high}}},
                       {QStringLiteral("plannedFinish"), time(r.plannedFinish)},
                       {QStringLiteral("finishP50"), time(r.finishP50)},
                       {QStringLiteral("finishP90"), time(r.finishP90)},
                       {QStringLiteral("anyOverrunProbability"), share(r.anyOverrunProbability)},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("windows"), windows}};
}

QString resultText(const SimulationResult &r)
{
    QString text;
    QTextStream s(&text);
    s << Tr::tr("%1 runs, seed %2.").arg(r.runs).arg(r.seed) << '\n';
    QStringList recorded;
    QStringList stated;
    for (const KindFactors &k : r.kinds) {
        if (k.recorded.isEmpty())
            stated << kindName(k.kind);
        else
            recorded << Tr::tr("%1 (%n recorded step(s))", nullptr, int(k.recorded.size()))
                            .arg(kindName(k.kind));
    }
    if (!recorded.isEmpty())
        s << Tr::tr("How long the work takes against the plan: as recorded for %1.")
                 .arg(recorded.join(QStringLiteral(", ")))
          << '\n';
    if (!stated.isEmpty())
        s << Tr::tr("Without records (%1): between %2 and %3 times the plan, most likely %4.")
                 .arg(stated.join(QStringLiteral(", ")))
                 .arg(r.spread.low)
                 .arg(r.spread.high)
                 .arg(r.spread.mode)
          << '\n';
    s << '\n'
      << Tr::tr("Planned finish:      %1").arg(timeText(r.plannedFinish)) << '\n'
      << Tr::tr("Finish in 50 % of runs: %1").arg(timeText(r.finishP50)) << '\n'
      << Tr::tr("Finish in 90 % of runs: %1").arg(timeText(r.finishP90)) << '\n'
      << Tr::tr("Some window runs past its end in %1 of the runs.")
             .arg(percentText(r.anyOverrunProbability))
      << "\n\n";
    if (r.windows.isEmpty())
        return text + Tr::tr("No window is used.") + u'\n';
    qsizetype width = 0;
    for (const WindowOdds &w : r.windows)
        width = qMax(width, w.key.size());
    const QString header = Tr::tr("Window occurrence");
    width = qMax(width, header.size());
    s << header.leftJustified(width + 2) << Tr::tr("steps  overrun  90 % ends within") << '\n';
    for (const WindowOdds &w : r.windows) {
        const QString within = w.overrunMinutesP90 == 0
                                   ? Tr::tr("the window")
                                   : Tr::tr("%1 past its end").arg(durationText(w.overrunMinutesP90));
        s << w.key.leftJustified(width + 2) << QString::number(w.steps).rightJustified(5) << "  "
          << percentText(w.overrunProbability).rightJustified(7) << "  " << within << '\n';
    }
    return text;
}

std::optional<Spread> parseSpread(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 3)
        return std::nullopt;
    Spread spread;
    bool ok[3] = {};
    spread.low = parts[0].trimmed().toDouble(&ok[0]);
    spread.mode = parts[1].trimmed().toDouble(&ok[1]);
    spread.high = parts[2].trimmed().toDouble(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return spread;
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The odds of an overrun: a seeded Monte Carlo run over the schedule. Each run\n"
               "draws how long each step's work takes against the plan (from the recorded\n"
               "steps of its kind, else from the spread) and replays the windows. Prints each\n"
               "window's probability of running past its end and the plan's finish in 50 %\n"
               "and 90 % of the runs. The same seed gives the same output, byte for byte."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the result as JSON (fields in docs/cli.md)."));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  Tr::tr("How many runs (1 to 1000000, default 10000)."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("The seed of the random numbers (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption
        spread(QStringLiteral("spread"),
               Tr::tr(
                   "For kinds without recorded steps: the lowest, most likely and highest factor\n"
                   "of the planned work (default 0.9,1.0,1.5)."),
               QStringLiteral("LOW,MODE,HIGH"), QStringLiteral("0.9,1.0,1.5"));
    parser.addOptions({json, runs, seed, spread});
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;

    SimulationOptions options;
    bool ok = false;
    options.runs = parser.value(runs).toInt(&ok);
    if (!ok || options.runs < 1 || options.runs > maxRuns)
        return usageError(command, Tr::tr("--runs needs a whole number from 1 to %1, not '%2'")
                                       .arg(maxRuns)
                                       .arg(parser.value(runs)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(command, Tr::tr("--seed needs a whole number of 0 or more, not '%1'")
                                       .arg(parser.value(seed)));
    const std::optional<Spread> given = parseSpread(parser.value(spread));
    if (!given)
        return usageError(command, Tr::tr("--spread needs three numbers LOW,MODE,HIGH, not '%1'")
                                       .arg(parser.value(spread)));
    if (const QString problem = spreadProblem(*given); !problem.isEmpty())
        return usageError(command, QStringLiteral("--spread: ") + problem);
    options.spread = *given;

    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;
    const Schedule schedule = scheduleUpgrade(*estate, orderUpgrade(*estate));
    const SimulationResult result = simulateOverruns(*estate, schedule, options);
    if (parser.isSet(json)) {
        flushStreams();
        JsonStream stream(stdout);
        stream.value(QJsonValue(resultJson(result)));
        stream.finish();
    } else {
        out() << resultText(result);
    }
    return ExitSuccess;
}

} // namespace planner::cli
