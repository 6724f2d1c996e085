// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kinds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <cstdint>
#include <optional>

namespace planner {

/// Inclusive range of calendar days.
struct DateRange
{
    QDate start;
    QDate end;
    bool contains(QDate d) const { return d >= start && d <= end; }
    friend bool operator==(const DateRange &, const DateRange &) = default;
};

/// A time slot in which upgrades may run. Times are wall-clock times in the project's time zone
/// (held as QDateTime in UTC so that arithmetic never shifts them).
struct MaintenanceWindow
{
    QString id;
    QDateTime start;
    QDateTime end;
    int repeatWeekly = 1; ///< number of weekly occurrences, the first at start
    int parallel = 1;     ///< how many steps may run at once
    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

/// Days on which nothing may change (dates inclusive).
struct Freeze
{
    DateRange days;
    QString reason;
    friend bool operator==(const Freeze &, const Freeze &) = default;
};

/// Days of the week as a bit mask: bit 0 Monday ... bit 6 Sunday.
using DayMask = std::uint8_t;
/// Reads "Mon-Fri", "Sat,Sun", "Mon,Wed-Fri" (English abbreviations, any case).
std::optional<DayMask> parseDays(const QString &text);
/// The shortest canonical text for a mask ("Mon-Fri", "Sat,Sun").
QString daysText(DayMask mask);

/// Hours in which a business process is busiest; nothing it relies on may be touched then.
struct Peak
{
    DayMask days = 0;
    QTime from;
    QTime to;
    friend bool operator==(const Peak &, const Peak &) = default;
};

/// Something the business does, and the components it uses directly.
struct BusinessProcess
{
    QString id;
    QString name;
    Criticality criticality = Criticality::Medium;
    QStringList uses;
    QList<Peak> peaks;
    /// emergency payment production-control public-service, or empty: these get the stricter
    /// readiness list (processCategoryNames()).
    QString category;
    QStringList userGroups;              ///< who uses it ("tellers", "card holders")
    bool externalCustomers = false;      ///< customers outside the organisation use it
    QString serviceLevel;                ///< as agreed, free text ("99.95 % 07:00-22:00")
    std::optional<int> maxOutageMinutes; ///< the longest outage the service level allows
    friend bool operator==(const BusinessProcess &, const BusinessProcess &) = default;
};

QStringList processCategoryNames();

/// A person who can carry out steps needing some roles, and when they are away.
struct StaffMember
{
    QString name;
    QStringList roles;
    QList<DateRange> unavailable;
    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};

} // namespace planner
