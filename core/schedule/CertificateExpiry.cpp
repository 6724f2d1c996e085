// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateExpiry.h"

#include "Schedule.h"
#include "SchedulerRun.h"

#include "inventory/Estate.h"

namespace planner {

QDateTime planEnd(const Schedule &schedule)
{
    if (schedule.finish.isValid())
        return schedule.finish;
    QDateTime last;
    for (const WindowOccurrence &w : schedule.windows)
        if (!last.isValid() || w.end > last)
            last = w.end;
    return last;
}

QList<Conflict> certificateExpiryConflicts(const Estate &estate, const QDateTime &planEnd)
{
    QList<Conflict> out;
    if (!planEnd.isValid())
        return out;
    // An item is treated as expiring at the start of its expiry day, so one that expires on
    // the day the plan ends is already a conflict.
    const QDate start = estate.project.start;
    for (const ConfigItem &item : estate.records.configuration) {
        if (!item.expires.isValid() || item.expires > planEnd.date())
            continue;
        Conflict c;
        c.type = QLatin1String(conflicttype::certificateExpiry);
        c.severity = Conflict::Severity::Error;
        c.state = Conflict::State::Target;
        c.components = {item.component};
        c.key = c.type + QStringLiteral(":target:") + item.component + u':' + item.name;
        c.message = QCoreApplication::translate(
                        "SchedulerText",
                        "%1 of %2 expires on %3, before the plan ends (%4): renew it or "
                        "finish earlier")
                        .arg(item.name.isEmpty() ? item.kind : item.name, item.component,
                             item.expires.toString(Qt::ISODate),
                             planEnd.toString(u"yyyy-MM-dd HH:mm"));
        for (const Waiver &w : estate.waivers) {
            if (w.conflict == c.key
                && (!w.expires.isValid() || !start.isValid() || w.expires >= start)) {
                c.waived = true;
                c.waiverReason = w.reason;
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace planner
