// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace planner {

/// The schedule in words for a person: window occurrences by id and date rather than internal
/// keys, a step's phases, its point of no return and what fixes it, why it is not earlier, and
/// why a step could not be placed. Shared by the timeline's tooltips, its details pane and the
/// "copy" actions, so that they all say the same.
class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    /// A short date pattern for QLocale::toString() in the order of @p locale's language:
    /// "ddd, MMM d, yyyy" (English), "ddd, d. MMM yyyy" (German), "yyyy年M月d日ddd" (Chinese);
    /// without the weekday's or the year's part when @p weekday or @p year is false.
    static QString datePattern(bool weekday, bool year, const QLocale &locale = QLocale());
    /// @p date in the user's language with its weekday: "Sat, Jan 9, 2027", "1月9日周六".
    static QString day(const QDate &date, bool year);
    /// day() with the time: "Sat, Jan 9 22:00".
    static QString dayTime(const QDateTime &t, bool year);
    /// "Sat 15 May 2027 18:00 – Mon 17 May 18:00" (the end's date only when it differs).
    static QString timeRange(const QDateTime &from, const QDateTime &to);
    /// "pentecost, Sat 15 May 2027 18:00 – Mon 17 May 18:00".
    static QString occurrence(const WindowOccurrence &window);
    /// occurrence() of @p schedule's occurrence @p index; empty when there is none.
    static QString occurrenceAt(const Schedule &schedule, int index);
    /// "pg-ledger 12.20 → 14.13".
    static QString stepTitle(const QString &component, const Version &from, const Version &to);
    /// A schedulecause word as a reason: "the wave before had not ended".
    static QString causeText(const QString &cause);
    /// What fixes the point of no return, in a sentence: "until payments-gw starts changing at
    /// 00:45: rolling back later means rolling it back too", or "the rollback must end by the
    /// window's end (Mon 17 May 18:00)".
    static QString pointOfNoReturnReason(const Schedule &schedule, const ScheduledStep &step);
    /// Scheduled step @p step in full (rich text): name, window and lane, phases with their
    /// times, rollback reserve, point of no return and why, why not earlier, staff.
    static QString stepHtml(const Estate &estate, const Schedule &schedule, int step);
    /// An unscheduled step in full (rich text): its reason, the window that came closest and
    /// what failed there, what it waited for.
    static QString unscheduledHtml(const Schedule &schedule, const UnscheduledStep &step);
    /// Rich text as plain text, for the clipboard.
    static QString plain(const QString &html);
};

} // namespace planner
