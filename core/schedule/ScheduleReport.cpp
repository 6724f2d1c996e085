// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleReport.h"

#include "ScheduleText.h"

#include <QCoreApplication>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::ScheduleReport)
};

QString when(const QDateTime &wall)
{
    return wall.toString(u"yyyy-MM-dd HH:mm");
}

QString clock(const QDateTime &wall)
{
    return wall.toString(u"HH:mm");
}

/// A time inside a window: the clock is enough in a window of a day at most; in a longer one
/// (a holiday weekend) the date comes with it.
QString within(const QDateTime &wall, const WindowOccurrence &w)
{
    return w.start.secsTo(w.end) <= 24 * 3600 ? clock(wall) : wall.toString(u"MM-dd HH:mm");
}

QString steps(qsizetype n)
{
    return n == 1 ? Tr::tr("1 step") : Tr::tr("%1 steps").arg(n);
}

QString windows(int n)
{
    return n == 1 ? Tr::tr("1 window") : Tr::tr("%1 windows").arg(n);
}

QString lanes(int n)
{
    return n == 1 ? Tr::tr("1 lane") : Tr::tr("%1 lanes").arg(n);
}

} // namespace

QString scheduleToText(const Schedule &schedule)
{
    QString text;
    const QString zone = schedule.timezone.isEmpty() ? Tr::tr("wall-clock time")
                                                     : schedule.timezone;
    text += Tr::tr("%1 scheduled in %2, %3 unscheduled; finish %4 (%5)\n")
                .arg(steps(schedule.steps.size()), windows(schedule.windowsUsed))
                .arg(schedule.unscheduled.size())
                .arg(schedule.finish.isValid() ? when(schedule.finish) : Tr::tr("none"), zone);

    for (const WindowOccurrence &w : schedule.windows) {
        if (!w.isUsed())
            continue;
        text += u'\n'
                + Tr::tr("%1 %2 to %3 (%4, %5)")
                      .arg(w.window, when(w.start), when(w.end), durationText(w.minutes),
                           lanes(w.parallel))
                + u'\n';
        for (int index : w.steps) {
            const ScheduledStep &s = schedule.steps[index];
            // A point of no return fixed by a dependent reads as a cascade: after it, rolling
            // back means rolling that step back too.
            QString ponr = within(s.pointOfNoReturn, w);
            if (s.pointOfNoReturnBy == ScheduledStep::PointOfNoReturnBy::Dependent
                && s.dependent >= 0 && s.dependent < schedule.steps.size())
                ponr = Tr::tr("%1 (%2 starts changing then)")
                           .arg(ponr, schedule.steps[s.dependent].component);
            QString line = Tr::tr("  %1-%2  %3 %4 -> %5  lane %6, point of no return %7, "
                                  "rollback done by %8")
                               .arg(within(s.start, w), within(s.end, w), s.component,
                                    s.from.text(), s.to.text())
                               .arg(s.lane + 1)
                               .arg(ponr, within(s.rollbackEnd, w));
            if (!s.staff.isEmpty())
                line += QStringLiteral(" [%1]").arg(s.staff.join(QStringLiteral(", ")));
            text += line + u'\n';
        }
        text += w.overrunMinutes > 0
                    ? Tr::tr("  if every step rolls back: done %1, %2 after the window ends\n")
                          .arg(when(w.worstCaseEnd), durationText(w.overrunMinutes))
                    : Tr::tr("  if every step rolls back: done %1\n").arg(when(w.worstCaseEnd));
    }

    if (!schedule.unscheduled.isEmpty()) {
        text += u'\n' + Tr::tr("Unscheduled:") + u'\n';
        for (const UnscheduledStep &u : schedule.unscheduled)
            text += QStringLiteral("  %1 %2 -> %3: %4\n")
                        .arg(u.component, u.from.text(), u.to.text(), u.reason);
    }
    if (!schedule.criticalPath.isEmpty()) {
        QStringList chain;
        for (int index : schedule.criticalPath)
            chain << schedule.steps[index].component;
        text += u'\n' + Tr::tr("Critical path: %1").arg(chain.join(QStringLiteral(" -> "))) + u'\n';
        // Why the steps that fix the finish are not earlier.
        bool header = false;
        for (int index : schedule.criticalPath) {
            const ScheduledStep &s = schedule.steps[index];
            if (s.notEarlier.isEmpty())
                continue;
            if (!header) {
                text += Tr::tr("Not earlier:") + u'\n';
                header = true;
            }
            text += QStringLiteral("  %1 %2 -> %3: %4\n")
                        .arg(s.component, s.from.text(), s.to.text(), s.notEarlier);
        }
    }
    bool downtimeHeader = false;
    for (const ProcessDowntime &d : schedule.downtime) {
        if (d.steps == 0)
            continue;
        if (!downtimeHeader) {
            text += u'\n' + Tr::tr("Downtime (execute and verify; worst case with rollback):")
                    + u'\n';
            downtimeHeader = true;
        }
        text += Tr::tr("  %1: %2 (worst case %3), %4\n")
                    .arg(d.name.isEmpty() ? d.process : d.name, durationText(d.minutes),
                         durationText(d.worstCaseMinutes), steps(d.steps));
    }
    if (!schedule.conflicts.isEmpty()) {
        text += u'\n' + Tr::tr("Conflicts:") + u'\n';
        for (const Conflict &c : schedule.conflicts)
            text += QStringLiteral("  %1 %2: %3%4\n")
                        .arg(severityName(c.severity), c.type, c.message,
                             c.waived ? Tr::tr(" (waived: %1)").arg(c.waiverReason) : QString());
    }
    for (const QString &note : schedule.notes)
        text += u'\n' + Tr::tr("Note: %1").arg(note) + u'\n';
    return text;
}

} // namespace planner
