// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsCalendar.h"

#include "inventory/Estate.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleText.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <map>
#include <vector>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::IcsCalendar)
};

constexpr int maxOctets = 75;

QByteArray localStamp(const QDateTime &wall)
{
    return wall.toString(u"yyyyMMdd'T'HHmmss").toLatin1();
}

QByteArray offsetText(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int a = std::abs(seconds);
    QByteArray out = QByteArray(1, sign) + QByteArray::number(a / 3600).rightJustified(2, '0')
                     + QByteArray::number(a % 3600 / 60).rightJustified(2, '0');
    if (a % 60)
        out += QByteArray::number(a % 60).rightJustified(2, '0');
    return out;
}

/// One change of offset, with the local time it happens at in the offset before it.
struct Change
{
    QDateTime localBefore; // wall clock, Qt::UTC spec
    int from = 0;
    int to = 0;
    bool daylight = false;
    QByteArray name;
};

const char *const weekdayCodes[7] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

/// RRULE describing every change of @p list when they follow one yearly rule (same month,
/// weekday, time and position in the month, one per consecutive year); empty otherwise.
QByteArray yearlyRule(const std::vector<Change> &list)
{
    if (list.size() < 2)
        return {};
    const auto position = [](const QDate &d) {
        return d.day() + 7 > d.daysInMonth() ? -1 : (d.day() - 1) / 7 + 1;
    };
    const QDate first = list.front().localBefore.date();
    for (size_t i = 1; i < list.size(); ++i) {
        const QDate d = list[i].localBefore.date();
        if (d.year() != first.year() + int(i) || d.month() != first.month()
            || d.dayOfWeek() != first.dayOfWeek() || position(d) != position(first)
            || list[i].localBefore.time() != list.front().localBefore.time())
            return {};
    }
    return "RRULE:FREQ=YEARLY;BYMONTH=" + QByteArray::number(first.month())
           + ";BYDAY=" + QByteArray::number(position(first)) + weekdayCodes[first.dayOfWeek() - 1];
}

/// VTIMEZONE lines covering the years from @p from to @p to (wall clock).
QList<QByteArray> timeZoneLines(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    // Transitions from a year before the first event to the end of the last event's year, and
    // the one before that, so that every event time falls after an observance's start.
    const QDateTime lo(QDate(from.date().year() - 1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime hi(QDate(to.date().year(), 12, 31), QTime(23, 59), Qt::UTC);
    QTimeZone::OffsetDataList data;
    const QTimeZone::OffsetData before = zone.previousTransition(lo);
    if (before.atUtc.isValid())
        data << before;
    data << zone.transitions(lo, hi);

    std::vector<Change> changes;
    int previous = before.atUtc.isValid() ? zone.offsetFromUtc(before.atUtc.addSecs(-1))
                                          : zone.offsetFromUtc(lo);
    for (const QTimeZone::OffsetData &d : data) {
        Change c;
        c.from = previous;
        c.to = d.offsetFromUtc;
        c.localBefore = QDateTime::fromSecsSinceEpoch(d.atUtc.toSecsSinceEpoch() + previous,
                                                      Qt::UTC);
        c.daylight = d.daylightTimeOffset > 0;
        c.name = d.abbreviation.toUtf8();
        changes.push_back(c);
        previous = d.offsetFromUtc;
    }

    QList<QByteArray> lines{"BEGIN:VTIMEZONE", "TZID:" + zone.id()};
    const auto observance = [&lines](const Change &c, const QByteArray &rule) {
        const QByteArray kind = c.daylight ? "DAYLIGHT" : "STANDARD";
        lines << "BEGIN:" + kind << "DTSTART:" + localStamp(c.localBefore)
              << "TZOFFSETFROM:" + offsetText(c.from) << "TZOFFSETTO:" + offsetText(c.to);
        if (!c.name.isEmpty())
            lines << "TZNAME:" + escapeIcsText(QString::fromUtf8(c.name)).toUtf8();
        if (!rule.isEmpty())
            lines << rule;
        lines << "END:" + kind;
    };
    if (changes.empty()) {
        // A zone that never changes its offset: one observance from the epoch on.
        const int offset = zone.offsetFromUtc(lo);
        Change c{QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC), offset, offset, false,
                 zone.abbreviation(lo).toUtf8()};
        observance(c, {});
    } else {
        // Changes of one kind (same offsets, daylight or not) in a yearly pattern share an RRULE.
        std::map<std::tuple<bool, int, int>, std::vector<Change>> kinds;
        std::vector<std::tuple<bool, int, int>> order;
        for (const Change &c : changes) {
            const auto key = std::make_tuple(c.daylight, c.from, c.to);
            if (!kinds.count(key))
                order.push_back(key);
            kinds[key].push_back(c);
        }
        for (const auto &key : order) {
            const std::vector<Change> &list = kinds[key];
            const QByteArray rule = yearlyRule(list);
            if (!rule.isEmpty()) {
                observance(list.front(), rule);
            } else {
                for (const Change &c : list)
                    observance(c, {});
            }
        }
    }
    lines << "END:VTIMEZONE";
    return lines;
}

QString timeText(const QDateTime &wall)
{
    return wall.toString(u"yyyy-MM-dd HH:mm");
}

QString describe(const Schedule &schedule, const WindowOccurrence &w)
{
    QStringList lines;
    lines << Tr::tr("Maintenance window %1, %2 to %3.")
                 .arg(w.window, timeText(w.start), timeText(w.end));
    for (int index : w.steps) {
        const ScheduledStep &s = schedule.steps[index];
        lines << Tr::tr("%1 %2 -> %3: start %4, point of no return %5")
                     .arg(s.component, s.from.text(), s.to.text(), timeText(s.start),
                          timeText(s.pointOfNoReturn));
    }
    lines << (w.overrunMinutes > 0
                  ? Tr::tr("If every step rolls back: done %1, %2 after the window ends.")
                        .arg(timeText(w.worstCaseEnd), durationText(w.overrunMinutes))
                  : Tr::tr("If every step rolls back: done %1.").arg(timeText(w.worstCaseEnd)));
    return lines.join(u'\n');
}

} // namespace

