// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace planner {

/// The locale's short date format ("dd.MM.yyyy", "M/d/yyyy", "yyyy/M/d"), always with the year
/// in four digits: in an editor a two-digit year would turn 27 into 1927.
inline QString localeDateFormat(const QLocale &locale = QLocale())
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

/// The locale's short date and time of day to the minute ("dd.MM.yyyy HH:mm",
/// "M/d/yyyy h:mm AP"): windows start on the minute, seconds would be noise.
inline QString localeDateTimeFormat(const QLocale &locale = QLocale())
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return localeDateFormat(locale) + u' ' + time;
}

} // namespace planner
