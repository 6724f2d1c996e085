// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of docs/limits.md: what is refused, with which message, before it costs memory or
// hangs, and the big but plausible shapes that must work.
#include "compat/Compatibility.h"
#include "exchange/EstateJson.h"
#include "exchange/InputFile.h"
#include "inventory/Estate.h"
#include "plandoc/PlanDiff.h"
#include "planning/UpgradeOrdering.h"
#include "signing/PlanVerification.h"
#include "storage/EstateFile.h"
#include "versions/Version.h"
#include "versions/VersionRange.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace planner;

namespace {

QByteArray estateJson(const QByteArray &components, const QByteArray &dependencies = "[]",
                      const QByteArray &catalog = "[]")
{
    return R"({"format": "upgrade-planner-estate", "formatVersion": 1, "components": )" + components
           + R"(, "dependencies": )" + dependencies + R"(, "catalog": )" + catalog + "}";
}

QByteArray component(const QByteArray &id, const QByteArray &product, const QByteArray &version,
                     const QByteArray &target = {})
{
    QByteArray c = R"({"id": ")" + id + R"(", "kind": "application", "product": ")" + product
                   + R"(", "version": ")" + version + '"';
    if (!target.isEmpty())
        c += R"(, "target": ")" + target + '"';
    return c + '}';
}

// Releases 1.0 ... 1.(count-1) of one product, as a JSON array of strings.
QByteArray releases(int count)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i)
        out += (i ? ",\"1." : "\"1.") + QByteArray::number(i) + '"';
    return out + ']';
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace

class tst_Limits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionTextIsBounded();
    void rangeTextIsBounded();
    void longVersionInEstateNamesItsPlace();
    void nonRegularFilesAreRefused();
    void filesOverTheSizeLimitAreRefused();
    void componentCountIsBounded();
    void cycleThroughTenThousandComponents();
    void hundredThousandReleasesOfOneProduct();
    void planStepsAreBounded();
};

void tst_Limits::versionTextIsBounded()
{
    QString error;
    QVERIFY(Version::parse(QStringLiteral("1.").repeated(Version::maxLength / 2), &error));
    const QString tooLong = QStringLiteral("1.").repeated(50000);
    QVERIFY(!Version::parse(tooLong, &error));
    QVERIFY2(error.contains(u"100000 characters long, more than the 256 a version may have"),
             qPrintable(error));
    QVERIFY2(error.size() < 200, "the message quotes the start, not the whole text");
}

void tst_Limits::rangeTextIsBounded()
{
    QString error;
    const QString atLimit = (QStringLiteral(">=1.0 ").repeated(VersionRange::maxLength / 6))
                                .trimmed();
    QVERIFY2(VersionRange::parse(atLimit, &error), qPrintable(error));
    const QString tooLong = QStringLiteral(">=1.0 ").repeated(20000);
    QVERIFY(!VersionRange::parse(tooLong, &error));
    QVERIFY2(error.contains(u"more than the 1024 a version range may have"), qPrintable(error));
    QVERIFY(error.size() < 200);
}

void tst_Limits::longVersionInEstateNamesItsPlace()
{
    const QByteArray json = estateJson('[' + component("a", "app", QByteArray(100000, '7')) + ']');
    const Expected<Estate> estate = readEstateJson(json);
    QVERIFY(!estate);
    QCOMPARE(estate.error().where, QStringLiteral("components[0].version"));
    QVERIFY(estate.error().what.contains(u"more than the 256"));
}

void tst_Limits::nonRegularFilesAreRefused()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("plan.json"));
    QVERIFY(makeFifo(fifo));
    const QString expected = QStringLiteral("not a regular file");
    // Each would block on opening the pipe, or never end reading a device, without the check.
    for (const QString &path : {fifo, QStringLiteral("/dev/zero")}) {
        const Expected<Imported> imported = importEstateFile(path);
        QVERIFY(!imported);
        QVERIFY2(imported.error().text().startsWith(path + QStringLiteral(": ") + expected),
                 qPrintable(imported.error().text()));
        QCOMPARE(detectFileKind(path), FileKind::Unknown);
        const VerificationReport report = verifyPlan(path, {});
        QVERIFY2(report.planProblem.contains(expected), qPrintable(report.planProblem));
        QVERIFY(report.planSha256.isEmpty());
        const Expected<QJsonObject> plan = readPlanJson(path);
        QVERIFY(!plan);
        QVERIFY(plan.error().text().contains(expected));
        QVERIFY(!readInputFile(path));
    }
    const Expected<QByteArray> folder = readInputFile(dir.path());
    QVERIFY(!folder);
    QVERIFY(folder.error().what.contains(u"folder"));
}

void tst_Limits::filesOverTheSizeLimitAreRefused()
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small.json"));
    {
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100, ' '));
    }
    QVERIFY(readInputFile(small, 100));
    const Expected<QByteArray> over = readInputFile(small, 99);
    QVERIFY(!over);
    QCOMPARE(over.error().where, small);
    QVERIFY2(over.error().what.contains(u"the file is 100 bytes, more than the 99 bytes"),
             qPrintable(over.error().what));

    // At the real limit: a sparse file, no disk used. It starts like an estate JSON file.
    const QString big = dir.filePath(QStringLiteral("big.json"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "upgrade-planner-estate")");
        QVERIFY(f.resize(limits::maxInputFileBytes + 1));
    }
    const Expected<Imported> imported = importEstateFile(big);
    QVERIFY(!imported);
    QVERIFY2(imported.error().text().contains(
                 u"the file is 1073741825 bytes, more than the 1073741824 bytes (1 GB)"),
             qPrintable(imported.error().text()));
    const VerificationReport report = verifyPlan(big, {});
    QVERIFY2(report.planProblem.contains(u"more than the 1073741824 bytes"),
             qPrintable(report.planProblem));
    QVERIFY(!readPlanJson(big));
}

