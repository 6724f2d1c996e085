// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest fix (changes/SmallestFix.h): every fix proposed is applied here and the estate
// planned again from scratch, so a fix that does not really place its step fails the test.
#include "changes/SmallestFix.h"
#include "compat/Compatibility.h"
#include "exchange/EstateJson.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"
#include "storage/EstateFile.h"

#include <QSet>
#include <QTest>

using namespace planner;

namespace {

Estate sample()
{
    auto estate = loadEstateFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    if (!estate)
        qFatal("%s", qPrintable(estate.error().text()));
    return *estate;
}

QString key(const QString &component, const Version &from, const Version &to)
{
    return component + u' ' + from.text() + u' ' + to.text();
}

QSet<QString> placed(const Schedule &schedule)
{
    QSet<QString> keys;
    for (const ScheduledStep &s : schedule.steps)
        keys.insert(key(s.component, s.from, s.to));
    return keys;
}

// Applies @p fix and plans from scratch: the step is placed where the fix says, and every
// step placed before still is.
void verifyPlaces(const Estate &estate, const UnscheduledStep &u, const Fix &fix)
{
    const Schedule before = scheduleUpgrade(estate, orderUpgrade(estate));
    const Schedule after = scheduleUpgrade(fix.estate, orderUpgrade(fix.estate));
    bool found = false;
    for (const ScheduledStep &s : after.steps)
        if (s.component == u.component && s.from == u.from && s.to == u.to) {
            found = true;
            QCOMPARE(after.windows.at(s.window).key(), fix.scheduledIn);
        }
    QVERIFY2(found, qPrintable(fix.kind + QStringLiteral(": ") + fix.description));
    const QSet<QString> now = placed(after);
    for (const QString &k : placed(before))
        QVERIFY2(now.contains(k), qPrintable(k + QStringLiteral(" lost by ") + fix.description));
}

void verifySmallestFirst(const QList<Fix> &fixes)
{
    for (qsizetype i = 1; i < fixes.size(); ++i)
        QVERIFY(fixes[i - 1].rank < fixes[i].rank
                || (fixes[i - 1].rank == fixes[i].rank && fixes[i - 1].amount <= fixes[i].amount));
}

const Estate &oneStep()
{
    static const Estate estate = *readEstateJson(R"({
        "format": "upgrade-planner-estate", "formatVersion": 1,
        "project": {"start": "2027-01-09", "decisionMinutes": 15},
        "components": [
            {"id": "db", "kind": "database", "product": "postgresql", "version": "14",
             "target": "16", "roles": ["dba"],
             "durations": {"prepare": 30, "backup": 30, "execute": 180, "verify": 30,
                           "rollback": 60}}],
        "windows": [{"id": "sat", "start": "2027-01-09T22:00", "end": "2027-01-10T02:00",
                     "repeatWeekly": 4}],
        "staff": [{"name": "Kim", "roles": ["dba"]}, {"name": "Lee", "roles": ["sysadmin"]}]
    })");
    return estate;
}

} // namespace

class tst_SmallestFix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleUnscheduledStepsEachGetAFixThatPlacesThem();
    void sampleVariantsEachUnscheduledStepGetsAFix_data();
    void sampleVariantsEachUnscheduledStepGetsAFix();
    void knownAnswerForAWindowTooShort();
    void absentStaffGetsARoleOrAPerson();
    void blockingConflictGetsAWaiverWithWhoAndWhy();
    void fixesAreJson();
};

// The issue's "done when": a fix for each unscheduled step of the sample that really places it.
void tst_SmallestFix::sampleUnscheduledStepsEachGetAFixThatPlacesThem()
{
    const Estate estate = sample();
    const UpgradePlan plan = orderUpgrade(estate);
    const Schedule schedule = scheduleUpgrade(estate, plan);
    QVERIFY(!schedule.unscheduled.isEmpty());
    for (const UnscheduledStep &u : schedule.unscheduled) {
        const QList<Fix> fixes = fixesForUnscheduled(estate, plan, schedule, u);
        QVERIFY2(!fixes.isEmpty(), qPrintable(u.component + QStringLiteral(": ") + u.reason));
        verifySmallestFirst(fixes);
        for (const Fix &fix : fixes) {
            QVERIFY(!fix.description.isEmpty());
            verifyPlaces(estate, u, fix);
        }
    }
    // teller-app waits for D. Kowalski, the only branch-it: someone else takes the role first.
    const UnscheduledStep &teller = schedule.unscheduled.first();
    QCOMPARE(teller.component, QStringLiteral("teller-app"));
    const QList<Fix> fixes = fixesForUnscheduled(estate, plan, schedule, teller);
    QCOMPARE(fixes.first().kind, QString::fromLatin1(fixkind::assignRole));
    QVERIFY(fixes.first().description.contains(QStringLiteral("branch-it")));
    QStringList kinds;
    for (const Fix &fix : fixes)
        kinds << fix.kind;
    QVERIFY(kinds.contains(QString::fromLatin1(fixkind::addStaff)));
    QVERIFY(kinds.contains(QString::fromLatin1(fixkind::laterWindow)));
}

