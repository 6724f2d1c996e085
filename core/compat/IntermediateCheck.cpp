// SPDX-License-Identifier: GPL-3.0-or-later
// The intermediate state, pair by pair: can two components joined by a requirement move one
// step at a time, in some order, without ever breaking what holds between them? The ordering
// (planning/) answers the same question for the whole estate at once.
#include "CheckContext.h"

#include <algorithm>
#include <deque>
#include <tuple>

namespace planner::compat {

namespace {

struct Pair
{
    const RequirementChecker &checker;
    int a;
    int b;
    std::vector<int> constraints;

    int sizeA() const { return checker.ladderSize(a); }
    int sizeB() const { return checker.ladderSize(b); }

    const Version *versionOf(int component, int i, int j) const
    {
        return checker.versionAt(component, component == a ? i : j);
    }
    // The first constraint of the pair broken with a at position i and b at position j, or -1.
    int broken(int i, int j) const
    {
        for (int k : constraints) {
            const auto &c = checker.constraints()[size_t(k)];
            if (!checker.holds(k, versionOf(c.dependent, i, j), versionOf(c.dependency, i, j)))
                return k;
        }
        return -1;
    }
    // How far a component may move from @p position in one step: up to its next required stop.
    int reach(int component, int position) const { return checker.reach(component, position); }
};

// One component of a pair, its ladder cut into segments: runs of positions on which every
// constraint of the pair gives the same verdict. Positions of one segment are interchangeable
// for the pair, and a component can always walk to the end of its segment (passing its stops)
// without changing whether the pair holds; so a pair's states are the grid of segments, a
// handful per ladder however many releases it holds: the staircase of verdicts, not the grid
// of positions.
struct Side
{
    std::vector<int> starts;   // first position of each segment, ascending; starts[0] = 0
    std::vector<char> bits;    // segment s, constraint k: bits[s * constraints + k]
    std::vector<int> furthest; // per segment: the last segment one move reaches from its end
};

Side segment(const Pair &pair, int component)
{
    const RequirementChecker &checker = pair.checker;
    const int size = checker.ladderSize(component);
    const size_t count = pair.constraints.size();
    std::vector<RequirementChecker::Positions> sets(count);
    Side side;
    side.starts.push_back(0);
    for (size_t k = 0; k < count; ++k) {
        const auto &c = checker.constraints()[size_t(pair.constraints[k])];
        checker.positions(pair.constraints[k], c.dependency == component, sets[k]);
        for (const auto &[first, last] : sets[k]) {
            side.starts.push_back(first);
            side.starts.push_back(last);
        }
    }
    std::sort(side.starts.begin(), side.starts.end());
    side.starts.erase(std::unique(side.starts.begin(), side.starts.end()), side.starts.end());
    while (!side.starts.empty() && side.starts.back() >= size)
        side.starts.pop_back();
    const size_t segments = side.starts.size();
    side.bits.assign(segments * count, 0);
    for (size_t s = 0; s < segments; ++s)
        for (size_t k = 0; k < count; ++k)
            for (const auto &[first, last] : sets[k])
                if (first <= side.starts[s] && side.starts[s] < last)
                    side.bits[s * count + k] = 1;
    // A move from a segment may jump over the next segments up to the first that holds a stop.
    side.furthest.assign(segments, int(segments) - 1);
    const int lastPosition = size - 1;
    int stopSegment = int(segments) - 1;
    for (int s = int(segments) - 1; s >= 0; --s) {
        side.furthest[size_t(s)] = stopSegment;
        const int start = side.starts[size_t(s)];
        const int end = size_t(s) + 1 < segments ? side.starts[size_t(s) + 1] : size;
        const int next = checker.reach(component, start);
        if (checker.isStop(component, start) || (next < end && next < lastPosition))
            stopSegment = s;
    }
    return side;
}

// True when the pair can reach its target state one move at a time: the search over segments.
bool reachable(const Pair &pair)
{
    const Side a = segment(pair, pair.a);
    const Side b = segment(pair, pair.b);
    const size_t count = pair.constraints.size();
    const int sizeA = int(a.starts.size());
    const int sizeB = int(b.starts.size());
    const auto holds = [&](int s, int t) {
        for (size_t k = 0; k < count; ++k) {
            const auto &c = pair.checker.constraints()[size_t(pair.constraints[k])];
            const bool aDepends = c.dependent == pair.a;
            const char when = aDepends ? a.bits[size_t(s) * count + k]
                                       : b.bits[size_t(t) * count + k];
            const char range = aDepends ? b.bits[size_t(t) * count + k]
                                        : a.bits[size_t(s) * count + k];
            if (when && !range)
                return false;
        }
        return true;
    };
    std::vector<char> seen(size_t(sizeA) * size_t(sizeB), 0);
    std::vector<std::pair<int, int>> stack{{0, 0}};
    seen[0] = 1;
    while (!stack.empty()) {
        const auto [s, t] = stack.back();
        stack.pop_back();
        if (s == sizeA - 1 && t == sizeB - 1)
            return true;
        const auto visit = [&](int ns, int nt) {
            char &mark = seen[size_t(ns) * size_t(sizeB) + size_t(nt)];
            if (!mark && holds(ns, nt)) {
                mark = 1;
                stack.push_back({ns, nt});
            }
        };
        for (int ns = s + 1; ns <= a.furthest[size_t(s)]; ++ns)
            visit(ns, t);
        for (int nt = t + 1; nt <= b.furthest[size_t(t)]; ++nt)
            visit(s, nt);
    }
    return false;
}

// A move that breaks the pair, from the furthest state the search reached.
struct BlockedMove
{
    int progress = -1;
    int i = 0;
    int j = 0;
    int constraint = -1;
};

void report(const CheckContext &context, const Pair &pair, const BlockedMove &byA,
            const BlockedMove &byB)
{
    const RequirementChecker &checker = context.checker;
    const Estate &estate = context.estate;
    const Component &a = estate.component(pair.a);
    const Component &b = estate.component(pair.b);
    const auto intermediate = Conflict::State::Intermediate;

    QStringList reasons;
    for (const auto &[move, mover] : {std::pair{byB, pair.b}, std::pair{byA, pair.a}}) {
        if (move.constraint < 0)
            continue;
        const auto &c = checker.constraints()[size_t(move.constraint)];
        const Violation v{move.constraint, pair.versionOf(c.dependent, move.i, move.j),
                          pair.versionOf(c.dependency, move.i, move.j)};
        reasons << tr("Moving %1 on to %2 breaks: %3.")
                       .arg(estate.component(mover).id,
                            pair.versionOf(mover, move.i, move.j)->text(),
                            checker.describe(v, intermediate));
    }
    const auto span = [](const Component &c) {
        return QStringLiteral("%1 (%2 -> %3)").arg(c.id, c.version.text(), c.finalVersion().text());
    };
    QString message;
    if (pair.sizeA() > 1 && pair.sizeB() > 1) {
        message = tr("%1 and %2 cannot move one after the other: every order of their steps "
                     "through the catalog releases breaks a requirement between them, so they "
                     "must move together.")
                      .arg(span(a), span(b));
    } else {
        const Component &mover = pair.sizeA() > 1 ? a : b;
        const Component &other = pair.sizeA() > 1 ? b : a;
        message = tr("%1 cannot reach its target without breaking a requirement with %2: a "
                     "required stop on the way breaks it.")
                      .arg(span(mover), other.id);
    }
    if (!reasons.isEmpty())
        message += u' ' + reasons.join(u' ');
    context.add(conflicttype::unsatisfiedRequirement, Conflict::Severity::Error, intermediate,
                {a.id, b.id}, message, a.id + u',' + b.id);
}

void search(const CheckContext &context, const Pair &pair)
{
    const int sizeA = pair.sizeA();
    const int sizeB = pair.sizeB();
    // Broken today or in the target state: reported there, not here.
    if (pair.broken(0, 0) >= 0 || pair.broken(sizeA - 1, sizeB - 1) >= 0)
        return;
    if (reachable(pair))
        return;
    // Blocked: search the positions themselves for the furthest state and the moves that
    // break it, which the report names.
    std::vector<char> seen(size_t(sizeA * sizeB), 0);
    std::deque<std::pair<int, int>> queue{{0, 0}};
    seen[0] = 1;
    BlockedMove byA;
    BlockedMove byB;
    while (!queue.empty()) {
        // Plain variables, not a structured binding: the lambda below captures them, which
        // clang before 16 does not allow for bindings.
        const int i = queue.front().first;
        const int j = queue.front().second;
        queue.pop_front();
        if (i == sizeA - 1 && j == sizeB - 1)
            return;
        const auto visit = [&](int ni, int nj, BlockedMove &blocked) {
            if (seen[size_t(ni * sizeB + nj)])
                return;
            if (const int k = pair.broken(ni, nj); k >= 0) {
                if (i + j > blocked.progress)
                    blocked = {i + j, ni, nj, k};
                return;
            }
            seen[size_t(ni * sizeB + nj)] = 1;
            queue.push_back({ni, nj});
        };
        for (int ni = i + 1, last = pair.reach(pair.a, i); ni <= last; ++ni)
            visit(ni, j, byA);
        for (int nj = j + 1, last = pair.reach(pair.b, j); nj <= last; ++nj)
            visit(i, nj, byB);
    }
    report(context, pair, byA, byB);
}

} // namespace

void checkIntermediate(const CheckContext &context)
{
    const RequirementChecker &checker = context.checker;
    const auto &constraints = checker.constraints();
    std::vector<std::tuple<int, int, int>> pairs; // (lower row, higher row, constraint)
    for (int k = 0; k < int(constraints.size()); ++k) {
        const auto &c = constraints[size_t(k)];
        if (c.dependent == c.dependency)
            continue;
        const int a = std::min(c.dependent, c.dependency);
        const int b = std::max(c.dependent, c.dependency);
        if (checker.ladderSize(a) == 1 && checker.ladderSize(b) == 1)
            continue;
        pairs.emplace_back(a, b, k);
    }
    std::sort(pairs.begin(), pairs.end());
    for (size_t first = 0; first < pairs.size();) {
        const auto [a, b, k] = pairs[first];
        Pair pair{checker, a, b, {}};
        size_t next = first;
        for (;
             next < pairs.size() && std::get<0>(pairs[next]) == a && std::get<1>(pairs[next]) == b;
             ++next)
            pair.constraints.push_back(std::get<2>(pairs[next]));
        first = next;
        // One component jumping straight from one clean state to another needs no search.
        const bool bothMove = pair.sizeA() > 1 && pair.sizeB() > 1;
        if (bothMove || checker.hasInnerStop(a) || checker.hasInnerStop(b))
            search(context, pair);
    }
}

} // namespace planner::compat
