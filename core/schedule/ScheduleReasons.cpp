// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleText.h"
#include "SchedulerRun.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"

#include <map>
#include <set>

namespace planner {

QString durationText(int minutes)
{
    using schedule_detail::SchedulerText;
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return SchedulerText::tr("%1 min").arg(rest);
    if (rest == 0)
        return SchedulerText::tr("%1 h").arg(hours);
    return SchedulerText::tr("%1 h %2 min").arg(hours).arg(rest);
}

QString processPeakText(const BusinessProcess &process)
{
    QStringList peaks;
    for (const Peak &peak : process.peaks)
        peaks << QStringLiteral("%1 %2-%3")
                     .arg(daysText(peak.days), peak.from.toString(u"HH:mm"),
                          peak.to.toString(u"HH:mm"));
    const QString name = process.name.isEmpty() ? process.id : process.name;
    return peaks.isEmpty() ? name
                           : QStringLiteral("%1 (%2)").arg(name, peaks.join(QStringLiteral(", ")));
}

namespace schedule_detail {

namespace {
QString dateText(const QDate &d)
{
    return d.toString(u"yyyy-MM-dd");
}
} // namespace

QString SchedulerRun::stepText(int step) const
{
    const PlanStep &p = m_plan.steps[step];
    return QStringLiteral("%1 %2 -> %3").arg(p.component, p.from.text(), p.to.text());
}

QString SchedulerRun::freezeText(int freeze) const
{
    const Freeze &f = m_estate.freezes[freeze];
    const QString days = SchedulerText::tr("%1 to %2")
                             .arg(dateText(f.days.start), dateText(f.days.end));
    return f.reason.isEmpty() ? days : QStringLiteral("%1, %2").arg(f.reason, days);
}

QString SchedulerRun::processPeakText(int process) const
{
    return planner::processPeakText(m_estate.processes[process]);
}

QString SchedulerRun::wallText(qint64 real) const
{
    return m_clock.wallDateTime(real).toString(u"yyyy-MM-dd HH:mm");
}

Explanation SchedulerRun::explain(const Diagnosis &d)
{
    const QString tooShort = QLatin1String(conflicttype::windowTooShort);
    const QString frozenType = QLatin1String(conflicttype::freezeViolation);
    const QString peakType = QLatin1String(conflicttype::peakViolation);
    const QString staffType = QLatin1String(conflicttype::staffUnavailable);
    const StepNeeds &needs = m_needs[size_t(d.step)];
    const qint64 need = needs.need;
    const int needMinutes = int(need / 60);

    if (m_occurrences.empty())
        return {SchedulerText::tr("there is no maintenance window"), tooShort, {}};
    if (!d.missingRoles.empty()) {
        QStringList roles;
        for (int r : d.missingRoles)
            roles << m_roles[r];
        roles.removeDuplicates();
        return {SchedulerText::tr("no %1 available: nobody on the staff has that role")
                    .arg(roles.join(SchedulerText::tr(" or "))),
                staffType,
                {}};
    }

    // The occurrence that came closest: of those ending after the wave before that are long
    // enough, the one where the least time was missing (it would have fitted had it been that
    // much longer; a frozen one, had it not been frozen); without any long enough, the longest.
    // Ties go to the earliest.
    const bool hasBarrier = d.barrierWave > 0 && d.barrier != never;
    std::map<int, Rejection> rejectedAt(d.rejected.begin(), d.rejected.end());
    Verdict closest;
    const auto better = [](const Verdict &v, const Verdict &than) {
        if (than.kind == Verdict::None)
            return true;
        const bool fits = v.kind != Verdict::Duration;
        const bool thanFits = than.kind != Verdict::Duration;
        if (fits != thanFits)
            return fits;
        // Away for the whole window or frozen: no length would help, and the later window would
        // only look closer because the absence or freeze is nearer its end. The first one counts.
        const auto blocked = [](const Verdict &x) {
            return x.kind == Verdict::Freeze
                   || (x.kind == Verdict::Staff && x.why.cause == Cause::StaffAway);
        };
        if (blocked(v) && blocked(than))
            return false;
        return v.missing < than.missing;
    };
    for (int j = d.first; j < int(m_occurrences.size()); ++j) {
        if (m_occurrences[size_t(j)].realEnd <= d.barrier)
            continue;
        const auto it = rejectedAt.find(j);
        const Verdict v = verdictAt(j, needs, d.barrier,
                                    it == rejectedAt.end() ? nullptr : &it->second);
        if (better(v, closest))
            closest = v;
    }
    const auto withClosest = [&](const QString &reason, const QString &type) {
        if (closest.kind == Verdict::None)
            return Explanation{reason, type, closest};
        return Explanation{SchedulerText::tr("%1; closest: %2: %3")
                               .arg(reason, occurrenceText(closest.occurrence),
                                    verdictText(closest, needs, d.barrier, d.barrierStep)),
                           type, closest};
    };

    if (need > m_longest) {
        const QString longest = durationText(int(m_longest / 60));
        // The closest is the longest window: naming it says all.
        if (closest.kind == Verdict::Duration
            && m_occurrences[size_t(closest.occurrence)].span() == m_longest)
            return {SchedulerText::tr("longest window is %1 (%2), the step needs %3 with rollback")
                        .arg(longest, occurrenceText(closest.occurrence), durationText(needMinutes)),
                    tooShort, closest};
        return withClosest(SchedulerText::tr(
                               "longest window is %1, the step needs %2 with rollback")
                               .arg(longest, durationText(needMinutes)),
                           tooShort);
    }
    int frozen = 0;
    int full = 0;
    int firstFrozen = -1;
    int lastFull = -1;
    std::set<int> freezes;
    std::map<int, int> peaks;
    std::map<int, int> latePeaks; // taken until a peak began
    std::map<int, int> staff;     // role -> windows
    std::set<std::pair<int, int>> absences;
    for (int j = d.first; j < int(m_occurrences.size()); ++j) {
        const Occurrence &o = m_occurrences[size_t(j)];
        if (o.span() < need || (hasBarrier && o.realEnd <= d.barrier))
            continue;
        if (o.freeze >= 0) {
            ++frozen;
            freezes.insert(o.freeze);
            if (firstFrozen < 0)
                firstFrozen = j;
            continue;
        }
        const auto it = rejectedAt.find(j);
        const Cause cause = it == rejectedAt.end() ? Cause::Full : it->second.cause;
        switch (cause) {
        case Cause::Full:
            ++full;
            lastFull = j;
            break;
        case Cause::Peak:
            ++(it->second.late ? latePeaks : peaks)[it->second.index];
            break;
        case Cause::StaffAway:
            absences.emplace(it->second.person, it->second.range);
            ++staff[it->second.index];
            break;
        case Cause::StaffBusy:
            ++staff[it->second.index];
            break;
        }
    }
    const auto total = [](const std::map<int, int> &counts) {
        int n = 0;
        for (const auto &c : counts)
            n += c.second;
        return n;
    };
    const int latePeakCount = total(latePeaks);
    const int peakCount = total(peaks) + latePeakCount;
    const int staffCount = total(staff);

    // Windows long enough after the wave before: when none or one is left, that is the news.
    const int longEnough = frozen + full + peakCount + staffCount;
    if (longEnough == 0)
        return withClosest(hasBarrier
                               ? SchedulerText::tr("no window long enough is left after wave %1 "
                                                   "ends (%2)")
                                     .arg(d.barrierWave)
                                     .arg(wallText(d.barrier))
                               : SchedulerText::tr("no window is long enough"),
                           tooShort);
    const QString onlyOne = SchedulerText::tr(
                                "only one window long enough is left after wave %1 ends (%2)")
                                .arg(d.barrierWave)
                                .arg(wallText(d.barrier));
    const auto say = [&](const QString &reason, const QString &type) {
        return withClosest(hasBarrier && longEnough == 1 ? onlyOne : reason, type);
    };

    QStringList freezeTexts;
    for (int f : freezes)
        freezeTexts << freezeText(f);
    QStringList peakTexts;
    for (const auto &p : peaks)
        peakTexts << processPeakText(p.first);
    QStringList latePeakTexts;
    for (const auto &p : latePeaks)
        latePeakTexts << processPeakText(p.first);
    QStringList roles;
    for (const auto &r : staff)
        roles << m_roles[r.first];
    QStringList away;
    for (const auto &[person, range] : absences) {
        const DateRange &r = m_estate.staff[person].unavailable[range];
        away << SchedulerText::tr("%1 is away %2 to %3")
                    .arg(m_estate.staff[person].name, dateText(r.start), dateText(r.end));
    }
    const QString freezeList = freezeTexts.join(QStringLiteral("; "));

    if (frozen > 0 && peakCount + staffCount == 0) {
        if (full == 0)
            return say(SchedulerText::tr("every window long enough overlaps a freeze (%1)")
                           .arg(freezeList),
                       frozenType);
        if (lastFull < firstFrozen)
            return say(SchedulerText::tr("every window before the freeze is full (%1)")
                           .arg(freezeList),
                       frozenType);
        return say(SchedulerText::tr("every window outside the freeze is full (%1)").arg(freezeList),
                   frozenType);
    }
    if (full > 0 && frozen + peakCount + staffCount == 0) {
        if (d.group)
            return say(SchedulerText::tr("no window has room for all of them"), tooShort);
        if (hasBarrier)
            return say(SchedulerText::tr("every window after wave %1 ends (%2) is full")
                           .arg(d.barrierWave)
                           .arg(wallText(d.barrier)),
                       tooShort);
        return say(SchedulerText::tr("every window is full"), tooShort);
    }
    if (peakCount > 0 && frozen + full + staffCount == 0) {
        if (latePeakCount == 0)
            return say(SchedulerText::tr("every window overlaps a peak of %1")
                           .arg(peakTexts.join(SchedulerText::tr(" or "))),
                       peakType);
        if (latePeakCount == peakCount)
            return say(SchedulerText::tr("every window is taken until too close to a peak of %1")
                           .arg(latePeakTexts.join(SchedulerText::tr(" or "))),
                       peakType);
    }
    if (staffCount > 0 && frozen + full + peakCount == 0) {
        const QString roleList = roles.join(SchedulerText::tr(" or "));
        if (!away.isEmpty())
            return say(SchedulerText::tr("no %1 available: %2")
                           .arg(roleList, away.join(QStringLiteral("; "))),
                       staffType);
        return say(SchedulerText::tr("no %1 available: busy in another lane in every window")
                       .arg(roleList),
                   staffType);
    }

    // Several causes: count the windows each rules out; the largest names the
    // conflict.
    QStringList parts;
    QString type = tooShort;
    int largest = 0;
    const auto add = [&](int count, const QString &text, const QString &kind) {
        if (count == 0)
            return;
        parts << text;
        if (count > largest) {
            largest = count;
            type = kind;
        }
    };
    add(frozen, SchedulerText::tr("%n in a freeze (%1)", nullptr, frozen).arg(freezeList),
        frozenType);
    add(peakCount - latePeakCount,
        SchedulerText::tr("%n during a peak of %1", nullptr, peakCount - latePeakCount)
            .arg(peakTexts.join(SchedulerText::tr(" or "))),
        peakType);
    add(latePeakCount,
        SchedulerText::tr("%n taken until too close to a peak of %1", nullptr, latePeakCount)
            .arg(latePeakTexts.join(SchedulerText::tr(" or "))),
        peakType);
    add(staffCount,
        SchedulerText::tr("%n without a free %1", nullptr, staffCount)
                .arg(roles.join(SchedulerText::tr(" or ")))
            + (away.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(away.join(u"; "))),
        staffType);
    add(full, SchedulerText::tr("%n full", nullptr, full), tooShort);
    return say(SchedulerText::tr("no window fits: %1").arg(parts.join(QStringLiteral(", "))), type);
}

} // namespace schedule_detail
} // namespace planner
