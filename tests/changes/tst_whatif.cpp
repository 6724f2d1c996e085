// SPDX-License-Identifier: GPL-3.0-or-later
// What if (issue 17), with answers worked out on paper: a cancelled window pushes the steps a
// week later, an overrun crosses a point of no return, a wave stopped half way leaves a mixed
// state that is compatible or not.
#include "ChangeFixtures.h"

#include "changes/WhatIf.h"
#include "planning/UpgradeOrdering.h"

#include <QTest>

using namespace planner;
using namespace planner::testing;

namespace {

Schedule scheduleOf(const Estate &e)
{
    return scheduleUpgrade(e, orderUpgrade(e));
}

Component ofProduct(Component c, const char *product)
{
    c.product = QString::fromLatin1(product);
    return c;
}

CatalogEntry rule(const char *product, const char *when, const char *other, const char *range)
{
    CatalogEntry e;
    e.product = QString::fromLatin1(product);
    e.releases = {*Version::parse(u"1.0"), *Version::parse(u"2.0")};
    e.when = *VersionRange::parse(QString::fromLatin1(when));
    e.requirements = {ProductRequirement{QString::fromLatin1(other),
                                         *VersionRange::parse(QString::fromLatin1(range))}};
    return e;
}

} // namespace

class tst_WhatIf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelledWindowPushesStepsAWeekLater()
    {
        const Estate e = bankEstate();
        const std::optional<Estate> cancelled = withoutOccurrence(e,
                                                                  QStringLiteral("sat-20270109"));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->windows.size(), 1);
        QCOMPARE(cancelled->windows[0].start, wall(QStringLiteral("2027-01-16T22:00")));
        QCOMPARE(cancelled->windows[0].repeatWeekly, 3);
        const QList<StepShift> shifts = shiftedSteps(scheduleOf(e), scheduleOf(*cancelled));
        QCOMPARE(shifts.size(), 3);
        QCOMPARE(shifts[0].component, QStringLiteral("db"));
        for (const StepShift &s : shifts) {
            QCOMPARE(s.minutesLater, qint64(7 * 24 * 60));
            QCOMPARE(s.before, QStringLiteral("sat-20270109"));
            QCOMPARE(s.after, QStringLiteral("sat-20270116"));
        }
    }

    void cancellingAMiddleWeekSplitsTheWindow()
    {
        const Estate e = bankEstate();
        const std::optional<Estate> cancelled = withoutOccurrence(e,
                                                                  QStringLiteral("sat-20270116"));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->windows.size(), 2);
        QCOMPARE(cancelled->windows[0].id, QStringLiteral("sat"));
        QCOMPARE(cancelled->windows[0].repeatWeekly, 1);
        QCOMPARE(cancelled->windows[1].id, QStringLiteral("sat-after-20270116"));
        QCOMPARE(cancelled->windows[1].start, wall(QStringLiteral("2027-01-23T22:00")));
        QCOMPARE(cancelled->windows[1].repeatWeekly, 2);
        // Nothing ran that week: nothing moves.
        QVERIFY(shiftedSteps(scheduleOf(e), scheduleOf(*cancelled)).isEmpty());
        QVERIFY(!withoutOccurrence(e, QStringLiteral("sat-20270110")));
        QVERIFY(!withoutOccurrence(e, QStringLiteral("sun-20270109")));
    }

    // db alone in 22:00-01:00: work 110 min, decision 15, so decided at 00:05; its rollback
    // of 30 minutes must end by 01:00, so its point of no return is 00:30. Twenty minutes
    // late it is decided at 00:25, still in time; thirty minutes late, at 00:35, past it.
    void overrunCrossesThePointOfNoReturn()
    {
        Estate e = bankEstate();
        e.removeDependency(1);
        e.removeDependency(0);
        e.removeComponent(e.indexOf(QStringLiteral("web")));
        e.removeComponent(e.indexOf(QStringLiteral("app")));
        e.processes.clear();
        e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                            QStringLiteral("2027-01-10T01:00"))};
        const Schedule s = scheduleOf(e);
        QCOMPARE(s.steps.size(), 1);
        QCOMPARE(s.steps[0].decided, wall(QStringLiteral("2027-01-10T00:05")));
        QCOMPARE(s.steps[0].pointOfNoReturn, wall(QStringLiteral("2027-01-10T00:30")));

        const std::optional<OverrunReplay> inTime = replayOverrun(s, QStringLiteral("db"), 1.0, 20);
        QVERIFY(inTime);
        QCOMPARE(inTime->steps.size(), 1);
        QCOMPARE(inTime->steps[0].decided, wall(QStringLiteral("2027-01-10T00:25")));
        QVERIFY(!inTime->steps[0].pastPointOfNoReturn);

        const std::optional<OverrunReplay> late = replayOverrun(s, QStringLiteral("db"), 1.0, 30);
        QCOMPARE(late->steps[0].decided, wall(QStringLiteral("2027-01-10T00:35")));
        QCOMPARE(late->steps[0].minutesLater, qint64(30));
        QVERIFY(late->steps[0].pastPointOfNoReturn);
        QCOMPARE(late->occurrence, QStringLiteral("sat-20270109"));

        // By a factor: 110 * 1.5 = 165 minutes of work, decided at 01:00.
        const std::optional<OverrunReplay> factor = replayOverrun(s, QStringLiteral("db"), 1.5, 0);
        QCOMPARE(factor->steps[0].decided, wall(QStringLiteral("2027-01-10T01:00")));
        QVERIFY(factor->steps[0].pastPointOfNoReturn);
        QVERIFY(!replayOverrun(s, QStringLiteral("nothing"), 2.0, 0));
    }

    // The bank in one window 22:00-03:00: db decided 00:05, app 01:30 (plus 20 rollback),
    // web decided 02:35 with 20 minutes of rollback: 02:55, inside. An hour's overrun of db
    // moves both an hour later; web would end its reserve at 03:55: it no longer fits.
    void overrunMovesTheStepsAfterIt()
    {
        Estate e = bankEstate();
        e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                            QStringLiteral("2027-01-10T03:00"))};
        const Schedule s = scheduleOf(e);
        QCOMPARE(s.steps.size(), 3);
        const std::optional<OverrunReplay> r = replayOverrun(s, QStringLiteral("db"), 1.0, 60);
        QVERIFY(r);
        QCOMPARE(r->steps.size(), 3);
        QCOMPARE(r->steps[1].component, QStringLiteral("app"));
        QCOMPARE(r->steps[1].minutesLater, qint64(60));
        QVERIFY(!r->steps[1].noLongerFits);
        QCOMPARE(r->steps[2].component, QStringLiteral("web"));
        QCOMPARE(r->steps[2].decided, wall(QStringLiteral("2027-01-10T03:35")));
        QVERIFY(r->steps[2].noLongerFits);
        QVERIFY(r->steps[2].pastPointOfNoReturn);
    }

    // The bank's db needs a dba; A. Rivera and M. Schneider are the two. Schneider is away on
    // the first Saturday, so Rivera does db that night. Rivera away for the whole plan:
    // Schneider stands in, one week later (the first Saturday has no dba left), and app and
    // web, one wave each after db, follow it a week. Rivera away on Saturday 9 January alone
    // (a day away is the whole day): the night starts at midnight instead. Both away for the whole plan: no dba, db and what follows unscheduled.
    void staffMemberAbsent()
    {
        Estate e = bankEstate();
        Component db = e.component(0);
        db.roles = {QStringLiteral("dba")};
        e.replaceComponent(0, db);
        StaffMember rivera;
        rivera.name = QStringLiteral("A. Rivera");
        rivera.roles = {QStringLiteral("dba")};
        StaffMember schneider;
        schneider.name = QStringLiteral("M. Schneider");
        schneider.roles = {QStringLiteral("dba")};
        schneider.unavailable = {DateRange{QDate(2027, 1, 9), QDate(2027, 1, 10)}};
        e.staff = {rivera, schneider};
        const Schedule before = scheduleOf(e);
        QCOMPARE(before.unscheduled.size(), 0);
        QCOMPARE(stepsOf(before, QStringLiteral("a. rivera")),
                 QStringList{QStringLiteral("db 1.0 -> 2.0")});
        QVERIFY(stepsOf(before, QStringLiteral("M. Schneider")).isEmpty());

        const std::optional<Estate> away = withAbsence(e, QStringLiteral("a. RIVERA"), {});
        QVERIFY(away);
        QCOMPARE(away->staff.size(), 2); // still listed, away every day
        const Schedule whole = scheduleOf(*away);
        QCOMPARE(whole.unscheduled.size(), 0);
        const QList<StepShift> shifts = shiftedSteps(before, whole);
        QCOMPARE(shifts.size(), 3);
        for (const StepShift &s : shifts) {
            QCOMPARE(s.minutesLater, qint64(7 * 24 * 60));
            QCOMPARE(s.after, QStringLiteral("sat-20270116"));
        }
        QCOMPARE(stepsOf(whole, QStringLiteral("M. Schneider")),
                 QStringList{QStringLiteral("db 1.0 -> 2.0")});

        const std::optional<Estate> oneDay = withAbsence(e, QStringLiteral("A. Rivera"),
                                                         DateRange{QDate(2027, 1, 9),
                                                                   QDate(2027, 1, 9)});
        QVERIFY(oneDay);
        const Schedule dayOff = scheduleOf(*oneDay);
        // Away on the Saturday, back on the Sunday: the night's work starts at midnight, two
        // hours late, in the same window, and Rivera still does it.
        const QList<StepShift> late = shiftedSteps(before, dayOff);
        QCOMPARE(late.size(), 3);
        QCOMPARE(late[0].component, QStringLiteral("db"));
        QCOMPARE(late[0].after, QStringLiteral("sat-20270109"));
        QCOMPARE(late[0].minutesLater, qint64(120));
        QCOMPARE(text(late[0].startAfter), QStringLiteral("2027-01-10T00:00"));
        QCOMPARE(stepsOf(dayOff, QStringLiteral("A. Rivera")),
                 QStringList{QStringLiteral("db 1.0 -> 2.0")});

        // Away on a day without a window: nothing moves, nobody else is needed.
        const std::optional<Estate> midweek = withAbsence(e, QStringLiteral("A. Rivera"),
                                                          DateRange{QDate(2027, 1, 12),
                                                                    QDate(2027, 1, 13)});
        QVERIFY(shiftedSteps(before, scheduleOf(*midweek)).isEmpty());
        QVERIFY(reassignedSteps(before, scheduleOf(*midweek)).isEmpty());

        Estate bothAway = *withAbsence(*away, QStringLiteral("M. Schneider"), {});
        const Schedule none = scheduleOf(bothAway);
        QCOMPARE(none.steps.size(), 0);
        QCOMPARE(none.unscheduled.size(), 3);
        QCOMPARE(none.unscheduled[0].component, QStringLiteral("db"));
        QCOMPARE(none.unscheduled[0].cause, QStringLiteral("staff-unavailable"));

        QVERIFY(!withAbsence(e, QStringLiteral("Nobody"), {}));
    }

    // Two dbas both free: one away leaves the other to do the step in the same place.
    void standInKeepsTheStepInPlace()
    {
        Estate e = bankEstate();
        Component db = e.component(0);
        db.roles = {QStringLiteral("dba")};
        e.replaceComponent(0, db);
        StaffMember rivera;
        rivera.name = QStringLiteral("A. Rivera");
        rivera.roles = {QStringLiteral("dba")};
        StaffMember schneider = rivera;
        schneider.name = QStringLiteral("M. Schneider");
        e.staff = {rivera, schneider};
        const Schedule before = scheduleOf(e);
        const QString first = before.steps[0].staff.value(0);
        const Schedule after = scheduleOf(*withAbsence(e, first, {}));
        QVERIFY(shiftedSteps(before, after).isEmpty());
        const QList<Reassignment> r = reassignedSteps(before, after);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].component, QStringLiteral("db"));
        QCOMPARE(r[0].occurrence, QStringLiteral("sat-20270109"));
        QCOMPARE(r[0].staffBefore, QStringList{first});
        QVERIFY(!r[0].staffAfter.contains(first));
        QCOMPARE(r[0].staffAfter.size(), 1);
    }

    // db and app must move together (app 1.x needs db 1.x, app 2.x needs db 2.x): the wave
    // stopped after one of the two leaves a state the rules refuse; after both, it is fine.
    // Two components with no rule between them: stopped after one, still compatible.
    void waveStoppedHalfWay()
    {
        Estate e = berlinEstate();
        e.appendComponent(ofProduct(component(QStringLiteral("db"), 5, 5, 30, 5, 10), "db"));
        e.appendComponent(ofProduct(component(QStringLiteral("app"), 5, 5, 30, 5, 10), "app"));
        Dependency d;
        d.from = QStringLiteral("app");
        d.to = QStringLiteral("db");
        e.appendDependency(d);
        e.catalog = {rule("app", "<2", "db", "<2"), rule("app", ">=2", "db", ">=2")};
        e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                            QStringLiteral("2027-01-10T06:00"))};
        const Schedule s = scheduleOf(e);
        QCOMPARE(s.steps.size(), 2);
        QCOMPARE(s.steps[0].wave, s.steps[1].wave);

        const MixedState half = stopWave(e, s, s.steps[0].wave, 1);
        QCOMPARE(half.done.size(), 1);
        QCOMPARE(half.rolledBack.size(), 1);
        QVERIFY(!half.isCompatible());
        QVERIFY2(half.newErrors[0].message.contains(QLatin1String("db")),
                 qPrintable(half.newErrors[0].message));
        QVERIFY(stopWave(e, s, s.steps[0].wave, 2).isCompatible());
        QVERIFY(stopWave(e, s, s.steps[0].wave, 0).isCompatible());

        Estate free = berlinEstate();
        free.appendComponent(component(QStringLiteral("a"), 5, 5, 30, 5, 10));
        free.appendComponent(component(QStringLiteral("b"), 5, 5, 30, 5, 10));
        free.windows = e.windows;
        const Schedule fs = scheduleOf(free);
        QCOMPARE(fs.steps.size(), 2);
        const MixedState one = stopWave(free, fs, 1, 1);
        QVERIFY(one.isCompatible());
        QCOMPARE(one.versions.size(), 1);
        QCOMPARE(one.versions[0].second, QStringLiteral("2.0"));
    }
};

QTEST_GUILESS_MAIN(tst_WhatIf)
#include "tst_whatif.moc"
