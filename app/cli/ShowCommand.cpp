// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner show PROJECT [--json] [--limit N] [--impact ID]... [--direction D]
#include "CommandSupport.h"
#include "EstateSummary.h"

#include "exchange/JsonStream.h"
#include "graphquery/ImpactSet.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cstdio>

namespace planner::cli {

namespace {

/// What the seeds reach in @p direction: the components in estate order, and the business
/// processes that use one of them directly.
int showImpact(const Estate &estate, const QStringList &seeds, ImpactDirection direction,
               const QString &directionName, bool json)
{
    for (const QString &id : seeds)
        if (estate.indexOf(id) < 0)
            return inputError(Tr::tr("--impact: no component '%1'").arg(id));
    const QSet<QString> reached = impactSet(estate, seeds, direction);
    QJsonArray components;
    QStringList lines;
    for (const Component &c : estate.components()) {
        if (!reached.contains(c.id))
            continue;
        const bool seed = seeds.contains(c.id);
        components.append(
            QJsonObject{{QStringLiteral("id"), c.id},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("kind"), kindName(c.kind)},
                        {QStringLiteral("site"), c.site},
                        {QStringLiteral("criticality"), criticalityName(c.criticality)},
                        {QStringLiteral("seed"), seed}});
        lines << QStringLiteral("  %1%2  %3 [%4, %5]")
                     .arg(seed ? QStringLiteral("* ") : QStringLiteral("  "), c.id, c.name,
                          kindName(c.kind), criticalityName(c.criticality));
    }
    QJsonArray processes;
    QStringList processLines;
    for (const BusinessProcess &p : estate.processes) {
        QStringList through;
        for (const QString &id : p.uses)
            if (reached.contains(id))
                through << id;
        if (through.isEmpty())
            continue;
        processes.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("name"), p.name},
                        {QStringLiteral("criticality"), criticalityName(p.criticality)},
                        {QStringLiteral("through"), QJsonArray::fromStringList(through)}});
        processLines << QStringLiteral("  %1 (%2) through %3")
                            .arg(p.name.isEmpty() ? p.id : p.name, criticalityName(p.criticality),
                                 through.join(QStringLiteral(", ")));
    }
    if (json) {
        flushStreams();
        JsonStream stream(stdout);
        stream.value(QJsonObject{{QStringLiteral("seeds"), QJsonArray::fromStringList(seeds)},
                                 {QStringLiteral("direction"), directionName},
                                 {QStringLiteral("components"), components},
                                 {QStringLiteral("processes"), processes}});
        stream.finish();
        return ExitSuccess;
    }
    QTextStream &s = out();
    const QString what = direction == ImpactDirection::Dependents     ? Tr::tr("what depends on %1")
                         : direction == ImpactDirection::Dependencies ? Tr::tr("what %1 needs")
                                                                      : Tr::tr("what %1 touches");
    s << Tr::tr("Impact, %1: %n component(s) besides those asked about (marked *)", nullptr,
                int(components.size() - seeds.size()))
             .arg(what.arg(seeds.join(QStringLiteral(", "))))
      << '\n'
      << lines.join(u'\n') << '\n';
    s << Tr::tr("Business processes using them: %1")
             .arg(processes.isEmpty() ? Tr::tr("none") : QString::number(processes.size()))
      << '\n';
    if (!processLines.isEmpty())
        s << processLines.join(u'\n') << '\n';
    return ExitSuccess;
}

} // namespace

int runShow(const QStringList &arguments)
{
    const QString command = QStringLiteral("show");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Summarizes a project: what it is for, its components by kind, site and\n"
               "criticality, the versions of each product, the planned upgrades, the catalog\n"
               "and the calendar."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the summary as JSON (fields in docs/cli.md)."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Tr::tr("List at most N upgrades in the text (default 20, "
                                          "0: all). The JSON always lists all."),
                                   Tr::tr("N"), QStringLiteral("20"));
    const QCommandLineOption
        impact(QStringLiteral("impact"),
               Tr::tr(
                   "Instead of the summary, what the change of this component reaches through the "
                   "dependencies, transitively (repeatable)."),
               Tr::tr("ID"));
    const QCommandLineOption
        direction(QStringLiteral("direction"),
                  Tr::tr(
                      "With --impact: dependents (what depends on it, the default), dependencies "
                      "(what it needs) or both."),
                  Tr::tr("D"), QStringLiteral("dependents"));
    parser.addOption(json);
    parser.addOption(limit);
    parser.addOption(impact);
    parser.addOption(direction);
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;
    bool limitOk = false;
    const int upgradeLimit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || upgradeLimit < 0)
        return usageError(command, Tr::tr("--limit needs a whole number of 0 or more, not '%1'")
                                       .arg(parser.value(limit)));

    static const QMap<QString, ImpactDirection> directions{{QStringLiteral("dependents"),
                                                            ImpactDirection::Dependents},
                                                           {QStringLiteral("dependencies"),
                                                            ImpactDirection::Dependencies},
                                                           {QStringLiteral("both"),
                                                            ImpactDirection::Both}};
    if (!directions.contains(parser.value(direction)))
        return usageError(command, Tr::tr("--direction needs dependents, dependencies or both, "
                                          "not '%1'")
                                       .arg(parser.value(direction)));
    if (parser.isSet(direction) && !parser.isSet(impact))
        return usageError(command, Tr::tr("--direction goes with --impact"));

    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;
    QStringList seeds = parser.values(impact);
    seeds.removeDuplicates();
    if (parser.isSet(impact))
        return showImpact(*estate, seeds, directions.value(parser.value(direction)),
                          parser.value(direction), parser.isSet(json));
    const EstateSummary summary = EstateSummary::of(*estate);
    if (parser.isSet(json)) {
        const QByteArray bytes = summary.toJson();
        flushStreams();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    } else {
        out() << summary.toText(upgradeLimit);
    }
    return ExitSuccess;
}

} // namespace planner::cli
