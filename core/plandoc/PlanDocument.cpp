// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "catalog/Lifecycle.h"
#include "changes/ChangeJson.h"
#include "compat/Compatibility.h"
#include "exchange/EstateJson.h"
#include "planning/PlanReport.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleJson.h"
#include "schedule/ScheduleText.h"
#include "schedule/Scheduler.h"
#include "signing/CanonicalJson.h"
#include "storage/ProjectHistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#ifndef UPLAN_VERSION
#define UPLAN_VERSION "0.0.0"
#endif

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanDocument)
};

QString plural(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(dateText(date)) : QJsonValue();
}

QString siteName(const Estate &estate, const QString &id)
{
    for (const Site &site : estate.sites)
        if (site.id == id)
            return site.name.isEmpty() ? site.id : site.name;
    return id;
}

// The components that move, in the order of their first step; blocked ones after them.
QList<PlanMove> gatherMoves(const Estate &estate, const UpgradePlan &plan)
{
    QList<PlanMove> moves;
    QHash<QString, int> at;
    auto moveFor = [&](const Component &c) -> PlanMove & {
        const auto found = at.constFind(c.id);
        if (found != at.cend())
            return moves[*found];
        PlanMove move;
        move.component = c.id;
        move.name = c.name.isEmpty() ? c.id : c.name;
        move.kind = c.kind;
        move.site = c.site.isEmpty() ? QString() : siteName(estate, c.site);
        move.criticality = c.criticality;
        move.from = c.version;
        move.to = c.finalVersion();
        move.reversible = c.reversible;
        move.backup = c.backup;
        at.insert(c.id, int(moves.size()));
        moves.append(move);
        return moves.last();
    };
    for (const PlanStep &step : plan.steps) {
        const Component *c = estate.find(step.component);
        if (!c)
            continue;
        PlanMove &move = moveFor(*c);
        if (move.firstWave == 0)
            move.firstWave = step.wave;
        move.lastWave = std::max(move.lastWave, step.wave);
        if (!(step.to == move.to))
            move.via.append(step.to);
    }
    for (const Component &c : estate.components())
        if (c.hasUpgrade())
            moveFor(c);
    return moves;
}

