// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/WallClock.h"

#include <QTest>

using namespace planner;

class tst_WallClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toReal_data();
    void toReal();
    void tableAgreesWithTimeZone();
    void withoutTimeZone();
};

namespace {
qint64 wallSeconds(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t.toSecsSinceEpoch();
}
QString wallText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm");
}
} // namespace

void tst_WallClock::toReal_data()
{
    QTest::addColumn<QString>("wall");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("back"); // the wall clock reading of that instant
    QTest::newRow("winter") << "2027-01-09T22:00"
                            << "2027-01-09T21:00"
                            << "2027-01-09T22:00";
    QTest::newRow("summer") << "2027-07-10T22:00"
                            << "2027-07-10T20:00"
                            << "2027-07-10T22:00";
    QTest::newRow("before the gap") << "2027-03-28T01:59"
                                    << "2027-03-28T00:59"
                                    << "2027-03-28T01:59";
    // 02:30 does not exist on 28 March: it moves forward by the hour that is skipped.
    QTest::newRow("in the gap") << "2027-03-28T02:30"
                                << "2027-03-28T01:30"
                                << "2027-03-28T03:30";
    QTest::newRow("after the gap") << "2027-03-28T03:00"
                                   << "2027-03-28T01:00"
                                   << "2027-03-28T03:00";
    // 02:30 happens twice on 31 October: the first one counts.
    QTest::newRow("twice") << "2027-10-31T02:30"
                           << "2027-10-31T00:30"
                           << "2027-10-31T02:30";
    QTest::newRow("after going back") << "2027-10-31T03:00"
                                      << "2027-10-31T02:00"
                                      << "2027-10-31T03:00";
}

void tst_WallClock::toReal()
{
    QFETCH(QString, wall);
    const qint64 w = wallSeconds(wall.toLatin1().constData());
    WallClock covered(QStringLiteral("Europe/Berlin"));
    covered.cover(wallSeconds("2027-01-01T00:00"), wallSeconds("2027-12-31T00:00"));
    const WallClock uncovered(QStringLiteral("Europe/Berlin"));
    for (const WallClock *clock : std::initializer_list<const WallClock *>{&covered, &uncovered}) {
        const qint64 real = clock->toReal(w);
        QTEST(wallText(real), "utc");
        QTEST(wallText(clock->toWall(real)), "back");
    }
}

void tst_WallClock::tableAgreesWithTimeZone()
{
    // Every quarter hour of two years: the table and QTimeZone give the same offset.
    WallClock clock(QStringLiteral("America/New_York"));
    const qint64 from = wallSeconds("2026-01-01T00:00");
    const qint64 to = wallSeconds("2028-01-01T00:00");
    clock.cover(from, to);
    const QTimeZone zone("America/New_York");
    for (qint64 t = from; t < to; t += 900)
        QCOMPARE(clock.offsetAt(t), zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)));
}

void tst_WallClock::withoutTimeZone()
{
    for (const QString &name : {QString(), QStringLiteral("Mars/Olympus_Mons")}) {
        WallClock clock(name);
        QVERIFY(!clock.hasTimeZone());
        const qint64 w = wallSeconds("2027-03-28T02:30");
        QCOMPARE(clock.toReal(w), w);
        QCOMPARE(clock.toWall(w), w);
    }
}

QTEST_GUILESS_MAIN(tst_WallClock)
#include "tst_wallclock.moc"
