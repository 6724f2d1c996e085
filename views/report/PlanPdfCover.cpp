// SPDX-License-Identifier: GPL-3.0-or-later
// The cover (purpose and the decision asked for) and the one-page summary.
#include "PlanPdfSections.h"

#include "inventory/Vocabulary.h"
#include "schedule/ScheduleText.h"

#include <QCoreApplication>

#include <algorithm>

namespace planner::pdf {

using namespace report;

namespace {

const QColor okColour(0x1b, 0x6e, 0x2e);
const QColor failColour(0xb0, 0x1c, 0x1c);
const QColor okFill(0xe3, 0xf3, 0xe6);
const QColor failFill(0xfb, 0xe4, 0xe4);

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

void addCover(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    const ProjectInfo &project = p.estate.project;
    doc.space(40);
    doc.paragraph(tr("UPGRADE PLAN FOR APPROVAL"), TextStyle::Subheading, QColor(0x2a, 0x5d, 0xa8));
    doc.paragraph(project.name.isEmpty() ? tr("Unnamed project") : project.name, TextStyle::Title);
    if (!project.purpose.isEmpty())
        doc.paragraph(project.purpose, TextStyle::Subtitle);
    if (!p.scenario.isEmpty())
        doc.paragraph(tr("Scenario: %1 (a variant of the project's plan, not its baseline)")
                          .arg(p.scenario),
                      TextStyle::Subheading, QColor(0xa8, 0x5d, 0x2a));
    doc.space(18);
    doc.heading(tr("Decision asked of the board"));
    doc.paragraph(decisionText(c), TextStyle::Lead);
    doc.space(10);
    const bool ready = std::all_of(p.readiness.cbegin(), p.readiness.cend(),
                                   [](const ReadinessCheck &r) { return r.ok; });
    const QString lifecycle = p.lifecycleDate.isValid() ? p.lifecycleDate.toString(Qt::ISODate)
                                                        : tr("unknown date");
    doc.keyValues(
        {
            {tr("Reason"), orDash(vocabularyLabel(Vocabulary::ChangeReason, project.reason))},
            {tr("Urgency"), orDash(vocabularyLabel(Vocabulary::Urgency, project.urgency))},
            {tr("Plan starts"),
             project.start.isValid() ? project.start.toString(Qt::ISODate) : tr("not set")},
            {tr("Times are in"),
             project.timezone.isEmpty() ? tr("local wall-clock time") : project.timezone},
            {tr("Ready"), ready ? tr("yes: every readiness check passes")
                                : tr("no: see the readiness checks in the summary")},
            {tr("Plan SHA-256 (what approvers sign)"), p.sha256},
            {tr("Estate SHA-256"), p.estateSha256},
            {tr("Project history"),
             p.history ? historyPositionText(*p.history)
                       : tr("none recorded: computed from an estate file, not a saved project")},
            {tr("Computed by"),
             tr("Upgrade Planner %1, end-of-life data of %2").arg(p.programVersion, lifecycle)},
        },
        0.26);
    doc.space(12);
    doc.heading(tr("How to read this document"), TextStyle::Subheading);
    doc.keyValues(
        {
            {tr("Summary"), tr("What the plan achieves, when it ends, how long each business "
                               "process is down, the open risks and whether the plan is ready.")},
            {tr("What moves"), tr("Each component that changes, with its current and target "
                                  "version.")},
            {tr("Graph, timeline"), tr("The same plan as pictures: what depends on what, and when "
                                       "each step runs.")},
            {tr("Steps"), tr("Window by window: each step with its duration, the time kept to undo "
                             "it, its point of no return and who carries it out.")},
            {tr("Conflicts"), tr("What could break, and what was accepted by waiver and why.")},
            {tr("The change"), tr("Why and how risky, whom it affects, what is missing, and for "
                                  "each step its backup, rollback, checks and monitoring; the "
                                  "configuration, pilots and messages to users.")},
            {tr("Approval"), tr("The approvers' signatures over the plan's SHA-256.")},
        },
        0.26);
}

void addSummary(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    const Schedule &s = p.schedule;
    doc.pageBreak();
    doc.heading(tr("Summary"));
    const QList<const WindowOccurrence *> used = c.usedWindows();
    const QList<const Conflict *> risks = c.openRisks();
    int waived = 0;
    for (const Conflict &conflict : p.conflicts)
        waived += conflict.waived ? 1 : 0;
    doc.keyValues({
        {tr("Components that move"),
         tr("%1 of %2 in the estate").arg(p.moves.size()).arg(p.estate.componentCount())},
        {tr("Steps"), tr("%1 scheduled in %n wave(s); %2 not scheduled", p.plan.waveCount())
                          .arg(s.steps.size())
                          .arg(s.unscheduled.size())},
        {tr("Maintenance windows used"),
         used.isEmpty()
             ? tr("none")
             : tr("%1, from %2").arg(s.windowsUsed).arg(dayTimeText(used.first()->start))},
        {tr("End date"), s.finish.isValid() ? dayTimeText(s.finish) : tr("none: nothing placed")},
        {tr("Open risks"),
         risks.isEmpty() ? tr("none") : tr("%n not waived (see below)", int(risks.size()))},
        {tr("Accepted by waiver"), tr("%n conflict(s)", waived)},
    });

    Table downtime;
    downtime.caption = tr("Downtime per business process");
    downtime.headers = {tr("Process"), tr("Expected downtime"),
                        tr("Worst case (every step rolled back)"), tr("Steps affecting it")};
    downtime.widths = {38, 20, 26, 16};
    for (const ProcessDowntime &d : s.downtime)
        downtime.rows.append({Cell(d.name.isEmpty() ? d.process : d.name),
                              Cell(durationText(d.minutes), d.minutes > 0),
                              Cell(durationText(d.worstCaseMinutes)),
                              Cell(QString::number(d.steps))});
    if (!downtime.rows.isEmpty())
        doc.table(downtime);

    Table ready;
    ready.caption = tr("Readiness");
    ready.headers = {tr("Question"), tr("Answer"), tr("Detail")};
    ready.widths = {34, 12, 54};
    for (const ReadinessCheck &r : p.readiness)
        ready.rows.append({Cell(r.label),
                           Cell(r.ok ? tr("yes") : tr("NO"), true, r.ok ? okColour : failColour,
                                r.ok ? okFill : failFill),
                           Cell(r.detail)});
    if (!ready.rows.isEmpty())
        doc.table(ready);

    constexpr int shown = 4;
    Table open;
    open.caption = shown < risks.size()
                       ? tr("Open risks: the %1 most serious of %2 (all in \"Conflicts and "
                            "waivers\")")
                             .arg(shown)
                             .arg(risks.size())
                       : tr("Open risks: what may still break during or after the upgrade");
    open.headers = {tr("Severity"), tr("State"), tr("What may break")};
    open.widths = {12, 14, 74};
    // errors first: the summary has room for a few, the rest follow in "Conflicts and waivers"
    QList<const Conflict *> first = risks;
    std::stable_sort(first.begin(), first.end(), [](const Conflict *a, const Conflict *b) {
        return int(a->severity) > int(b->severity);
    });
    for (int i = 0; i < std::min<int>(shown, int(risks.size())); ++i) {
        const Conflict &r = *first[i];
        const bool error = r.severity == Conflict::Severity::Error;
        open.rows.append({Cell(severityLabel(r.severity), error, error ? failColour : QColor()),
                          Cell(stateLabel(r.state)), Cell(r.message)});
    }
    if (open.rows.isEmpty())
        doc.paragraph(tr("Open risks: none. Every conflict found is either waived or "
                         "informational."));
    else
        doc.table(open);
}

} // namespace planner::pdf
