// SPDX-License-Identifier: GPL-3.0-or-later
// Property test: on generated estates, whatever the scheduler decides must keep every rule:
// steps inside their windows with the rollback reserve, lanes never double-booked, nobody in
// two places at once or working while away, waves in order, frozen windows empty, no step
// during a peak of a process it affects, and every plan step either placed or explained.

#include "ScheduleFixtures.h"

#include "generator/EstateGenerator.h"
#include "schedule/Scheduler.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>

using namespace planner;
using namespace planner::testing;

class tst_ScheduleInvariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data();
    void invariants();
};

namespace {

/// One step per upgraded component; wave = 1 + the deepest wave of what it depends on.
UpgradePlan depthPlan(const Estate &estate)
{
    QHash<QString, QStringList> dependsOn;
    for (const Dependency &d : estate.dependencies())
        dependsOn[d.from] << d.to;
    QHash<QString, int> depth;
    std::function<int(const QString &)> depthOf = [&](const QString &id) -> int {
        const auto it = depth.constFind(id);
        if (it != depth.constEnd())
            return *it;
        depth.insert(id, 1); // guards against cycles
        int d = 1;
        for (const QString &to : dependsOn.value(id))
            d = std::max(d, depthOf(to) + 1);
        depth.insert(id, d);
        return d;
    };
    UpgradePlan plan;
    for (const Component &c : estate.components()) {
        if (!c.hasUpgrade())
            continue;
        PlanStep s;
        s.component = c.id;
        s.from = c.version;
        s.to = *c.target;
        s.wave = depthOf(c.id);
        plan.steps << s;
    }
    std::stable_sort(plan.steps.begin(), plan.steps.end(),
                     [](const PlanStep &a, const PlanStep &b) { return a.wave < b.wave; });
    return plan;
}

/// Components each process relies on: those it uses and everything they depend on.
QHash<QString, QSet<int>> affectedProcesses(const Estate &estate)
{
    QHash<QString, QStringList> dependsOn;
    for (const Dependency &d : estate.dependencies())
        dependsOn[d.from] << d.to;
    QHash<QString, QSet<int>> affected;
    for (int p = 0; p < estate.processes.size(); ++p) {
        QSet<QString> seen;
        QStringList todo = estate.processes[p].uses;
        while (!todo.isEmpty()) {
            const QString id = todo.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            affected[id].insert(p);
            todo << dependsOn.value(id);
        }
    }
    return affected;
}

bool overlapsPeak(const Peak &peak, const QDateTime &from, const QDateTime &to)
{
    for (QDate day = from.date().addDays(-1); day <= to.date(); day = day.addDays(1)) {
        if (!(peak.days & (1u << (day.dayOfWeek() - 1))))
            continue;
        const QDateTime a(day, peak.from, Qt::UTC);
        QDateTime b(day, peak.to, Qt::UTC);
        if (b <= a)
            b = b.addDays(1);
        if (from < b && to > a)
            return true;
    }
    return false;
}

} // namespace

void tst_ScheduleInvariants::invariants_data()
{
    QTest::addColumn<int>("components");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("parallel");
    QTest::addColumn<int>("staffCopies");
    QTest::newRow("1500 components, 1 lane, scarce staff") << 1500 << quint64(3) << 1 << 1;
    QTest::newRow("3000 components, 12 lanes") << 3000 << quint64(7) << 12 << 4;
    QTest::newRow("3000 components, 40 lanes") << 3000 << quint64(11) << 40 << 10;
}

