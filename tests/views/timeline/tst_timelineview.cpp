// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisRunner.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "storage/EstateFile.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineText.h"
#include "timeline/TimelineView.h"

#include <QtTest>

using namespace planner;

namespace {

QDateTime wall(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

/// Two steps in one Saturday night window 22:00-04:00: db then app, one after the other.
Schedule knownSchedule()
{
    Schedule s;
    WindowOccurrence w;
    w.window = QStringLiteral("sat");
    w.start = wall(QStringLiteral("2027-01-16T22:00"));
    w.end = wall(QStringLiteral("2027-01-17T04:00"));
    w.minutes = 360;
    w.steps = {0, 1};
    s.windows.append(w);
    auto step = [](const QString &id, const QString &start) {
        ScheduledStep st;
        st.component = id;
        st.from = Version::fromNumbers({1, 0});
        st.to = Version::fromNumbers({2, 0});
        st.window = 0;
        st.start = wall(start);
        st.backupStart = st.start.addSecs(15 * 60);
        st.executeStart = st.backupStart.addSecs(30 * 60);
        st.verifyStart = st.executeStart.addSecs(60 * 60);
        st.end = st.verifyStart.addSecs(15 * 60);
        st.decided = st.end.addSecs(15 * 60);
        st.rollbackMinutes = 45;
        st.rollbackEnd = st.decided.addSecs(45 * 60);
        st.pointOfNoReturn = wall(QStringLiteral("2027-01-17T03:15"));
        return st;
    };
    s.steps.append(step(QStringLiteral("db"), QStringLiteral("2027-01-16T22:00")));
    s.steps.append(step(QStringLiteral("app"), QStringLiteral("2027-01-17T00:15")));
    s.windowsUsed = 1;
    s.finish = s.steps[1].end;
    s.criticalPath = {0, 1};
    return s;
}

} // namespace

class tst_TimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barsFollowThePhases();
    void clickSelectsAndSelectionHighlights();
    void rendersOffscreen();
    void opensReadableWithLabels();
    void clickOnABandZoomsToIt();
    void tooltipSaysWindowAndPointOfNoReturn();
    void panelSchedulesTheSample();
    void datesFollowTheLanguagesOrder_data();
    void datesFollowTheLanguagesOrder();
};

void tst_TimelineView::barsFollowThePhases()
{
    TimelineView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Schedule s = knownSchedule();
    view.setSchedule(Estate(), s);
    view.setVisibleRange(wall(QStringLiteral("2027-01-16T21:00")),
                         wall(QStringLiteral("2027-01-17T05:00")));
    QCOMPARE(view.barCount(), 2);

    // one hour spans the same width everywhere: the axis is linear in wall-clock time
    const qreal hour = view.xForTime(wall(QStringLiteral("2027-01-17T00:00")))
                       - view.xForTime(wall(QStringLiteral("2027-01-16T23:00")));
    QVERIFY(hour > 50);
    for (int i = 0; i < 2; ++i) {
        const ScheduledStep &st = s.steps[i];
        using P = TimelineView::Phase;
        const QRectF prepare = view.phaseRect(i, P::Prepare);
        const QRectF execute = view.phaseRect(i, P::Execute);
        const QRectF rollback = view.phaseRect(i, P::Rollback);
        QVERIFY(qAbs(prepare.left() - view.xForTime(st.start)) < 1.5);
        QVERIFY(qAbs(execute.left() - view.xForTime(st.executeStart)) < 1.5);
        QVERIFY(qAbs(execute.width() - hour) < 1.5); // execute takes 60 minutes
        QVERIFY(qAbs(view.phaseRect(i, P::Decision).width() - hour / 4) < 1.5);
        QVERIFY(qAbs(rollback.left() - view.xForTime(st.decided)) < 1.5);
        QVERIFY(qAbs(rollback.right() - view.xForTime(st.rollbackEnd)) < 1.5);
        QVERIFY(qAbs(view.pointOfNoReturnX(i) - view.xForTime(wall("2027-01-17T03:15"))) < 1.5);
    }
    // the second step is drawn in the row below the first
    QVERIFY(view.phaseRect(1, TimelineView::Phase::Prepare).top()
            > view.phaseRect(0, TimelineView::Phase::Prepare).bottom());
}

