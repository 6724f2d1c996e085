// SPDX-License-Identifier: GPL-3.0-or-later
// plan.json: the same estate gives the same bytes (across runs, file kinds and machines: a
// golden file), canonical JSON without floats, and what a review needs is in it.
#include "exchange/EstateJson.h"
#include "plandoc/PlanDocument.h"
#include "signing/CanonicalJson.h"
#include "storage/EstateFile.h"
#include "storage/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;

namespace {

QString sample()
{
    return QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json");
}

QString threeWaves()
{
    return QStringLiteral(UPLAN_SOURCE_DIR "/tests/schedule/data/three-waves.json");
}

Estate load(const QString &path)
{
    Expected<Estate> estate = loadEstateFile(path);
    if (!estate)
        qFatal("%s", qPrintable(estate.error().text()));
    return *estate;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every number in a JSON value, with its path, that is not an integer.
void collectFloats(const QJsonValue &value, const QString &path, QStringList *found)
{
    if (value.isDouble() && value.toDouble() != double(value.toInteger()))
        found->append(path);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectFloats(array[i], path + QStringLiteral("[%1]").arg(i), found);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectFloats(it.value(), path + u'.' + it.key(), found);
    }
}

} // namespace

class TestPlanDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameEstateSameBytes();
    void matchesTheGoldenFile();
    void projectFileGivesTheSamePlan();
    void canonicalWithoutFloats();
    void holdsWhatTheReviewNeeds();
    void estateHashIgnoresHandPlacedBoxes();
    void readinessSaysWhatIsMissing();
    void changeRecordsAreInThePlan();
};

void TestPlanDocument::sameEstateSameBytes()
{
    const Estate estate = load(sample());
    const PlanDocument first = buildPlanDocument(estate);
    const PlanDocument second = buildPlanDocument(load(sample()));
    QVERIFY(!first.bytes.isEmpty());
    QCOMPARE(first.bytes, second.bytes);
    QCOMPARE(first.sha256, sha256Hex(first.bytes));
    QCOMPARE(first.sha256.size(), 64);
}

// The bytes of a small plan, fixed in a file: a machine whose time zone, locale or fonts
// changed the plan would fail here. After a deliberate change of the plan's content, rewrite
// the file with UPLAN_WRITE_GOLDEN=1 and review the diff.
void TestPlanDocument::matchesTheGoldenFile()
{
    const PlanDocument doc = buildPlanDocument(load(threeWaves()));
    const QString golden = QStringLiteral(UPLAN_SOURCE_DIR
                                          "/tests/plandoc/data/three-waves.plan.json");
    if (qEnvironmentVariableIsSet("UPLAN_WRITE_GOLDEN")) {
        QFile file(golden);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(doc.bytes);
    }
    const QByteArray expected = readFile(golden);
    QVERIFY2(!expected.isEmpty(), qPrintable(golden));
    QCOMPARE(doc.bytes, expected);
}

void TestPlanDocument::projectFileGivesTheSamePlan()
{
    const Estate estate = load(sample());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bank.uplan"));
    QVERIFY(saveProject(path, estate));
    const PlanDocument fromProject = buildPlanDocument(load(path));
    QCOMPARE(fromProject.bytes, buildPlanDocument(estate).bytes);
}

void TestPlanDocument::canonicalWithoutFloats()
{
    const PlanDocument doc = buildPlanDocument(load(sample()));
    QVERIFY(isCanonicalJson(doc.bytes));
    QStringList floats;
    collectFloats(QJsonDocument::fromJson(doc.bytes).object(), QStringLiteral("$"), &floats);
    QVERIFY2(floats.isEmpty(), qPrintable(floats.join(QStringLiteral(", "))));
    QVERIFY(!doc.bytes.contains('\n') || doc.bytes.count('\n') == doc.bytes.count("\\n"));
}

void TestPlanDocument::holdsWhatTheReviewNeeds()
{
    const Estate estate = load(sample());
    const PlanDocument doc = buildPlanDocument(estate);
    const QJsonObject plan = QJsonDocument::fromJson(doc.bytes).object();
    QCOMPARE(plan.value(QLatin1String("format")).toString(),
             QStringLiteral("upgrade-planner-plan"));
    QCOMPARE(plan.value(QLatin1String("estateSha256")).toString(), estateSha256(estate));
    const QJsonObject generator = plan.value(QLatin1String("generator")).toObject();
    QCOMPARE(generator.value(QLatin1String("version")).toString(), programVersion());
    QVERIFY(
        QDate::fromString(generator.value(QLatin1String("lifecycleData")).toString(), Qt::ISODate)
            .isValid());
    const QJsonObject project = plan.value(QLatin1String("project")).toObject();
    QCOMPARE(project.value(QLatin1String("name")).toString(), estate.project.name);
    QCOMPARE(project.value(QLatin1String("purpose")).toString(), estate.project.purpose);
    QCOMPARE(project.value(QLatin1String("reason")).toString(), estate.project.reason);
    QCOMPARE(project.value(QLatin1String("urgency")).toString(), estate.project.urgency);

    // Every component with a target moves, old -> new.
    int withTarget = 0;
    for (const Component &c : estate.components())
        withTarget += c.hasUpgrade();
    const QJsonArray moves = plan.value(QLatin1String("moves")).toArray();
    QCOMPARE(moves.size(), withTarget);
    for (const QJsonValue &m : moves) {
        const Component *c = estate.find(m[QLatin1String("component")].toString());
        QVERIFY(c);
        QCOMPARE(m[QLatin1String("from")].toString(), c->version.text());
        QCOMPARE(m[QLatin1String("to")].toString(), c->target->text());
    }
    // Waves and steps, the schedule with points of no return and rollback reserves, downtime.
    QVERIFY(!plan[QLatin1String("order")][QLatin1String("waves")].toArray().isEmpty());
    const QJsonObject schedule = plan.value(QLatin1String("schedule")).toObject();
    const QJsonArray steps = schedule.value(QLatin1String("steps")).toArray();
    QVERIFY(!steps.isEmpty());
    for (const QJsonValue &s : steps) {
        QVERIFY(!s[QLatin1String("pointOfNoReturn")].toString().isEmpty());
        QVERIFY(s[QLatin1String("rollbackMinutes")].toInt() > 0);
    }
    QCOMPARE(schedule.value(QLatin1String("downtime")).toArray().size(), estate.processes.size());
    QCOMPARE(plan.value(QLatin1String("conflicts")).toArray().size(), doc.conflicts.size());
    QCOMPARE(plan.value(QLatin1String("waivers")).toArray().size(), estate.waivers.size());
    QVERIFY(plan.value(QLatin1String("decision")).toString().startsWith(QLatin1String("Approve")));
}

