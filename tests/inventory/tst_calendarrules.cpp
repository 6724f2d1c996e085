// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCases.h"

#include "generator/EstateGenerator.h"
#include "inventory/CalendarRules.h"

#include <QTest>

using namespace planner;
using namespace planner::testsupport;

namespace {

// "field: what" per problem, the item first when it is not 0 ("2 id: ...").
QStringList texts(const RuleProblems &problems)
{
    QStringList out;
    for (const RuleProblem &p : problems)
        out.append((p.item ? QString::number(p.item) + u' ' : QString()) + p.field
                   + QStringLiteral(": ") + p.what);
    return out;
}

const PlaceNamer hash = [](qsizetype index) { return QStringLiteral("#%1").arg(index); };

const QDateTime sat22 = wallTime(2027, 1, 9, 22, 0);
const QDateTime sun04 = wallTime(2027, 1, 10, 4, 0);

} // namespace

// The calendar rules that every door keeps (CalendarRules): one function per kind of item,
// its problems named by field in the interchange format's words.
class tst_CalendarRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void window_data();
    void window();
    void dayRange_data();
    void dayRange();
    void peak_data();
    void peak();
    void process_data();
    void process();
    void staffMember_data();
    void staffMember();
    void uniqueIds_data();
    void uniqueIds();
    void sectionsReportInItemOrder();
    void casesOfTheDoorTestsAreTheRules_data();
    void casesOfTheDoorTestsAreTheRules();
    void generatedEstatesKeepTheRules();
};

void tst_CalendarRules::window_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QStringList>("problems");
    const QString badId = QStringLiteral("is not a valid id: use only letters, digits and . _ : -");
    QTest::newRow("a weekly night")
        << testsupport::window("sat-night", sat22, sun04, 8, 2) << QStringList();
    QTest::newRow("every id character")
        << testsupport::window("Az09._:-", sat22, sun04) << QStringList();
    QTest::newRow("one minute") << testsupport::window("w", sat22, sat22.addSecs(60))
                                << QStringList();
    QTest::newRow("over a week") << testsupport::window("w", sat22, sat22.addDays(9))
                                 << QStringList();
    QTest::newRow("no id") << testsupport::window("", sat22, sun04)
                           << QStringList{"id: the window needs an id"};
    QTest::newRow("id with a space") << testsupport::window("sat night", sat22, sun04)
                                     << QStringList{"id: 'sat night' " + badId};
    QTest::newRow("id with a slash")
        << testsupport::window("a/b", sat22, sun04) << QStringList{"id: 'a/b' " + badId};
    QTest::newRow("no start") << testsupport::window("w", QDateTime(), sun04)
                              << QStringList{"start: the window needs a start"};
    QTest::newRow("no end") << testsupport::window("w", sat22, QDateTime())
                            << QStringList{"end: the window needs an end"};
    QTest::newRow("ends when it starts")
        << testsupport::window("w", sat22, sat22)
        << QStringList{"end: the window ends when it starts (2027-01-09T22:00)"};
    QTest::newRow("ends before it starts")
        << testsupport::window("w", sat22, sat22.addSecs(-60))
        << QStringList{"end: the window ends (2027-01-09T21:59) before it starts "
                       "(2027-01-09T22:00)"};
    QTest::newRow("10000 repeats, 10000 steps")
        << testsupport::window("w", sat22, sun04, 10000, 10000) << QStringList();
    QTest::newRow("no repeat") << testsupport::window("w", sat22, sun04, 0)
                               << QStringList{"repeatWeekly: weekly repeats must be from 1 to "
                                              "10000, not 0"};
    QTest::newRow("10001 repeats") << testsupport::window("w", sat22, sun04, 10001)
                                   << QStringList{"repeatWeekly: weekly repeats must be from 1 "
                                                  "to 10000, not 10001"};
    QTest::newRow("negative steps") << testsupport::window("w", sat22, sun04, 1, -1)
                                    << QStringList{"parallel: parallel steps must be from 1 to "
                                                   "10000, not -1"};
    QTest::newRow("everything wrong, in field order")
        << testsupport::window("", sun04, sat22, 0, 0)
        << QStringList{"id: the window needs an id",
                       "end: the window ends (2027-01-09T22:00) before it starts "
                       "(2027-01-10T04:00)",
                       "repeatWeekly: weekly repeats must be from 1 to 10000, not 0",
                       "parallel: parallel steps must be from 1 to 10000, not 0"};
}

