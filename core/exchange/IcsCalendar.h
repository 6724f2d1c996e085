// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace planner {

class Estate;
struct Schedule;

/// The schedule as an iCalendar file (RFC 5545) that calendar programs import: one event per
/// used window occurrence, from the window's start to its end, its DESCRIPTION listing the
/// steps in it (component from -> to, start, point of no return) and the worst case if all of
/// them roll back. Times carry the project's time zone (TZID, with a VTIMEZONE built from the
/// zone's transitions); without a known time zone they are floating local times.
/// UIDs are stable per occurrence ("<window id>-<yyyyMMdd>@upgrade-planner") and DTSTAMP is
/// the project's start day at 00:00 UTC, so the same plan always gives the same bytes.
/// A plan of a scenario (@p scenario not empty) says so in the calendar's name and in each
/// event's summary, so that nobody takes a what-if night for the real one.
QByteArray writeIcs(const Estate &estate, const Schedule &schedule,
                    const QString &scenario = QString());

/// Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
QString escapeIcsText(const QString &text);

/// One content line, folded so that no line exceeds 75 octets, never inside a UTF-8
/// character, and ended by CRLF (RFC 5545 3.1).
QByteArray foldIcsLine(const QByteArray &line);

} // namespace planner
