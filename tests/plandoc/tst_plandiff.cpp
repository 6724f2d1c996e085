// SPDX-License-Identifier: GPL-3.0-or-later
// What a board re-approves: the changes between two versions of a plan, each named by kind.
#include "plandoc/PlanDiff.h"
#include "plandoc/PlanDocument.h"
#include "storage/EstateFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

Estate threeWaves()
{
    Expected<Estate> estate = loadEstateFile(
        QStringLiteral(UPLAN_SOURCE_DIR "/tests/schedule/data/three-waves.json"));
    if (!estate)
        qFatal("%s", qPrintable(estate.error().text()));
    return *estate;
}

QJsonObject planOf(const Estate &estate)
{
    return QJsonDocument::fromJson(buildPlanDocument(estate).bytes).object();
}

QStringList kinds(const QList<PlanChange> &changes)
{
    QStringList out;
    for (const PlanChange &c : changes)
        out.append(c.kind + u':' + c.subject);
    return out;
}

int componentRow(const Estate &estate, const char *id)
{
    return estate.indexOf(QString::fromLatin1(id));
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samePlanNoChanges();
    void versionChangeMovesAndRetimesSteps();
    void longerStepIsADurationChange();
    void cancelledWindowMovesSteps();
    void droppedTargetRemovesTheMoveAndItsStep();
    void waiversAndConflicts();
    void projectFields();
    void readPlanJsonNamesTheProblem();
};

void TestPlanDiff::samePlanNoChanges()
{
    QVERIFY(diffPlans(planOf(threeWaves()), planOf(threeWaves())).isEmpty());
}

void TestPlanDiff::versionChangeMovesAndRetimesSteps()
{
    Estate revised = threeWaves();
    Component pg = revised.component(componentRow(revised, "pg"));
    pg.target = *Version::parse(QStringLiteral("15.8"));
    revised.replaceComponent(componentRow(revised, "pg"), pg);
    const QList<PlanChange> changes = diffPlans(planOf(threeWaves()), planOf(revised));
    const QStringList k = kinds(changes);
    QVERIFY2(k.contains(QStringLiteral("version-changed:pg")), qPrintable(k.join(u' ')));
    QVERIFY(k.contains(QStringLiteral("step-removed:pg")));
    QVERIFY(k.contains(QStringLiteral("step-added:pg")));
    for (const PlanChange &c : changes)
        if (c.kind == QLatin1String("version-changed")) {
            QVERIFY(c.before.endsWith(QLatin1String("16.6")));
            QVERIFY(c.after.endsWith(QLatin1String("15.8")));
            QVERIFY(c.text.contains(QLatin1String("pg")));
        }
}

void TestPlanDiff::longerStepIsADurationChange()
{
    Estate revised = threeWaves();
    const int row = componentRow(revised, "app");
    Component app = revised.component(row);
    app.durations[Phase::Execute] = 50;
    revised.replaceComponent(row, app);
    const QStringList k = kinds(diffPlans(planOf(threeWaves()), planOf(revised)));
    QVERIFY2(k.contains(QStringLiteral("step-duration:app")), qPrintable(k.join(u' ')));
    QVERIFY(!k.contains(QStringLiteral("step-added:app")));
    QVERIFY(k.contains(QStringLiteral("finish-changed:finish"))); // app is the last step
}

void TestPlanDiff::cancelledWindowMovesSteps()
{
    // The first Saturday is frozen: every step moves a week on.
    Estate revised = threeWaves();
    revised.freezes.append({{QDate(2027, 1, 9), QDate(2027, 1, 10)}, QStringLiteral("Audit")});
    const QList<PlanChange> changes = diffPlans(planOf(threeWaves()), planOf(revised));
    const QStringList k = kinds(changes);
    QVERIFY2(k.contains(QStringLiteral("step-moved:rhel")), qPrintable(k.join(u' ')));
    for (const PlanChange &c : changes)
        if (c.kind == QLatin1String("step-moved") && c.subject == QLatin1String("rhel")) {
            QVERIFY(c.before.contains(QLatin1String("sat-night-20270109")));
            QVERIFY(!c.after.contains(QLatin1String("20270109")));
        }
}

