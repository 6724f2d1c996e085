// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace planner {

namespace {

/// @p t as "HH:mm" when on @p reference's day, else with its day: "Sun 01:30".
QString clock(const QDateTime &t, const QDateTime &reference)
{
    if (!t.isValid())
        return QString();
    return t.date() == reference.date() ? t.toString(u"HH:mm")
                                        : QLocale().toString(t, u"ddd HH:mm");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString TimelineText::datePattern(bool weekday, bool year, const QLocale &locale)
{
    // The language's long date ("dddd, d. MMMM yyyy", "yyyy年M月d日dddd") gives the order of
    // its parts; shortened names and the parts not wanted are taken out of it.
    QString f = locale.dateFormat(QLocale::LongFormat);
    if (!weekday) {
        f.remove(QRegularExpression(QStringLiteral("d{4}[,\\s]*")));
        f.remove(QRegularExpression(QStringLiteral("[,\\s]*d{4}")));
    }
    f.replace(QLatin1String("dddd"), QLatin1String("ddd"));
    f.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    if (!year) {
        f.remove(QRegularExpression(QStringLiteral("[,\\s./-]*y+\u5e74?")));
        f.remove(QRegularExpression(QStringLiteral("^[,\\s./-]+")));
    }
    f = f.trimmed();
    // A format without a day or a month (a locale Qt knows little about) falls back to a
    // plain one.
    if (!f.contains(u'd') || !f.contains(u'M'))
        f = QString(weekday ? QStringLiteral("ddd ") : QString()) + QStringLiteral("d MMM")
            + (year ? QStringLiteral(" yyyy") : QString());
    return f;
}

QString TimelineText::day(const QDate &date, bool year)
{
    return QLocale().toString(date, datePattern(true, year));
}

QString TimelineText::dayTime(const QDateTime &t, bool year)
{
    // The day and month names of the user's language (QDateTime::toString() would write
    // English ones whatever the language), in its order.
    return QLocale().toString(t, datePattern(true, year) + QStringLiteral(" HH:mm"));
}

QString TimelineText::timeRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid())
        return QString();
    const QString end = !to.isValid() ? QString()
                        : to.date() == from.date()
                            ? to.toString(u"HH:mm")
                            : dayTime(to, to.date().year() != from.date().year());
    return end.isEmpty() ? dayTime(from, true)
                         : QStringLiteral("%1 \u2013 %2").arg(dayTime(from, true), end);
}

QString TimelineText::occurrence(const WindowOccurrence &window)
{
    return QStringLiteral("%1, %2").arg(window.window, timeRange(window.start, window.end));
}

QString TimelineText::occurrenceAt(const Schedule &schedule, int index)
{
    return index >= 0 && index < schedule.windows.size() ? occurrence(schedule.windows[index])
                                                         : QString();
}

QString TimelineText::stepTitle(const QString &component, const Version &from, const Version &to)
{
    return QStringLiteral("%1 %2 \u2192 %3").arg(component, from.text(), to.text());
}

QString TimelineText::causeText(const QString &cause)
{
    using namespace schedulecause;
    if (cause == QLatin1String(order))
        return tr("the wave before (or the step it waits for) had not ended");
    if (cause == QLatin1String(duration))
        return tr("the window is shorter than the step with its rollback");
    if (cause == QLatin1String(freeze))
        return tr("the window touches a freeze");
    if (cause == QLatin1String(peak))
        return tr("the step would overlap a peak of a process it affects");
    if (cause == QLatin1String(staff))
        return tr("nobody with a needed role is free");
    if (cause == QLatin1String(lanes))
        return tr("every lane is taken until too late");
    return cause;
}

QString TimelineText::pointOfNoReturnReason(const Schedule &schedule, const ScheduledStep &step)
{
    if (step.pointOfNoReturnBy == ScheduledStep::PointOfNoReturnBy::Dependent && step.dependent >= 0
        && step.dependent < schedule.steps.size()) {
        const QString other = schedule.steps[step.dependent].component;
        return tr("until %1 starts changing at %2: rolling back later means rolling it back too")
            .arg(other, clock(step.pointOfNoReturn, step.start));
    }
    QDateTime end;
    if (step.window >= 0 && step.window < schedule.windows.size())
        end = schedule.windows[step.window].end;
    if (!end.isValid())
        return tr("the rollback must end by the window's end");
    return tr("the rollback must end by the window's end (%1)").arg(clock(end, step.start));
}