QList<ReadinessCheck> readinessOf(const PlanDocument &doc)
{
    QList<ReadinessCheck> checks;
    auto add = [&](const char *id, const QString &label, bool ok, const QString &detail) {
        checks.append({QLatin1String(id), label, ok, detail});
    };

    // The compatibility conflicts only: what the schedule cannot place is the next question's.
    int errors = 0;
    int waived = 0;
    for (const Conflict &c : doc.conflicts) {
        if (doc.schedule.conflicts.contains(c))
            continue;
        errors += c.severity == Conflict::Severity::Error && !c.waived;
        waived += c.waived;
    }
    add("conflicts", Tr::tr("Is every compatibility error resolved or waived?"), errors == 0,
        errors == 0
            ? Tr::tr("No open error in the current, target or intermediate states "
                     "(%1 waived).")
                  .arg(waived)
            : Tr::tr("%1 without a waiver.").arg(plural(errors, Tr::tr("error"), Tr::tr("errors"))));

    const int blocked = int(doc.plan.blocked.size());
    add("blocked", Tr::tr("Can every component reach its target?"), blocked == 0,
        blocked == 0
            ? Tr::tr("Every upgrade has a path.")
            : Tr::tr("%1 blocked.").arg(plural(blocked, Tr::tr("upgrade"), Tr::tr("upgrades"))));

    const int unscheduled = int(doc.schedule.unscheduled.size());
    add("scheduled", Tr::tr("Does every step fit a maintenance window?"), unscheduled == 0,
        unscheduled == 0 ? Tr::tr("All %1 scheduled.")
                               .arg(plural(int(doc.schedule.steps.size()), Tr::tr("step is"),
                                           Tr::tr("steps are")))
                         : Tr::tr("%1 not scheduled.")
                               .arg(plural(unscheduled, Tr::tr("step is"), Tr::tr("steps are"))));

    // The same judgement as the conflicts: never tested, or tested too long before the plan.
    QStringList untested;
    for (const Conflict &c : doc.conflicts)
        if (!c.waived && c.severity == Conflict::Severity::Error
            && (c.type == QLatin1String(conflicttype::untestedBackup)
                || c.type == QLatin1String(conflicttype::irreversibleWithoutRestore)))
            if (const QString id = c.components.value(0); !id.isEmpty() && !untested.contains(id))
                untested.append(id);
    add("backups", Tr::tr("Has every irreversible step a backup whose restore was tested?"),
        untested.isEmpty(),
        untested.isEmpty()
            ? Tr::tr("Yes, or the steps are reversible.")
            : Tr::tr("No recent tested restore for: %1.").arg(untested.join(QStringLiteral(", "))));

    QStringList expiring;
    const QDate finish = doc.schedule.finish.date();
    for (const Waiver &w : doc.estate.waivers)
        if (w.expires.isValid() && finish.isValid() && w.expires < finish)
            expiring.append(w.conflict);
    add("waivers", Tr::tr("Do the waivers hold until the plan is done?"), expiring.isEmpty(),
        expiring.isEmpty()
            ? Tr::tr("No waiver expires before the last step.")
            : Tr::tr("Expiring before the end: %1.").arg(expiring.join(QStringLiteral(", "))));

    // The records good practice asks for (docs/change-records.md, "Readiness").
    const QList<ReadinessItem> &missing = doc.changeReadiness.items;
    QStringList firstMissing;
    for (qsizetype i = 0; i < missing.size() && i < 3; ++i)
        firstMissing.append(missing[i].reason);
    add("records", Tr::tr("Are the records of the controlled change complete?"), missing.isEmpty(),
        missing.isEmpty()
            ? Tr::tr("Yes: backups, rollback plans, acceptance checks, messages and monitoring are "
                     "in place for every step.")
            : Tr::tr("%1 missing: %2%3")
                  .arg(plural(int(missing.size()), Tr::tr("item"), Tr::tr("items")),
                       firstMissing.join(QStringLiteral("; ")),
                       missing.size() > 3 ? QStringLiteral("; ...") : QStringLiteral(".")));

    const int pins = int(doc.plan.pinProblems.size());
    add("pins", Tr::tr("Are the requested orderings (pins) honoured?"), pins == 0,
        pins == 0 ? Tr::tr("Yes.")
                  : Tr::tr("%1 cannot hold.").arg(plural(pins, Tr::tr("pin"), Tr::tr("pins"))));
    return checks;
}

QStringList risksOf(const PlanDocument &doc)
{
    QStringList risks;
    for (const WindowOccurrence &w : doc.schedule.windows)
        if (w.isUsed() && w.overrunMinutes > 0)
            risks.append(
                Tr::tr("If every step in window %1 rolled back, the work would end %2 after "
                       "the window closes (%3).")
                    .arg(w.key(), durationText(w.overrunMinutes), scheduleTimeText(w.worstCaseEnd)));
    for (const PlanStep &s : doc.plan.steps)
        if (s.unsupportedStone)
            risks.append(Tr::tr("%1 passes through %2, a release whose support has ended.")
                             .arg(s.component, s.to.text()));
    for (const Conflict &c : doc.conflicts)
        if (c.severity == Conflict::Severity::Warning && !c.waived)
            risks.append(c.message);
    return risks;
}

