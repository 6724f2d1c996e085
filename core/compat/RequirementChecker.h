// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"
#include "catalog/Catalog.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace planner {

class Estate;

/// A requirement constraint broken in some state, with the two versions that break it.
struct Violation
{
    int constraint = -1; ///< index into RequirementChecker::constraints()
    const Version *dependentVersion = nullptr;
    const Version *dependencyVersion = nullptr;
};

/// The version requirements of an estate, prepared once so that any state the upgrade passes
/// through can be checked cheaply: over and over by the ordering, once per state by the
/// compatibility check.
///
/// Components are numbered by their row in the estate. Each has a *ladder*: the versions it
/// may run during the upgrade, in order: its current version, every catalog release strictly
/// between current and target (stepping stones, required stops among them), then its target.
/// A component without an upgrade has a ladder of one version; a downgrade, or a product whose
/// releases the catalog does not list, goes straight from current to target.
///
/// A *state* gives each component a version, as a pointer. Pointers into the ladders
/// (versionAt(), currentState(), targetState()) and to the components' own `version` and
/// `target` are decided by a table lookup; any other pointer is evaluated against the ranges.
/// Versions outside the ladders are not meant to occur: the constraints that no combination of
/// ladder versions can break are dropped when the checker is built.
///
/// The checker refers to the estate it was built from: keep the estate alive and unchanged.
class RequirementChecker
{
public:
    using State = std::vector<const Version *>;

    /// "While `dependent` runs a version in `when`, `dependency` must run a version in `range`":
    /// a dependency's own `requires` (rule -1), or a catalog rule resolved to one dependency.
    struct Constraint
    {
        int dependent = -1;
        int dependency = -1;
        int rule = -1;          ///< index into catalog().rules(); -1: the dependency's `requires`
        int dependencyRow = -1; ///< row in estate().dependencies()
        const VersionRange *when = nullptr;  ///< on the dependent's version; nullptr: always
        const VersionRange *range = nullptr; ///< on the dependency's version
        /// When both ladders have at most 64 versions ("tabulated"): bit i of whenMask says
        /// `when` holds at the dependent's ladder position i, bit j of rangeMask that `range`
        /// holds at the dependency's position j. Longer ladders leave both 0 and use the
        /// position sets instead.
        std::uint64_t whenMask = 0;
        std::uint64_t rangeMask = 0;
        int whenSet = -1;  ///< longer ladders: index of the dependent's positions, see positions()
        int rangeSet = -1; ///< longer ladders: index of the dependency's positions
    };

    /// Ladder positions as sorted, disjoint half-open intervals [first, second).
    using Positions = std::vector<std::pair<int, int>>;

    explicit RequirementChecker(const Estate &estate);

    const Estate &estate() const { return m_estate; }
    /// The estate's catalog merged by product.
    const Catalog &catalog() const { return *m_catalog; }
    int componentCount() const { return int(m_ladderOf.size()); }

    /// The constraints that some combination of ladder versions breaks; those that hold
    /// whatever the two components run along their ladders (the great majority) are dropped.
    const std::vector<Constraint> &constraints() const { return m_constraints; }
    int constraintCount() const { return int(m_constraints.size()); }
    /// Indices of the constraints in which @p component is the dependent or the dependency.
    std::span<const int> constraintsOf(int component) const;
    int dependent(const Violation &v) const
    {
        return m_constraints[size_t(v.constraint)].dependent;
    }
    int dependency(const Violation &v) const
    {
        return m_constraints[size_t(v.constraint)].dependency;
    }
    /// True when @p constraint holds while its dependent runs @p dependentVersion and its
    /// dependency runs @p dependencyVersion.
    bool holds(int constraint, const Version *dependentVersion,
               const Version *dependencyVersion) const;
    bool holds(int constraint, const State &state) const;

    /// Rows of the components at both ends of dependency @p row ({from, to}); -1 for an id that
    /// is not a component of the estate.
    std::pair<int, int> dependencyEnds(int row) const { return m_ends[size_t(row)]; }
    /// The same for every dependency row.
    std::span<const std::pair<int, int>> dependencyEnds() const { return m_ends; }