// The sample made harder in ways users' estates are: shorter nights, a single lane, a freeze.
void tst_SmallestFix::sampleVariantsEachUnscheduledStepGetsAFix_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("windows 2 h shorter") << 0;
    QTest::newRow("one lane everywhere") << 1;
    QTest::newRow("nobody holds dba") << 2;
}

void tst_SmallestFix::sampleVariantsEachUnscheduledStepGetsAFix()
{
    QFETCH(int, variant);
    Estate estate = sample();
    for (MaintenanceWindow &w : estate.windows) {
        if (variant == 0)
            w.end = w.end.addSecs(-2 * 3600);
        if (variant == 1)
            w.parallel = 1;
    }
    if (variant == 2)
        for (StaffMember &s : estate.staff)
            s.roles.removeAll(QStringLiteral("dba"));
    const UpgradePlan plan = orderUpgrade(estate);
    const Schedule schedule = scheduleUpgrade(estate, plan);
    int withFix = 0;
    int own = 0;
    for (const UnscheduledStep &u : schedule.unscheduled) {
        if (u.planStep < 0)
            continue;
        const QList<Fix> fixes = fixesForUnscheduled(estate, plan, schedule, u);
        verifySmallestFirst(fixes);
        for (const Fix &fix : fixes)
            verifyPlaces(estate, u, fix);
        // A step after an unscheduled one may only move once that one does, and a fix of the
        // first may not be enough for it; every step unscheduled for its own reason gets one.
        if (u.cause != QLatin1String("after-unscheduled")) {
            ++own;
            QVERIFY2(!fixes.isEmpty(), qPrintable(u.component + QStringLiteral(": ") + u.reason));
        }
        withFix += !fixes.isEmpty();
    }
    QVERIFY(own > 0);
    QVERIFY(withFix >= own);
}

// A 4 h night for a step of 5 h 15 min with its decision and rollback reserve.
void tst_SmallestFix::knownAnswerForAWindowTooShort()
{
    const Estate &estate = oneStep();
    const UpgradePlan plan = orderUpgrade(estate);
    const Schedule schedule = scheduleUpgrade(estate, plan);
    QCOMPARE(schedule.unscheduled.size(), 1);
    const UnscheduledStep &u = schedule.unscheduled.first();
    QCOMPARE(u.cause, QString::fromLatin1(conflicttype::windowTooShort));
    const QList<Fix> fixes = fixesForUnscheduled(estate, plan, schedule, u);
    for (const Fix &fix : fixes)
        verifyPlaces(estate, u, fix);

    // 30 + 30 + 180 + 30 + 15 decision + 60 rollback = 345 minutes in 240: 105 missing.
    QList<const Fix *> shorten;
    const Fix *longer = nullptr;
    for (const Fix &fix : fixes) {
        if (fix.kind == QLatin1String(fixkind::shortenPhase))
            shorten << &fix;
        if (fix.kind == QLatin1String(fixkind::longerWindow))
            longer = &fix;
    }
    QVERIFY(!shorten.isEmpty());
    QCOMPARE(shorten.first()->amount, 105); // execute 180 -> 75 minutes
    QVERIFY(shorten.first()->description.contains(QStringLiteral("execute")));
    QCOMPARE(shorten.first()->estate.component(0).durations[Phase::Execute], 75);
    QVERIFY(longer);
    QCOMPARE(longer->amount, 105); // 15-minute steps: 1 h 45 min
    QVERIFY(longer->description.contains(QStringLiteral("03:45")));
    QCOMPARE(longer->scheduledIn, QStringLiteral("sat-20270109-longer-20270109"));
    // Only the one night is longer: the other three keep their 4 hours.
    int nights = 0;
    for (const MaintenanceWindow &w : longer->estate.windows) {
        nights += w.repeatWeekly;
        if (w.repeatWeekly > 1)
            QCOMPARE(w.start.secsTo(w.end), 4 * 3600);
    }
    QCOMPARE(nights, 4);
    // No series of 4 h nights helps, however long: no later-window fix.
    for (const Fix &fix : fixes)
        QVERIFY(fix.kind != QLatin1String(fixkind::laterWindow));
}