QString decisionText(const PlanDocument &doc)
{
    const Schedule &s = doc.schedule;
    QDate first;
    for (const ScheduledStep &step : s.steps)
        if (!first.isValid() || step.start.date() < first)
            first = step.start.date();
    QString text = Tr::tr("Approve the upgrade of %1 in %2")
                       .arg(plural(int(doc.moves.size()), Tr::tr("component"), Tr::tr("components")),
                            plural(int(doc.plan.steps.size()), Tr::tr("step"), Tr::tr("steps")));
    if (s.windowsUsed > 0)
        text += Tr::tr(" over %1, from %2 to %3")
                    .arg(plural(s.windowsUsed, Tr::tr("maintenance window"),
                                Tr::tr("maintenance windows")),
                         dateText(first), dateText(s.finish.date()));
    const int unscheduled = int(s.unscheduled.size());
    if (unscheduled > 0 && s.windowsUsed == 0)
        text += Tr::tr("; no step is scheduled yet");
    else if (unscheduled > 0)
        text += Tr::tr("; %1 not scheduled and not in these dates")
                    .arg(plural(unscheduled, Tr::tr("step is"), Tr::tr("steps are")));
    text += QLatin1Char('.');
    return text;
}

QJsonObject moveToJson(const PlanMove &m)
{
    QJsonArray via;
    for (const Version &v : m.via)
        via.append(v.text());
    QJsonObject o{{QStringLiteral("component"), m.component},
                  {QStringLiteral("name"), m.name},
                  {QStringLiteral("kind"), kindName(m.kind)},
                  {QStringLiteral("site"), m.site},
                  {QStringLiteral("criticality"), criticalityName(m.criticality)},
                  {QStringLiteral("from"), m.from.text()},
                  {QStringLiteral("to"), m.to.text()},
                  {QStringLiteral("via"), via},
                  {QStringLiteral("firstWave"), m.firstWave},
                  {QStringLiteral("lastWave"), m.lastWave},
                  {QStringLiteral("reversible"), m.reversible}};
    if (m.backup) {
        QJsonObject backup{{QStringLiteral("method"), m.backup->method},
                           {QStringLiteral("lastRestoreTest"),
                            dateValue(m.backup->lastRestoreTest)}};
        if (m.backup->restoreMinutes)
            backup.insert(QStringLiteral("restoreMinutes"), *m.backup->restoreMinutes);
        if (!m.backup->location.isEmpty())
            backup.insert(QStringLiteral("location"), m.backup->location);
        if (m.backup->retentionDays)
            backup.insert(QStringLiteral("retentionDays"), *m.backup->retentionDays);
        if (!m.backup->takenAt.isEmpty())
            backup.insert(QStringLiteral("takenAt"), m.backup->takenAt);
        o.insert(QStringLiteral("backup"), backup);
    }
    return o;
}

// The controlled change: the analysis (readiness, risk, impact, messages, planned against
// actual) and the records themselves, as the interchange JSON writes them, so that the signed
// plan carries the evidence. Only whole numbers: ratios become percentages.
QJsonObject changeJson(const PlanDocument &doc)
{
    QJsonObject change{{QStringLiteral("readiness"), readinessToJson(doc.changeReadiness)},
                       {QStringLiteral("risk"), riskToJson(doc.risk)},
                       {QStringLiteral("impact"), impactToJson(doc.impact)},
                       {QStringLiteral("messages"),
                        messagesToJson(doc.messages).value(QStringLiteral("messages"))}};
    QJsonArray record;
    for (const StepComparison &s : doc.comparison.steps) {
        QJsonObject step{{QStringLiteral("component"), s.component},
                         {QStringLiteral("plannedMinutes"), s.plannedTotal},
                         {QStringLiteral("actualMinutes"), s.actualTotal}};
        if (s.ratio)
            step.insert(QStringLiteral("actualPercentOfPlanned"), qRound(*s.ratio * 100));
        record.append(step);
    }
    change.insert(QStringLiteral("plannedAgainstActual"), record);
    const QJsonObject estate = QJsonDocument::fromJson(writeEstateJson(doc.estate)).object();
    QJsonObject records;
    for (const char *section : {"configuration", "rollbacks", "pilots", "acceptance", "messages",
                                "monitoring", "executed", "estimates"}) {
        const QString key = QLatin1String(section);
        records.insert(key, estate.value(key).isArray() ? estate.value(key) : QJsonArray());
    }
    change.insert(QStringLiteral("records"), records);
    return change;
}

