// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequirementChecker.h"

#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace planner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequirementChecker", text);
}

// Ladders longer than this are not tabulated; their constraints are evaluated directly.
constexpr size_t maxTabulated = 64;

std::uint64_t fullMask(size_t size)
{
    return size >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << size) - 1;
}

struct LadderKey
{
    int product;
    QString current;
    QString target;
    friend bool operator==(const LadderKey &, const LadderKey &) = default;
};

size_t qHash(const LadderKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.product, key.current, key.target);
}

} // namespace

RequirementChecker::RequirementChecker(const Estate &estate)
    : m_estate(estate)
    , m_catalog(estate.catalog)
{
    const int n = estate.componentCount();

    // Products as small integers; rules by dependent product: (required product, rule index).
    QHash<QString, int> productIds;
    auto productId = [&productIds](const QString &name) {
        const auto it = productIds.constFind(name);
        if (it != productIds.constEnd())
            return it.value();
        const int id = int(productIds.size());
        productIds.insert(name, id);
        return id;
    };
    const auto &rules = m_catalog.rules();
    std::vector<std::vector<std::pair<int, int>>> rulesByProduct;
    for (int r = 0; r < int(rules.size()); ++r) {
        const int from = productId(rules[size_t(r)].product);
        const int to = productId(rules[size_t(r)].requiredProduct);
        if (rulesByProduct.size() <= size_t(std::max(from, to)))
            rulesByProduct.resize(size_t(std::max(from, to)) + 1);
        rulesByProduct[size_t(from)].push_back({to, r});
    }

    // One ladder per distinct (product, current, target).
    std::vector<int> productOf(static_cast<size_t>(n), -1);
    QHash<LadderKey, int> ladderIds;
    m_ladderOf.resize(size_t(n));
    for (int row = 0; row < n; ++row) {
        const Component &c = estate.component(row);
        productOf[size_t(row)] = productId(c.product);
        const bool moves = c.hasUpgrade();
        LadderKey key{productOf[size_t(row)], c.version.text(),
                      moves ? c.target->text() : QString()};
        const auto it = ladderIds.constFind(key);
        if (it != ladderIds.constEnd()) {
            m_ladderOf[size_t(row)] = it.value();
            continue;
        }
        Ladder ladder;
        const CatalogProduct *known = m_catalog.product(c.product);
        if (!moves) {
            ladder.versions = {c.version};
        } else if (known && known->hasReleases() && c.version < *c.target) {
            ladder.versions = known->path(c.version, *c.target);
            for (size_t i = 1; i + 1 < ladder.versions.size() && i < maxTabulated; ++i)
                if (std::binary_search(known->stops.begin(), known->stops.end(),
                                       ladder.versions[i]))
                    ladder.stops |= std::uint64_t(1) << i;
        } else {
            ladder.versions = {c.version, *c.target};
        }
        const int id = int(m_ladders.size());
        m_ladders.push_back(std::move(ladder));
        ladderIds.insert(key, id);
        m_ladderOf[size_t(row)] = id;
    }
    if (rulesByProduct.size() < size_t(productIds.size()))
        rulesByProduct.resize(size_t(productIds.size()));

    auto maskOf = [this](const VersionRange *range, int ladder) {
        std::uint64_t mask = 0;
        const auto &versions = m_ladders[size_t(ladder)].versions;
        for (size_t i = 0; i < versions.size() && i < maxTabulated; ++i)
            if (!range || range->contains(versions[i]))
                mask |= std::uint64_t(1) << i;
        return mask;
    };
    // Catalog rules meet the same few ladders over and over: tabulate each pair once.
    std::unordered_map<std::uint64_t, std::uint64_t> ruleMasks;
    auto ruleMask = [&](int rule, bool onRange, int ladder) {
        const std::uint64_t key = (std::uint64_t(rule) << 33) | (std::uint64_t(onRange) << 32)
                                  | std::uint64_t(ladder);
        const auto it = ruleMasks.find(key);
        if (it != ruleMasks.end())
            return it->second;
        const CatalogRule &r = rules[size_t(rule)];
        const VersionRange *range = onRange ? &r.range : (r.when ? &*r.when : nullptr);
        const std::uint64_t mask = maskOf(range, ladder);
        ruleMasks.emplace(key, mask);
        return mask;
    };
    auto tabulated = [this](int ladder) {
        return m_ladders[size_t(ladder)].versions.size() <= maxTabulated;
    };

    const auto &deps = estate.dependencies();
    m_ends.resize(size_t(deps.size()));
    // Dependencies usually come grouped by the component that has them: reuse its lookup.
    int from = -1;
    const QString *fromId = nullptr;
    for (int e = 0; e < int(deps.size()); ++e) {
        const Dependency &d = deps[e];
        if (!fromId || d.from != *fromId) {
            from = estate.indexOf(d.from);
            fromId = &d.from;
        }
        const int to = estate.indexOf(d.to);
        m_ends[size_t(e)] = {from, to};
        if (from < 0 || to < 0)
            continue;
        const int fromLadder = m_ladderOf[size_t(from)];
        const int toLadder = m_ladderOf[size_t(to)];
        const bool exact = tabulated(fromLadder) && tabulated(toLadder);
        const std::uint64_t toFull = fullMask(m_ladders[size_t(toLadder)].versions.size());
        if (d.requirement && !d.requirement->matchesAll()) {
            Constraint c{from, to, -1, e, nullptr, &*d.requirement,
                         fullMask(m_ladders[size_t(fromLadder)].versions.size()),
                         maskOf(&*d.requirement, toLadder)};
            if (!exact || c.rangeMask != toFull)
                m_constraints.push_back(c);
        }
        for (const auto &[required, rule] : rulesByProduct[size_t(productOf[size_t(from)])]) {
            if (required != productOf[size_t(to)])
                continue;
            const CatalogRule &r = rules[size_t(rule)];
            Constraint c{from, to, rule, e, r.when ? &*r.when : nullptr, &r.range,
                         ruleMask(rule, false, fromLadder), ruleMask(rule, true, toLadder)};
            if (!exact || (c.whenMask != 0 && c.rangeMask != toFull))
                m_constraints.push_back(c);
        }
    }

    // Index the constraints by both components they involve (compressed rows).
    m_offsets.assign(size_t(n) + 1, 0);
    for (const Constraint &c : m_constraints) {
        ++m_offsets[size_t(c.dependent) + 1];
        if (c.dependency != c.dependent)
            ++m_offsets[size_t(c.dependency) + 1];
    }
    for (size_t i = 0; i < size_t(n); ++i)
        m_offsets[i + 1] += m_offsets[i];
    m_incident.resize(size_t(m_offsets[size_t(n)]));
    std::vector<int> fill(m_offsets.begin(), m_offsets.end() - 1);
    for (int k = 0; k < int(m_constraints.size()); ++k) {
        const Constraint &c = m_constraints[size_t(k)];
        m_incident[size_t(fill[size_t(c.dependent)]++)] = k;
        if (c.dependency != c.dependent)
            m_incident[size_t(fill[size_t(c.dependency)]++)] = k;
    }
}