QString escapeIcsText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // CRLF counts as one newline
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldIcsLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype pos = 0;
    int room = maxOctets; // the first line has 75 octets, the others 74 after their space
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 character
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = maxOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray writeIcs(const Estate &estate, const Schedule &schedule, const QString &scenario)
{
    const QTimeZone zone(schedule.timezone.toUtf8());
    const bool zoned = !schedule.timezone.isEmpty() && zone.isValid();
    QDateTime first;
    QDateTime last;
    for (const WindowOccurrence &w : schedule.windows) {
        if (!w.isUsed())
            continue;
        if (!first.isValid() || w.start < first)
            first = w.start;
        if (!last.isValid() || w.end > last)
            last = w.end;
    }
    const QDate stampDay = estate.project.start.isValid() ? estate.project.start
                           : first.isValid()              ? first.date()
                                                          : QDate(1970, 1, 1);
    const QByteArray stamp = stampDay.toString(u"yyyyMMdd").toLatin1() + "T000000Z";
    const QByteArray tzParam = zoned ? ";TZID=" + zone.id() : QByteArray();

    QList<QByteArray> lines{"BEGIN:VCALENDAR", "VERSION:2.0",
                            "PRODID:-//Upgrade Planner//Upgrade Planner//EN", "CALSCALE:GREGORIAN",
                            "METHOD:PUBLISH"};
    const QString project = estate.project.name.isEmpty() || scenario.isEmpty()
                                ? estate.project.name
                                : Tr::tr("%1 (scenario %2)").arg(estate.project.name, scenario);
    if (!project.isEmpty())
        lines << "X-WR-CALNAME:"
                     + escapeIcsText(Tr::tr("%1: upgrade windows").arg(project)).toUtf8();
    if (zoned) {
        lines << "X-WR-TIMEZONE:" + zone.id();
        if (first.isValid())
            lines << timeZoneLines(zone, first, last);
    }
    for (const WindowOccurrence &w : schedule.windows) {
        if (!w.isUsed())
            continue;
        const QString summary
            = w.steps.size() == 1
                  ? Tr::tr("Upgrade window %1: 1 step").arg(w.window)
                  : Tr::tr("Upgrade window %1: %2 steps").arg(w.window).arg(w.steps.size());
        const QString title = scenario.isEmpty()
                                  ? summary
                                  : Tr::tr("[scenario %1] %2").arg(scenario, summary);
        lines << "BEGIN:VEVENT"
              << "UID:" + escapeIcsText(w.key()).toUtf8() + "@upgrade-planner"
              << "DTSTAMP:" + stamp << "DTSTART" + tzParam + ':' + localStamp(w.start)
              << "DTEND" + tzParam + ':' + localStamp(w.end)
              << "SUMMARY:" + escapeIcsText(title).toUtf8()
              << "DESCRIPTION:" + escapeIcsText(describe(schedule, w)).toUtf8() << "TRANSP:OPAQUE"
              << "END:VEVENT";
    }
    lines << "END:VCALENDAR";

    QByteArray out;
    for (const QByteArray &line : std::as_const(lines))
        out += foldIcsLine(line);
    return out;
}

} // namespace planner