    /// The versions @p component may run, in order (see the class comment); a copy, for
    /// messages and tests: the checker itself refers to the catalog's releases in place.
    std::vector<Version> ladder(int component) const;
    int ladderSize(int component) const
    {
        return m_ladders[size_t(m_ladderOf[size_t(component)])].size();
    }
    /// The version at @p position of the ladder of @p component: components with the same
    /// ladder share these objects, and releases between current and target are the merged
    /// catalog's own.
    const Version *versionAt(int component, int position) const
    {
        return &m_ladders[size_t(m_ladderOf[size_t(component)])].at(position);
    }
    /// True when the ladder's version at @p position is a required stop that a move may not
    /// jump over. Looked up, on ladders of any length.
    bool isStop(int component, int position) const;
    /// The furthest ladder position one move of @p component may reach from @p position: the
    /// first required stop after it, or the last position (the target).
    int reach(int component, int position) const;
    /// The fewest moves that take @p component from its current version to its target: one
    /// to each required stop between them and one to the target (0 when it does not move).
    int minimumMoves(int component) const;
    /// True when the ladder of @p component has a required stop between its ends.
    bool hasInnerStop(int component) const;

    /// The ladder positions at which constraint @p constraint's `when` holds for its dependent
    /// (@p dependencySide false) or its `range` holds for its dependency (true), appended to
    /// @p out as sorted, disjoint half-open intervals.
    void positions(int constraint, bool dependencySide, Positions &out) const;
    /// True when constraint @p constraint's `when` holds at its dependent's ladder position
    /// @p position (always, without a `when`).
    bool whenHolds(int constraint, int position) const;
    /// True when its `range` holds at its dependency's ladder position @p position.
    bool rangeHolds(int constraint, int position) const;
    /// Position of @p version in the ladder of @p component, or -1 when it points elsewhere.
    int positionOf(int component, const Version *version) const;

    /// Every component at the first / last version of its ladder.
    State currentState() const;
    State targetState() const;

    /// Appends to @p out the violations, in @p state, of the constraints involving @p component
    /// (as dependent or as dependency): what a move of that component may have broken.
    void violationsAt(const State &state, int component, std::vector<Violation> &out) const;
    /// Every violation in @p state, in constraint order.
    std::vector<Violation> allViolations(const State &state) const;

    /// The violation in words, naming the rule: "ledger-app 4.2 requires postgresql >=11 <15
    /// (catalog rule for ledger 4.x); in the target state pg-core runs 16.6".
    QString describe(const Violation &violation, Conflict::State state) const;
    /// The same, with "in <where> pg-core runs 16.6" (or just "pg-core runs 16.6" when @p where
    /// is empty) for states that are not one of the three named ones.
    QString describe(const Violation &violation, const State &state,
                     const QString &where = QString()) const;
    /// Stable text naming the constraint: "ledger-app,pg-core:ledger 4.x" for a catalog rule,
    /// "ledger-app,pg-core:requires" for a dependency's own range. Conflict keys use it.
    QString key(const Violation &violation) const { return constraintKey(violation.constraint); }
    QString constraintKey(int constraint) const;

private:
    // The current version, the catalog's releases strictly between (in place, not copied:
    // a product with thousands of releases and an estate drifting across hundreds of them
    // would otherwise hold millions of copies), then the target.
    struct Ladder
    {
        Version current;
        Version target;                   // when it moves
        const Version *between = nullptr; // positions 1 .. count, in the merged catalog
        int count = 0;
        bool moves = false;
        std::uint64_t stops = 0;        // bit i: position i (< 64) is a required stop
        std::vector<int> stopPositions; // every required stop, ascending

        int size() const { return moves ? count + 2 : 1; }
        const Version &at(int i) const
        {
            return i == 0 ? current : (i == count + 1 ? target : between[i - 1]);
        }
        const Version &last() const { return moves ? target : current; }
    };

    int position(int component, const Version *version) const;
    bool inSet(int set, int position) const;
    QString describe(const Violation &violation, const QString &runsIn) const;

    const Estate &m_estate;
    std::shared_ptr<const Catalog> m_catalog; // shared by copies: ladders point into it
    std::vector<Ladder> m_ladders; // shared by components with the same product and versions
    std::vector<int> m_ladderOf;   // per component
    std::vector<std::pair<int, int>> m_ends; // per dependency row
    std::vector<Constraint> m_constraints;
    std::vector<int> m_offsets; // per component, into m_incident (compressed rows)
    std::vector<int> m_incident;
    // Position sets of the constraints on ladders too long to tabulate: set k is the intervals
    // m_intervals[m_sets[k] .. m_sets[k + 1]).
    std::vector<int> m_sets{0};
    Positions m_intervals;
};

} // namespace planner