void tst_TimelineView::clickSelectsAndSelectionHighlights()
{
    ComponentSelection selection;
    TimelineView view;
    view.setSelection(&selection);
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSchedule(Estate(), knownSchedule());
    view.setZoom(TimelineView::Zoom::Night);

    const QRectF execute = view.phaseRect(1, TimelineView::Phase::Execute);
    QVERIFY(!execute.isEmpty());
    QTest::mouseClick(view.chartWidget(), Qt::LeftButton, {}, execute.center().toPoint());
    QCOMPARE(selection.selectedIds(), QStringList{QStringLiteral("app")});
    QVERIFY(view.isBarHighlighted(1));
    QVERIFY(!view.isBarHighlighted(0));

    selection.setSelection({QStringLiteral("db")});
    QVERIFY(view.isBarHighlighted(0));
    QVERIFY(!view.isBarHighlighted(1));
}

void tst_TimelineView::rendersOffscreen()
{
    TimelineView view; // never shown
    view.setSchedule(Estate(), knownSchedule());
    const QImage image = view.renderImage(QSize(800, 400));
    QCOMPARE(image.size(), QSize(800, 400));
    // something besides the white background: the execute phase is orange
    bool orange = false;
    for (int y = 0; y < image.height() && !orange; y += 2)
        for (int x = 0; x < image.width() && !orange; x += 2) {
            const QColor c = image.pixelColor(x, y);
            orange = c.red() > 200 && c.green() > 120 && c.green() < 150 && c.blue() < 70;
        }
    QVERIFY(orange);
}

/// knownSchedule() with a second Saturday a week later, unused.
Schedule twoSaturdays()
{
    Schedule s = knownSchedule();
    WindowOccurrence next = s.windows.constFirst();
    next.repeat = 1;
    next.start = next.start.addDays(7);
    next.end = next.end.addDays(7);
    next.steps.clear();
    s.windows.append(next);
    return s;
}

void tst_TimelineView::opensReadableWithLabels()
{
    TimelineView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSchedule(Estate(), twoSaturdays());
    // The first used night fills the view, not the quarter it lies in.
    QVERIFY(view.visibleFrom() <= wall(QStringLiteral("2027-01-16T22:00")));
    QVERIFY(view.visibleTo() >= wall(QStringLiteral("2027-01-17T04:00")));
    QVERIFY(view.visibleFrom().secsTo(view.visibleTo()) < 24 * 3600);
    // Each bar is named with its versions, the band with its window and date.
    QCOMPARE(view.barLabel(0), QStringLiteral("db 1.0 → 2.0"));
    QCOMPARE(view.barLabel(1), QStringLiteral("app 1.0 → 2.0"));
    QCOMPARE(view.windowBandLabel(0), QStringLiteral("sat\nSat, 16 Jan"));
    QVERIFY(view.phaseRect(0, TimelineView::Phase::Execute).width() > 40);

    // At a quarter the bars are slivers, and still say whose they are.
    view.setZoom(TimelineView::Zoom::Quarter);
    QVERIFY(view.barLabel(0).startsWith(QStringLiteral("db")));
}

void tst_TimelineView::clickOnABandZoomsToIt()
{
    TimelineView view;
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Schedule s = twoSaturdays();
    view.setSchedule(Estate(), s);
    view.setZoom(TimelineView::Zoom::Month);
    QSignalSpy clicked(&view, &TimelineView::windowClicked);
    const QRectF band = view.windowBandRect(1);
    QVERIFY(band.width() > 2);
    // Low in the band, below the few rows of bars.
    QTest::mouseClick(view.chartWidget(), Qt::LeftButton, {},
                      QPoint(int(band.center().x()), int(band.bottom() - 10)));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), 1);
    const WindowOccurrence &w = s.windows[1];
    QVERIFY(view.visibleFrom() <= w.start && view.visibleFrom() > w.start.addSecs(-2 * 3600));
    QVERIFY(view.visibleTo() >= w.end && view.visibleTo() < w.end.addSecs(2 * 3600));
}

