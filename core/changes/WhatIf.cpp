// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatIf.h"

#include "compat/Compatibility.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace planner {

namespace {

QString stepKey(const QString &component, const Version &from, const Version &to)
{
    return component + u'\x1f' + from.text() + u'\x1f' + to.text();
}

QString stepText(const ScheduledStep &s)
{
    return QStringLiteral("%1 %2 -> %3").arg(s.component, s.from.text(), s.to.text());
}

} // namespace

std::optional<Estate> withoutOccurrence(const Estate &estate, const QString &occurrence)
{
    for (qsizetype i = 0; i < estate.windows.size(); ++i) {
        const MaintenanceWindow &w = estate.windows[i];
        for (int week = 0; week < w.repeatWeekly; ++week) {
            const QDateTime start = w.start.addDays(7 * week);
            if (w.id + u'-' + start.date().toString(u"yyyyMMdd") != occurrence)
                continue;
            Estate result = estate;
            QList<MaintenanceWindow> parts;
            if (week > 0) {
                MaintenanceWindow before = w;
                before.repeatWeekly = week;
                parts.append(before);
            }
            if (week + 1 < w.repeatWeekly) {
                MaintenanceWindow after = w;
                after.start = w.start.addDays(7 * (week + 1));
                after.end = w.end.addDays(7 * (week + 1));
                after.repeatWeekly = w.repeatWeekly - week - 1;
                after.id = week > 0 ? w.id + QStringLiteral("-after-")
                                          + start.date().toString(u"yyyyMMdd")
                                    : w.id;
                parts.append(after);
            }
            result.windows.remove(i);
            for (qsizetype p = 0; p < parts.size(); ++p)
                result.windows.insert(i + p, parts[p]);
            return result;
        }
    }
    return std::nullopt;
}

QList<StepShift> shiftedSteps(const Schedule &before, const Schedule &after)
{
    struct Place
    {
        QString occurrence;
        QDateTime start;
    };
    const auto placesOf = [](const Schedule &s) {
        QHash<QString, Place> places;
        for (const ScheduledStep &step : s.steps)
            places.insert(stepKey(step.component, step.from, step.to),
                          {s.windows.at(step.window).key(), step.start});
        return places;
    };
    const QHash<QString, Place> was = placesOf(before);
    const QHash<QString, Place> is = placesOf(after);
    // Steps in the order of the plan before, then those only the plan after has.
    QList<std::tuple<QString, Version, Version>> order;
    QSet<QString> seen;
    const auto collect = [&](const Schedule &s) {
        QList<const ScheduledStep *> steps;
        for (const ScheduledStep &step : s.steps)
            steps.append(&step);
        std::stable_sort(steps.begin(), steps.end(),
                         [](const auto *a, const auto *b) { return a->planStep < b->planStep; });
        for (const ScheduledStep *step : steps)
            if (!seen.contains(stepKey(step->component, step->from, step->to))) {
                seen.insert(stepKey(step->component, step->from, step->to));
                order.append({step->component, step->from, step->to});
            }
        for (const UnscheduledStep &u : s.unscheduled)
            if (u.planStep >= 0 && !seen.contains(stepKey(u.component, u.from, u.to))) {
                seen.insert(stepKey(u.component, u.from, u.to));
                order.append({u.component, u.from, u.to});
            }
    };
    collect(before);
    collect(after);

    QList<StepShift> shifts;
    for (const auto &[component, from, to] : std::as_const(order)) {
        const QString key = stepKey(component, from, to);
        const auto a = was.constFind(key);
        const auto b = is.constFind(key);
        const bool wasPlaced = a != was.constEnd();
        const bool isPlaced = b != is.constEnd();
        if (!wasPlaced && !isPlaced)
            continue;
        if (wasPlaced && isPlaced && a->start == b->start && a->occurrence == b->occurrence)
            continue;
        StepShift shift;
        shift.component = component;
        shift.from = from.text();
        shift.to = to.text();
        if (wasPlaced) {
            shift.before = a->occurrence;
            shift.startBefore = a->start;
        }
        if (isPlaced) {
            shift.after = b->occurrence;
            shift.startAfter = b->start;
        }
        if (wasPlaced && isPlaced)
            shift.minutesLater = a->start.secsTo(b->start) / 60;
        shifts.append(shift);
    }
    return shifts;
}

std::optional<Estate> withAbsence(const Estate &estate, const QString &person,
                                  const std::optional<DateRange> &days)
{
    for (qsizetype i = 0; i < estate.staff.size(); ++i) {
        if (estate.staff[i].name.compare(person, Qt::CaseInsensitive) != 0)
            continue;
        Estate result = estate;
        // Away for the whole plan: every day a window can fall on. The member stays on the
        // list, so that the steps needing their role say who is missing instead of the
        // staff check switching off for an estate left without staff.
        result.staff[i].unavailable.append(
            days.value_or(DateRange{QDate(1900, 1, 1), QDate(9999, 12, 31)}));
        return result;
    }
    return std::nullopt;
}

QList<Reassignment> reassignedSteps(const Schedule &before, const Schedule &after)
{
    QHash<QString, const ScheduledStep *> is;
    for (const ScheduledStep &step : after.steps)
        is.insert(stepKey(step.component, step.from, step.to), &step);
    QList<const ScheduledStep *> was;
    for (const ScheduledStep &step : before.steps)
        was.append(&step);
    std::stable_sort(was.begin(), was.end(),
                     [](const auto *a, const auto *b) { return a->planStep < b->planStep; });
    QList<Reassignment> result;
    for (const ScheduledStep *a : std::as_const(was)) {
        const ScheduledStep *b = is.value(stepKey(a->component, a->from, a->to));
        if (!b || b->start != a->start || b->staff == a->staff)
            continue;
        const QString occurrence = before.windows.at(a->window).key();
        if (after.windows.at(b->window).key() != occurrence)
            continue;
        result.append({a->component, a->from.text(), a->to.text(), occurrence, a->staff, b->staff});
    }
    return result;
}

