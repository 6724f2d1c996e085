// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner verify DIR/plan.json [--trust PUB.pem]... [--require-role ROLE]... [--quorum N]
//                        [--project PROJECT] [--json]
#include "CommandSupport.h"

#include "inventory/Scenario.h"
#include "plandoc/PlanDiff.h"
#include "plandoc/PlanDocument.h"

#include "signing/PlanVerification.h"
#include "signing/SigningKey.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("verify");

QString shortFingerprint(const QString &fingerprint)
{
    if (fingerprint.size() <= 8)
        return fingerprint;
    return fingerprint.left(4) + QChar(0x2026) + fingerprint.right(4);
}

// Everything that keeps the plan from being verified, as sentences.
QStringList failures(const VerificationReport &report)
{
    QStringList reasons;
    if (!report.planProblem.isEmpty())
        reasons.append(report.planProblem);
    qsizetype invalid = 0;
    qsizetype untrusted = 0;
    for (const VerifiedApproval &approval : report.approvals) {
        if (!approval.valid)
            ++invalid;
        else if (!approval.trusted)
            ++untrusted;
    }
    if (invalid > 0)
        reasons.append(invalid == 1 ? Tr::tr("1 invalid approval")
                                    : Tr::tr("%1 invalid approvals").arg(invalid));
    if (untrusted > 0)
        reasons.append(untrusted == 1 ? Tr::tr("1 approval by an untrusted key")
                                      : Tr::tr("%1 approvals by untrusted keys").arg(untrusted));
    reasons.append(report.problems);
    return reasons;
}

QString textReport(const VerificationReport &report)
{
    QString text;
    QTextStream stream(&text);
    stream << Tr::tr("plan: %1 (sha256 %2)")
                  .arg(report.planPath,
                       report.planSha256.isEmpty() ? Tr::tr("unreadable") : report.planSha256)
           << '\n';
    if (!report.planProblem.isEmpty())
        stream << Tr::tr("plan problem: %1").arg(report.planProblem) << '\n';
    // What was approved may itself say it is not ready: the signatures do not change that.
    if (report.planParses && !report.approvals.isEmpty()) {
        const Expected<QJsonObject> plan = readPlanJson(report.planPath);
        if (plan
            && !plan->value(QLatin1String("summary"))
                    .toObject()
                    .value(QLatin1String("ready"))
                    .toBool(true))
            stream << Tr::tr("note: the plan itself says it is NOT ready for approval (see its "
                             "readiness checks); the signatures below approve it as it is")
                   << '\n';
    }
    if (!report.trustListGiven && !report.approvals.isEmpty())
        stream << Tr::tr("note: no --trust key given: every valid signature counts, whoever "
                         "made the key")
               << '\n';
    for (const VerifiedApproval &approval : report.approvals) {
        if (approval.valid) {
            QString trust;
            if (report.trustListGiven)
                trust = approval.trusted ? Tr::tr(" [trusted]") : Tr::tr(" [NOT TRUSTED]");
            stream << QStringLiteral("VALID   %1 (%2) %3 key %4%5")
                          .arg(approval.signer, approval.role, approval.signedAt,
                               shortFingerprint(approval.keyFingerprint), trust)
                   << '\n';
        } else {
            stream << QStringLiteral("INVALID %1: %2").arg(approval.id, approval.problem) << '\n';
        }
    }
    if (report.approvals.isEmpty())
        stream << Tr::tr("no approvals") << '\n';

    QString roles = report.rolesCovered.isEmpty() ? Tr::tr("none")
                                                  : report.rolesCovered.join(QStringLiteral(", "));
    if (!report.requiredRoles.isEmpty())
        roles += Tr::tr(" (required: %1)").arg(report.requiredRoles.join(QStringLiteral(", ")));
    stream << Tr::tr("roles covered: %1").arg(roles) << '\n';
    stream << Tr::tr("distinct approvers: %1 (quorum %2)")
                  .arg(report.distinctApprovers)
                  .arg(report.quorum)
           << '\n';
    for (const QString &problem : report.problems)
        stream << Tr::tr("problem: %1").arg(problem) << '\n';

    if (report.ok()) {
        if (report.approvals.isEmpty())
            stream << Tr::tr("verified: no approvals yet; the plan is intact and nothing was "
                             "required (use --quorum or --require-role to require approvals)");
        else
            stream << Tr::tr("verified: %1 valid %2 from %3 %4")
                          .arg(report.validApprovals())
                          .arg(report.validApprovals() == 1 ? Tr::tr("approval")
                                                            : Tr::tr("approvals"))
                          .arg(report.distinctApprovers)
                          .arg(report.distinctApprovers == 1 ? Tr::tr("key") : Tr::tr("keys"));
    } else {
        stream << Tr::tr("NOT VERIFIED: %1").arg(failures(report).join(QStringLiteral("; ")));
    }
    stream << '\n';
    return text;
}

