// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequirementChecker.h"

#include "inventory/Estate.h"

#include <QHash>

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace planner {

namespace {

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

using Positions = RequirementChecker::Positions;

// Sorts and merges intervals, dropping empty ones.
void normalise(Positions &intervals)
{
    std::sort(intervals.begin(), intervals.end());
    Positions merged;
    for (const auto &[first, last] : intervals) {
        if (first >= last)
            continue;
        if (!merged.empty() && first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, last);
        else
            merged.push_back({first, last});
    }
    intervals = std::move(merged);
}

// The positions of @p ladder whose versions @p range contains (nullptr: all of them). A long
// ladder is a path through the catalog, strictly ascending, so each comparator holds on one
// interval of it, found by binary search; short ladders (a downgrade is not ascending) and the
// rare prefix comparator on a word are tested version by version.
template<typename At>
Positions rangePositions(const VersionRange *range, int n, At at)
{
    Positions out;
    if (!range || range->matchesAll()) {
        out.push_back({0, n});
        return out;
    }
    bool scan = size_t(n) <= maxTabulated;
    for (const auto &alternative : range->alternatives())
        for (const auto &c : alternative)
            scan = scan || c.op == VersionRange::Op::Prefix;
    if (scan) {
        for (int i = 0; i < n; ++i)
            if (range->contains(at(i)))
                out.push_back({i, i + 1});
        normalise(out);
        return out;
    }
    const auto firstNotBelow = [n, &at](const Version &v, bool strict) {
        int low = 0;
        int high = n;
        while (low < high) {
            const int middle = low + (high - low) / 2;
            const int cmp = Version::compare(at(middle), v);
            if (strict ? cmp <= 0 : cmp < 0)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    };
    for (const auto &alternative : range->alternatives()) {
        int first = 0;
        int last = n;
        for (const auto &c : alternative) {
            switch (c.op) {
            case VersionRange::Op::GreaterEqual:
                first = std::max(first, firstNotBelow(c.version, false));
                break;
            case VersionRange::Op::Greater:
                first = std::max(first, firstNotBelow(c.version, true));
                break;
            case VersionRange::Op::LessEqual:
                last = std::min(last, firstNotBelow(c.version, true));
                break;
            case VersionRange::Op::Less:
                last = std::min(last, firstNotBelow(c.version, false));
                break;
            case VersionRange::Op::Equal:
                first = std::max(first, firstNotBelow(c.version, false));
                last = std::min(last, firstNotBelow(c.version, true));
                break;
            case VersionRange::Op::Prefix:
                break; // scanned above
            }
        }
        out.push_back({first, last});
    }
    normalise(out);
    return out;
}

// Rows of the components by the address of their id's characters. Readers and the generator
// give a dependency the very string of the component it names, so most lookups need neither
// hashing nor comparing text: at a million components those cache misses were most of the
// checker's set-up. Any other string falls back to the estate's index.
class RowsByIdAddress
{
public:
    explicit RowsByIdAddress(const Estate &estate)
        : m_estate(estate)
    {
        size_t size = 16;
        while (size < size_t(estate.componentCount()) * 2)
            size *= 2;
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (int row = 0; row < estate.componentCount(); ++row) {
            size_t slot = hash(estate.component(row).id.constData());
            while (m_slots[slot].address)
                slot = (slot + 1) & m_mask;
            const QString &id = estate.component(row).id;
            m_slots[slot] = {id.constData(), row, int(id.size())};
        }
    }

    int find(const QString &id) const
    {
        const QChar *address = id.constData();
        for (size_t slot = hash(address); m_slots[slot].address; slot = (slot + 1) & m_mask) {
            if (m_slots[slot].address != address)
                continue;
            if (m_slots[slot].size == id.size())
                return m_slots[slot].row;
            break;
        }
        return m_estate.indexOf(id);
    }

private:
    size_t hash(const QChar *address) const
    {
        return size_t((std::uint64_t(reinterpret_cast<std::uintptr_t>(address)) >> 3)
                          * 0x9E3779B97F4A7C15ull
                      >> 20)
               & m_mask;
    }

    struct Slot
    {
        const QChar *address = nullptr;
        int row = -1;
        int size = 0;
    };
    const Estate &m_estate;
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

RequirementChecker::RequirementChecker(const Estate &estate)
    : m_estate(estate)
    , m_catalog(std::make_shared<const Catalog>(estate.catalog))
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
    const auto &rules = m_catalog->rules();
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
        ladder.current = c.version;
        const CatalogProduct *known = m_catalog->product(c.product);
        if (moves) {
            ladder.target = *c.target;
            ladder.moves = true;
        }
        if (moves && known && known->hasReleases() && c.version < *c.target) {
            // The catalog's releases strictly between current and target, where they are.
            const auto &releases = known->releases;
            const auto first = std::upper_bound(releases.begin(), releases.end(), c.version);
            const auto last = std::lower_bound(first, releases.end(), *c.target);
            ladder.between = releases.data() + (first - releases.begin());
            ladder.count = int(last - first);
            // The stops strictly between them, each looked up among those releases.
            const auto &stops = known->stops;
            for (auto it = std::upper_bound(stops.begin(), stops.end(), c.version);
                 it != stops.end() && *it < *c.target; ++it) {
                const auto at = std::lower_bound(first, last, *it);
                if (at == last || !(*at == *it))
                    continue;
                const int i = 1 + int(at - first);
                if (!ladder.stopPositions.empty() && ladder.stopPositions.back() == i)
                    continue;
                ladder.stopPositions.push_back(i);
                if (size_t(i) < maxTabulated)
                    ladder.stops |= std::uint64_t(1) << i;
            }
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
        const Ladder &l = m_ladders[size_t(ladder)];
        for (int i = 0; i < l.size() && size_t(i) < maxTabulated; ++i)
            if (!range || range->contains(l.at(i)))
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
        return size_t(m_ladders[size_t(ladder)].size()) <= maxTabulated;
    };
    // Long ladders: position sets, those of catalog rules shared like the masks.
    auto positionsIn = [this](const VersionRange *range, int ladder) {
        const Ladder &l = m_ladders[size_t(ladder)];
        return rangePositions(range, l.size(), [&l](int i) -> const Version & { return l.at(i); });
    };
    auto addSet = [this](const Positions &positions) {
        m_intervals.insert(m_intervals.end(), positions.begin(), positions.end());
        m_sets.push_back(int(m_intervals.size()));
        return int(m_sets.size()) - 2;
    };
    std::unordered_map<std::uint64_t, int> ruleSets;
    auto ruleSet = [&](int rule, bool onRange, int ladder) {
        const std::uint64_t key = (std::uint64_t(rule) << 33) | (std::uint64_t(onRange) << 32)
                                  | std::uint64_t(ladder);
        const auto it = ruleSets.find(key);
        if (it != ruleSets.end())
            return it->second;
        const CatalogRule &r = rules[size_t(rule)];
        const VersionRange *range = onRange ? &r.range : (r.when ? &*r.when : nullptr);
        const int set = addSet(positionsIn(range, ladder));
        ruleSets.emplace(key, set);
        return set;
    };
    auto setIsEmpty = [this](int set) { return m_sets[size_t(set)] == m_sets[size_t(set) + 1]; };
    auto setIsFull = [this](int set, int ladder) {
        const int first = m_sets[size_t(set)];
        return m_sets[size_t(set) + 1] == first + 1
               && m_intervals[size_t(first)] == std::pair{0, m_ladders[size_t(ladder)].size()};
    };

    const auto &deps = estate.dependencies();
    m_ends.resize(size_t(deps.size()));
    const RowsByIdAddress rows(estate);
    for (int e = 0; e < int(deps.size()); ++e) {
        const Dependency &d = deps[e];
        const int from = rows.find(d.from);
        const int to = rows.find(d.to);
        m_ends[size_t(e)] = {from, to};
        if (from < 0 || to < 0)
            continue;
        const int fromLadder = m_ladderOf[size_t(from)];
        const int toLadder = m_ladderOf[size_t(to)];
        const bool exact = tabulated(fromLadder) && tabulated(toLadder);
        const std::uint64_t toFull = fullMask(size_t(m_ladders[size_t(toLadder)].size()));
        if (d.requirement && !d.requirement->matchesAll()) {
            Constraint c{from, to, -1, e, nullptr, &*d.requirement};
            if (exact) {
                c.whenMask = fullMask(size_t(m_ladders[size_t(fromLadder)].size()));
                c.rangeMask = maskOf(&*d.requirement, toLadder);
                if (c.rangeMask != toFull)
                    m_constraints.push_back(c);
            } else {
                c.rangeSet = addSet(positionsIn(c.range, toLadder));
                if (!setIsFull(c.rangeSet, toLadder))
                    m_constraints.push_back(c);
                else
                    m_sets.pop_back(), m_intervals.resize(size_t(m_sets.back()));
            }
        }
        for (const auto &[required, rule] : rulesByProduct[size_t(productOf[size_t(from)])]) {
            if (required != productOf[size_t(to)])
                continue;
            const CatalogRule &r = rules[size_t(rule)];
            Constraint c{from, to, rule, e, r.when ? &*r.when : nullptr, &r.range};
            if (exact) {
                c.whenMask = ruleMask(rule, false, fromLadder);
                c.rangeMask = ruleMask(rule, true, toLadder);
                if (c.whenMask != 0 && c.rangeMask != toFull)
                    m_constraints.push_back(c);
            } else {
                if (c.when)
                    c.whenSet = ruleSet(rule, false, fromLadder);
                c.rangeSet = ruleSet(rule, true, toLadder);
                if (!(c.when && setIsEmpty(c.whenSet)) && !setIsFull(c.rangeSet, toLadder))
                    m_constraints.push_back(c);
            }
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

std::vector<Version> RequirementChecker::ladder(int component) const
{
    const Ladder &l = m_ladders[size_t(m_ladderOf[size_t(component)])];
    std::vector<Version> out;
    out.reserve(size_t(l.size()));
    for (int i = 0; i < l.size(); ++i)
        out.push_back(l.at(i));
    return out;
}

bool RequirementChecker::isStop(int component, int position) const
{
    const Ladder &ladder = m_ladders[size_t(m_ladderOf[size_t(component)])];
    if (position < 0)
        return false;
    if (size_t(position) < maxTabulated)
        return (ladder.stops >> position) & 1;
    return std::binary_search(ladder.stopPositions.begin(), ladder.stopPositions.end(), position);
}

int RequirementChecker::reach(int component, int position) const
{
    const Ladder &ladder = m_ladders[size_t(m_ladderOf[size_t(component)])];
    const auto next = std::upper_bound(ladder.stopPositions.begin(), ladder.stopPositions.end(),
                                       position);
    return next != ladder.stopPositions.end() ? *next : ladder.size() - 1;
}

int RequirementChecker::minimumMoves(int component) const
{
    const Ladder &ladder = m_ladders[size_t(m_ladderOf[size_t(component)])];
    const int last = ladder.size() - 1;
    if (last <= 0)
        return 0;
    const auto first = std::upper_bound(ladder.stopPositions.begin(), ladder.stopPositions.end(), 0);
    const auto end = std::lower_bound(first, ladder.stopPositions.end(), last);
    return int(end - first) + 1;
}

bool RequirementChecker::hasInnerStop(int component) const
{
    return !m_ladders[size_t(m_ladderOf[size_t(component)])].stopPositions.empty();
}

} // namespace planner
