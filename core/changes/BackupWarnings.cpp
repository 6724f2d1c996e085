// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeText.h"
#include "RiskScore.h"

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/PlannedMinutes.h"
#include "schedule/Schedule.h"

#include <QHash>
#include <QSet>

namespace planner {

namespace changes_detail {

QString minutesText(int minutes)
{
    const int h = minutes / 60;
    const int m = minutes % 60;
    if (h == 0)
        return Tr::tr("%1 min").arg(m);
    if (m == 0)
        return Tr::tr("%1 h").arg(h);
    return Tr::tr("%1 h %2 min").arg(h).arg(m);
}

QList<std::pair<QString, int>> movingComponents(const UpgradePlan &plan)
{
    QList<std::pair<QString, int>> out;
    QSet<QString> seen;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const QString &id = plan.steps[i].component;
        if (!seen.contains(id)) {
            seen.insert(id);
            out.push_back({id, i});
        }
    }
    return out;
}

} // namespace changes_detail

using namespace changes_detail;

QList<BackupWarning> backupWarnings(const Estate &estate, const UpgradePlan &plan,
                                    const Schedule *schedule)
{
    const QDate reference = estate.project.start.isValid() ? estate.project.start
                                                           : QDate::currentDate();
    // The reserve of each component's steps as scheduled (the shortest when it has several).
    QHash<QString, int> scheduledReserve;
    if (schedule) {
        for (const ScheduledStep &s : schedule->steps) {
            auto it = scheduledReserve.find(s.component);
            if (it == scheduledReserve.end())
                scheduledReserve.insert(s.component, s.rollbackMinutes);
            else
                *it = std::min(*it, s.rollbackMinutes);
        }
    }
    QList<BackupWarning> out;
    for (const auto &[id, firstStep] : movingComponents(plan)) {
        const Component *c = estate.find(id);
        if (!c)
            continue;
        BackupWarning w;
        w.component = id;
        if (!c->backup) {
            w.type = QStringLiteral("no-backup");
            w.message = Tr::tr("%1 has no backup recorded: nothing to restore if the step fails")
                            .arg(id);
            out.push_back(w);
            continue;
        }
        const BackupInfo &b = *c->backup;
        if (!b.lastRestoreTest.isValid()) {
            w.type = QStringLiteral("restore-never-tested");
            w.message = Tr::tr("the restore of %1's backup (%2) was never tested")
                            .arg(id, b.method.isEmpty() ? Tr::tr("no method given") : b.method);
            out.push_back(w);
        } else if (const qint64 days = b.lastRestoreTest.daysTo(reference);
                   days > estate.project.restoreTestMaxDays) {
            w.type = QStringLiteral("restore-stale");
            w.days = int(days);
            w.message = Tr::tr("the restore of %1's backup was last tested on %2, %3 days before "
                               "the plan starts (more than %4)")
                            .arg(id, b.lastRestoreTest.toString(Qt::ISODate))
                            .arg(days)
                            .arg(estate.project.restoreTestMaxDays);
            out.push_back(w);
        }
        if (b.restoreMinutes) {
            // The reserve of the component's steps: the schedule's when placed, else planned.
            int reserve = scheduledReserve.value(id, -1);
            if (reserve < 0) {
                reserve = plannedMinutes(estate, *c, Phase::Rollback);
                if (!c->reversible)
                    reserve = std::max(reserve, *b.restoreMinutes);
            }
            if (*b.restoreMinutes > reserve) {
                BackupWarning slow;
                slow.component = id;
                slow.type = QStringLiteral("restore-too-slow");
                slow.minutes = *b.restoreMinutes;
                slow.message = Tr::tr("the restore of %1 takes %2, longer than the step's "
                                      "rollback reserve of %3")
                                   .arg(id, minutesText(*b.restoreMinutes), minutesText(reserve));
                out.push_back(slow);
            }
        }
    }
    return out;
}

} // namespace planner