void tst_ScheduleInvariants::invariants()
{
    QFETCH(int, components);
    QFETCH(quint64, seed);
    QFETCH(int, parallel);
    QFETCH(int, staffCopies);
    Estate estate = generateEstate(GeneratorOptions{components, seed});
    // UTC: wall clock and real time agree, so the checks below can compare wall-clock times.
    estate.project.timezone = QStringLiteral("UTC");
    // Nights, and Friday mornings that run into the Mon-Fri 08:00-18:00 peaks of the estate.
    estate.windows = {window("sat", "2027-01-09T22:00", "2027-01-10T06:00", 52, parallel),
                      window("wed", "2027-01-13T21:00", "2027-01-14T02:00", 52, parallel),
                      window("fri", "2027-01-15T05:00", "2027-01-15T13:00", 52, parallel)};
    const QList<StaffMember> staff = estate.staff;
    for (int copy = 2; copy <= staffCopies; ++copy)
        for (StaffMember m : staff) {
            m.name += QStringLiteral(" %1").arg(copy);
            estate.staff << m;
        }
    const UpgradePlan plan = depthPlan(estate);
    QVERIFY(plan.steps.size() > 100);
    const Schedule s = scheduleUpgrade(estate, plan);
    QCOMPARE(s.steps.size() + s.unscheduled.size(), plan.steps.size());
    QVERIFY(!s.steps.isEmpty());

    const int decision = estate.project.decisionMinutes;
    QSet<QString> edges; // "dependent|dependency"
    for (const Dependency &dep : estate.dependencies())
        edges.insert(dep.from + u'|' + dep.to);
    std::map<int, QDateTime> waveDecided; // wave -> latest decision
    for (const ScheduledStep &st : s.steps) {
        const WindowOccurrence &w = s.windows[st.window];
        const Component &c = *estate.find(st.component);
        // Phases add up, in order, and everything including the rollback fits the window.
        QCOMPARE(st.end,
                 st.start.addSecs(60
                                  * (c.minutes(Phase::Prepare) + c.minutes(Phase::Backup)
                                     + c.minutes(Phase::Execute) + c.minutes(Phase::Verify))));
        QCOMPARE(st.decided, st.end.addSecs(60 * decision));
        QCOMPARE(st.rollbackEnd, st.decided.addSecs(60 * st.rollbackMinutes));
        QVERIFY(st.start >= w.start);
        QVERIFY(st.rollbackEnd <= w.end);
        // The window's limit, or earlier the start of execution of a step that depends on
        // this one (or the same component's next step), begun after this one's decision.
        QCOMPARE(st.windowPointOfNoReturn, w.end.addSecs(-60 * st.rollbackMinutes));
        QVERIFY(st.pointOfNoReturn >= st.decided);
        if (st.pointOfNoReturnBy == ScheduledStep::PointOfNoReturnBy::Dependent) {
            QVERIFY(st.dependent >= 0 && st.dependent < s.steps.size());
            const ScheduledStep &d = s.steps[st.dependent];
            QCOMPARE(st.pointOfNoReturn, d.executeStart);
            QVERIFY(st.pointOfNoReturn < st.windowPointOfNoReturn);
            QVERIFY(d.start >= st.decided);
            QVERIFY(d.group < 0 || d.group != st.group);
            QVERIFY2(d.component == st.component
                         || edges.contains(d.component + u'|' + st.component),
                     qPrintable(st.component + QStringLiteral(" -> ") + d.component));
        } else {
            QCOMPARE(st.pointOfNoReturn, st.windowPointOfNoReturn);
            QCOMPARE(st.dependent, -1);
        }
        QVERIFY2(w.freeze.isEmpty(), qPrintable(st.component));
        QCOMPARE(st.staff.size(), c.roles.size());
        auto &latest = waveDecided[st.wave];
        if (!latest.isValid() || st.decided > latest)
            latest = st.decided;
    }
    // Waves: every step starts after every step of earlier waves has been decided.
    QDateTime before;
    std::map<int, QDateTime> earlierDecided;
    for (const auto &[wave, decided] : waveDecided) {
        earlierDecided[wave] = before;
        if (!before.isValid() || decided > before)
            before = decided;
    }
    for (const ScheduledStep &st : s.steps) {
        const QDateTime &b = earlierDecided[st.wave];
        QVERIFY2(!b.isValid() || st.start >= b, qPrintable(st.component));
    }
    // Lanes: one step after another, the next from the previous decision on.
    QHash<QPair<int, int>, QList<const ScheduledStep *>> lanes;
    for (const ScheduledStep &st : s.steps)
        lanes[{st.window, st.lane}] << &st;
    for (auto &list : lanes) {
        for (int i = 1; i < list.size(); ++i)
            QVERIFY(list[i]->start >= list[i - 1]->decided);
        QVERIFY(list.front()->lane < s.windows[list.front()->window].parallel);
    }
    // Staff: nobody on two overlapping steps in different lanes, nobody while away.
    QHash<QString, QList<const ScheduledStep *>> byPerson;
    for (const ScheduledStep &st : s.steps)
        for (const QString &name : st.staff)
            byPerson[name] << &st;
    QHash<QString, const StaffMember *> members;
    for (const StaffMember &m : estate.staff)
        members.insert(m.name, &m);
    for (auto it = byPerson.cbegin(); it != byPerson.cend(); ++it) {
        const auto &list = it.value();
        for (const ScheduledStep *st : list) {
            for (const DateRange &away : members.value(it.key())->unavailable)
                QVERIFY2(away.end < st->start.date()
                             || away.start > st->rollbackEnd.addSecs(-1).date(),
                         qPrintable(it.key() + QLatin1Char(' ') + st->component));
        }
        for (int i = 0; i < list.size(); ++i)
            for (int j = i + 1; j < list.size(); ++j) {
                const ScheduledStep *a = list[i];
                const ScheduledStep *b = list[j];
                if (a->window == b->window && a->lane == b->lane)
                    continue;
                QVERIFY2(a->rollbackEnd <= b->start || b->rollbackEnd <= a->start,
                         qPrintable(it.key() + QLatin1Char(' ') + a->component + QLatin1Char(' ')
                                    + b->component));
            }
    }
    // Peaks: no step, rollback reserve included, during a peak of a process it affects.
    const auto affected = affectedProcesses(estate);
    int duringPeakHours = 0;
    for (const ScheduledStep &st : s.steps) {
        for (int p : affected.value(st.component))
            for (const Peak &peak : estate.processes[p].peaks)
                QVERIFY2(!overlapsPeak(peak, st.start, st.rollbackEnd),
                         qPrintable(st.component + QLatin1Char(' ') + estate.processes[p].name));
        if (st.rollbackEnd.time() > QTime(8, 0) && st.start.time() < QTime(18, 0)
            && st.start.date().dayOfWeek() == Qt::Friday)
            ++duringPeakHours; // allowed: it affects no process with a peak
    }
    QVERIFY(duringPeakHours > 0); // Friday windows do reach into peak hours
    // Every unscheduled step says why.
    for (const UnscheduledStep &u : s.unscheduled)
        QVERIFY(!u.reason.isEmpty() && !u.cause.isEmpty());
    qInfo("%lld placed, %lld unscheduled, %d windows used", qlonglong(s.steps.size()),
          qlonglong(s.unscheduled.size()), s.windowsUsed);
}

QTEST_GUILESS_MAIN(tst_ScheduleInvariants)
#include "tst_scheduleinvariants.moc"