void tst_Limits::componentCountIsBounded()
{
    const Expected<Done> over = checkEstateSize(QStringLiteral("e.json"), limits::maxComponents + 1,
                                                0);
    QVERIFY(!over);
    QCOMPARE(over.error().text(), QStringLiteral("e.json: 2000001 components, more than the "
                                                 "2000000 an estate may hold (docs/limits.md)"));
    QVERIFY(!checkEstateSize({}, 0, limits::maxDependencies + 1));
    QVERIFY(checkEstateSize({}, limits::maxComponents, limits::maxDependencies));

    // The JSON reader refuses the array before it reads a component of it.
    QByteArray many = "[{}";
    many.reserve(3 * limits::maxComponents + 8);
    for (int i = 0; i < limits::maxComponents; ++i)
        many += ",{}";
    many += ']';
    const Expected<Estate> estate = readEstateJson(estateJson(many));
    QVERIFY(!estate);
    QCOMPARE(estate.error().where, QStringLiteral("components"));
    QVERIFY2(estate.error().what.contains(u"2000001 components"), qPrintable(estate.error().what));
}

void tst_Limits::cycleThroughTenThousandComponents()
{
    const int n = 10000;
    QByteArray components = "[";
    QByteArray dependencies = "[";
    for (int i = 0; i < n; ++i) {
        const QByteArray id = 'c' + QByteArray::number(i);
        components += (i ? "," : "") + component(id, "app", "1.0", "2.0");
        dependencies += (i ? R"(,{"from": ")" : R"({"from": ")") + id + R"(", "to": "c)"
                        + QByteArray::number((i + 1) % n) + R"(", "requires": ">=1.0"})";
    }
    const Expected<Estate> estate = readEstateJson(estateJson(components + ']', dependencies + ']'));
    QVERIFY2(estate, qPrintable(estate ? QString() : estate.error().text()));

    const QList<Conflict> conflicts = checkCompatibility(*estate);
    const auto cycle = std::find_if(conflicts.cbegin(), conflicts.cend(), [](const Conflict &c) {
        return c.type == QLatin1String("dependency-cycle");
    });
    QVERIFY(cycle != conflicts.cend());
    QCOMPARE(cycle->components.size(), n);

    const UpgradePlan plan = orderUpgrade(*estate);
    QVERIFY(plan.isComplete());
    QCOMPARE(plan.steps.size(), n);
}

void tst_Limits::hundredThousandReleasesOfOneProduct()
{
    // pg climbs a 100,000-release ladder; app 1.x needs pg below 1.50000 and 2.x needs pg at
    // 1.49995 or later: pg stops on a stepping stone found in the ladder, app moves, pg ends.
    const int n = 100000;
    const QByteArray catalog = R"([{"product": "pg", "releases": )" + releases(n)
                               + R"(}, {"product": "app", "releases": ["1.0", "2.0"]},
        {"product": "app", "when": "1.x", "requires": {"pg": "<1.50000"}},
        {"product": "app", "when": "2.x", "requires": {"pg": ">=1.49995"}}])";
    const QByteArray components = '[' + component("db", "pg", "1.0", "1.99999") + ','
                                  + component("app", "app", "1.0", "2.0") + ']';
    const Expected<Estate> estate = readEstateJson(
        estateJson(components, R"([{"from": "app", "to": "db"}])", catalog));
    QVERIFY2(estate, qPrintable(estate ? QString() : estate.error().text()));
    QVERIFY(!hasBlockingConflict(checkCompatibility(*estate)));
    const UpgradePlan plan = orderUpgrade(*estate);
    QVERIFY(plan.isComplete());
    QCOMPARE(plan.steps.size(), 3);
    QCOMPARE(plan.steps[0].to.text(), QStringLiteral("1.49999"));
    QVERIFY(plan.steps[0].steppingStone);
}

void tst_Limits::planStepsAreBounded()
{
    // Every release a required stop: each upgrade passes 1,999 stops, 2,000 steps.
    const QByteArray catalog = R"([{"product": "pg", "releases": )" + releases(2001)
                               + R"(, "stops": )" + releases(2001) + "}]";
    const QByteArray components = '[' + component("a", "pg", "1.0", "1.2000") + ','
                                  + component("b", "pg", "1.0", "1.2000") + ']';
    const Expected<Estate> estate = readEstateJson(estateJson(components, "[]", catalog));
    QVERIFY(estate);
    QCOMPARE(orderUpgrade(*estate, 4000).steps.size(), 4000);

    const UpgradePlan plan = orderUpgrade(*estate, 3000);
    QCOMPARE(plan.steps.size(), 2000);
    QCOMPARE(plan.blocked.size(), 1);
    QCOMPARE(plan.blocked[0].component, QStringLiteral("b"));
    QCOMPARE(plan.blocked[0].reason,
             QStringLiteral("the plan would hold more than 3000 steps, the most it may "
                            "(docs/limits.md): this upgrade takes 2000 (one per required stop "
                            "it passes), the upgrades before it the rest"));
    QCOMPARE(maxPlanSteps, qsizetype(5'000'000));
}

QTEST_GUILESS_MAIN(tst_Limits)
#include "tst_limits.moc"
