// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequirementChecker.h"

#include "inventory/Estate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequirementChecker)
};

} // namespace

bool RequirementChecker::inSet(int set, int position) const
{
    const auto begin = m_intervals.begin() + m_sets[size_t(set)];
    const auto end = m_intervals.begin() + m_sets[size_t(set) + 1];
    const auto it = std::upper_bound(begin, end, position, [](int p, const auto &interval) {
        return p < interval.first;
    });
    return it != begin && position < std::prev(it)->second;
}

bool RequirementChecker::whenHolds(int constraint, int position) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    if (c.rangeSet >= 0)
        return c.whenSet < 0 || inSet(c.whenSet, position);
    return (c.whenMask >> position) & 1;
}

bool RequirementChecker::rangeHolds(int constraint, int position) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    if (c.rangeSet >= 0)
        return inSet(c.rangeSet, position);
    return (c.rangeMask >> position) & 1;
}

void RequirementChecker::positions(int constraint, bool dependencySide, Positions &out) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    const int size = ladderSize(dependencySide ? c.dependency : c.dependent);
    if (c.rangeSet >= 0) { // long ladders: the sets
        const int set = dependencySide ? c.rangeSet : c.whenSet;
        if (set < 0) {
            out.push_back({0, size});
            return;
        }
        out.insert(out.end(), m_intervals.begin() + m_sets[size_t(set)],
                   m_intervals.begin() + m_sets[size_t(set) + 1]);
        return;
    }
    const std::uint64_t mask = dependencySide ? c.rangeMask : c.whenMask;
    for (int i = 0; i < size;) {
        if (!((mask >> i) & 1)) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < size && ((mask >> j) & 1))
            ++j;
        out.push_back({i, j});
        i = j;
    }
}

int RequirementChecker::position(int component, const Version *version) const
{
    const int at = positionOf(component, version);
    if (at >= 0)
        return at;
    const Component &c = m_estate.component(component);
    if (version == &c.version)
        return 0;
    if (c.target && version == &*c.target)
        return ladderSize(component) - 1;
    return -1;
}

int RequirementChecker::positionOf(int component, const Version *version) const
{
    const Ladder &l = m_ladders[size_t(m_ladderOf[size_t(component)])];
    if (version == &l.current)
        return 0;
    if (l.moves && version == &l.target)
        return l.count + 1;
    // A release between them: the catalog's own object, shared by the ladders of the product.
    const auto address = reinterpret_cast<std::uintptr_t>(version);
    const auto begin = reinterpret_cast<std::uintptr_t>(l.between);
    const auto end = reinterpret_cast<std::uintptr_t>(l.between + l.count);
    if (l.count > 0 && address >= begin && address < end)
        return 1 + int((address - begin) / sizeof(Version));
    return -1;
}

bool RequirementChecker::holds(int constraint, const Version *dependentVersion,
                               const Version *dependencyVersion) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    const int i = position(c.dependent, dependentVersion);
    const int j = i < 0 ? -1 : position(c.dependency, dependencyVersion);
    if (j >= 0) {
        if (c.rangeSet >= 0)
            return (c.whenSet >= 0 && !inSet(c.whenSet, i)) || inSet(c.rangeSet, j);
        return !((c.whenMask >> i) & 1) || ((c.rangeMask >> j) & 1);
    }
    if (c.when && !c.when->contains(*dependentVersion))
        return true;
    return c.range->contains(*dependencyVersion);
}

bool RequirementChecker::holds(int constraint, const State &state) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    return holds(constraint, state[size_t(c.dependent)], state[size_t(c.dependency)]);
}

RequirementChecker::State RequirementChecker::currentState() const
{
    State state(m_ladderOf.size());
    for (size_t i = 0; i < state.size(); ++i)
        state[i] = &m_ladders[size_t(m_ladderOf[i])].current;
    return state;
}

RequirementChecker::State RequirementChecker::targetState() const
{
    State state(m_ladderOf.size());
    for (size_t i = 0; i < state.size(); ++i)
        state[i] = &m_ladders[size_t(m_ladderOf[i])].last();
    return state;
}

void RequirementChecker::violationsAt(const State &state, int component,
                                      std::vector<Violation> &out) const
{
    for (int k : constraintsOf(component)) {
        const Constraint &c = m_constraints[size_t(k)];
        const Version *a = state[size_t(c.dependent)];
        const Version *b = state[size_t(c.dependency)];
        if (!holds(k, a, b))
            out.push_back({k, a, b});
    }
}

std::vector<Violation> RequirementChecker::allViolations(const State &state) const
{
    std::vector<Violation> out;
    for (int k = 0; k < int(m_constraints.size()); ++k) {
        const Constraint &c = m_constraints[size_t(k)];
        const Version *a = state[size_t(c.dependent)];
        const Version *b = state[size_t(c.dependency)];
        if (!holds(k, a, b))
            out.push_back({k, a, b});
    }
    return out;
}

QString RequirementChecker::describe(const Violation &violation, Conflict::State state) const
{
    return describe(violation, Tr::tr("in the %1").arg(stateLabel(state)));
}

QString RequirementChecker::describe(const Violation &violation, const State &state,
                                     const QString &where) const
{
    Violation v = violation;
    const Constraint &c = m_constraints[size_t(v.constraint)];
    if (!v.dependentVersion)
        v.dependentVersion = state[size_t(c.dependent)];
    if (!v.dependencyVersion)
        v.dependencyVersion = state[size_t(c.dependency)];
    return describe(v, where.isEmpty() ? QString() : Tr::tr("in %1").arg(where));
}

QString RequirementChecker::describe(const Violation &v, const QString &runsIn) const
{
    const Constraint &c = m_constraints[size_t(v.constraint)];
    const Component &from = m_estate.component(c.dependent);
    const Component &to = m_estate.component(c.dependency);
    const QString runs = runsIn.isEmpty()
                             ? Tr::tr("%1 runs %2").arg(to.id, v.dependencyVersion->text())
                             : Tr::tr("%1 %2 runs %3")
                                   .arg(runsIn, to.id, v.dependencyVersion->text());
    if (c.rule < 0)
        return Tr::tr("%1 %2 requires %3 %4 (dependency range); %5")
            .arg(from.id, v.dependentVersion->text(), to.id, c.range->text(), runs);
    const CatalogRule &rule = m_catalog->rules()[size_t(c.rule)];
    return Tr::tr("%1 %2 requires %3 %4 (catalog rule for %5); %6")
        .arg(from.id, v.dependentVersion->text(), rule.requiredProduct, c.range->text(),
             rule.subject(), runs);
}

QString RequirementChecker::constraintKey(int constraint) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    const QString pair = m_estate.component(c.dependent).id + u','
                         + m_estate.component(c.dependency).id;
    if (c.rule < 0)
        return pair + QStringLiteral(":requires");
    return pair + u':' + m_catalog->rules()[size_t(c.rule)].subject();
}

} // namespace planner