QStringList stepsOf(const Schedule &schedule, const QString &person,
                    const std::optional<DateRange> &days)
{
    QList<const ScheduledStep *> steps;
    for (const ScheduledStep &step : schedule.steps) {
        if (!step.staff.contains(person, Qt::CaseInsensitive))
            continue;
        const QDateTime last = std::max(step.rollbackEnd, step.decided).addSecs(-1);
        if (days && (step.start.date() > days->end || last.date() < days->start))
            continue;
        steps.append(&step);
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto *a, const auto *b) { return a->start < b->start; });
    QStringList result;
    for (const ScheduledStep *step : std::as_const(steps))
        result.append(stepText(*step));
    return result;
}

std::optional<OverrunReplay> replayOverrun(const Schedule &schedule, const QString &component,
                                           double factor, int extraMinutes)
{
    int first = -1;
    for (int i = 0; i < schedule.steps.size(); ++i)
        if (schedule.steps[i].component == component
            && (first < 0 || schedule.steps[i].start < schedule.steps[first].start))
            first = i;
    if (first < 0)
        return std::nullopt;
    const ScheduledStep &late = schedule.steps[first];
    const WindowOccurrence &occurrence = schedule.windows.at(late.window);
    OverrunReplay replay;
    replay.occurrence = occurrence.key();
    replay.windowEnd = occurrence.end;

    // Each lane of the occurrence in start order; a step starts at its planned start or once
    // the step before it in the lane is decided, whichever is later.
    QList<int> steps = occurrence.steps;
    std::stable_sort(steps.begin(), steps.end(), [&](int a, int b) {
        const ScheduledStep &x = schedule.steps[a];
        const ScheduledStep &y = schedule.steps[b];
        return x.lane != y.lane ? x.lane < y.lane : x.start < y.start;
    });
    // First the new start of every step of the occurrence, then what that means for each.
    QHash<int, QDateTime> newStart;
    QHash<int, QDateTime> newDecided;
    int lane = -1;
    QDateTime free;
    for (int index : std::as_const(steps)) {
        const ScheduledStep &s = schedule.steps[index];
        if (s.lane != lane) {
            lane = s.lane;
            free = QDateTime();
        }
        const QDateTime start = free.isValid() && free > s.start ? free : s.start;
        qint64 work = s.start.secsTo(s.end);
        if (index == first)
            work = qint64(double(work) * factor) + qint64(extraMinutes) * 60;
        free = start.addSecs(work).addSecs(s.end.secsTo(s.decided));
        newStart.insert(index, start);
        newDecided.insert(index, free);
    }
    for (int index : std::as_const(steps)) {
        const ScheduledStep &s = schedule.steps[index];
        const QDateTime decided = newDecided.value(index);
        if (decided <= s.decided)
            continue;
        // The point of no return moves with the dependent step that fixed it, if that moved.
        QDateTime limit = s.windowPointOfNoReturn;
        if (s.dependent >= 0) {
            const ScheduledStep &d = schedule.steps[s.dependent];
            const QDateTime dependentStart = newStart.value(s.dependent, d.start);
            limit = std::min(limit, dependentStart.addSecs(d.start.secsTo(d.executeStart)));
        }
        OverrunReplay::Step step;
        step.component = s.component;
        step.from = s.from.text();
        step.to = s.to.text();
        step.plannedDecided = s.decided;
        step.decided = decided;
        step.minutesLater = s.decided.secsTo(decided) / 60;
        step.pastPointOfNoReturn = decided > limit;
        step.noLongerFits = index != first
                            && decided.addSecs(qint64(s.rollbackMinutes) * 60) > occurrence.end;
        replay.steps.append(step);
    }
    return replay;
}

MixedState stopWave(const Estate &estate, const Schedule &schedule, int wave, int done)
{
    MixedState mixed;
    mixed.wave = wave;
    QList<const ScheduledStep *> steps;
    for (const ScheduledStep &s : schedule.steps)
        steps.append(&s);
    std::stable_sort(steps.begin(), steps.end(),
                     [](const auto *a, const auto *b) { return a->start < b->start; });
    QHash<QString, Version> reached;
    int doneInWave = 0;
    for (const ScheduledStep *s : std::as_const(steps)) {
        if (s->wave < wave) {
            reached.insert(s->component, s->to);
        } else if (s->wave == wave) {
            if (doneInWave < done) {
                reached.insert(s->component, s->to);
                mixed.done.append(stepText(*s));
                ++doneInWave;
            } else {
                mixed.rolledBack.append(stepText(*s));
            }
        }
    }

    // The estate as it stands: each component at the version it reached, no targets.
    Estate state = estate;
    Estate today = estate;
    for (int row = 0; row < estate.componentCount(); ++row) {
        Component c = estate.component(row);
        Component now = c;
        if (const auto it = reached.constFind(c.id); it != reached.constEnd()) {
            c.version = *it;
            mixed.versions.append({c.id, it->text()});
        }
        c.target.reset();
        now.target.reset();
        state.replaceComponent(row, c);
        today.replaceComponent(row, now);
    }
    CheckOptions options;
    options.states = CheckOptions::CurrentState;
    options.planStart = estate.project.start;
    QSet<QString> before;
    for (const Conflict &c : checkCompatibility(today, options))
        before.insert(c.key);
    for (const Conflict &c : checkCompatibility(state, options))
        if (c.severity == Conflict::Severity::Error && !c.waived && !before.contains(c.key))
            mixed.newErrors.append(c);
    return mixed;
}

} // namespace planner
