// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner diff OLD/plan.json NEW/plan.json [--json]
#include "CommandSupport.h"

#include "plandoc/PlanDiff.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace planner::cli {

int runDiff(const QStringList &arguments)
{
    const QString command = QStringLiteral("diff");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Says what changed between two versions of a plan: steps added, removed or\n"
               "moved to another window, versions and durations, finish, downtime, conflicts\n"
               "and waivers, so that a board re-approves knowing what it approves.\n"
               "Exit code 0 when they say the same, 1 when they differ."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the changes as JSON (fields in docs/plan.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("OLD"), Tr::tr("The earlier plan.json."));
    parser.addPositionalArgument(QStringLiteral("NEW"), Tr::tr("The revised plan.json."));
    if (const auto stop = parseArguments(parser, command, arguments,
                                         {QStringLiteral("OLD"), QStringLiteral("NEW")}))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    const Expected<QJsonObject> before = readPlanJson(paths[0]);
    if (!before)
        return inputError(before.error().text());
    const Expected<QJsonObject> after = readPlanJson(paths[1]);
    if (!after)
        return inputError(after.error().text());

    const QList<PlanChange> changes = diffPlans(*before, *after);
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const PlanChange &c : changes)
            list.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                    {QStringLiteral("subject"), c.subject},
                                    {QStringLiteral("before"), c.before},
                                    {QStringLiteral("after"), c.after},
                                    {QStringLiteral("text"), c.text}});
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("old"), paths[0]},
                                      {QStringLiteral("new"), paths[1]},
                                      {QStringLiteral("same"), changes.isEmpty()},
                                      {QStringLiteral("changes"), list}})
                .toJson(QJsonDocument::Indented));
    } else if (changes.isEmpty()) {
        out() << Tr::tr("The plans say the same.") << '\n';
    } else {
        for (const PlanChange &c : changes)
            out() << QStringLiteral("%1  %2\n").arg(c.kind, -18).arg(c.text);
        out() << (changes.size() == 1 ? Tr::tr("1 change")
                                      : Tr::tr("%1 changes").arg(changes.size()))
              << '\n';
    }
    return changes.isEmpty() ? ExitSuccess : ExitFindings;
}

} // namespace planner::cli
