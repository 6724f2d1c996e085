// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallestFix.h"

#include "ChangeText.h"
#include "SmallestFixShared.h"

#include "compat/Compatibility.h"

#include <QSet>

namespace planner {

using namespace changes_detail;

QList<Fix> fixesForConflict(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                            const Conflict &conflict, const FixOptions &options)
{
    QList<Fix> fixes;
    if (!isBlockingConflict(conflict))
        return fixes;
    // A conflict of the schedule goes once its step is placed: that step's fixes.
    for (const Conflict &c : schedule.conflicts) {
        if (c.key != conflict.key)
            continue;
        for (const UnscheduledStep &u : schedule.unscheduled)
            if (u.cause == conflict.type && conflict.components.contains(u.component))
                return fixesForUnscheduled(estate, plan, schedule, u, options);
        return fixes;
    }

    CheckOptions check;
    if (schedule.finish.isValid())
        check.planFinish = schedule.finish.date();
    const auto errorsOf = [&](const Estate &e) {
        QSet<QString> keys;
        for (const Conflict &c : checkCompatibility(e, check))
            if (isBlockingConflict(c))
                keys.insert(c.key);
        return keys;
    };
    const QSet<QString> before = errorsOf(estate);

    // Another target for a component of an unsatisfied requirement in the target state: the
    // highest release below its target that leaves no new error.
    if (conflict.type == QLatin1String(conflicttype::unsatisfiedRequirement)
        && conflict.state == Conflict::State::Target) {
        int checks = 0;
        for (const QString &id : conflict.components) {
            const int row = estate.indexOf(id);
            if (row < 0 || !estate.component(row).target)
                continue;
            const Component &component = estate.component(row);
            int skipped = 0;
            for (const Version &v :
                 releasesBetween(estate, component.product, component.version, *component.target)) {
                ++skipped;
                if (++checks > 12)
                    break;
                Estate e = estate;
                Component changed = component;
                changed.target = v;
                e.replaceComponent(row, changed);
                const QSet<QString> after = errorsOf(e);
                if (after.contains(conflict.key) || !(after - before).isEmpty())
                    continue;
                Fix fix;
                fix.kind = QString::fromLatin1(fixkind::steppingStone);
                fix.rank = RankTarget;
                fix.amount = skipped;
                fix.description = Tr::tr("Stop %1 at %2 for now instead of %3, a stepping "
                                         "stone: the requirement then holds and no other error "
                                         "appears")
                                      .arg(id, v.text(), component.target->text());
                fix.estate = std::move(e);
                fixes.append(std::move(fix));
                break;
            }
        }
    }

    // A waiver, recorded with who and why, until the plan is done.
    Estate e = estate;
    Waiver waiver;
    waiver.conflict = conflict.key;
    waiver.by = options.who;
    waiver.reason = options.why.isEmpty()
                        ? Tr::tr("Accepted as a known risk; to be confirmed by the change board")
                        : options.why;
    waiver.expires = schedule.finish.isValid() ? schedule.finish.date() : QDate();
    e.waivers.append(waiver);
    bool waived = false;
    for (const Conflict &c : checkCompatibility(e, check))
        if (c.key == conflict.key)
            waived = c.waived;
    if (waived) {
        Fix fix;
        fix.kind = QString::fromLatin1(fixkind::waiver);
        fix.rank = RankWaiver;
        fix.description
            = (waiver.expires.isValid()
                   ? Tr::tr("Waive %1 until %2, recording who accepts it and why (the conflict "
                            "stays listed as waived)")
                         .arg(conflict.key, waiver.expires.toString(Qt::ISODate))
                   : Tr::tr("Waive %1, recording who accepts it and why (the conflict stays "
                            "listed as waived)")
                         .arg(conflict.key));
        fix.estate = std::move(e);
        fixes.append(std::move(fix));
    }
    keepSmallest(fixes, options.maxFixes);
    return fixes;
}

FixLists fixesForConflicts(const Estate &estate, const UpgradePlan &plan, const Schedule &schedule,
                           const QList<Conflict> &conflicts, int limit, const FixOptions &options)
{
    FixLists lists;
    int looked = 0;
    for (const Conflict &c : conflicts) {
        if (!isBlockingConflict(c) || looked >= limit) {
            lists.append(std::nullopt);
            continue;
        }
        ++looked;
        lists.append(fixesForConflict(estate, plan, schedule, c, options));
    }
    return lists;
}

} // namespace planner
