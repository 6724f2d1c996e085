// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scenarios (issue 17): named variants of a plan. The baseline is the estate itself, and each
// scenario is a set of changes on top of it: component targets, phase durations and roles,
// windows, staff, order pins and waivers. A scenario stores changes, not a copy, so an edit of
// the baseline (a new component, a corrected version) reaches every scenario too.

#include "Calendar.h"
#include "Component.h"
#include "OrderConstraints.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

class Estate;

/// What a scenario changes in one component of the baseline.
struct ComponentChange
{
    QString component;                ///< the component's id
    bool setsTarget = false;          ///< true: `target` replaces the baseline's target
    std::optional<Version> target;    ///< with setsTarget; absent: the component stays
    PhaseDurations durations;         ///< the phases whose minutes the scenario sets
    std::optional<QStringList> roles; ///< set: replaces the roles the step needs

    bool isEmpty() const { return !setsTarget && durations.isEmpty() && !roles; }
    friend bool operator==(const ComponentChange &a, const ComponentChange &b);
};

/// The items of one section a scenario sets (each replaces the baseline's item with the same
/// key, or is added) and the keys it removes. Keys: a window's id, a staff member's name, a
/// pin's component, a waiver's conflict.
template<typename T>
struct SectionChanges
{
    QList<T> set;
    QStringList removed;

    bool isEmpty() const { return set.isEmpty() && removed.isEmpty(); }
    friend bool operator==(const SectionChanges &, const SectionChanges &) = default;
};

struct Scenario
{
    QString name;
    QString description;
    QList<ComponentChange> components; ///< at most one per component, in estate order
    SectionChanges<MaintenanceWindow> windows;
    SectionChanges<StaffMember> staff;
    SectionChanges<OrderPin> pins;
    SectionChanges<Waiver> waivers;

    /// True when the scenario changes nothing: it plans exactly as the baseline.
    bool isEmpty() const;
    /// How many changes it makes (a component change, a set or a removed item each count one).
    int changeCount() const;
    friend bool operator==(const Scenario &a, const Scenario &b);
};

/// The name that means the estate itself on the command line and in the GUI.
QString baselineScenarioName();

/// Why @p name cannot name a new scenario among @p existing (empty, "baseline", too long,
/// control characters, already used), or an empty string when it can.
QString scenarioNameProblem(const QString &name, const QList<Scenario> &existing);

/// The scenario of @p estate called @p name, or nullptr.
const Scenario *findScenario(const Estate &estate, const QString &name);

/// The estate as @p scenario has it: the baseline with the changes applied, its scenarios
/// list empty. A change that names what the baseline no longer has (a removed component or
/// window) is skipped, and said in @p warnings ("scenario 'x': ...").
Estate applyScenario(const Estate &baseline, const Scenario &scenario,
                     QStringList *warnings = nullptr);

/// The changes that turn @p baseline into @p variant, as a scenario called @p name, in the
/// parts a scenario covers. Differences elsewhere (a component added or renamed, a freeze, a
/// dependency...) cannot be a scenario's: each is said in @p outside, in words.
/// applyScenario(baseline, scenarioBetween(baseline, v)) equals v in the covered parts.
Scenario scenarioBetween(const Estate &baseline, const Estate &variant, const QString &name,
                         QStringList *outside = nullptr);

/// The baseline that a variant edited as a whole estate (the GUI edits the current scenario
/// that way) implies: @p variant with the parts a scenario covers (the targets, durations and
/// roles of components the baseline has; windows, staff, pins and waivers) as @p baseline has
/// them. Everything else (components added or removed, dependencies, freezes, records...) is
/// shared by every scenario, so an edit of it made in a variant reaches the baseline.
/// scenarioBetween(scenarioBase(b, v), v) then describes v whole.
Estate scenarioBase(const Estate &baseline, const Estate &variant);

} // namespace planner
