// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallestFix.h"

#include "ChangeText.h"
#include "SmallestFixShared.h"
#include "WhatIf.h"

#include "compat/Compatibility.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/ScheduleText.h"
#include "schedule/Scheduler.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace planner {

namespace changes_detail {

// The catalog's releases of @p product strictly between @p from and @p to, highest first.
QList<Version> releasesBetween(const Estate &estate, const QString &product, const Version &from,
                               const Version &to)
{
    QList<Version> releases;
    for (const CatalogEntry &entry : estate.catalog)
        if (entry.product == product)
            for (const Version &v : entry.releases)
                if (from < v && v < to && !releases.contains(v))
                    releases.append(v);
    std::sort(releases.begin(), releases.end(),
              [](const Version &a, const Version &b) { return b < a; });
    return releases;
}

void keepSmallest(QList<Fix> &fixes, int most)
{
    std::stable_sort(fixes.begin(), fixes.end(), [](const Fix &a, const Fix &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.amount < b.amount;
    });
    if (fixes.size() > most)
        fixes.resize(most);
}

} // namespace changes_detail

using namespace changes_detail;

namespace {

// Plans cannot be compared without a limit: a fix is looked for with at most this many
// schedules per problem (each costs one schedule of the estate).
constexpr int maxSchedulesPerProblem = 160;
constexpr int longestExtraMinutes = 12 * 60;
constexpr int mostExtraWeeks = 104;

QString stepKey(const QString &component, const Version &from, const Version &to)
{
    return component + u'\x1f' + from.text() + u'\x1f' + to.text();
}

QString stepText(const QString &component, const Version &from, const Version &to)
{
    return QStringLiteral("%1 %2 -> %3").arg(component, from.text(), to.text());
}

QString occurrenceText(const WindowOccurrence &o)
{
    return QStringLiteral("%1 %2").arg(o.window,
                                       QLocale::c().toString(o.start, u"ddd yyyy-MM-dd HH:mm"));
}

// Schedules candidate estates and tells whether one resolves the problem: the step is placed
// and no step that was placed is left out. Counts the schedules it ran.
class Verifier
{
public:
    Verifier(const UpgradePlan &plan, const Schedule &before, QString component, Version from,
             Version to)
        : m_plan(plan)
        , m_component(std::move(component))
        , m_from(std::move(from))
        , m_to(std::move(to))
    {
        for (const ScheduledStep &s : before.steps)
            m_placed.insert(stepKey(s.component, s.from, s.to));
    }

    bool budgetLeft() const { return m_runs < maxSchedulesPerProblem; }
    /// The occurrence the last successful placedIn() named, for people.
    QString placedText() const { return m_text; }

