// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner plan PROJECT -o DIR [--previous OLD/plan.json] [--page-size a4|letter] ...
#include "CommandSupport.h"

#include "report/PlanExport.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("plan");

QCommandLineOption noPdfOption()
{
    return QCommandLineOption(QStringLiteral("no-pdf"), Tr::tr("Do not write plan.pdf."));
}

} // namespace

bool planNeedsGui(const QStringList &arguments)
{
    // The PDF draws text and the graph: QtGui, offscreen when there is no display.
    return !arguments.contains(QStringLiteral("--no-pdf"));
}

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the plan the change board approves into a folder: plan.json (canonical,\n"
               "what approvals sign), plan.pdf (for the review meeting) and plan.ics (the\n"
               "windows). The same estate always gives the same plan.json, byte for byte.\n"
               "A folder that holds a different plan is refused; one that holds this plan\n"
               "keeps its approvals and the PDF shows them.\n"
               "Exit code 1 when the plan is written but not ready (a readiness check fails)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The plan folder (created when missing)."),
                                    Tr::tr("DIR"));
    const QCommandLineOption previous(QStringLiteral("previous"),
                                      Tr::tr("The previous version's plan.json: the PDF lists "
                                             "what changed since."),
                                      Tr::tr("PLAN"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      Tr::tr("a4 (default) or letter."), Tr::tr("SIZE"),
                                      QStringLiteral("a4"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Tr::tr("A role expected to approve: the PDF's signature page "
                                         "leaves a line for it (repeatable)."),
                                  Tr::tr("ROLE"));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   Tr::tr("A trusted approver's public key: the PDF says of each "
                                          "approval in DIR whether its key is one of these "
                                          "(repeatable; without it, that keys were not checked)."),
                                   Tr::tr("PUB.pem"));
    const QCommandLineOption noPdf = noPdfOption();
    const QCommandLineOption noIcs(QStringLiteral("no-ics"), Tr::tr("Do not write plan.ics."));
    for (const QCommandLineOption &o : {output, previous, pageSize, role, trust, noPdf, noIcs})
        parser.addOption(o);
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;
    if (!parser.isSet(output))
        return usageError(command, Tr::tr("missing -o DIR"));

    PlanExportOptions options;
    const QString size = parser.value(pageSize).toLower();
    if (size == QLatin1String("a4"))
        options.pageSize = QPageSize::A4;
    else if (size == QLatin1String("letter"))
        options.pageSize = QPageSize::Letter;
    else
        return usageError(command, Tr::tr("--page-size needs a4 or letter, not '%1'")
                                       .arg(parser.value(pageSize)));
    options.pdf = !parser.isSet(noPdf);
    options.ics = !parser.isSet(noIcs);
    options.previousPlan = parser.value(previous);
    for (const QString &value : parser.values(role)) {
        if (value.trimmed().isEmpty())
            return usageError(command, Tr::tr("--role needs a role name, e.g. change-manager"));
        options.rolesToSign.append(value.trimmed());
    }
    options.trustedKeys = parser.values(trust);
    options.scenario = chosenScenario(parser);

    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;
    options.history = historyPositionOf(parser.positionalArguments().constFirst());
    const Expected<PlanExportResult> exported = exportPlan(*estate, parser.value(output), options);
    if (!exported)
        return inputError(exported.error().text());

    const PlanDocument &doc = exported->document;
    QTextStream &s = out();
    for (const QString &path : exported->written)
        s << Tr::tr("wrote %1").arg(path) << '\n';
    if (exported->planExisted)
        s << (exported->approvals == 1
                  ? Tr::tr("the folder held this plan already: plan.json and its approval kept")
                  : Tr::tr("the folder held this plan already: plan.json and its %1 approvals "
                           "kept")
                        .arg(exported->approvals))
          << '\n';
    if (!options.previousPlan.isEmpty())
        s << (exported->changes.size() == 1
                  ? Tr::tr("1 change since %1")
                  : Tr::tr("%1 changes since %2").arg(exported->changes.size()))
                 .arg(options.previousPlan)
          << '\n';
    s << Tr::tr("plan sha256: %1").arg(doc.sha256) << '\n'
      << Tr::tr("estate sha256: %1").arg(doc.estateSha256) << '\n';
    for (const ReadinessCheck &check : doc.readiness)
        s << (check.ok ? QStringLiteral("  ok    ") : QStringLiteral("  NOT   ")) << check.label
          << ' ' << check.detail << '\n';
    s << (doc.isReady() ? Tr::tr("ready for approval") : Tr::tr("not ready for approval")) << '\n';
    return doc.isReady() ? ExitSuccess : ExitFindings;
}

} // namespace planner::cli
