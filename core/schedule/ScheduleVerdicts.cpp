// SPDX-License-Identifier: GPL-3.0-or-later
// What turned a step down in one window occurrence, with its figures: the "not earlier" of a
// scheduled step and the closest window of an unscheduled one.
#include "ScheduleText.h"
#include "SchedulerRun.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"

#include <algorithm>
#include <cstdio>

namespace planner::schedule_detail {

const char *causeWord(Verdict::Kind kind)
{
    switch (kind) {
    case Verdict::Order:
        return schedulecause::order;
    case Verdict::Duration:
        return schedulecause::duration;
    case Verdict::Freeze:
        return schedulecause::freeze;
    case Verdict::Peak:
        return schedulecause::peak;
    case Verdict::Staff:
        return schedulecause::staff;
    case Verdict::Lanes:
        return schedulecause::lanes;
    case Verdict::None:
        break;
    }
    return "";
}

Verdict SchedulerRun::verdictAt(int occurrence, const StepNeeds &s, qint64 barrier,
                                const Rejection *rejected)
{
    Occurrence &o = m_occurrences[size_t(occurrence)];
    Verdict v;
    v.occurrence = occurrence;
    const qint64 begin = std::max(o.realStart, barrier);
    if (o.realEnd <= barrier) {
        v.kind = Verdict::Order;
        v.why.byWave = true;
        v.why.free = v.why.start = barrier;
    } else if (o.span() < s.need) {
        v.kind = Verdict::Duration;
        v.why.free = v.why.start = o.realStart;
    } else if (o.freeze >= 0) {
        v.kind = Verdict::Freeze;
        v.why.index = o.freeze;
        v.why.free = v.why.start = begin;
    } else if (rejected) {
        v.why = *rejected;
        switch (rejected->cause) {
        case Cause::Full:
            v.kind = rejected->byWave ? Verdict::Order : Verdict::Lanes;
            break;
        case Cause::Peak:
            v.kind = Verdict::Peak;
            break;
        case Cause::StaffAway:
        case Cause::StaffBusy:
            v.kind = Verdict::Staff;
            break;
        }
    } else {
        // Skipped without a try: the freest lane had too little time left.
        const qint64 laneFree = o.laneFree.empty() ? o.realStart : o.laneFree[size_t(freeLane(o))];
        v.why.free = v.why.start = std::max(begin, laneFree);
        v.why.late = v.why.free > o.realStart;
        v.why.byWave = barrier > o.realStart && barrier >= laneFree;
        v.kind = v.why.byWave ? Verdict::Order : Verdict::Lanes;
    }
    v.missing = std::max<qint64>(0, v.why.start + s.need - o.realEnd);
    return v;
}

std::pair<Verdict, int> SchedulerRun::notEarlier(const Diagnosis &d, int occurrence)
{
    const StepNeeds &s = m_needs[size_t(d.step)];
    if (d.first < occurrence) {
        // Every occurrence from the first ending after the wave before up to its own turned it
        // down: the rejections tried are in d.rejected, by occurrence; the others were skipped as
        // too short, frozen or full.
        auto r = d.rejected.begin();
        const auto rejectionAt = [&](int j) -> const Rejection * {
            while (r != d.rejected.end() && r->first < j)
                ++r;
            return r != d.rejected.end() && r->first == j ? &r->second : nullptr;
        };
        const Verdict first = verdictAt(d.first, s, d.barrier, rejectionAt(d.first));
        int same = 0;
        for (int j = d.first + 1; j < occurrence; ++j)
            same += verdictAt(j, s, d.barrier, rejectionAt(j)).kind == first.kind;
        return {first, same};
    }
    if (d.first > 0 && d.barrier != never) {
        // Every earlier occurrence ended before the wave before did.
        Verdict v;
        v.kind = Verdict::Order;
        v.occurrence = 0;
        v.why.byWave = true;
        v.why.free = v.why.start = d.barrier;
        return {v, d.first - 1};
    }
    return {};
}

QString SchedulerRun::occurrenceText(int occurrence) const
{
    // Many steps name the same few occurrences: each name is made once.
    m_occurrenceNames.resize(m_occurrences.size());
    QString &name = m_occurrenceNames[size_t(occurrence)];
    if (name.isEmpty()) {
        const Occurrence &o = m_occurrences[size_t(occurrence)];
        name = QStringLiteral("%1 %2").arg(m_estate.windows[o.window].id,
                                           QDateTime::fromSecsSinceEpoch(o.wallStart, Qt::UTC)
                                               .toString(u"ddd yyyy-MM-dd HH:mm"));
    }
    return name;
}

QString SchedulerRun::withinText(qint64 real, int occurrence) const
{
    // The clock is enough in a window of a day at most; in a longer one the weekday comes too.
    // Made by hand: one per step and cause, QDateTime::toString() would dominate the cost.
    static const char *const weekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const qint64 wall = m_clock.toWall(real);
    const qint64 day = WallClock::julianDay(wall);
    const int minutes = int((wall - WallClock::midnight(day)) / 60);
    char text[16];
    const int n = m_occurrences[size_t(occurrence)].span() <= 86400
                      ? std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60)
                      : std::snprintf(text, sizeof text, "%s %02d:%02d",
                                      weekdays[(day % 7 + 7) % 7], minutes / 60, minutes % 60);
    return QString::fromLatin1(text, n);
}

