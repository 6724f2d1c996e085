// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace planner {

/// Converts between the estate's wall-clock times and real time in the project's time zone.
/// Estate times are wall-clock readings held as QDateTime with Qt::UTC spec; "wall seconds" are
/// such a reading as seconds since the epoch, "real seconds" the true instant (UTC).
/// A wall time skipped when the clocks go forward maps to the instant the gap ends plus its
/// offset into the gap (02:30 becomes 03:30); a wall time that happens twice when the clocks go
/// back maps to its first occurrence. An empty or unknown time zone means plain wall-clock
/// arithmetic: every day has 24 hours.
class WallClock
{
public:
    explicit WallClock(const QString &timezone = QString());

    /// True when the time zone is known and conversions follow its offsets.
    bool hasTimeZone() const { return m_valid; }
    const QTimeZone &timeZone() const { return m_zone; }

    /// Makes conversions between @p fromWall and @p toWall (wall seconds, a margin of two days
    /// is added) table look-ups; outside that span they ask QTimeZone, which is slower.
    void cover(qint64 fromWall, qint64 toWall);

    qint64 toReal(qint64 wallSeconds) const;
    qint64 toWall(qint64 realSeconds) const;
    qint64 toReal(const QDateTime &wall) const { return toReal(wall.toSecsSinceEpoch()); }
    /// The wall-clock reading at @p realSeconds as a QDateTime with Qt::UTC spec.
    QDateTime wallDateTime(qint64 realSeconds) const;
    /// Offset from UTC in seconds at @p realSeconds.
    int offsetAt(qint64 realSeconds) const;

    /// Julian day of a wall-clock reading, and wall seconds of a Julian day's midnight.
    static qint64 julianDay(qint64 wallSeconds);
    static qint64 midnight(qint64 julianDay);

private:
    struct Transition
    {
        qint64 at;      ///< real seconds
        int before;     ///< offset before
        int after;      ///< offset from `at` on
        qint64 wallKey; ///< first wall reading that uses `after`
    };

    int slowOffsetAtReal(qint64 realSeconds) const;

    QTimeZone m_zone;
    bool m_valid = false;
    bool m_covered = false;
    qint64 m_lo = 0; ///< covered span, real seconds
    qint64 m_hi = 0;
    int m_baseOffset = 0;
    std::vector<Transition> m_transitions;
};

} // namespace planner
