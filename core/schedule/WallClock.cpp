// SPDX-License-Identifier: GPL-3.0-or-later
#include "WallClock.h"

#include <algorithm>

namespace planner {

namespace {
constexpr qint64 daySeconds = 86400;
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr qint64 margin = 2 * daySeconds;
} // namespace

WallClock::WallClock(const QString &timezone)
{
    if (!timezone.isEmpty()) {
        m_zone = QTimeZone(timezone.toUtf8());
        m_valid = m_zone.isValid();
    }
}

qint64 WallClock::julianDay(qint64 wallSeconds)
{
    // Floor division: times before 1970 land on the right day too.
    qint64 days = wallSeconds / daySeconds;
    if (wallSeconds % daySeconds < 0)
        --days;
    return days + unixEpochJulianDay;
}

qint64 WallClock::midnight(qint64 julianDay)
{
    return (julianDay - unixEpochJulianDay) * daySeconds;
}

void WallClock::cover(qint64 fromWall, qint64 toWall)
{
    if (!m_valid)
        return;
    // Offsets never exceed a day, so the wall span widened by two days covers the real span.
    m_lo = fromWall - margin;
    m_hi = toWall + margin;
    m_baseOffset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(m_lo, Qt::UTC));
    m_transitions.clear();
    int previous = m_baseOffset;
    const auto list = m_zone.transitions(QDateTime::fromSecsSinceEpoch(m_lo, Qt::UTC),
                                         QDateTime::fromSecsSinceEpoch(m_hi, Qt::UTC));
    for (const QTimeZone::OffsetData &data : list) {
        const qint64 at = data.atUtc.toSecsSinceEpoch();
        if (at <= m_lo || data.offsetFromUtc == previous)
            continue;
        m_transitions.push_back(
            {at, previous, data.offsetFromUtc, at + std::max(previous, data.offsetFromUtc)});
        previous = data.offsetFromUtc;
    }
    m_covered = true;
}

int WallClock::slowOffsetAtReal(qint64 realSeconds) const
{
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(realSeconds, Qt::UTC));
}

int WallClock::offsetAt(qint64 realSeconds) const
{
    if (!m_valid)
        return 0;
    if (!m_covered || realSeconds < m_lo || realSeconds > m_hi)
        return slowOffsetAtReal(realSeconds);
    const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), realSeconds,
                                     [](qint64 t, const Transition &tr) { return t < tr.at; });
    return it == m_transitions.begin() ? m_baseOffset : std::prev(it)->after;
}

qint64 WallClock::toWall(qint64 realSeconds) const
{
    return realSeconds + offsetAt(realSeconds);
}

qint64 WallClock::toReal(qint64 wallSeconds) const
{
    if (!m_valid)
        return wallSeconds;
    if (m_covered && wallSeconds - margin / 2 >= m_lo && wallSeconds + margin / 2 <= m_hi) {
        const auto it = std::upper_bound(m_transitions.begin(), m_transitions.end(), wallSeconds,
                                         [](qint64 w, const Transition &tr) {
                                             return w < tr.wallKey;
                                         });
        const int offset = it == m_transitions.begin() ? m_baseOffset : std::prev(it)->after;
        return wallSeconds - offset;
    }
    // Outside the table: the same rule, with offsets asked of the time zone. The offset a day
    // before and after bracket any transition near this reading.
    const int early = slowOffsetAtReal(wallSeconds - daySeconds);
    const int late = slowOffsetAtReal(wallSeconds + daySeconds);
    if (early == late)
        return wallSeconds - early;
    const qint64 withEarly = wallSeconds - early;
    if (slowOffsetAtReal(withEarly) == early)
        return withEarly; // before the change, or the first of two readings
    const qint64 withLate = wallSeconds - late;
    if (slowOffsetAtReal(withLate) == late)
        return withLate;
    return withEarly; // inside a gap
}

QDateTime WallClock::wallDateTime(qint64 realSeconds) const
{
    return QDateTime::fromSecsSinceEpoch(toWall(realSeconds), Qt::UTC);
}

} // namespace planner