void tst_CalendarRules::window()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QStringList, problems);
    QCOMPARE(texts(checkWindow(window)), problems);
}

void tst_CalendarRules::dayRange_data()
{
    QTest::addColumn<DateRange>("days");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("two weeks") << DateRange{QDate(2027, 3, 25), QDate(2027, 4, 5)} << QStringList();
    QTest::newRow("one day") << DateRange{QDate(2027, 3, 25), QDate(2027, 3, 25)} << QStringList();
    QTest::newRow("over the new year")
        << DateRange{QDate(2026, 12, 20), QDate(2027, 1, 2)} << QStringList();
    QTest::newRow("last before first")
        << DateRange{QDate(2027, 4, 5), QDate(2027, 4, 4)}
        << QStringList{"end: the last day (2027-04-04) lies before the first (2027-04-05)"};
    QTest::newRow("no first day") << DateRange{QDate(), QDate(2027, 4, 4)}
                                  << QStringList{"start: the first day is missing"};
    QTest::newRow("no days") << DateRange{}
                             << QStringList{"start: the first day is missing",
                                            "end: the last day is missing"};
}

// Freezes and days away are the same range of days.
void tst_CalendarRules::dayRange()
{
    QFETCH(DateRange, days);
    QFETCH(QStringList, problems);
    QCOMPARE(texts(checkDateRange(days)), problems);
    QCOMPARE(texts(checkFreeze(Freeze{days, QStringLiteral("quarter close")})), problems);
    QCOMPARE(texts(checkFreeze(Freeze{days, QString()})), problems); // the reason is free
    QStringList nested;
    for (const QString &p : std::as_const(problems))
        nested.append(QStringLiteral("unavailable[0].") + p);
    QCOMPARE(texts(checkStaffMember(StaffMember{QStringLiteral("A"), {}, {days}})), nested);
}

void tst_CalendarRules::peak_data()
{
    QTest::addColumn<Peak>("peak");
    QTest::addColumn<QStringList>("problems");
    const DayMask weekdays = 0x1f;
    QTest::newRow("office hours") << Peak{weekdays, QTime(8, 0), QTime(18, 0)} << QStringList();
    QTest::newRow("overnight") << Peak{weekdays, QTime(22, 0), QTime(2, 0)} << QStringList();
    QTest::newRow("up to midnight") << Peak{0x60, QTime(18, 0), QTime(0, 0)} << QStringList();
    QTest::newRow("all but a minute") << Peak{0x7f, QTime(0, 0), QTime(23, 59)} << QStringList();
    QTest::newRow("a minute overnight") << Peak{0x7f, QTime(23, 59), QTime(0, 0)} << QStringList();
    QTest::newRow("no length") << Peak{weekdays, QTime(8, 0), QTime(8, 0)}
                               << QStringList{"to: the peak ends when it starts (08:00)"};
    QTest::newRow("midnight to midnight")
        << Peak{weekdays, QTime(0, 0), QTime(0, 0)}
        << QStringList{"to: the peak ends when it starts (00:00)"};
    QTest::newRow("no day") << Peak{0, QTime(8, 0), QTime(18, 0)}
                            << QStringList{"days: the peak needs at least one day of the week"};
    QTest::newRow("an eighth day") << Peak{0x81, QTime(8, 0), QTime(18, 0)}
                                   << QStringList{"days: 129 is not a set of week days"};
    QTest::newRow("no times") << Peak{weekdays, QTime(), QTime()}
                              << QStringList{"from: the peak needs a start time",
                                             "to: the peak needs an end time"};
}

void tst_CalendarRules::peak()
{
    QFETCH(Peak, peak);
    QFETCH(QStringList, problems);
    QCOMPARE(texts(checkPeak(peak)), problems);
    // In a process, the same problems are the peak's.
    BusinessProcess p;
    p.id = QStringLiteral("p");
    p.peaks = {Peak{0x1f, QTime(8, 0), QTime(18, 0)}, peak};
    QStringList nested;
    for (const QString &text : std::as_const(problems))
        nested.append(QStringLiteral("peak[1].") + text);
    QCOMPARE(texts(checkProcess(p)), nested);
}