/// Whether the project a plan came from is still the estate it was computed from.
struct ProjectCheck
{
    QString path;
    QString scenario; ///< the plan's scenario; empty: the baseline
    bool matches = false;
};

/// Loads @p path as the plan's scenario has it and compares it with the plan's estateSha256;
/// a project that differs becomes a problem of @p report. Empty on an input error (printed).
std::optional<ProjectCheck> checkProject(const QString &path, VerificationReport &report)
{
    ProjectCheck check;
    check.path = path;
    const Expected<QJsonObject> plan = readPlanJson(report.planPath);
    if (!plan)
        return check; // the report already says why the plan cannot be read
    check.scenario = plan->value(QLatin1String("scenario")).toString();
    const std::optional<Estate> project = loadInput(path);
    if (!project)
        return std::nullopt;
    const Scenario *scenario = nullptr;
    for (const Scenario &s : project->scenarios)
        if (s.name == check.scenario)
            scenario = &s;
    if (!check.scenario.isEmpty() && !scenario) {
        report.problems.append(Tr::tr("the project %1 no longer has the scenario %2 this plan "
                                      "was computed from")
                                   .arg(path, check.scenario));
        return check;
    }
    const Estate estate = scenario ? applyScenario(*project, *scenario) : *project;
    check.matches = estateSha256(estate) == plan->value(QLatin1String("estateSha256")).toString();
    if (!check.matches) {
        QString problem
            = (check.scenario.isEmpty()
                   ? Tr::tr("the project %1 changed since this plan was computed").arg(path)
                   : Tr::tr("the project %1 (scenario %2) changed since this plan was computed")
                         .arg(path, check.scenario))
              + Tr::tr(" (`plan` it again and `diff` the two plan.json files to see what)");
        // Both ends in the project's history, when the plan and the project have one.
        const QJsonObject planned = plan->value(QLatin1String("history")).toObject();
        const std::optional<HistoryPosition> now = historyPositionOf(path);
        if (!planned.isEmpty() && now) {
            const qint64 revision = planned.value(QLatin1String("revision")).toInteger();
            // Quoted for the shell: a URL's '&' and '?' would otherwise end or glob it.
            QString quoted = path;
            quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
            problem += QStringLiteral("; ")
                       + Tr::tr("the plan was computed at revision %1, the project is now at %2; "
                                "`history '%3' --after %1` lists the saves since")
                             .arg(revision)
                             .arg(historyPositionText(*now), quoted);
        }
        report.problems.append(problem);
    }
    return check;
}

QString projectText(const ProjectCheck &check)
{
    const QString what = check.scenario.isEmpty()
                             ? check.path
                             : Tr::tr("%1, scenario %2").arg(check.path, check.scenario);
    return (check.matches ? Tr::tr("project: %1 is the estate this plan was computed from")
                          : Tr::tr("project: %1 CHANGED since this plan was computed"))
               .arg(what)
           + u'\n';
}

