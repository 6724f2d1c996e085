// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Calendars that every door takes in (the interchange reader, the project file, the calendar
// editor) and what the calendar rules say of them. Each door's test gives them to its door,
// which must accept the same ones and refuse the others with the same words.

#include "inventory/Calendar.h"

#include <QList>
#include <QString>

namespace planner::testsupport {

struct CalendarCase
{
    const char *name;
    QList<MaintenanceWindow> windows;
    QList<Freeze> freezes;
    QList<Peak> peaks; ///< of the estate's one process, `p`
    /// The section refused ("windows", "freezes", "peaks"), the position of the item refused in
    /// it and its field; what the rules say, with %1 for the door's name of the item where a
    /// duplicate id was first used. `problem` is empty when every door accepts the calendar.
    const char *section = "";
    qsizetype item = 0;
    const char *field = "";
    const char *problem = "";

    bool accepted() const { return !*problem; }
    /// What the rules say, @p firstUse naming the item where a duplicate id was first used.
    QString what(const QString &firstUse) const
    {
        const QString text = QString::fromUtf8(problem);
        return text.contains(QLatin1String("%1")) ? text.arg(firstUse) : text;
    }
};

inline QDateTime wallTime(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); // wall-clock time held as UTC
}

inline MaintenanceWindow window(const char *id, QDateTime start, QDateTime end,
                                int repeatWeekly = 1, int parallel = 1)
{
    return {QString::fromUtf8(id), start, end, repeatWeekly, parallel};
}

inline QList<CalendarCase> calendarCases()
{
    const QDateTime sat22 = wallTime(2027, 1, 9, 22, 0);
    const QDateTime sun04 = wallTime(2027, 1, 10, 4, 0);
    const QDateTime nextSat22 = wallTime(2027, 1, 16, 22, 0);
    const QDateTime nextSun04 = wallTime(2027, 1, 17, 4, 0);
    const DayMask weekdays = 0x1f;
    return {
        {"a weekly night window", {window("sat-night", sat22, sun04, 8, 2)}, {}, {}},
        {"a window of one minute", {window("w", sat22, sat22.addSecs(60))}, {}, {}},
        {"an empty window id",
         {window("", sat22, sun04)},
         {},
         {},
         "windows",
         0,
         "id",
         "the window needs an id"},
        {"a window id with a space",
         {window("sat night", sat22, sun04)},
         {},
         {},
         "windows",
         0,
         "id",
         "'sat night' is not a valid id: use only letters, digits and . _ : -"},
        {"two windows of one id",
         {window("w", sat22, sun04), window("x", nextSat22, nextSun04),
          window("w", nextSat22, nextSun04)},
         {},
         {},
         "windows",
         2,
         "id",
         "duplicate id 'w' (first used at %1)"},
        {"a window ending when it starts",
         {window("w", sat22, sat22)},
         {},
         {},
         "windows",
         0,
         "end",
         "the window ends when it starts (2027-01-09T22:00)"},
        {"a window ending before it starts",
         {window("w", sun04, sat22)},
         {},
         {},
         "windows",
         0,
         "end",
         "the window ends (2027-01-09T22:00) before it starts (2027-01-10T04:00)"},
        {"a window of no steps",
         {window("w", sat22, sun04, 1, 0)},
         {},
         {},
         "windows",
         0,
         "parallel",
         "parallel steps must be from 1 to 10000, not 0"},
        {"a window of 10000 repeats", {window("w", sat22, sun04, 10000, 10000)}, {}, {}},
        {"a window of 10001 repeats",
         {window("w", sat22, sun04, 10001)},
         {},
         {},
         "windows",
         0,
         "repeatWeekly",
         "weekly repeats must be from 1 to 10000, not 10001"},
        {"a freeze of one day", {}, {Freeze{{QDate(2027, 3, 25), QDate(2027, 3, 25)}, {}}}, {}},
        {"a freeze ending before it starts",
         {},
         {Freeze{{QDate(2027, 3, 25), QDate(2027, 4, 5)}, QStringLiteral("quarter close")},
          Freeze{{QDate(2027, 4, 5), QDate(2027, 3, 25)}, {}}},
         {},
         "freezes",
         1,
         "end",
         "the last day (2027-03-25) lies before the first (2027-04-05)"},
        {"a peak in office hours", {}, {}, {Peak{weekdays, QTime(8, 0), QTime(18, 0)}}},
        {"a peak overnight", {}, {}, {Peak{weekdays, QTime(22, 0), QTime(2, 0)}}},
        {"a peak up to midnight", {}, {}, {Peak{0x60, QTime(18, 0), QTime(0, 0)}}},
        {"a peak of no length",
         {},
         {},
         {Peak{weekdays, QTime(8, 0), QTime(18, 0)}, Peak{0x60, QTime(8, 0), QTime(8, 0)}},
         "peaks",
         1,
         "to",
         "the peak ends when it starts (08:00)"},
    };
}

} // namespace planner::testsupport