void tst_TimelineView::tooltipSaysWindowAndPointOfNoReturn()
{
    Schedule s = knownSchedule();
    s.windows[0].window = QStringLiteral("pentecost");
    s.windows[0].parallel = 3;
    // db may be rolled back alone until app starts at 00:15.
    s.steps[0].pointOfNoReturnBy = ScheduledStep::PointOfNoReturnBy::Dependent;
    s.steps[0].dependent = 1;
    s.steps[0].pointOfNoReturn = wall(QStringLiteral("2027-01-17T00:15"));
    s.steps[1].notEarlier = QStringLiteral(
        "sat Sat 2027-01-09 22:00: the wave before had not ended");
    TimelineView view;
    view.setSchedule(Estate(), s);

    const QString db = TimelineText::plain(view.stepToolTip(0));
    QVERIFY2(db.contains(QStringLiteral("pentecost, Sat, 16 Jan 2027 22:00 – Sun, 17 Jan 04:00, "
                                        "lane 1 of 3")),
             qPrintable(db));
    QVERIFY2(db.contains(QStringLiteral("Execute 22:45–23:45")), qPrintable(db));
    QVERIFY2(db.contains(QStringLiteral("until app starts changing at Sun 00:15: rolling back "
                                        "later means rolling it back too")),
             qPrintable(db));
    QVERIFY(!db.contains(QStringLiteral("pentecost-2027"))); // no internal keys
    const QString app = TimelineText::plain(view.stepToolTip(1));
    QVERIFY2(app.contains(QStringLiteral("the rollback must end by the window's end (04:00)")),
             qPrintable(app));
    QVERIFY(app.contains(QStringLiteral("Not earlier: sat Sat 2027-01-09 22:00")));
}

void tst_TimelineView::panelSchedulesTheSample()
{
    auto estate = loadEstateFile(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    QVERIFY2(estate.ok(), qPrintable(estate.ok() ? QString() : estate.error().text()));
    EstateStore store;
    store.reset(*estate);
    ComponentSelection selection;
    AnalysisRunner runner(&store);
    TimelinePanel panel(&store, &selection, &runner);
    panel.resize(1400, 700);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 20000);
    QVERIFY(panel.view()->barCount() > 0);
    QVERIFY(panel.summary().contains(QStringLiteral("finish")));
    const QString out = qEnvironmentVariable("UPLAN_TIMELINE_PNG");
    if (!out.isEmpty()) {
        panel.view()->setZoom(TimelineView::Zoom::Night);
        QTest::qWait(100); // let the chart lay out its title and axis labels
        QVERIFY(panel.grab().save(out));
        panel.view()->setZoom(TimelineView::Zoom::Quarter);
        QTest::qWait(100);
        QVERIFY(panel.grab().save(
            QString(out).replace(QStringLiteral(".png"), QStringLiteral("-quarter.png"))));
    }
}

void tst_TimelineView::datesFollowTheLanguagesOrder_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("weekday");
    QTest::addColumn<bool>("year");
    QTest::addColumn<QString>("expected"); // Saturday 9 January 2027

    QTest::newRow("en") << "en_US" << true << true << "Sat, Jan 9, 2027";
    QTest::newRow("en, no year") << "en_US" << true << false << "Sat, Jan 9";
    QTest::newRow("en, no weekday") << "en_US" << false << true << "Jan 9, 2027";
    QTest::newRow("de") << "de_DE" << true << true << "Sa., 9. Jan. 2027";
    QTest::newRow("de, no year") << "de_DE" << true << false << "Sa., 9. Jan.";
    QTest::newRow("de, no weekday") << "de_DE" << false << true << "9. Jan. 2027";
    // Chinese puts the year first and the weekday last: "周六 9 1月" would read as nonsense.
    QTest::newRow("zh") << "zh_CN" << true << true << "2027年1月9日周六";
    QTest::newRow("zh, no year") << "zh_CN" << true << false << "1月9日周六";
    QTest::newRow("zh, no weekday") << "zh_CN" << false << true << "2027年1月9日";
}

void tst_TimelineView::datesFollowTheLanguagesOrder()
{
    QFETCH(QString, locale);
    QFETCH(bool, weekday);
    QFETCH(bool, year);
    QFETCH(QString, expected);
    const QLocale l(locale);
    const QString pattern = TimelineText::datePattern(weekday, year, l);
    QCOMPARE(l.toString(QDate(2027, 1, 9), pattern), expected);
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
