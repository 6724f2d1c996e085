// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner show PROJECT [--json] [--limit N]
#include "CommandSupport.h"
#include "EstateSummary.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace planner::cli {

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
    parser.addOption(json);
    parser.addOption(limit);
    const QCommandLineOption scenario = scenarioOption();
    parser.addOption(scenario);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project or an estate .json file."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;
    bool limitOk = false;
    const int upgradeLimit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || upgradeLimit < 0)
        return usageError(command, Tr::tr("--limit needs a whole number of 0 or more, not '%1'")
                                       .arg(parser.value(limit)));

    const std::optional<Estate> estate = loadInput(parser.positionalArguments().constFirst(), parser.value(scenario));
    if (!estate)
        return ExitUsage;
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