std::span<const int> RequirementChecker::constraintsOf(int component) const
{
    const size_t begin = size_t(m_offsets[size_t(component)]);
    const size_t end = size_t(m_offsets[size_t(component) + 1]);
    return {m_incident.data() + begin, end - begin};
}

const std::vector<Version> &RequirementChecker::ladder(int component) const
{
    return m_ladders[size_t(m_ladderOf[size_t(component)])].versions;
}

bool RequirementChecker::isStop(int component, int position) const
{
    if (position < 0 || size_t(position) >= maxTabulated)
        return false;
    return (m_ladders[size_t(m_ladderOf[size_t(component)])].stops >> position) & 1;
}

int RequirementChecker::position(int component, const Version *version) const
{
    const auto &versions = ladder(component);
    if (versions.size() > maxTabulated)
        return -1;
    const auto address = reinterpret_cast<std::uintptr_t>(version);
    const auto begin = reinterpret_cast<std::uintptr_t>(versions.data());
    const auto end = reinterpret_cast<std::uintptr_t>(versions.data() + versions.size());
    if (address >= begin && address < end)
        return int((address - begin) / sizeof(Version));
    const Component &c = m_estate.component(component);
    if (version == &c.version)
        return 0;
    if (c.target && version == &*c.target)
        return int(versions.size()) - 1;
    return -1;
}

int RequirementChecker::positionOf(int component, const Version *version) const
{
    const auto &versions = ladder(component);
    const auto address = reinterpret_cast<std::uintptr_t>(version);
    const auto begin = reinterpret_cast<std::uintptr_t>(versions.data());
    const auto end = reinterpret_cast<std::uintptr_t>(versions.data() + versions.size());
    if (address >= begin && address < end)
        return int((address - begin) / sizeof(Version));
    return -1;
}

bool RequirementChecker::holds(int constraint, const Version *dependentVersion,
                               const Version *dependencyVersion) const
{
    const Constraint &c = m_constraints[size_t(constraint)];
    const int i = position(c.dependent, dependentVersion);
    const int j = i < 0 ? -1 : position(c.dependency, dependencyVersion);
    if (j >= 0)
        return !((c.whenMask >> i) & 1) || ((c.rangeMask >> j) & 1);
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
        state[i] = &m_ladders[size_t(m_ladderOf[i])].versions.front();
    return state;
}

RequirementChecker::State RequirementChecker::targetState() const
{
    State state(m_ladderOf.size());
    for (size_t i = 0; i < state.size(); ++i)
        state[i] = &m_ladders[size_t(m_ladderOf[i])].versions.back();
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
    return describe(violation, tr("in the %1").arg(stateLabel(state)));
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
    return describe(v, where.isEmpty() ? QString() : tr("in %1").arg(where));
}

QString RequirementChecker::describe(const Violation &v, const QString &runsIn) const
{
    const Constraint &c = m_constraints[size_t(v.constraint)];
    const Component &from = m_estate.component(c.dependent);
    const Component &to = m_estate.component(c.dependency);
    const QString runs = runsIn.isEmpty()
                             ? tr("%1 runs %2").arg(to.id, v.dependencyVersion->text())
                             : tr("%1 %2 runs %3").arg(runsIn, to.id, v.dependencyVersion->text());
    if (c.rule < 0)
        return tr("%1 %2 requires %3 %4 (dependency range); %5")
            .arg(from.id, v.dependentVersion->text(), to.id, c.range->text(), runs);
    const CatalogRule &rule = m_catalog.rules()[size_t(c.rule)];
    return tr("%1 %2 requires %3 %4 (catalog rule for %5); %6")
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
    return pair + u':' + m_catalog.rules()[size_t(c.rule)].subject();
}

} // namespace planner