void TestPlanDiff::droppedTargetRemovesTheMoveAndItsStep()
{
    Estate revised = threeWaves();
    const int row = componentRow(revised, "app");
    Component app = revised.component(row);
    app.target.reset();
    revised.replaceComponent(row, app);
    const QStringList k = kinds(diffPlans(planOf(threeWaves()), planOf(revised)));
    QVERIFY(k.contains(QStringLiteral("move-removed:app")));
    QVERIFY(k.contains(QStringLiteral("step-removed:app")));
    // And back: the reverse diff adds them.
    const QStringList back = kinds(diffPlans(planOf(revised), planOf(threeWaves())));
    QVERIFY(back.contains(QStringLiteral("move-added:app")));
    QVERIFY(back.contains(QStringLiteral("step-added:app")));
}

void TestPlanDiff::waiversAndConflicts()
{
    Estate revised = threeWaves();
    // No window at all: the steps become unscheduled, with window-too-short conflicts.
    revised.windows.clear();
    QList<PlanChange> changes = diffPlans(planOf(threeWaves()), planOf(revised));
    QStringList k = kinds(changes);
    bool conflictAdded = false;
    for (const QString &kind : k)
        conflictAdded |= kind.startsWith(QLatin1String("conflict-added:window-too-short"));
    QVERIFY2(conflictAdded, qPrintable(k.join(u' ')));
    QVERIFY(k.contains(QStringLiteral("step-moved:pg")));

    Estate waived = threeWaves();
    waived.waivers.append({QStringLiteral("end-of-support:current:rhel"),
                           QStringLiteral("extended support contract"), QDate(2027, 6, 30),
                           QString()});
    changes = diffPlans(planOf(threeWaves()), planOf(waived));
    k = kinds(changes);
    QVERIFY(k.contains(QStringLiteral("waiver-added:end-of-support:current:rhel")));
    Estate changed = waived;
    changed.waivers[0].expires = QDate(2027, 3, 31);
    k = kinds(diffPlans(planOf(waived), planOf(changed)));
    QVERIFY(k.contains(QStringLiteral("waiver-changed:end-of-support:current:rhel")));
    k = kinds(diffPlans(planOf(waived), planOf(threeWaves())));
    QVERIFY(k.contains(QStringLiteral("waiver-removed:end-of-support:current:rhel")));
}

void TestPlanDiff::projectFields()
{
    Estate revised = threeWaves();
    revised.project.purpose = QStringLiteral("Before the audit");
    const QList<PlanChange> changes = diffPlans(planOf(threeWaves()), planOf(revised));
    QCOMPARE(kinds(changes), QStringList{QStringLiteral("project-changed:purpose")});
    QCOMPARE(changes[0].after, QStringLiteral("Before the audit"));

    // The restore-test limit is in the plan only when it is not the default; leaving the
    // default is still a change, from 180.
    Estate stricter = threeWaves();
    stricter.project.restoreTestMaxDays = 30;
    const QJsonObject strict = planOf(stricter);
    QVERIFY(!planOf(threeWaves())[u"project"].toObject().contains(u"restoreTestMaxDays"));
    QCOMPARE(strict[u"project"][u"restoreTestMaxDays"].toInt(), 30);
    const QList<PlanChange> limit = diffPlans(planOf(threeWaves()), strict);
    QVERIFY(kinds(limit).contains(QStringLiteral("project-changed:restoreTestMaxDays")));
    for (const PlanChange &c : limit)
        if (c.subject == u"restoreTestMaxDays") {
            QCOMPARE(c.before, QStringLiteral("180"));
            QCOMPARE(c.after, QStringLiteral("30"));
        }
}

void TestPlanDiff::readPlanJsonNamesTheProblem()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"upgrade-planner-plan\",\n \"formatVersion\": 1,\n oops}");
    file.close();
    Expected<QJsonObject> read = readPlanJson(broken);
    QVERIFY(!read);
    QVERIFY(read.error().text().contains(broken));
    QVERIFY(read.error().text().contains(QLatin1String("line 3")));

    const QString estate = dir.filePath(QStringLiteral("estate.json"));
    QVERIFY(QFile::copy(QStringLiteral(UPLAN_SOURCE_DIR "/tests/schedule/data/three-waves.json"),
                        estate));
    read = readPlanJson(estate);
    QVERIFY(!read);
    QVERIFY(read.error().text().contains(QLatin1String("not an Upgrade Planner plan")));
    QVERIFY(!readPlanJson(dir.filePath(QStringLiteral("missing.json"))));
}

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