void tst_CalendarRules::process_data()
{
    QTest::addColumn<BusinessProcess>("process");
    QTest::addColumn<QStringList>("problems");
    BusinessProcess full;
    full.id = QStringLiteral("payments");
    full.name = QStringLiteral("Card payments");
    full.criticality = Criticality::Critical;
    full.uses = QStringList{QStringLiteral("ledger-app"), QStringLiteral("no-such-component")};
    full.peaks = {Peak{0x1f, QTime(8, 0), QTime(18, 0)}};
    full.category = QStringLiteral("payment");
    full.userGroups = QStringList{QStringLiteral("tellers")};
    full.externalCustomers = true;
    full.serviceLevel = QStringLiteral("99.95 %");
    full.maxOutageMinutes = 0;
    QTest::newRow("every field") << full << QStringList();
    BusinessProcess bare;
    bare.id = QStringLiteral("p");
    QTest::newRow("an id alone") << bare << QStringList();
    BusinessProcess p = bare;
    p.id.clear();
    QTest::newRow("no id") << p << QStringList{"id: the process needs an id"};
    p = bare;
    p.id = QStringLiteral("core banking");
    QTest::newRow("id with a space")
        << p
        << QStringList{"id: 'core banking' is not a valid id: use only letters, digits and "
                       ". _ : -"};
    for (const QString &category : processCategoryNames()) {
        p = bare;
        p.category = category;
        QTest::addRow("category %s", qPrintable(category)) << p << QStringList();
    }
    p = bare;
    p.category = QStringLiteral("banking");
    QTest::newRow("unknown category")
        << p
        << QStringList{"category: unknown process category 'banking' (known: emergency "
                       "payment production-control public-service)"};
    p = bare;
    p.uses = QStringList{QStringLiteral("a"), QStringLiteral(" ")};
    QTest::newRow("blank component used") << p << QStringList{"uses[1]: an empty component id"};
    p = bare;
    p.userGroups = QStringList{QString()};
    QTest::newRow("empty user group") << p << QStringList{"userGroups[0]: an empty user group"};
    p = bare;
    p.maxOutageMinutes = -1;
    QTest::newRow("negative outage")
        << p
        << QStringList{"maxOutageMinutes: the longest outage cannot be negative (-1 "
                       "minutes)"};
}

void tst_CalendarRules::process()
{
    QFETCH(BusinessProcess, process);
    QFETCH(QStringList, problems);
    QCOMPARE(texts(checkProcess(process)), problems);
}

void tst_CalendarRules::staffMember_data()
{
    QTest::addColumn<StaffMember>("member");
    QTest::addColumn<QStringList>("problems");
    const QList<DateRange> away{{QDate(2027, 1, 15), QDate(2027, 1, 20)},
                                {QDate(2027, 2, 1), QDate(2027, 2, 1)}};
    QTest::newRow("every field") << StaffMember{"A. Rivera", {"dba", "change-manager"}, away}
                                 << QStringList();
    QTest::newRow("a name alone") << StaffMember{"A", {}, {}} << QStringList();
    QTest::newRow("no name") << StaffMember{" ", {"dba"}, {}}
                             << QStringList{"name: the person needs a name"};
    QTest::newRow("empty role") << StaffMember{"A", {"dba", ""}, {}}
                                << QStringList{"roles[1]: an empty role"};
    QTest::newRow("away backwards")
        << StaffMember{"A", {}, {away[0], {QDate(2027, 2, 3), QDate(2027, 2, 1)}}}
        << QStringList{"unavailable[1].end: the last day (2027-02-01) lies before the first "
                       "(2027-02-03)"};
}

void tst_CalendarRules::staffMember()
{
    QFETCH(StaffMember, member);
    QFETCH(QStringList, problems);
    QCOMPARE(texts(checkStaffMember(member)), problems);
}

void tst_CalendarRules::uniqueIds_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("none") << QStringList() << QStringList();
    QTest::newRow("all different") << QStringList{"a", "b", "A"} << QStringList();
    QTest::newRow("second use") << QStringList{"a", "b", "a"}
                                << QStringList{"2 id: duplicate id 'a' (first used at #0)"};
    QTest::newRow("each later use names the first")
        << QStringList{"a", "a", "b", "a"}
        << QStringList{"1 id: duplicate id 'a' (first used at #0)",
                       "3 id: duplicate id 'a' (first used at #0)"};
    // An empty or invalid id has its own problem; it is not also a duplicate.
    QTest::newRow("empty twice") << QStringList{"", ""} << QStringList();
    QTest::newRow("invalid twice") << QStringList{"a b", "a b"} << QStringList();
}