void TestPlanDocument::estateHashIgnoresHandPlacedBoxes()
{
    Estate estate = load(threeWaves());
    const QString before = estateSha256(estate);
    estate.manualPositions.insert(QStringLiteral("pg"), QPoint(120, 40));
    QCOMPARE(estateSha256(estate), before);
    Component c = estate.component(0);
    c.target = *Version::parse(QStringLiteral("9.5"));
    estate.replaceComponent(0, c);
    QVERIFY(estateSha256(estate) != before);
}

void TestPlanDocument::readinessSaysWhatIsMissing()
{
    Estate estate = load(threeWaves());
    QVERIFY(buildPlanDocument(estate).isReady());
    estate.windows.clear(); // nowhere to run: nothing can be scheduled
    const PlanDocument doc = buildPlanDocument(estate);
    QVERIFY(!doc.isReady());
    bool scheduled = true;
    for (const ReadinessCheck &check : doc.readiness)
        if (check.id == QLatin1String("scheduled"))
            scheduled = check.ok;
    QVERIFY(!scheduled);
    QCOMPARE(QJsonDocument::fromJson(doc.bytes)[QLatin1String("summary")][QLatin1String("ready")]
                 .toBool(),
             false);
}

// The signed plan carries the controlled change: its analysis and the records themselves; a
// plan without the records is not ready, and the board question says what is missing.
void TestPlanDocument::changeRecordsAreInThePlan()
{
    const Estate estate = load(threeWaves());
    const PlanDocument doc = buildPlanDocument(estate);
    QVERIFY(doc.isReady());
    const QJsonObject change = QJsonDocument::fromJson(doc.bytes)[QLatin1String("change")].toObject();
    QCOMPARE(change[QLatin1String("readiness")][QLatin1String("ready")].toBool(), true);
    const QJsonObject records = change[QLatin1String("records")].toObject();
    QCOMPARE(records[QLatin1String("rollbacks")].toArray().size(), 3);
    QCOMPARE(records[QLatin1String("acceptance")].toArray().size(), 3);
    QCOMPARE(records[QLatin1String("executed")].toArray().size(), 0);
    QCOMPARE(records[QLatin1String("rollbacks")][1][QLatin1String("restores")].toString(),
             QStringLiteral("the pg_basebackup taken before the step"));
    int used = 0;
    for (const WindowOccurrence &w : doc.schedule.windows)
        used += w.isUsed() ? 1 : 0;
    QVERIFY(used > 0);
    QCOMPARE(change[QLatin1String("messages")].toArray().size(), 2 * used);
    QVERIFY(!change[QLatin1String("messages")][0][QLatin1String("subject")].toString().contains(
        QLatin1Char('{')));
    QCOMPARE(change[QLatin1String("risk")][QLatin1String("score")].toInt(), doc.risk.score);
    QVERIFY(doc.risk.score > 0);
    QCOMPARE(change[QLatin1String("impact")][QLatin1String("processes")][0]
                   [QLatin1String("process")]
                       .toString(),
             QStringLiteral("ledger"));
    QJsonObject pg;
    for (const QJsonValue &m : QJsonDocument::fromJson(doc.bytes)[QLatin1String("moves")].toArray())
        if (m[QLatin1String("component")].toString() == QLatin1String("pg"))
            pg = m.toObject();
    QCOMPARE(pg[QLatin1String("backup")][QLatin1String("location")].toString(),
             QStringLiteral("pgBackRest repository"));
    QCOMPARE(pg[QLatin1String("backup")][QLatin1String("retentionDays")].toInt(), 35);

    Estate bare = estate;
    bare.records = ChangeRecords();
    const PlanDocument without = buildPlanDocument(bare);
    QVERIFY(!without.isReady());
    const ReadinessCheck *question = nullptr;
    for (const ReadinessCheck &check : without.readiness)
        if (check.id == QLatin1String("records"))
            question = &check;
    QVERIFY(question);
    QVERIFY(!question->ok);
    QVERIFY2(question->detail.contains(QStringLiteral("rollback plan")),
             qPrintable(question->detail));
    const QJsonObject bareChange = QJsonDocument::fromJson(without.bytes)[QLatin1String("change")]
                                       .toObject();
    QCOMPARE(bareChange[QLatin1String("readiness")][QLatin1String("count")].toInt(),
             int(without.changeReadiness.items.size()));
    QVERIFY(without.changeReadiness.items.size() >= 12); // rollback, checks, monitoring... x 3
}

QTEST_GUILESS_MAIN(TestPlanDocument)
#include "tst_plandocument.moc"
