// SPDX-License-Identifier: GPL-3.0-or-later
#include "Compatibility.h"

#include "CheckContext.h"

#include <QHash>

namespace planner {

namespace compat {

QString listText(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

void checkRequirements(const CheckContext &context, Conflict::State state)
{
    const RequirementChecker &checker = context.checker;
    const auto versions = state == Conflict::State::Current ? checker.currentState()
                                                            : checker.targetState();
    for (const Violation &v : checker.allViolations(versions)) {
        const auto &c = checker.constraints()[size_t(v.constraint)];
        context.add(conflicttype::unsatisfiedRequirement, Conflict::Severity::Error, state,
                    {context.estate.component(c.dependent).id,
                     context.estate.component(c.dependency).id},
                    checker.describe(v, state), checker.key(v));
    }
}

} // namespace compat

using namespace compat;

QList<Conflict> checkCompatibility(const Estate &estate, const CheckOptions &options)
{
    const RequirementChecker checker(estate);
    return checkCompatibility(estate, checker, options);
}

QList<Conflict> checkCompatibility(const Estate &estate, const RequirementChecker &checker,
                                   const CheckOptions &options)
{
    QList<Conflict> conflicts;
    const QDate start = options.planStart.isValid() ? options.planStart : estate.project.start;
    const QDate finish = options.planFinish.isValid() ? std::max(options.planFinish, start) : start;
    const Lifecycle &lifecycle = options.lifecycle ? *options.lifecycle : Lifecycle::bundled();
    const CheckContext context{estate, checker, lifecycle, options, start, finish, conflicts};

    checkUnknownReferences(context);
    checkCycles(context);
    if (options.states & CheckOptions::CurrentState) {
        checkRequirements(context, Conflict::State::Current);
        checkEndOfSupport(context, Conflict::State::Current);
        checkSiteDrift(context, Conflict::State::Current);
    }
    if (options.states & CheckOptions::TargetState) {
        checkRequirements(context, Conflict::State::Target);
        checkUpgradePaths(context);
        checkEndOfSupport(context, Conflict::State::Target);
        checkSiteDrift(context, Conflict::State::Target);
        checkBackups(context);
    }
    if (options.states & CheckOptions::IntermediateState)
        checkIntermediate(context);

    // A waiver holds until the end of its expiry day; one without a date does not expire.
    QHash<QString, const Waiver *> waivers;
    for (const Waiver &w : estate.waivers)
        if (!w.expires.isValid() || !start.isValid() || w.expires >= start)
            waivers.insert(w.conflict, &w);
    if (!waivers.isEmpty()) {
        for (Conflict &c : conflicts) {
            if (const Waiver *w = waivers.value(c.key)) {
                c.waived = true;
                c.waiverReason = w->reason;
            }
        }
    }
    return conflicts;
}

bool hasBlockingConflict(const QList<Conflict> &conflicts)
{
    for (const Conflict &c : conflicts)
        if (c.severity == Conflict::Severity::Error && !c.waived)
            return true;
    return false;
}

} // namespace planner