QString jsonReport(const VerificationReport &report, const std::optional<ProjectCheck> &project)
{
    QJsonArray approvals;
    for (const VerifiedApproval &approval : report.approvals) {
        approvals.append(QJsonObject{
            {QStringLiteral("id"), approval.id},
            {QStringLiteral("signer"), approval.signer},
            {QStringLiteral("role"), approval.role},
            {QStringLiteral("signedAt"), approval.signedAt},
            {QStringLiteral("keyFingerprint"), approval.keyFingerprint},
            {QStringLiteral("valid"), approval.valid},
            {QStringLiteral("trusted"), approval.trusted},
            {QStringLiteral("problem"), approval.problem},
        });
    }
    QStringList problems;
    if (!report.planProblem.isEmpty())
        problems.append(report.planProblem);
    problems.append(report.problems);
    QJsonObject object{
        {QStringLiteral("plan"), report.planPath},
        {QStringLiteral("planSha256"), report.planSha256},
        {QStringLiteral("ok"), report.ok()},
        {QStringLiteral("approvals"), approvals},
        {QStringLiteral("rolesCovered"), QJsonArray::fromStringList(report.rolesCovered)},
        {QStringLiteral("distinctApprovers"), report.distinctApprovers},
        {QStringLiteral("quorum"), report.quorum},
        {QStringLiteral("requiredRoles"), QJsonArray::fromStringList(report.requiredRoles)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
    };
    if (project)
        object.insert(QStringLiteral("project"),
                      QJsonObject{{QStringLiteral("path"), project->path},
                                  {QStringLiteral("scenario"), project->scenario.isEmpty()
                                                                   ? QJsonValue()
                                                                   : QJsonValue(project->scenario)},
                                  {QStringLiteral("matches"), project->matches}});
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks every approval of a plan: intact, signed by the key it names, for this "
               "very plan.json. Exit 0 when every approval is valid and trusted, every required "
               "role is covered and the quorum is met; 1 otherwise (a plan changed after "
               "signing included); 2 for usage errors."));
    const QCommandLineOption trust(QStringLiteral("trust"),
                                   Tr::tr("Trust only these public keys (repeatable)."),
                                   Tr::tr("PUB.pem"));
    const QCommandLineOption requireRole(QStringLiteral("require-role"),
                                         Tr::tr("A role that must have approved (repeatable)."),
                                         Tr::tr("ROLE"));
    const QCommandLineOption quorum(QStringLiteral("quorum"),
                                    Tr::tr("At least N distinct keys must have approved."),
                                    Tr::tr("N"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the result as JSON (docs/signing.md)."));
    const QCommandLineOption
        project(QStringLiteral("project"),
                Tr::tr("Also check that this project (a .uplan, shared project URL or estate "
                       ".json) is still the estate the "
                       "plan was computed from, in the plan's scenario; a changed project fails."),
                QStringLiteral("PROJECT"));
    parser.addOptions({trust, requireRole, quorum, project, json});
    parser.addPositionalArgument(QStringLiteral("PLAN"), Tr::tr("The plan.json to verify."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PLAN")}))
        return *stop;

    VerifyOptions options;
    if (parser.isSet(quorum)) {
        bool number = false;
        options.quorum = parser.value(quorum).toInt(&number);
        if (!number || options.quorum < 0)
            return usageError(command, Tr::tr("--quorum needs a whole number >= 0, not '%1'")
                                           .arg(parser.value(quorum)));
    }
    for (const QString &role : parser.values(requireRole)) {
        if (role.trimmed().isEmpty())
            return usageError(command, Tr::tr("--require-role needs a role name"));
        options.requiredRoles.append(role.trimmed());
    }
    options.trustListGiven = parser.isSet(trust);
    for (const QString &path : parser.values(trust)) {
        const Expected<SigningKey> key = SigningKey::loadPublicKey(path);
        if (!key)
            return inputError(Tr::tr("--trust %1").arg(key.error().text()));
        options.trustedFingerprints.append(key->fingerprint());
    }

    const QString planPath = parser.positionalArguments().constFirst();
    const QFileInfo planInfo(planPath);
    if (!planInfo.exists())
        return inputError(Tr::tr("%1: no such file").arg(planPath));
    if (planInfo.isDir())
        return inputError(Tr::tr("%1: is a folder; give its plan.json").arg(planPath));

    VerificationReport report = verifyPlan(planPath, options);
    std::optional<ProjectCheck> checked;
    if (parser.isSet(project)) {
        checked = checkProject(parser.value(project), report);
        if (!checked)
            return ExitUsage;
    }
    out() << (parser.isSet(json)
                  ? jsonReport(report, checked)
                  : (checked && report.planParses ? projectText(*checked) : QString())
                        + textReport(report));
    return report.ok() ? ExitSuccess : ExitFindings;
}

} // namespace planner::cli