QJsonObject planJson(const PlanDocument &doc)
{
    const ProjectInfo &p = doc.estate.project;
    QJsonObject project{{QStringLiteral("name"), p.name},
                        {QStringLiteral("reason"), p.reason},
                        {QStringLiteral("purpose"), p.purpose},
                        {QStringLiteral("urgency"), p.urgency},
                        {QStringLiteral("timezone"), p.timezone},
                        {QStringLiteral("start"), dateValue(p.start)},
                        {QStringLiteral("decisionMinutes"), p.decisionMinutes}};
    // Only when not the default, so that a plan of a project that kept it has the bytes it had
    // before the field existed (approvals sign those bytes).
    if (p.restoreTestMaxDays != defaultRestoreTestMaxDays)
        project.insert(QStringLiteral("restoreTestMaxDays"), p.restoreTestMaxDays);

    QJsonArray moves;
    for (const PlanMove &m : doc.moves)
        moves.append(moveToJson(m));
    QJsonArray conflicts;
    int errors = 0;
    int warnings = 0;
    int waived = 0;
    int scheduleFindings = 0;
    for (const Conflict &c : doc.conflicts) {
        conflicts.append(conflictToJson(c));
        waived += c.waived;
        if (doc.schedule.conflicts.contains(c)) {
            scheduleFindings += !c.waived;
            continue;
        }
        errors += c.severity == Conflict::Severity::Error && !c.waived;
        warnings += c.severity == Conflict::Severity::Warning && !c.waived;
    }
    QJsonArray waivers;
    for (const Waiver &w : doc.estate.waivers)
        waivers.append(QJsonObject{{QStringLiteral("conflict"), w.conflict},
                                   {QStringLiteral("reason"), w.reason},
                                   {QStringLiteral("expires"), dateValue(w.expires)}});
    QJsonArray readiness;
    for (const ReadinessCheck &r : doc.readiness)
        readiness.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("question"), r.label},
                                     {QStringLiteral("ok"), r.ok},
                                     {QStringLiteral("detail"), r.detail}});

    const Schedule &s = doc.schedule;
    QJsonObject summary{{QStringLiteral("components"), doc.estate.componentCount()},
                        {QStringLiteral("moving"), int(doc.moves.size())},
                        {QStringLiteral("steps"), int(doc.plan.steps.size())},
                        {QStringLiteral("waves"), doc.plan.waveCount()},
                        {QStringLiteral("windowsUsed"), s.windowsUsed},
                        {QStringLiteral("finish"),
                         s.finish.isValid() ? QJsonValue(scheduleTimeText(s.finish)) : QJsonValue()},
                        {QStringLiteral("openErrors"), errors},
                        {QStringLiteral("openWarnings"), warnings},
                        {QStringLiteral("scheduleFindings"), scheduleFindings},
                        {QStringLiteral("waived"), waived},
                        {QStringLiteral("blocked"), int(doc.plan.blocked.size())},
                        {QStringLiteral("unscheduled"), int(s.unscheduled.size())},
                        {QStringLiteral("ready"), doc.isReady()}};

    QJsonObject plan{{QStringLiteral("format"), QStringLiteral("upgrade-planner-plan")},
                     {QStringLiteral("formatVersion"), 1},
                     {QStringLiteral("generator"),
                      QJsonObject{{QStringLiteral("program"), QStringLiteral("upgrade-planner")},
                                  {QStringLiteral("version"), doc.programVersion},
                                  {QStringLiteral("lifecycleData"), dateValue(doc.lifecycleDate)}}},
                     {QStringLiteral("estateSha256"), doc.estateSha256},
                     {QStringLiteral("project"), project},
                     {QStringLiteral("decision"), decisionText(doc)},
                     {QStringLiteral("summary"), summary},
                     {QStringLiteral("readiness"), readiness},
                     {QStringLiteral("risks"), QJsonArray::fromStringList(doc.risks)},
                     {QStringLiteral("moves"), moves},
                     {QStringLiteral("order"), planToJson(doc.plan)},
                     {QStringLiteral("schedule"), scheduleToJson(s)},
                     {QStringLiteral("conflicts"), conflicts},
                     {QStringLiteral("waivers"), waivers},
                     {QStringLiteral("change"), changeJson(doc)}};
    // Only a scenario's plan has the member: a baseline plan keeps the bytes it always had.
    if (!doc.scenario.isEmpty())
        plan.insert(QStringLiteral("scenario"), doc.scenario);
    // Likewise a plan of a project with a history: where in it the plan was computed.
    if (doc.history)
        plan.insert(QStringLiteral("history"),
                    QJsonObject{{QStringLiteral("revision"), doc.history->revision},
                                {QStringLiteral("savedAt"),
                                 doc.history->savedAt.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("savedBy"), doc.history->savedBy},
                                {QStringLiteral("unsavedChanges"), doc.history->unsavedChanges}});
    return plan;
}

} // namespace

