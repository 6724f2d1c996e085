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
    int reach(int component, int position) const
    {
        const int last = checker.ladderSize(component) - 1;
        for (int p = position + 1; p < last; ++p)
            if (checker.isStop(component, p))
                return p;
        return last;
    }
};

bool hasInnerStop(const RequirementChecker &checker, int component)
{
    for (int p = 1; p + 1 < checker.ladderSize(component); ++p)
        if (checker.isStop(component, p))
            return true;
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
        return QStringLiteral("%1 (%2 -> %3)").arg(c.id, c.version.text(),
                                                    c.finalVersion().text());
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
    std::vector<char> seen(size_t(sizeA * sizeB), 0);
    std::deque<std::pair<int, int>> queue{{0, 0}};
    seen[0] = 1;
    BlockedMove byA;
    BlockedMove byB;
    while (!queue.empty()) {
        const auto [i, j] = queue.front();
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
        for (; next < pairs.size() && std::get<0>(pairs[next]) == a
               && std::get<1>(pairs[next]) == b;
             ++next)
            pair.constraints.push_back(std::get<2>(pairs[next]));
        first = next;
        // One component jumping straight from one clean state to another needs no search.
        const bool bothMove = pair.sizeA() > 1 && pair.sizeB() > 1;
        if (bothMove || hasInnerStop(checker, a) || hasInnerStop(checker, b))
            search(context, pair);
    }
}

} // namespace planner::compat