void tst_CalendarRules::uniqueIds()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, problems);
    QCOMPARE(texts(checkUniqueIds(ids, hash)), problems);
}

// A section's problems come item by item, each item's own problems in field order after its
// duplicate id: the first one is what a door reports.
void tst_CalendarRules::sectionsReportInItemOrder()
{
    const QList<MaintenanceWindow> windows{testsupport::window("w", sat22, sun04),
                                           testsupport::window("w", sun04, sat22, 0),
                                           testsupport::window("", sat22, sun04)};
    QCOMPARE(texts(checkWindows(windows, hash)),
             (QStringList{"1 id: duplicate id 'w' (first used at #0)",
                          "1 end: the window ends (2027-01-09T22:00) before it starts "
                          "(2027-01-10T04:00)",
                          "1 repeatWeekly: weekly repeats must be from 1 to 10000, not 0",
                          "2 id: the window needs an id"}));
    BusinessProcess p;
    p.id = QStringLiteral("p");
    BusinessProcess q;
    q.id = QStringLiteral("q");
    q.peaks = {Peak{0, QTime(8, 0), QTime(8, 0)}};
    QCOMPARE(texts(checkProcesses({q, p, p}, hash)),
             (QStringList{"peak[0].days: the peak needs at least one day of the week",
                          "peak[0].to: the peak ends when it starts (08:00)",
                          "2 id: duplicate id 'p' (first used at #1)"}));
    QCOMPARE(texts(checkFreezes({Freeze{{QDate(2027, 1, 2), QDate(2027, 1, 2)}, {}},
                                 Freeze{{QDate(2027, 1, 2), QDate(2027, 1, 1)}, {}}})),
             QStringList{"1 end: the last day (2027-01-01) lies before the first (2027-01-02)"});
    QCOMPARE(texts(checkStaff({StaffMember{"A", {}, {}}, StaffMember{"", {}, {}}})),
             QStringList{"1 name: the person needs a name"});
    QVERIFY(checkWindows({}, hash).isEmpty());
}

void tst_CalendarRules::casesOfTheDoorTestsAreTheRules_data()
{
    QTest::addColumn<int>("index");
    const QList<CalendarCase> cases = calendarCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << i;
}

// The cases the door tests give to the reader, the project file and the editor say what the
// rules say: the doors are compared with the rules, not with each other's habits.
void tst_CalendarRules::casesOfTheDoorTestsAreTheRules()
{
    QFETCH(int, index);
    const CalendarCase c = calendarCases().at(index);
    BusinessProcess p;
    p.id = QStringLiteral("p");
    p.peaks = c.peaks;
    RuleProblems problems = checkWindows(c.windows, hash) + checkFreezes(c.freezes);
    for (const RuleProblem &problem : checkProcess(p)) {
        // peak[k].field as the k-th peak's field
        const qsizetype open = problem.field.indexOf(u'['), close = problem.field.indexOf(u']');
        problems.append({problem.field.mid(open + 1, close - open - 1).toInt(),
                         problem.field.mid(close + 2), problem.what});
    }
    if (c.accepted()) {
        QCOMPARE(texts(problems), QStringList());
        return;
    }
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.size(), 1); // each case breaks one rule
    QCOMPARE(problems[0].item, c.item);
    QCOMPARE(problems[0].field, QString::fromUtf8(c.field));
    QCOMPARE(problems[0].what, c.what(QStringLiteral("#0")));
}

// What the benchmarks and tests generate is a calendar every door accepts.
void tst_CalendarRules::generatedEstatesKeepTheRules()
{
    for (const QString &shape : shapeNames()) {
        const Estate e = generateEstate(*shapeOptions(shape, 200));
        QVERIFY2(checkWindows(e.windows, hash).isEmpty(), qPrintable(shape));
        QVERIFY(!e.windows.isEmpty());
        QVERIFY2(checkFreezes(e.freezes).isEmpty(), qPrintable(shape));
        QVERIFY2(checkProcesses(e.processes, hash).isEmpty(), qPrintable(shape));
        QVERIFY2(checkStaff(e.staff).isEmpty(), qPrintable(shape));
    }
}

QTEST_GUILESS_MAIN(tst_CalendarRules)
#include "tst_calendarrules.moc"
