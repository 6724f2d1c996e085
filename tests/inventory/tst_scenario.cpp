// SPDX-License-Identifier: GPL-3.0-or-later
// Scenarios (issue 17): changes on top of the baseline, applied, derived from an edited copy,
// and kept by the interchange JSON and the project file.
#include "../changes/ChangeFixtures.h"

#include "changes/ScenarioComparison.h"
#include "exchange/EstateJson.h"
#include "generator/EstateGenerator.h"
#include "inventory/Scenario.h"
#include "storage/ProjectFile.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace planner;
using namespace planner::testing;

namespace {

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

StaffMember person(const QString &name, const QStringList &roles)
{
    StaffMember s;
    s.name = name;
    s.roles = roles;
    return s;
}

/// The bank of ChangeFixtures.h with staff, a pin and a waiver to change.
Estate bank()
{
    Estate e = bankEstate();
    e.staff = {person(QStringLiteral("A. Rivera"), {QStringLiteral("dba")}),
               person(QStringLiteral("B. Okafor"), {QStringLiteral("network")})};
    e.pins = {OrderPin{QStringLiteral("web"), 3, QString()}};
    e.waivers = {Waiver{QStringLiteral("eol:current:db"), QStringLiteral("known"), {}, {}}};
    return e;
}

/// Saturday's window a week later: the first Saturday is cancelled.
Scenario firstSaturdayCancelled()
{
    Scenario s;
    s.name = QStringLiteral("first-saturday-cancelled");
    s.description = QStringLiteral("The change freeze of the bank's year end reaches 9 January");
    s.windows.set = {window(QStringLiteral("sat"), QStringLiteral("2027-01-16T22:00"),
                            QStringLiteral("2027-01-17T06:00"), 3)};
    return s;
}

} // namespace