QString SchedulerRun::waveEndText(const QString &when, int barrierStep) const
{
    if (barrierStep < 0)
        return SchedulerText::tr("the wave before ends %1").arg(when);
    const int step = m_placed[size_t(barrierStep)].step;
    return SchedulerText::tr("wave %1 ends %2 with %3")
        .arg(m_plan.steps[step].wave)
        .arg(when, stepText(step));
}

QString SchedulerRun::verdictText(const Verdict &v, const StepNeeds &s, qint64 barrier,
                                  int barrierStep) const
{
    const Occurrence &o = m_occurrences[size_t(v.occurrence)];
    const QString need = durationText(int(s.need / 60));
    const QString end = withinText(o.realEnd, v.occurrence);
    // When the step could begin, if not at the window's start.
    const auto free = [&] {
        return v.why.byWave ? waveEndText(withinText(barrier, v.occurrence), barrierStep)
                            : SchedulerText::tr("every lane is taken until %1")
                                  .arg(withinText(v.why.free, v.occurrence));
    };
    switch (v.kind) {
    case Verdict::None:
        break;
    case Verdict::Order:
        if (o.realEnd <= barrier)
            return SchedulerText::tr("it ends before %1")
                .arg(waveEndText(wallText(barrier), barrierStep));
        return SchedulerText::tr("%1, too late for the %2 it needs before %3").arg(free(), need, end);
    case Verdict::Duration:
        return SchedulerText::tr("the window is %1, the step needs %2 with rollback")
            .arg(durationText(int(o.span() / 60)), need);
    case Verdict::Freeze:
        return SchedulerText::tr("it falls in the freeze %1").arg(freezeText(v.why.index));
    case Verdict::Lanes:
        return SchedulerText::tr("%1, too late for the %2 it needs before %3").arg(free(), need, end);
    case Verdict::Peak: {
        const BusinessProcess &p = m_estate.processes[v.why.index];
        const QString process = p.name.isEmpty() ? p.id : p.name;
        QString text = v.why.from > v.why.free
                           ? SchedulerText::tr("its %1 from %2 would run into a peak of %3 at %4")
                                 .arg(need, withinText(v.why.free, v.occurrence), process,
                                      withinText(v.why.from, v.occurrence))
                           : SchedulerText::tr(
                                 "a peak of %1 lasts until %2, too late for the %3 it "
                                 "needs before %4")
                                 .arg(process, withinText(v.why.until, v.occurrence), need, end);
        return v.why.late ? SchedulerText::tr("%1, and %2").arg(free(), text) : text;
    }
    case Verdict::Staff: {
        const QString role = m_roles.value(v.why.index);
        if (v.why.cause == Cause::StaffAway && v.why.person >= 0) {
            const StaffMember &m = m_estate.staff[v.why.person];
            const DateRange &r = m.unavailable[v.why.range];
            return SchedulerText::tr("no %1 is free: %2 is away %3 to %4")
                .arg(role, m.name, r.start.toString(u"yyyy-MM-dd"), r.end.toString(u"yyyy-MM-dd"));
        }
        if (v.why.person >= 0)
            return SchedulerText::tr("no %1 is free: %2 is busy in another lane until %3")
                .arg(role, m_estate.staff[v.why.person].name, withinText(v.why.from, v.occurrence));
        return SchedulerText::tr("every %1 is busy in another lane").arg(role);
    }
    }
    return {};
}

QString SchedulerRun::notEarlierText(const Placement &p) const
{
    const Verdict &v = p.notEarlier;
    const int step = p.verdictStep >= 0 ? p.verdictStep : p.step;
    const StepNeeds &s = m_needs[size_t(step)];
    if (v.kind == Verdict::Order && m_occurrences[size_t(v.occurrence)].realEnd <= p.barrier) {
        // Every occurrence before the wave before ended: one sentence for all of them, the same for
        // every step of the wave that runs in the first occurrence after it.
        QString &text = m_orderTexts[{p.barrierStep, p.sameCause}];
        if (text.isEmpty()) {
            const QString what = waveEndText(wallText(p.barrier), p.barrierStep);
            if (p.sameCause == 0)
                text = SchedulerText::tr("%1 ends before %2").arg(occurrenceText(v.occurrence), what);
            else if (p.sameCause == 1)
                text = SchedulerText::tr("%1 and the window after it end before %2")
                           .arg(occurrenceText(v.occurrence), what);
            else
                text = SchedulerText::tr("%1 and the %2 windows after it end before %3")
                           .arg(occurrenceText(v.occurrence))
                           .arg(p.sameCause)
                           .arg(what);
        }
        return text;
    }
    const QString what = verdictText(v, s, p.barrier, p.barrierStep);
    // A group goes in whole, weighed by its longest member: say which.
    QString text = step == p.step ? QStringLiteral("%1: %2").arg(occurrenceText(v.occurrence), what)
                                  : SchedulerText::tr("%1: for %2 in its group, %3")
                                        .arg(occurrenceText(v.occurrence), stepText(step), what);
    if (p.sameCause == 1)
        text += SchedulerText::tr("; the same in the next window");
    else if (p.sameCause > 1)
        text += SchedulerText::tr("; the same in %1 later windows").arg(p.sameCause);
    return text;
}

} // namespace planner::schedule_detail
