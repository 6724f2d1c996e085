// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner order PROJECT [--json]
#include "CommandSupport.h"

#include "planning/PlanReport.h"
#include "planning/UpgradeOrdering.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace planner::cli {

int runOrder(const QStringList &arguments)
{
    const QString command = QStringLiteral("order");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Computes the upgrade order: waves of steps from current to target versions,\n"
               "stepping stones where a direct jump would break a neighbour, groups that must\n"
               "move together, and what is blocked. Exit code 1 when an upgrade is blocked or\n"
               "a pin cannot hold."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the plan as JSON (fields in docs/cli.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project or an estate .json file."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;
    const std::optional<Estate> estate = loadInput(parser.positionalArguments().constFirst());
    if (!estate)
        return ExitUsage;
    const UpgradePlan plan = orderUpgrade(*estate);
    if (parser.isSet(json))
        out() << QString::fromUtf8(QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented));
    else
        out() << planToText(plan);
    return plan.blocked.isEmpty() && plan.pinProblems.isEmpty() ? ExitSuccess : ExitFindings;
}

} // namespace planner::cli
