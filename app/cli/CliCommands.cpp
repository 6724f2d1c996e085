// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "CommandSupport.h"

#include <QCoreApplication>

namespace planner::cli {

// Each subcommand's entry point, defined in its own <Name>Command.cpp.
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
bool exportNeedsGui(const QStringList &arguments);
int runShow(const QStringList &arguments);
int runOrder(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runSchedule(const QStringList &arguments);
int runLayout(const QStringList &arguments);
int runPlan(const QStringList &arguments);
bool planNeedsGui(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runKeygen(const QStringList &arguments);
int runSign(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runReadiness(const QStringList &arguments);
int runRisk(const QStringList &arguments);
int runRecord(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runMessages(const QStringList &arguments);
int runScenarios(const QStringList &arguments);
int runCompareScenarios(const QStringList &arguments);
int runSimulate(const QStringList &arguments);
int runWhatIf(const QStringList &arguments);
int runPublish(const QStringList &arguments);
int runProjects(const QStringList &arguments);
int runGrant(const QStringList &arguments);
int runHistory(const QStringList &arguments);

const QList<Command> &commands()
{
    // Adding a subcommand: one file defining run<Name>(), one line here, one line in
    // CMakeLists.txt, and its section in docs/cli.md.
    static const QList<Command> table = {
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Import an estate JSON, CMDB CSV, CycloneDX or GraphML file into a "
                           "new project or merge it into one"),
         &runImport},
        {QStringLiteral("publish"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Copy a project to a PostgreSQL server as a shared project"),
         &runPublish},
        {QStringLiteral("projects"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "List the shared projects on a PostgreSQL server"),
         &runProjects},
        {QStringLiteral("grant"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Let a PostgreSQL role read, or also edit, a shared project"),
         &runGrant},
        {QStringLiteral("history"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "List what each save of a project changed: who, when, old and new"),
         &runHistory},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "Write a project or estate in another format"),
         &runExport, &exportNeedsGui},
        {QStringLiteral("show"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "Summarize a project: counts, sites, upgrades"),
         &runShow},
        {QStringLiteral("check"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Find compatibility conflicts in the current, target and "
                           "intermediate states"),
         &runCheck},
        {QStringLiteral("order"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Compute the upgrade order: waves, stepping stones, groups"),
         &runOrder},
        {QStringLiteral("schedule"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Place the steps in maintenance windows with their rollback reserve"),
         &runSchedule},
        {QStringLiteral("layout"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Lay out the dependency graph and print its coordinates"),
         &runLayout},
        {QStringLiteral("plan"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Write the plan for the change board: plan.json, plan.pdf, plan.ics"),
         &runPlan, &planNeedsGui},
        {QStringLiteral("diff"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "Say what changed between two versions of a plan"),
         &runDiff},
        {QStringLiteral("keygen"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "Create an Ed25519 key pair for signing plans"),
         &runKeygen},
        {QStringLiteral("sign"),
         QT_TRANSLATE_NOOP("planner::cli::Tr", "Approve a plan: add a signed approval to it"),
         &runSign},
        {QStringLiteral("verify"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Check a plan's approvals: valid, trusted, roles and quorum"),
         &runVerify},
        {QStringLiteral("readiness"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "List what is missing before the plan should be approved"),
         &runReadiness},
        {QStringLiteral("risk"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Score the risk of each step and the plan, and the review path"),
         &runRisk},
        {QStringLiteral("record"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Enter what happened while executing a step into a project"),
         &runRecord},
        {QStringLiteral("compare"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Compare planned and actual durations; accept them as estimates"),
         &runCompare},
        {QStringLiteral("messages"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Fill the message templates with the real window times"),
         &runMessages},
        {QStringLiteral("scenarios"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "List the scenarios: the baseline and each variant's changes"),
         &runScenarios},
        {QStringLiteral("compare-scenarios"),
         QT_TRANSLATE_NOOP("planner::cli::Tr",
                           "Compare scenarios side by side: finish, windows, risk, downtime"),
         &runCompareScenarios},
        {QStringLiteral("simulate"),
         QT_TRANSLATE_NOOP(
             "planner::cli::Tr",
             "The odds of an overrun: each window's, and the finish at 50 % and 90 %"),
         &runSimulate},
        {QStringLiteral("what-if"),
         QT_TRANSLATE_NOOP(
             "planner::cli::Tr",
             "What a cancelled window, an overrun or a stopped wave does to the plan"),
         &runWhatIf},
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace planner::cli
