// SPDX-License-Identifier: GPL-3.0-or-later
// The controlled change: why and how risky, whom it affects, what is missing, and for each step
// how it is backed up, undone, checked and watched; the configuration that must survive, the
// pilots, the messages to users and, once executing, the record against the plan.
#include "PlanPdfSections.h"

#include "inventory/Vocabulary.h"
#include "schedule/ScheduleText.h"

#include <QHash>

#include <algorithm>

namespace planner::pdf {

using namespace report;

namespace {

const QColor failColour(0xb0, 0x1c, 0x1c);
const QColor okColour(0x1b, 0x6e, 0x2e);
const QColor warnColour(0x9a, 0x5b, 0x00);

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : tr("never");
}

QColor levelColour(const QString &level)
{
    if (level == QLatin1String("high"))
        return failColour;
    if (level == QLatin1String("medium"))
        return warnColour;
    return okColour;
}

QString levelText(const QString &level)
{
    if (level == QLatin1String("high"))
        return tr("high");
    if (level == QLatin1String("medium"))
        return tr("medium");
    return tr("low");
}

template<typename Record>
QHash<QString, QList<const Record *>> byComponent(const QList<Record> &records)
{
    QHash<QString, QList<const Record *>> out;
    for (const Record &r : records)
        out[r.component].append(&r);
    return out;
}

void addWhyAndRisk(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    const ProjectInfo &project = p.estate.project;
    doc.pageBreak();
    doc.heading(tr("The change: why, how risky, which review path"));
    doc.keyValues({
        {tr("Reason"), project.reason.isEmpty()
                           ? tr("not given")
                           : vocabularyLabel(Vocabulary::ChangeReason, project.reason)},
        {tr("Purpose"), project.purpose.isEmpty() ? tr("not given") : project.purpose},
        {tr("Urgency"), project.urgency.isEmpty()
                            ? tr("not given")
                            : vocabularyLabel(Vocabulary::Urgency, project.urgency)},
        {tr("Risk of the plan"),
         tr("%1 (score %2, the sum over %n step(s))", int(p.risk.steps.size()))
             .arg(levelText(p.risk.level))
             .arg(p.risk.score)},
        {tr("Review path"), p.risk.guidance},
    });
    doc.paragraph(tr("Each step's score adds the points of the rules that apply to it; each point "
                     "names its cause. 0-3 is low, 4-7 medium, 8 and more high "
                     "(docs/change-records.md)."),
                  TextStyle::Note);

    QList<const StepRisk *> steps;
    for (const StepRisk &s : p.risk.steps)
        if (s.score > 0)
            steps.append(&s);
    std::stable_sort(steps.begin(), steps.end(),
                     [](const StepRisk *a, const StepRisk *b) { return a->score > b->score; });
    Table risk;
    risk.caption = tr("Steps by risk, highest first");
    risk.headers = {tr("Step"), tr("Score"), tr("Why")};
    risk.widths = {26, 10, 64};
    for (const StepRisk *s : steps) {
        QStringList why;
        for (const RiskItem &item : s->items)
            why.append(QStringLiteral("+%1 %2").arg(item.points).arg(item.cause));
        risk.rows.append(
            {Cell(QStringLiteral("%1\n%2 -> %3")
                      .arg(c.componentLabel(s->component), s->from.text(), s->to.text())),
             Cell(QStringLiteral("%1 %2").arg(s->score).arg(levelText(s->level)), true,
                  levelColour(s->level)),
             Cell(why.join(u'\n'))});
    }
    if (risk.rows.isEmpty())
        doc.paragraph(tr("No step scores a risk point."), TextStyle::Body, okColour);
    else
        doc.table(risk);
}

void addImpact(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    doc.heading(tr("Business impact"), TextStyle::Subheading);
    doc.paragraph(tr("The business processes the plan touches: a process is affected by a step "
                     "on any component it uses or that those depend on. Emergency, payment, "
                     "production-control and public-service processes are on the stricter "
                     "list. The downtime adds up every step that stops the process, over all "
                     "windows; a single step longer than the service level allows is listed "
                     "under what is missing."));
    Table t;
    t.headers = {tr("Process"), tr("Users"), tr("Service level"), tr("Downtime, all steps"),
                 tr("Stricter list")};
    t.widths = {21, 26, 25, 13, 15};
    for (const ProcessImpact &i : p.impact.processes) {
        QString users = i.userGroups.join(QStringLiteral(", "));
        if (i.externalCustomers)
            users += (users.isEmpty() ? QString() : QStringLiteral("; "))
                     + tr("external customers");
        QString level = i.serviceLevel;
        if (i.maxOutageMinutes)
            level += (level.isEmpty() ? QString() : QStringLiteral("; "))
                     + tr("at most %1 down").arg(durationText(*i.maxOutageMinutes));
        // The service level's limit is per outage: a step stopping the process for longer is a
        // readiness item (next section); the total here spans every window of the plan.
        t.rows.append(
            {Cell(i.name.isEmpty() ? i.process : i.name, true),
             Cell(users.isEmpty() ? tr("not recorded") : users),
             Cell(level.isEmpty() ? tr("not recorded") : level),
             Cell(durationText(i.downtimeMinutes)),
             Cell(i.stricter ? vocabularyLabel(Vocabulary::ProcessCategory, i.category) : QString(),
                  i.stricter)});
    }
    if (t.rows.isEmpty())
        doc.paragraph(tr("No recorded business process is affected."));
    else
        doc.table(t);
}

void addReadiness(ReportDocument &doc, const Context &c)
{
    const Readiness &r = c.plan.changeReadiness;
    doc.heading(tr("What is missing before approval"), TextStyle::Subheading);
    if (r.isReady()) {
        doc.paragraph(tr("Nothing: every step has its backup with a tested restore, a rollback "
                         "plan, acceptance checks, monitoring and its configuration inventory; "
                         "every window has its messages."),
                      TextStyle::Body, okColour);
        return;
    }
    Table t;
    t.headers = {tr("Kind"), tr("About"), tr("What is missing")};
    t.widths = {16, 22, 62};
    for (const ReadinessItem &i : r.items) {
        QString about = i.component.isEmpty() ? i.window : c.componentLabel(i.component);
        if (about.isEmpty())
            about = i.process.isEmpty() ? tr("the plan") : i.process;
        t.rows.append(
            {Cell(readinessKindLabel(i.kind), true, failColour), Cell(about), Cell(i.reason)});
    }
    doc.table(t);
}

void addStepRecords(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    const ChangeRecords &records = p.estate.records;
    const auto checks = byComponent(records.acceptance);
    const auto watch = byComponent(records.monitoring);
    doc.pageBreak();
    doc.heading(tr("Each step: backup, rollback, checks and monitoring"));
    doc.paragraph(tr("How each moving component is saved before its step, who decides to undo "
                     "it and on what signs, how it is undone and what may be lost, the checks "
                     "that prove it works (core functions first) and what is watched "
                     "afterwards."));
    Table t;
    t.headers = {tr("Component"), tr("Backup and restore"), tr("Rollback"),
                 tr("Acceptance and monitoring")};
    t.widths = {17, 27, 29, 27};
    for (const PlanMove &m : p.moves) {
        const Component *component = p.estate.find(m.component);
        QString backup = tr("none recorded");
        bool backupProblem = true;
        if (component && component->backup) {
            const BackupInfo &b = *component->backup;
            QStringList lines{b.method};
            if (!b.location.isEmpty())
                lines.append(tr("kept in %1").arg(b.location));
            if (b.retentionDays)
                lines.append(tr("for %1 days").arg(*b.retentionDays));
            if (!b.takenAt.isEmpty())
                lines.append(
                    tr("taken: %1").arg(vocabularyLabel(Vocabulary::BackupPoint, b.takenAt)));
            lines.append(tr("restore tested: %1%2")
                             .arg(dateText(b.lastRestoreTest),
                                  b.restoreMinutes ? tr(", %1").arg(durationText(*b.restoreMinutes))
                                                   : QString()));
            backup = lines.join(u'\n');
            backupProblem = false;
            for (const BackupWarning &w : p.backupWarnings)
                if (w.component == m.component)
                    backupProblem = true;
        }
        QString rollback = tr("no plan");
        if (const RollbackPlan *r = records.rollbackFor(m.component)) {
            QStringList lines;
            if (!r->triggers.isEmpty())
                lines.append(tr("if: %1").arg(r->triggers.join(QStringLiteral("; "))));
            if (!r->decider.isEmpty())
                lines.append(tr("decides: %1").arg(r->decider));
            if (!r->restores.isEmpty())
                lines.append(tr("restores: %1").arg(r->restores));
            if (r->minutes)
                lines.append(tr("takes %1").arg(durationText(*r->minutes)));
            if (!r->dataLoss.isEmpty())
                lines.append(tr("may lose: %1").arg(r->dataLoss));
            if (r->forwardOnly)
                lines.append(tr("after the migration: forward repair only"));
            rollback = lines.join(u'\n');
        }
        QStringList verify;
        QList<const AcceptanceCheck *> own = checks.value(m.component);
        std::stable_sort(own.begin(), own.end(),
                         [](const AcceptanceCheck *a, const AcceptanceCheck *b) {
                             return a->core && !b->core;
                         });
        for (const AcceptanceCheck *a : own)
            verify.append(
                QStringLiteral("%1%2 -> %3")
                    .arg(a->core ? tr("[core] ") : QString(), a->description, a->expected));
        for (const MonitoringPlan *w : watch.value(m.component))
            verify.append(
                tr("watch %1 (baseline %2) for %3 h").arg(w->metric, w->baseline).arg(w->hours));
        t.rows.append(
            {Cell(c.componentLabel(m.component), true),
             Cell(backup, false, backupProblem ? failColour : QColor()),
             Cell(rollback, false, records.rollbackFor(m.component) ? QColor() : failColour),
             Cell(verify.isEmpty() ? tr("none defined") : verify.join(u'\n'), false,
                  verify.isEmpty() ? failColour : QColor())});
    }
    if (!t.rows.isEmpty())
        doc.table(t);

    Table windows;
    windows.caption = tr("Checks for a whole window");
    windows.headers = {tr("Window"), tr("Check"), tr("Passes when")};
    windows.widths = {18, 47, 35};
    for (const AcceptanceCheck &a : records.acceptance)
        if (a.component.isEmpty())
            windows.rows.append({Cell(a.window),
                                 Cell((a.logReview ? tr("[logs] ") : QString()) + a.description),
                                 Cell(a.expected)});
    if (!windows.rows.isEmpty())
        doc.table(windows);
}

void addConfiguration(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    const ChangeRecords &records = p.estate.records;
    if (records.configuration.isEmpty() && records.pilots.isEmpty())
        return;
    doc.pageBreak();
    doc.heading(tr("Configuration that must survive, and the pilots"));
    Table t;
    t.caption = tr("Configuration inventory");
    t.headers = {tr("Component"), tr("Kind"), tr("What"), tr("Backed up"), tr("Expires")};
    t.widths = {20, 15, 43, 10, 12};
    const QDate end = p.schedule.finish.isValid() ? p.schedule.finish.date() : QDate();
    for (const ConfigItem &i : records.configuration) {
        const bool expires = i.expires.isValid() && end.isValid() && i.expires < end;
        t.rows.append(
            {Cell(c.componentName(i.component)),
             Cell(vocabularyLabel(Vocabulary::ConfigKind, i.kind)),
             Cell(i.detail.isEmpty() ? i.name : QStringLiteral("%1\n%2").arg(i.name, i.detail)),
             Cell(yesNo(i.backedUp), !i.backedUp, i.backedUp ? QColor() : failColour),
             Cell(i.expires.isValid() ? i.expires.toString(Qt::ISODate) : QString(), expires,
                  expires ? failColour : QColor())});
    }
    if (!t.rows.isEmpty())
        doc.table(t);

    Table pilots;
    pilots.caption = tr("Pilots and tests before production");
    pilots.headers = {tr("Component"), tr("Where, when"), tr("Tried"), tr("Result")};
    pilots.widths = {18, 22, 28, 32};
    for (const PilotRecord &r : records.pilots) {
        QStringList tried;
        if (!r.devices.isEmpty())
            tried.append(tr("on %1").arg(r.devices.join(QStringLiteral(", "))));
        if (!r.roles.isEmpty())
            tried.append(tr("by %1").arg(r.roles.join(QStringLiteral(", "))));
        if (!r.flows.isEmpty())
            tried.append(tr("flows: %1").arg(r.flows.join(QStringLiteral(", "))));
        pilots.rows.append({Cell(c.componentName(r.component)),
                            Cell(QStringLiteral("%1\n%2").arg(r.environment, dateText(r.date))),
                            Cell(tried.join(u'\n')),
                            Cell(r.result, !r.passed, r.passed ? QColor() : failColour)});
    }
    if (!pilots.rows.isEmpty())
        doc.table(pilots);
}

void addMessages(ReportDocument &doc, const Context &c)
{
    const QList<FilledMessage> &messages = c.plan.messages;
    if (messages.isEmpty())
        return;
    doc.pageBreak();
    doc.heading(tr("Communication"));
    doc.paragraph(tr("The messages to the people each window affects, filled in with the "
                     "window's real times and services: %n message(s).",
                     int(messages.size())));
    Table t;
    t.headers = {tr("Send"), tr("To"), tr("Message")};
    t.widths = {16, 18, 66};
    for (const FilledMessage &m : messages)
        t.rows.append({Cell(messageTimeText(m.send)), Cell(m.audience),
                       Cell(QStringLiteral("%1\n\n%2").arg(m.subject, m.body))});
    doc.table(t);
}

void addRecord(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    const ChangeRecords &records = p.estate.records;
    if (records.executed.isEmpty())
        return;
    doc.pageBreak();
    doc.heading(tr("The upgrade record: planned against actual"));
    Table t;
    t.headers = {tr("Component"), tr("Planned"), tr("Actual"), tr("Checks"),
                 tr("Issues, rollback, follow-up")};
    t.widths = {18, 11, 11, 25, 35};
    for (const StepComparison &s : p.comparison.steps) {
        const ExecutionRecord *r = records.executionFor(s.component);
        QStringList checks, notes;
        if (r) {
            for (const CheckResult &check : r->checks)
                checks.append(
                    QStringLiteral("%1 %2%3").arg(check.passed ? tr("passed") : tr("FAILED"),
                                                  check.check,
                                                  check.note.isEmpty()
                                                      ? QString()
                                                      : QStringLiteral(": ") + check.note));
            for (const ExecutionIssue &issue : r->issues)
                notes.append(issue.resolution.isEmpty()
                                 ? issue.text
                                 : tr("%1 (solved: %2)").arg(issue.text, issue.resolution));
            if (r->rollback != QLatin1String("none"))
                notes.append(tr("rollback: %1").arg(r->rollback));
            for (const QString &f : r->followUps)
                notes.append(tr("follow-up: %1").arg(f));
        }
        const bool over = s.ratio && *s.ratio > 1.2;
        t.rows.append({Cell(c.componentLabel(s.component)), Cell(durationText(s.plannedTotal)),
                       Cell(durationText(s.actualTotal), over, over ? failColour : QColor()),
                       Cell(checks.join(u'\n')), Cell(notes.join(u'\n'))});
    }
    doc.table(t);
}

} // namespace

void addControlledChange(ReportDocument &doc, const Context &c)
{
    addWhyAndRisk(doc, c);
    addImpact(doc, c);
    addReadiness(doc, c);
    addStepRecords(doc, c);
    addConfiguration(doc, c);
    addMessages(doc, c);
    addRecord(doc, c);
}

} // namespace planner::pdf