class tst_Scenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyChangesComponents()
    {
        const Estate base = bank();
        Scenario s;
        s.name = QStringLiteral("db-later");
        ComponentChange db;
        db.component = QStringLiteral("db");
        db.setsTarget = true;
        db.target = v("3.0");
        db.durations[Phase::Execute] = 90;
        db.roles = QStringList{QStringLiteral("dba")};
        ComponentChange web;
        web.component = QStringLiteral("web");
        web.setsTarget = true; // without a target: web stays where it is
        s.components = {db, web};

        QStringList warnings;
        const Estate applied = applyScenario(base, s, &warnings);
        QVERIFY(warnings.isEmpty());
        const Component *d = applied.find(QStringLiteral("db"));
        QCOMPARE(d->target->text(), QStringLiteral("3.0"));
        QCOMPARE(*d->durations[Phase::Execute], 90);
        QCOMPARE(*d->durations[Phase::Prepare], 10); // phases it does not set are the baseline's
        QCOMPARE(d->roles, QStringList{QStringLiteral("dba")});
        QVERIFY(!applied.find(QStringLiteral("web"))->target);
        QVERIFY(!applied.find(QStringLiteral("web"))->hasUpgrade());
        QCOMPARE(*applied.find(QStringLiteral("app")), *base.find(QStringLiteral("app")));
        QVERIFY(applied.scenarios.isEmpty());
        QCOMPARE(s.changeCount(), 2);
    }

    void applyChangesSectionsByKey()
    {
        Estate base = bank();
        base.windows.append(window(QStringLiteral("sun"), QStringLiteral("2027-01-10T08:00"),
                                   QStringLiteral("2027-01-10T12:00"), 4));
        Scenario s;
        s.name = QStringLiteral("sections");
        s.windows.set = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T20:00"),
                                QStringLiteral("2027-01-10T06:00"), 4, 2),
                         window(QStringLiteral("wed"), QStringLiteral("2027-01-13T22:00"),
                                QStringLiteral("2027-01-14T02:00"), 2)};
        s.windows.removed = {QStringLiteral("sun")};
        s.staff.set = {person(QStringLiteral("B. Okafor"), {QStringLiteral("dba")}),
                       person(QStringLiteral("C. Wagner"), {QStringLiteral("app")})};
        s.staff.removed = {QStringLiteral("A. Rivera")};
        s.pins.removed = {QStringLiteral("web")};
        s.pins.set = {OrderPin{QStringLiteral("db"), 2, QString()}};
        s.waivers.set = {Waiver{QStringLiteral("eol:current:db"), QStringLiteral("board said so"),
                                QDate(2027, 6, 30), QStringLiteral("CAB")}};

        const Estate applied = applyScenario(base, s);
        // Replaced in place, added at the end, removed.
        QCOMPARE(applied.windows.size(), 2);
        QCOMPARE(applied.windows[0].id, QStringLiteral("sat"));
        QCOMPARE(applied.windows[0].parallel, 2);
        QCOMPARE(applied.windows[0].start, wall(QStringLiteral("2027-01-09T20:00")));
        QCOMPARE(applied.windows[1].id, QStringLiteral("wed"));
        QCOMPARE(applied.staff.size(), 2);
        QCOMPARE(applied.staff[0].name, QStringLiteral("B. Okafor"));
        QCOMPARE(applied.staff[0].roles, QStringList{QStringLiteral("dba")});
        QCOMPARE(applied.staff[1].name, QStringLiteral("C. Wagner"));
        QCOMPARE(applied.pins.size(), 1);
        QCOMPARE(applied.pins[0].component, QStringLiteral("db"));
        QCOMPARE(applied.waivers.size(), 1);
        QCOMPARE(applied.waivers[0].reason, QStringLiteral("board said so"));
        // The baseline is untouched.
        QCOMPARE(base.windows.size(), 2);
        QCOMPARE(base.windows[0].parallel, 1);
    }

    // A scenario keeps its changes when the baseline loses what they name: skipped, and said.
    void changesToWhatIsGoneAreSkippedAndSaid()
    {
        Estate base = bank();
        Scenario s;
        s.name = QStringLiteral("stale");
        ComponentChange gone;
        gone.component = QStringLiteral("mainframe");
        gone.setsTarget = true;
        gone.target = v("2.0");
        s.components = {gone};
        s.windows.removed = {QStringLiteral("thu")};
        QStringList warnings;
        const Estate applied = applyScenario(base, s, &warnings);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings[0].contains(QLatin1String("'mainframe'")), qPrintable(warnings[0]));
        QVERIFY2(warnings[0].contains(QLatin1String("scenario 'stale'")), qPrintable(warnings[0]));
        QVERIFY2(warnings[1].contains(QLatin1String("'thu'")), qPrintable(warnings[1]));
        base.scenarios.clear();
        QCOMPARE(applied, base);
    }

    // An edit made on a copy of the baseline becomes a scenario that gives the copy back:
    // random edits of a generated estate, in every part a scenario covers.
    void betweenThenApplyGivesTheVariant()
    {
        GeneratorOptions options;
        options.components = 200;
        options.seed = 17;
        const Estate base = generateEstate(options);
        QVERIFY(!base.windows.isEmpty());
        QRandomGenerator random(1701);
        for (int round = 0; round < 50; ++round) {
            Estate variant = base;
            const int edits = 1 + random.bounded(6);
            for (int e = 0; e < edits; ++e) {
                const int row = random.bounded(variant.componentCount());
                Component c = variant.component(row);
                switch (random.bounded(7)) {
                case 0:
                    c.target = random.bounded(2) ? std::optional<Version>(v("99.1")) : std::nullopt;
                    break;
                case 1:
                    c.durations[Phase(random.bounded(phaseCount))] = 1 + random.bounded(600);
                    break;
                case 2:
                    c.roles = QStringList{QStringLiteral("role-%1").arg(random.bounded(5))};
                    break;
                case 3:
                    if (!variant.windows.isEmpty()) {
                        const qsizetype w = random.bounded(int(variant.windows.size()));
                        if (random.bounded(2))
                            variant.windows.removeAt(w);
                        else
                            variant.windows[w].parallel += 1;
                    }
                    break;
                case 4:
                    variant.windows.append(window(QStringLiteral("extra-%1").arg(e),
                                                  QStringLiteral("2027-02-03T20:00"),
                                                  QStringLiteral("2027-02-04T04:00")));
                    break;
                case 5:
                    variant.staff.append(
                        person(QStringLiteral("Temp %1").arg(e), {QStringLiteral("dba")}));
                    break;
                default:
                    if (std::none_of(variant.pins.cbegin(), variant.pins.cend(),
                                     [&c](const OrderPin &p) { return p.component == c.id; }))
                        variant.pins.append(OrderPin{c.id, 1 + random.bounded(4), QString()});
                    variant.waivers.append(Waiver{QStringLiteral("x:%1").arg(e), {}, {}, {}});
                    break;
                }
                variant.replaceComponent(row, c);
            }
            QStringList outside;
            const Scenario s = scenarioBetween(base, variant, QStringLiteral("v"), &outside);
            QVERIFY2(outside.isEmpty(), qPrintable(outside.join(u'\n')));
            Estate applied = applyScenario(base, s);
            // Added items come at the end, as the edit put them.
            QCOMPARE(applied.windows.size(), variant.windows.size());
            for (const MaintenanceWindow &w : std::as_const(variant.windows))
                QVERIFY(applied.windows.contains(w));
            applied.windows = variant.windows;
            QCOMPARE(applied.staff, variant.staff);
            QCOMPARE(applied.pins, variant.pins);
            applied.scenarios = variant.scenarios;
            QCOMPARE(applied, variant);
        }
    }

    // The GUI edits a scenario as a whole estate: what a scenario cannot hold goes to the
    // baseline, what it can stays the scenario's.
    void editedVariantSplitsIntoBaseAndScenario()
    {
        const Estate baseline = bank();
        Estate variant = baseline;
        Component db = *variant.find(QStringLiteral("db"));
        db.target = v("17.1");
        db.durations[Phase::Execute] = 300;
        variant.replaceComponent(variant.indexOf(QStringLiteral("db")), db);
        Component added;
        added.id = QStringLiteral("cache");
        added.kind = ComponentKind::Database;
        added.version = v("7");
        added.target = v("8");
        QVERIFY(variant.appendComponent(added));
        variant.staff.append(person(QStringLiteral("C. Idowu"), {QStringLiteral("dba")}));
        variant.freezes.append(
            Freeze{DateRange{QDate(2027, 2, 1), QDate(2027, 2, 7)}, QStringLiteral("audit")});

        const Estate base = scenarioBase(baseline, variant);
        QCOMPARE(base.find(QStringLiteral("db"))->target,
                 baseline.find(QStringLiteral("db"))->target);
        QCOMPARE(base.find(QStringLiteral("db"))->durations,
                 baseline.find(QStringLiteral("db"))->durations);
        QVERIFY(base.find(QStringLiteral("cache"))); // shared by every scenario
        QCOMPARE(*base.find(QStringLiteral("cache"))->target, v("8"));
        QCOMPARE(base.freezes, variant.freezes);
        QCOMPARE(base.staff, baseline.staff);

        QStringList outside;
        const Scenario changes = scenarioBetween(base, variant, QStringLiteral("v"), &outside);
        QCOMPARE(outside, QStringList());
        QCOMPARE(changes.changeCount(), 2); // db, and the new person
        Estate again = applyScenario(base, changes);
        again.scenarios = variant.scenarios;
        QVERIFY(again == variant);
    }

    void outsideDifferencesAreNamed()
    {
        const Estate base = bank();
        Estate variant = base;
        Component app = variant.component(variant.indexOf(QStringLiteral("app")));
        app.version = v("1.5");
        variant.replaceComponent(variant.indexOf(QStringLiteral("app")), app);
        variant.appendComponent(component(QStringLiteral("cache"), 5, 5, 5, 5, 5));
        variant.freezes.append(Freeze{DateRange{QDate(2027, 1, 1), QDate(2027, 1, 2)}, {}});
        QStringList outside;
        const Scenario s = scenarioBetween(base, variant, QStringLiteral("x"), &outside);
        QVERIFY(s.isEmpty());
        QCOMPARE(outside.size(), 3);
        QVERIFY2(outside.join(u'\n').contains(QLatin1String("'app'")), qPrintable(outside[0]));
        QVERIFY(outside.join(u'\n').contains(QLatin1String("'cache' is new")));
        QVERIFY(outside.join(u'\n').contains(QLatin1String("freezes")));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // words in it; empty: accepted
        QTest::newRow("plain") << "saturday cancelled"
                               << "";
        QTest::newRow("empty") << ""
                               << "needs a name";
        QTest::newRow("blank") << "   "
                               << "needs a name";
        QTest::newRow("padded") << " x"
                                << "space";
        QTest::newRow("baseline") << "Baseline"
                                  << "the estate itself";
        QTest::newRow("taken, other case") << "DB-LATER"
                                           << "already a scenario called 'db-later'";
        QTest::newRow("tab") << "a\tb"
                             << "control characters";
        QTest::newRow("long") << QString(101, u'x') << "at most 100";
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        Scenario taken;
        taken.name = QStringLiteral("db-later");
        const QString said = scenarioNameProblem(name, {taken});
        if (problem.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        else
            QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void jsonRoundTrip()
    {
        Estate e = bank();
        Scenario s = firstSaturdayCancelled();
        ComponentChange db;
        db.component = QStringLiteral("db");
        db.setsTarget = true;
        db.durations[Phase::Verify] = 45;
        s.components = {db};
        s.staff.removed = {QStringLiteral("A. Rivera")};
        s.pins.set = {OrderPin{QStringLiteral("app"), 1, QStringLiteral("db")}};
        s.waivers.removed = {QStringLiteral("eol:current:db")};
        e.scenarios = {s, Scenario{QStringLiteral("empty"), {}, {}, {}, {}, {}, {}}};
        const QByteArray json = writeEstateJson(e);
        QVERIFY(json.contains("\"target\": null"));
        const Expected<Estate> read = readEstateJson(json);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().text()));
        QCOMPARE(read->scenarios, e.scenarios);
        QCOMPARE(*read, e);
        // One scenario alone, as the project file keeps it.
        const Expected<Scenario> one = readScenarioJson(writeScenarioJson(s));
        QVERIFY(one.ok());
        QCOMPARE(*one, s);
        // An estate without scenarios writes no member: its bytes are those of before.
        QVERIFY(!writeEstateJson(bank()).contains("scenarios"));
    }

    void jsonErrorsNameThePlace_data()
    {
        QTest::addColumn<QByteArray>("scenarios");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << QByteArray(R"([{"description": "x"}])")
                                 << "scenarios[0].name: missing";
        QTest::newRow("twice") << QByteArray(R"([{"name": "a"}, {"name": "A"}])")
                               << "scenarios[1].name: there is already a scenario called 'a'";
        QTest::newRow("baseline") << QByteArray(R"([{"name": "baseline"}])")
                                  << "scenarios[0].name: 'baseline' is the estate itself";
        QTest::newRow("component twice")
            << QByteArray(R"([{"name": "a", "components": [{"id": "db"}, {"id": "db"}]}])")
            << "scenarios[0].components[1].id: duplicate id 'db'";
        QTest::newRow("bad target")
            << QByteArray(R"([{"name": "a", "components": [{"id": "db", "target": ""}]}])")
            << "scenarios[0].components[0].target";
        QTest::newRow("window ends before it starts")
            << QByteArray(R"([{"name": "a", "windows": [{"id": "w", "start": "2027-01-09T22:00",)"
                          R"( "end": "2027-01-09T21:00"}]}])")
            << "scenarios[0].windows[0].end";
        QTest::newRow("window ids twice") << QByteArray(
            R"([{"name": "a", "windows": [)"
            R"({"id": "w", "start": "2027-01-09T22:00", "end": "2027-01-10T02:00"},)"
            R"({"id": "w", "start": "2027-01-10T22:00", "end": "2027-01-11T02:00"}]}])")
                                          << "scenarios[0].windows[1].id";
        QTest::newRow("duration negative") << QByteArray(
            R"([{"name": "a", "components": [{"id": "db", "durations": {"execute": -5}}]}])")
                                           << "scenarios[0].components[0].durations.execute";
        QTest::newRow("remove not a list")
            << QByteArray(R"([{"name": "a", "removeWindows": "sat"}])")
            << "scenarios[0].removeWindows";
    }

    void jsonErrorsNameThePlace()
    {
        QFETCH(QByteArray, scenarios);
        QFETCH(QString, error);
        QByteArray json = writeEstateJson(bank());
        json.chop(2); // "\n}"
        json += ",\n  \"scenarios\": " + scenarios + "\n}\n";
        const Expected<Estate> read = readEstateJson(json);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().text().startsWith(error) || read.error().text().contains(error),
                 qPrintable(read.error().text()));
    }

    void projectFileKeepsScenarios()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.uplan"));
        Estate e = bank();
        Scenario a = firstSaturdayCancelled();
        Scenario b;
        b.name = QStringLiteral("Zürich team away");
        b.staff.removed = {QStringLiteral("B. Okafor")};
        e.scenarios = {a, b};
        QVERIFY(saveProject(path, e).ok());
        const Expected<Estate> loaded = loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().text()));
        QCOMPARE(loaded->scenarios, e.scenarios);
        QCOMPARE(*loaded, e);
        // Saved again without them: none left behind.
        e.scenarios.clear();
        QVERIFY(saveProject(path, e).ok());
        QVERIFY(loadProject(path)->scenarios.isEmpty());
    }

    // The known answer of issue 17: with the first Saturday cancelled, every step runs a week
    // later, and the comparison says so step by step.
    void cancelledWindowPushesStepsAWeekLater()
    {
        Estate e = bank();
        e.scenarios = {firstSaturdayCancelled()};
        const ScenarioComparison c = compareScenarios(e,
                                                      {QStringLiteral("baseline"),
                                                       QStringLiteral("first-saturday-cancelled")});
        QCOMPARE(c.scenarios.size(), 2);
        const ScenarioFigures &before = c.scenarios[0];
        const ScenarioFigures &after = c.scenarios[1];
        QCOMPARE(before.name, QStringLiteral("baseline"));
        QCOMPARE(after.changes, 1);
        QCOMPARE(before.scheduled, 3);
        QCOMPARE(after.scheduled, 3);
        QCOMPARE(before.finish.date(), QDate(2027, 1, 10));
        QCOMPARE(before.finish.secsTo(after.finish), qint64(7 * 24 * 3600));
        QCOMPARE(c.moved.size(), 3);
        for (const MovedStep &m : c.moved) {
            QCOMPARE(m.scenario, QStringLiteral("first-saturday-cancelled"));
            QCOMPARE(m.minutesLater, qint64(7 * 24 * 60));
            QCOMPARE(m.before, QStringLiteral("sat-20270109"));
            QCOMPARE(m.after, QStringLiteral("sat-20270116"));
        }
        QCOMPARE(c.moved[0].component, QStringLiteral("db"));
        // The same downtime, a week later.
        QCOMPARE(after.downtime.size(), before.downtime.size());
        for (qsizetype i = 0; i < before.downtime.size(); ++i)
            QCOMPARE(after.downtime[i].minutes, before.downtime[i].minutes);
    }

    void cancelledWithNoWeekLeftLeavesStepsUnscheduled()
    {
        Estate e = bank();
        Scenario s;
        s.name = QStringLiteral("no-window");
        s.windows.removed = {QStringLiteral("sat")};
        e.scenarios = {s};
        const ScenarioComparison c = compareScenarios(e, {QStringLiteral("baseline"),
                                                          QStringLiteral("no-window")});
        QCOMPARE(c.scenarios[1].scheduled, 0);
        QCOMPARE(c.scenarios[1].unscheduled, 3);
        QVERIFY(!c.scenarios[1].finish.isValid());
        QCOMPARE(c.moved.size(), 3);
        for (const MovedStep &m : c.moved) {
            QVERIFY(!m.before.isEmpty());
            QVERIFY(m.after.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_Scenario)
#include "tst_scenario.moc"
