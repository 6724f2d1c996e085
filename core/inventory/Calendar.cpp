// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calendar.h"

namespace planner {

namespace {
const char *const dayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int dayIndex(QStringView name)
{
    for (int i = 0; i < 7; ++i)
        if (name.compare(QLatin1String(dayNames[i]), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}
} // namespace

std::optional<DayMask> parseDays(const QString &text)
{
    DayMask mask = 0;
    const auto items = QStringView(text).split(u',');
    for (QStringView item : items) {
        item = item.trimmed();
        const qsizetype dash = item.indexOf(u'-');
        const int first = dayIndex(dash < 0 ? item : item.left(dash).trimmed());
        const int last = dash < 0 ? first : dayIndex(item.mid(dash + 1).trimmed());
        if (first < 0 || last < 0)
            return std::nullopt;
        // A range may wrap around the week end: "Fri-Mon".
        for (int d = first;; d = (d + 1) % 7) {
            mask |= DayMask(1u << d);
            if (d == last)
                break;
        }
    }
    return mask == 0 ? std::nullopt : std::optional<DayMask>(mask);
}

QString daysText(DayMask mask)
{
    QStringList pieces;
    int d = 0;
    while (d < 7) {
        if (!(mask & (1u << d))) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 < 7 && (mask & (1u << (end + 1))))
            ++end;
        pieces << (end - d >= 2 ? QStringLiteral("%1-%2").arg(QLatin1String(dayNames[d]),
                                                              QLatin1String(dayNames[end]))
                                : QString::fromLatin1(dayNames[d]));
        if (end - d == 1)
            pieces << QString::fromLatin1(dayNames[end]);
        d = end + 1;
    }
    return pieces.join(u',');
}

} // namespace planner