void tst_SmallestFix::absentStaffGetsARoleOrAPerson()
{
    Estate estate = oneStep();
    estate.windows[0].end = estate.windows[0].end.addSecs(4 * 3600);
    estate.staff[0].unavailable = {DateRange{QDate(2027, 1, 1), QDate(2027, 1, 20)}};
    const UpgradePlan plan = orderUpgrade(estate);
    const Schedule schedule = scheduleUpgrade(estate, plan);
    QCOMPARE(schedule.unscheduled.size(), 0); // Kim is back for the third night
    estate.staff[0].unavailable = {DateRange{QDate(2027, 1, 1), QDate(2027, 3, 1)}};
    const Schedule missing = scheduleUpgrade(estate, plan);
    QCOMPARE(missing.unscheduled.size(), 1);
    const QList<Fix> fixes = fixesForUnscheduled(estate, plan, missing, missing.unscheduled[0]);
    QCOMPARE(fixes.size(), 3);
    QCOMPARE(fixes[0].kind, QString::fromLatin1(fixkind::assignRole));
    QCOMPARE(fixes[0].estate.staff[1].roles,
             QStringList({QStringLiteral("sysadmin"), QStringLiteral("dba")}));
    QCOMPARE(fixes[0].scheduledIn, QStringLiteral("sat-20270109"));
    QCOMPARE(fixes[1].kind, QString::fromLatin1(fixkind::addStaff));
    QCOMPARE(fixes[1].estate.staff.size(), 3);
    // Kim is back on 2 March: the Saturday after, 3 weeks past the last of the 4 nights.
    QCOMPARE(fixes[2].kind, QString::fromLatin1(fixkind::laterWindow));
    QCOMPARE(fixes[2].amount, 5);
    QCOMPARE(fixes[2].scheduledIn, QStringLiteral("sat-20270306"));
    for (const Fix &fix : fixes)
        verifyPlaces(estate, missing.unscheduled[0], fix);
}

void tst_SmallestFix::blockingConflictGetsAWaiverWithWhoAndWhy()
{
    const Estate estate = sample();
    const UpgradePlan plan = orderUpgrade(estate);
    const Schedule schedule = scheduleUpgrade(estate, plan);
    const QList<Conflict> conflicts = checkCompatibility(estate);
    const auto untested = std::find_if(conflicts.begin(), conflicts.end(), [](const Conflict &c) {
        return c.key == QLatin1String("untested-backup:target:lb-fra");
    });
    QVERIFY(untested != conflicts.end());
    QVERIFY(isBlockingConflict(*untested));
    FixOptions options;
    options.who = QStringLiteral("CAB 2027-01-04");
    options.why = QStringLiteral("restore test booked for the first window");
    const QList<Fix> fixes = fixesForConflict(estate, plan, schedule, *untested, options);
    QCOMPARE(fixes.size(), 1);
    QCOMPARE(fixes[0].kind, QString::fromLatin1(fixkind::waiver));
    const Waiver &w = fixes[0].estate.waivers.constLast();
    QCOMPARE(w.conflict, untested->key);
    QCOMPARE(w.by, options.who);
    QCOMPARE(w.reason, options.why);
    QCOMPARE(w.expires, schedule.finish.date());
    bool waived = false;
    for (const Conflict &c : checkCompatibility(fixes[0].estate))
        if (c.key == untested->key)
            waived = c.waived;
    QVERIFY(waived);
    // The schedule's own conflict for teller-app has the fixes of its step, not a waiver.
    const auto staffConflict = std::find_if(schedule.conflicts.begin(), schedule.conflicts.end(),
                                            [](const Conflict &c) {
                                                return c.type
                                                       == QLatin1String(
                                                           conflicttype::staffUnavailable);
                                            });
    QVERIFY(staffConflict != schedule.conflicts.end());
    const Conflict &staff = *staffConflict;
    const QList<Fix> stepFixes = fixesForConflict(estate, plan, schedule, staff);
    QVERIFY(!stepFixes.isEmpty());
    for (const Fix &fix : stepFixes)
        QVERIFY(fix.kind != QLatin1String(fixkind::waiver));
    // Fixes are only for what blocks: a warning has none.
    for (const Conflict &c : conflicts)
        if (!isBlockingConflict(c))
            QVERIFY(fixesForConflict(estate, plan, schedule, c).isEmpty());
}

void tst_SmallestFix::fixesAreJson()
{
    Fix fix;
    fix.kind = QString::fromLatin1(fixkind::longerWindow);
    fix.description = QStringLiteral("Make sat longer");
    fix.scheduledIn = QStringLiteral("sat-20270109");
    const QJsonArray json = fixesToJson({fix});
    QCOMPARE(json.size(), 1);
    QCOMPARE(json[0][QStringLiteral("kind")].toString(), QStringLiteral("longer-window"));
    QCOMPARE(json[0][QStringLiteral("description")].toString(), fix.description);
    QCOMPARE(json[0][QStringLiteral("scheduledIn")].toString(), fix.scheduledIn);
}

QTEST_GUILESS_MAIN(tst_SmallestFix)
#include "tst_smallestfix.moc"