    // Where the step runs with @p estate scheduled again (re-ordered when @p reorder, for a
    // change of targets), or empty when it does not resolve the problem.
    QString placedIn(const Estate &estate, bool reorder = false)
    {
        if (!budgetLeft())
            return QString();
        ++m_runs;
        const UpgradePlan plan = reorder ? orderUpgrade(estate) : UpgradePlan();
        const Schedule after = scheduleUpgrade(estate, reorder ? plan : m_plan);
        QSet<QString> placed;
        QString where;
        QString last;
        for (const ScheduledStep &s : after.steps) {
            placed.insert(stepKey(s.component, s.from, s.to));
            if (s.component != m_component)
                continue;
            // Re-ordered, the component may reach another target in other steps: its last one.
            if (reorder || (s.from == m_from && s.to == m_to)) {
                last = after.windows.at(s.window).key();
                m_text = occurrenceText(after.windows.at(s.window));
            }
            if (!reorder && s.from == m_from && s.to == m_to)
                where = last;
        }
        if (reorder) {
            for (const UnscheduledStep &u : after.unscheduled)
                if (u.component == m_component)
                    return QString();
            where = last;
        }
        for (const QString &key : std::as_const(m_placed))
            if (!placed.contains(key) && !(reorder && key.startsWith(m_component + u'\x1f')))
                return QString();
        return where;
    }

private:
    const UpgradePlan &m_plan;
    QString m_component;
    Version m_from;
    Version m_to;
    QSet<QString> m_placed;
    QString m_text;
    int m_runs = 0;
};

// The smallest n in [1, most] (in units of @p unit) for which @p works holds, assuming that
// it holds for every n above it once it holds; 0 when it does not hold at @p most.
int smallestWorking(int most, const std::function<bool(int)> &works)
{
    if (most < 1 || !works(most))
        return 0;
    int lo = 1;
    int hi = most;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (works(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return hi;
}

// The estate with occurrence @p o of its window replaced by a one-off copy changed by @p edit.
std::optional<Estate> withOccurrenceChanged(const Estate &estate, const WindowOccurrence &o,
                                            const QString &suffix,
                                            const std::function<void(MaintenanceWindow &)> &edit)
{
    std::optional<Estate> result = withoutOccurrence(estate, o.key());
    if (!result)
        return std::nullopt;
    const MaintenanceWindow *series = nullptr;
    for (const MaintenanceWindow &w : estate.windows)
        if (w.id == o.window)
            series = &w;
    if (!series)
        return std::nullopt;
    MaintenanceWindow one = *series;
    one.id = o.window + u'-' + o.start.date().toString(u"yyyyMMdd") + u'-' + suffix;
    one.start = o.start;
    one.end = o.end;
    one.repeatWeekly = 1;
    edit(one);
    result->windows.append(one);
    return result;
}

struct Context
{
    const Estate &estate;
    const Schedule &schedule;
    const UnscheduledStep &step;
    const Component &component;
    Verifier &verify;
    QList<Fix> &fixes;

    void add(QString kind, int rank, qint64 amount, QString description, QString where,
             Estate changed)
    {
        Fix fix;
        fix.kind = std::move(kind);
        fix.rank = rank;
        fix.amount = amount;
        fix.description = std::move(description);
        fix.scheduledIn = std::move(where);
        fix.estate = std::move(changed);
        fixes.append(std::move(fix));
    }
    QString subject() const { return stepText(step.component, step.from, step.to); }
    // Call right after the successful placedIn() that gave @p where.
    QString then(const QString &where) const
    {
        return Tr::tr("%1 then runs in %2")
            .arg(subject(), verify.placedText().isEmpty() ? where : verify.placedText());
    }
};

// Shorter phases of the step: the least minutes, in 5-minute steps, that let it fit, for each
// phase that has time to give (at least 5 minutes are kept).
void shorterPhases(Context &c)
{
    const int row = c.estate.indexOf(c.component.id);
    for (const Phase phase :
         {Phase::Execute, Phase::Verify, Phase::Rollback, Phase::Prepare, Phase::Backup}) {
        const int minutes = c.component.minutes(phase);
        QString where;
        const auto shortened = [&](int fives) {
            Estate e = c.estate;
            Component changed = c.component;
            changed.durations[phase] = minutes - 5 * fives;
            e.replaceComponent(row, changed);
            where = c.verify.placedIn(e);
            return !where.isEmpty();
        };
        const int fives = smallestWorking((minutes - 5) / 5, shortened);
        if (fives == 0)
            continue;
        shortened(fives); // leaves `where` for the smallest
        Estate e = c.estate;
        Component changed = c.component;
        changed.durations[phase] = minutes - 5 * fives;
        e.replaceComponent(row, changed);
        c.add(fixkind::shortenPhase, RankStep, 5 * fives,
              Tr::tr("Plan %1's %2 phase %3 shorter (%4 instead of %5): %6")
                  .arg(c.component.id, phaseName(phase), durationText(5 * fives),
                       durationText(minutes - 5 * fives), durationText(minutes), c.then(where)),
              where, std::move(e));
    }
}

// The occurrence that came closest, longer (or with one more lane) on that one night.
void longerOccurrence(Context &c)
{
    if (c.step.closestWindow < 0 || c.step.closestWindow >= c.schedule.windows.size())
        return;
    const WindowOccurrence &o = c.schedule.windows[c.step.closestWindow];
    const QString cause = c.step.closestCause;
    if (cause == QLatin1String(schedulecause::duration)
        || cause == QLatin1String(schedulecause::peak)
        || cause == QLatin1String(schedulecause::lanes)
        || cause == QLatin1String(schedulecause::order)) {
        QString where;
        const auto longer = [&](int quarters) {
            const auto e = withOccurrenceChanged(c.estate, o, QStringLiteral("longer"),
                                                 [&](MaintenanceWindow &w) {
                                                     w.end = w.end.addSecs(qint64(quarters) * 900);
                                                 });
            where = e ? c.verify.placedIn(*e) : QString();
            return !where.isEmpty();
        };
        if (const int quarters = smallestWorking(longestExtraMinutes / 15, longer)) {
            longer(quarters);
            auto e = withOccurrenceChanged(c.estate, o, QStringLiteral("longer"),
                                           [&](MaintenanceWindow &w) {
                                               w.end = w.end.addSecs(qint64(quarters) * 900);
                                           });
            c.add(fixkind::longerWindow, RankOccurrence, 15 * quarters,
                  Tr::tr("Make %1 %2 longer, to end at %3: %4")
                      .arg(occurrenceText(o), durationText(15 * quarters),
                           o.end.addSecs(qint64(quarters) * 900).toString(u"HH:mm"), c.then(where)),
                  where, std::move(*e));
        }
    }
    if (cause == QLatin1String(schedulecause::lanes)) {
        auto e = withOccurrenceChanged(c.estate, o, QStringLiteral("wider"),
                                       [](MaintenanceWindow &w) { ++w.parallel; });
        if (e) {
            const QString where = c.verify.placedIn(*e);
            if (!where.isEmpty())
                c.add(fixkind::moreLanes, RankOccurrence, 1,
                      Tr::tr("Let %1 run %2 steps at once instead of %3: %4")
                          .arg(occurrenceText(o))
                          .arg(o.parallel + 1)
                          .arg(o.parallel)
                          .arg(c.then(where)),
                      where, std::move(*e));
        }
    }
}

// A window series repeated for more weeks: the fewest that give the step a place.
void laterWindows(Context &c)
{
    struct Best
    {
        int weeks = 0;
        int window = -1;
        QString where;
        QString then;
    };
    QList<Best> found;
    for (int i = 0; i < c.estate.windows.size() && c.verify.budgetLeft(); ++i) {
        QString where;
        const auto repeated = [&](int weeks) {
            Estate e = c.estate;
            e.windows[i].repeatWeekly += weeks;
            where = c.verify.placedIn(e);
            return !where.isEmpty();
        };
        if (const int weeks = smallestWorking(mostExtraWeeks, repeated)) {
            repeated(weeks);
            found.append({weeks, i, where, c.then(where)});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Best &a, const Best &b) { return a.weeks < b.weeks; });
    for (const Best &b : found.mid(0, 2)) {
        Estate e = c.estate;
        MaintenanceWindow &w = e.windows[b.window];
        w.repeatWeekly += b.weeks;
        const QDate last = w.start.date().addDays(7 * (w.repeatWeekly - 1));
        c.add(fixkind::laterWindow, RankSeries, b.weeks,
              Tr::tr("Repeat window %1 for %n more week(s), until %2: %3", nullptr, b.weeks)
                  .arg(w.id, QLocale::c().toString(last, u"ddd yyyy-MM-dd"), b.then),
              b.where, std::move(e));
    }
}

// Someone for the roles the step needs: a person on the staff takes a role, or a new person.
void moreStaff(Context &c)
{
    if (c.component.roles.isEmpty())
        return;
    for (const QString &role : c.component.roles) {
        int offered = 0;
        for (int i = 0; i < c.estate.staff.size() && offered < 2 && c.verify.budgetLeft(); ++i) {
            if (c.estate.staff[i].roles.contains(role))
                continue;
            Estate e = c.estate;
            e.staff[i].roles.append(role);
            const QString where = c.verify.placedIn(e);
            if (where.isEmpty())
                continue;
            ++offered;
            c.add(fixkind::assignRole, RankRole, offered,
                  Tr::tr("Give %1 the role %2: %3").arg(c.estate.staff[i].name, role, c.then(where)),
                  where, std::move(e));
        }
    }
    Estate e = c.estate;
    StaffMember person;
    person.name = Tr::tr("New %1 (to be named)").arg(c.component.roles.join(QStringLiteral(", ")));
    person.roles = c.component.roles;
    e.staff.append(person);
    const QString where = c.verify.placedIn(e);
    if (!where.isEmpty())
        c.add(fixkind::addStaff, RankPerson, 0,
              Tr::tr("Add a person with the role %1 to the staff: %2")
                  .arg(c.component.roles.join(QStringLiteral(", ")), c.then(where)),
              where, std::move(e));
}

// The upgrade stopped at a release below its target, the highest that the plan can reach.
void earlierTarget(Context &c)
{
    if (!c.component.target)
        return;
    const int row = c.estate.indexOf(c.component.id);
    int skipped = 0;
    for (const Version &v :
         releasesBetween(c.estate, c.component.product, c.component.version, *c.component.target)) {
        ++skipped;
        if (!c.verify.budgetLeft() || skipped > 8)
            break;
        Estate e = c.estate;
        Component changed = c.component;
        changed.target = v;
        e.replaceComponent(row, changed);
        const QString where = c.verify.placedIn(e, true);
        if (where.isEmpty())
            continue;
        const QString then = c.verify.placedText();
        c.add(fixkind::steppingStone, RankTarget, skipped,
              Tr::tr("Stop %1 at %2 for now, a stepping stone towards %3 (the rest of the way "
                     "in a later plan): it then runs in %4")
                  .arg(c.component.id, v.text(), c.component.target->text(), then),
              where, std::move(e));
        return;
    }
}

QList<Fix> fixesForOwnStep(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                           const UnscheduledStep &step)
{
    QList<Fix> fixes;
    const Component *component = estate.find(step.component);
    if (!component)
        return fixes;
    Verifier verify(plan, schedule, step.component, step.from, step.to);
    Context c{estate, schedule, step, *component, verify, fixes};
    if (step.planStep < 0) { // the plan blocked the upgrade
        earlierTarget(c);
        return fixes;
    }
    const QString cause = step.cause;
    const bool staff = cause == QLatin1String(conflicttype::staffUnavailable)
                       || step.closestCause == QLatin1String(schedulecause::staff);
    if (cause == QLatin1String(conflicttype::windowTooShort)
        || cause == QLatin1String(conflicttype::peakViolation)) {
        shorterPhases(c);
        longerOccurrence(c);
    }
    if (staff)
        moreStaff(c);
    laterWindows(c);
    return fixes;
}

} // namespace

bool isBlockingConflict(const Conflict &conflict)
{
    return conflict.severity == Conflict::Severity::Error && !conflict.waived;
}

QList<Fix> fixesForUnscheduled(const Estate &estate, const UpgradePlan &plan,
                               const Schedule &schedule, const UnscheduledStep &step,
                               const FixOptions &options)
{
    QList<Fix> fixes;
    if (step.cause != QLatin1String("after-unscheduled")) {
        fixes = fixesForOwnStep(estate, plan, schedule, step);
    } else {
        // It waits for an unscheduled step: the fixes of that step (of each one before it)
        // that place this one as well.
        Verifier verify(plan, schedule, step.component, step.from, step.to);
        for (const UnscheduledStep &root : schedule.unscheduled) {
            if (root.planStep < 0 || root.cause == QLatin1String("after-unscheduled")
                || root.wave >= step.wave)
                continue;
            for (Fix &fix : fixesForOwnStep(estate, plan, schedule, root)) {
                const QString where = verify.placedIn(fix.estate);
                if (where.isEmpty())
                    continue;
                fix.scheduledIn = where;
                fixes.append(std::move(fix));
            }
        }
    }
    keepSmallest(fixes, options.maxFixes);
    return fixes;
}

FixLists fixesForSchedule(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                          int limit, const FixOptions &options)
{
    FixLists lists;
    for (const UnscheduledStep &u : schedule.unscheduled)
        lists.append(lists.size() < limit
                         ? std::optional(fixesForUnscheduled(estate, plan, schedule, u, options))
                         : std::nullopt);
    return lists;
}

QJsonArray fixesToJson(const QList<Fix> &fixes)
{
    QJsonArray array;
    for (const Fix &fix : fixes) {
        QJsonObject o{{QStringLiteral("kind"), fix.kind},
                      {QStringLiteral("description"), fix.description}};
        if (!fix.scheduledIn.isEmpty())
            o.insert(QStringLiteral("scheduledIn"), fix.scheduledIn);
        array.append(o);
    }
    return array;
}

} // namespace planner