bool PlanDocument::isReady() const
{
    for (const ReadinessCheck &check : readiness)
        if (!check.ok)
            return false;
    return true;
}

QString programVersion()
{
    return QStringLiteral(UPLAN_VERSION);
}

QString estateSha256(const Estate &estate)
{
    Estate copy = estate;
    copy.manualPositions.clear();
    copy.scenarios.clear();
    const QByteArray written = writeEstateJson(copy);
    const QJsonDocument parsed = QJsonDocument::fromJson(written);
    const Expected<QByteArray> canonical = canonicalJson(parsed.object());
    return sha256Hex(canonical ? *canonical : written);
}

std::optional<HistoryPosition> historyPositionOf(const QString &location)
{
    // An estate file has no history: loadHistory() refuses it, and that is the answer.
    const Expected<std::optional<HistoryEntry>> last = lastHistoryEntry(location);
    if (!last || !*last)
        return std::nullopt;
    const HistoryEntry &entry = **last;
    return HistoryPosition{entry.revision, entry.at, entry.who, false};
}

QString historyPositionText(const HistoryPosition &position)
{
    QString text = Tr::tr("revision %1, saved %2 by %3")
                       .arg(position.revision)
                       .arg(position.savedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm "
                                                                             "'UTC'")),
                            position.savedBy);
    if (position.unsavedChanges)
        text = Tr::tr("%1, with changes made since and not saved").arg(text);
    return text;
}

PlanDocument buildPlanDocument(const Estate &estate, const QString &scenario,
                               const std::optional<HistoryPosition> &history)
{
    PlanDocument doc;
    doc.estate = estate;
    doc.scenario = scenario;
    doc.history = history;
    doc.estateSha256 = estateSha256(estate);
    doc.programVersion = programVersion();
    doc.lifecycleDate = Lifecycle::bundled().dataDate();
    doc.plan = orderUpgrade(estate);
    doc.schedule = scheduleUpgrade(estate, doc.plan);

    CheckOptions options;
    options.planStart = estate.project.start;
    if (doc.schedule.finish.isValid())
        options.planFinish = doc.schedule.finish.date();
    doc.conflicts = checkCompatibility(estate, options);
    doc.conflicts += doc.schedule.conflicts;

    doc.moves = gatherMoves(estate, doc.plan);
    doc.impact = analyseImpact(estate, doc.plan, &doc.schedule);
    doc.risk = assessRisk(estate, doc.plan, doc.conflicts, &doc.schedule, &doc.impact);
    doc.backupWarnings = backupWarnings(estate, doc.plan, &doc.schedule);
    doc.messages = fillMessages(estate, doc.schedule);
    doc.comparison = comparePlannedActual(estate);
    doc.changeReadiness = assessReadiness(estate, doc.plan, &doc.schedule, &doc.impact);
    doc.readiness = readinessOf(doc);
    doc.risks = risksOf(doc);
    doc.json = planJson(doc);
    const Expected<QByteArray> bytes = canonicalJson(doc.json);
    // Every number the plan holds is an integer: a failure here is a programming error.
    Q_ASSERT(bytes);
    doc.bytes = bytes ? *bytes : QByteArray();
    doc.sha256 = sha256Hex(doc.bytes);
    return doc;
}

} // namespace planner