QString TimelineText::stepHtml(const Estate &estate, const Schedule &schedule, int index)
{
    if (index < 0 || index >= schedule.steps.size())
        return QString();
    const ScheduledStep &s = schedule.steps[index];
    const Component *c = estate.find(s.component);
    const QString name = c && !c->name.isEmpty() ? c->name : s.component;
    QStringList lines;
    lines << tr("<b>%1</b> (%2) %3 \u2192 %4, wave %5")
                 .arg(escaped(name), escaped(s.component), escaped(s.from.text()),
                      escaped(s.to.text()))
                 .arg(s.wave);
    if (s.window >= 0 && s.window < schedule.windows.size()) {
        const WindowOccurrence &w = schedule.windows[s.window];
        lines << tr("Window %1, lane %2 of %3")
                     .arg(escaped(occurrence(w)))
                     .arg(s.lane + 1)
                     .arg(qMax(1, w.parallel));
    }
    const QString phaseNames[] = {tr("Prepare"), tr("Backup"), tr("Execute"), tr("Verify"),
                                  tr("Decision")};
    const QDateTime bounds[] = {s.start,       s.backupStart, s.executeStart,
                                s.verifyStart, s.end,         s.decided};
    QStringList phases;
    for (int p = 0; p < 5; ++p)
        if (bounds[p].isValid() && bounds[p + 1].isValid() && bounds[p + 1] > bounds[p])
            phases << tr("%1 %2\u2013%3")
                          .arg(phaseNames[p], clock(bounds[p], s.start),
                               clock(bounds[p + 1], s.start));
    if (!phases.isEmpty())
        lines << escaped(phases.join(QStringLiteral(" \u00b7 ")));
    if (s.rollbackMinutes > 0)
        lines << escaped(tr("Rollback reserve %1 min%2, worst case ends %3")
                             .arg(s.rollbackMinutes)
                             .arg(s.restore ? tr(" (a restore of the backup)") : QString(),
                                  clock(s.rollbackEnd, s.start)));
    if (s.pointOfNoReturn.isValid())
        lines << QStringLiteral("<b>%1</b> %2")
                     .arg(escaped(
                              tr("Point of no return %1:").arg(dayTime(s.pointOfNoReturn, false))),
                          escaped(pointOfNoReturnReason(schedule, s)));
    if (!s.notEarlier.isEmpty())
        lines << escaped(tr("Not earlier: %1").arg(s.notEarlier));
    else if (s.notEarlierWindow >= 0)
        lines << escaped(
            tr("Not earlier: %1 turned it down: %2")
                .arg(occurrenceAt(schedule, s.notEarlierWindow), causeText(s.notEarlierCause)));
    if (!s.staff.isEmpty())
        lines << escaped(tr("Staff: %1").arg(s.staff.join(QStringLiteral(", "))));
    return lines.join(QStringLiteral("<br>"));
}

QString TimelineText::unscheduledHtml(const Schedule &schedule, const UnscheduledStep &u)
{
    QStringList lines;
    lines << tr("<b>%1</b> %2 \u2192 %3: not scheduled")
                 .arg(escaped(u.component), escaped(u.from.text()), escaped(u.to.text()));
    if (u.wave > 0)
        lines.last() += escaped(tr(" (wave %1)").arg(u.wave));
    lines << escaped(tr("Why: %1").arg(u.reason));
    if (u.closestWindow >= 0) {
        QString closest = tr("Closest window: %1").arg(occurrenceAt(schedule, u.closestWindow));
        if (!u.closestCause.isEmpty())
            closest += tr(", where %1").arg(causeText(u.closestCause));
        lines << escaped(closest);
    } else if (u.planStep >= 0) {
        lines << escaped(tr("No window came close."));
    }
    if (u.waitedForWave > 0) {
        QString waited = tr("Waited for wave %1 to end").arg(u.waitedForWave);
        if (!u.waitedForStep.isEmpty())
            waited += tr(", last with %1").arg(u.waitedForStep);
        lines << escaped(waited);
    } else if (!u.waitedForStep.isEmpty()) {
        lines << escaped(tr("Waited for %1").arg(u.waitedForStep));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString TimelineText::plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

} // namespace planner
