// SPDX-License-Identifier: GPL-3.0-or-later
// What moves, and the steps window by window, with what could not be scheduled.
#include "PlanPdfSections.h"

#include "schedule/ScheduleText.h"

#include <QCoreApplication>

namespace planner::pdf {

using namespace report;

namespace {

const QColor warnColour(0xb0, 0x1c, 0x1c);

QString arrow()
{
    return QStringLiteral(" → ");
}

QString componentCell(const Context &c, const QString &id)
{
    const QString name = c.componentName(id);
    return name == id ? id : name + u'\n' + id;
}

int minutesBetween(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && b.isValid() ? int(a.secsTo(b) / 60) : 0;
}

QString windowCaption(const WindowOccurrence &w)
{
    QString caption = tr("Window %1 · %2 to %3 · %n parallel lane(s)", w.parallel)
                          .arg(w.window, dayTimeText(w.start), clockText(w.end, w.start));
    if (w.worstCaseEnd.isValid()) {
        caption += tr(" · worst case ends %1").arg(clockText(w.worstCaseEnd, w.start));
        if (w.overrunMinutes > 0)
            caption += tr(", %1 past the window").arg(durationText(w.overrunMinutes));
        else
            caption += tr(", inside the window");
    }
    return caption;
}

} // namespace

void addMoves(ReportDocument &doc, const Context &c)
{
    doc.pageBreak();
    doc.heading(tr("What moves"));
    doc.paragraph(tr("Each component that changes version, from where it is today to its "
                     "target, through the intermediate versions (stepping stones) the upgrade "
                     "must pass. Waves: steps of one wave do not depend on each other; a wave "
                     "starts only when the previous one is done."));
    Table t;
    t.headers = {tr("Component"), tr("Kind"), tr("Site"), tr("Versions"), tr("Waves"), tr("Undo")};
    t.widths = {33, 11, 12, 23, 8, 13};
    for (const PlanMove &m : c.plan.moves) {
        QStringList versions{m.from.text()};
        for (const Version &v : m.via)
            versions.append(v.text());
        versions.append(m.to.text());
        const QString waves = m.firstWave == 0 ? tr("blocked")
                              : m.firstWave == m.lastWave
                                  ? QString::number(m.firstWave)
                                  : QStringLiteral("%1–%2").arg(m.firstWave).arg(m.lastWave);
        const QString undo = m.reversible ? tr("rollback") : tr("restore backup");
        t.rows.append({Cell(componentCell(c, m.component)), Cell(kindLabel(m.kind)), Cell(m.site),
                       Cell(versions.join(arrow())),
                       Cell(waves, m.firstWave == 0, m.firstWave == 0 ? warnColour : QColor()),
                       Cell(undo)});
    }
    if (t.rows.isEmpty())
        doc.paragraph(tr("Nothing moves: no component has a target version."));
    else
        doc.table(t);
}

void addSteps(ReportDocument &doc, const Context &c)
{
    const Schedule &s = c.plan.schedule;
    doc.pageBreak();
    doc.heading(tr("Steps, window by window"));
    doc.paragraph(tr("One table per maintenance window used; times are wall-clock times in "
                     "the project's time zone (%1). Time: from preparation to the end of "
                     "verification. Rollback reserve: time kept free after the go/no-go "
                     "decision to undo the step (\"restore\": undoing means restoring the "
                     "backup). Point of no return: the latest moment a rollback can start and "
                     "still end inside the window. Staff: who must be present.")
                      .arg(s.timezone.isEmpty() ? tr("not set") : s.timezone));
    const QStringList headers
        = {tr("Time"),     tr("Component"),        tr("From → to"),          tr("Wave"),
           tr("Duration"), tr("Rollback reserve"), tr("Point of no return"), tr("Staff")};
    const QList<qreal> widths = {11, 21, 14, 7, 10, 11, 10, 16};
    for (const WindowOccurrence *w : c.usedWindows()) {
        Table t;
        t.caption = windowCaption(*w);
        t.headers = headers;
        t.widths = widths;
        for (int index : w->steps) {
            const ScheduledStep &step = s.steps[index];
            QString reserve = durationText(step.rollbackMinutes);
            if (step.restore)
                reserve += u'\n' + tr("(restore)");
            t.rows.append({Cell(clockText(step.start, w->start) + QStringLiteral("–")
                                + clockText(step.end, w->start)),
                           Cell(componentCell(c, step.component)),
                           Cell(step.from.text() + arrow() + step.to.text()),
                           Cell(QString::number(step.wave)),
                           Cell(durationText(minutesBetween(step.start, step.end))),
                           Cell(reserve, step.restore),
                           Cell(clockText(step.pointOfNoReturn, w->start), true),
                           Cell(step.staff.isEmpty() ? tr("—") : step.staff.join(u'\n'))});
        }
        doc.table(t);
    }
    if (c.usedWindows().isEmpty())
        doc.paragraph(tr("No step could be placed in a maintenance window."), TextStyle::Body,
                      warnColour);

    if (s.unscheduled.isEmpty()) {
        doc.heading(tr("Not scheduled and blocked"), TextStyle::Subheading);
        doc.paragraph(tr("Every step has its place in a window; no upgrade is blocked."));
        return;
    }
    Table t;
    t.caption = tr("Not scheduled and blocked: %n upgrade step(s) that will not happen as "
                   "planned until their cause is solved or accepted",
                   int(s.unscheduled.size()));
    t.headers = {tr("Component"), tr("From → to"), tr("Wave"), tr("Cause"), tr("Why")};
    t.widths = {21, 14, 7, 18, 40};
    for (const UnscheduledStep &u : s.unscheduled)
        t.rows.append({Cell(componentCell(c, u.component)),
                       Cell(u.from.text() + arrow() + u.to.text()),
                       Cell(u.planStep < 0 ? tr("—") : QString::number(u.wave)),
                       Cell(u.cause, true, warnColour), Cell(u.reason)});
    doc.table(t);
}

} // namespace planner::pdf
