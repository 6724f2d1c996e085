// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeOrdering.h"

#include "OrderingGraph.h"
#include "catalog/Lifecycle.h"
#include "compat/RequirementChecker.h"
#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <queue>
#include <set>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeOrdering)
};

constexpr int maxGroupSize = 8;

// Simulates the upgrade one step at a time. Every step is checked against the requirements
// around the component that moves, in the state the estate is in at that moment, so every
// state the plan passes through is clean (or no worse than today).
class Ordering
{
public:
    Ordering(const Estate &estate, qsizetype maxSteps);
    UpgradePlan run();

private:
    struct Attempt
    {
        bool clean = false;
        std::vector<Violation> introduced; // violations the move would add
    };

    bool pending(int c) const { return m_pos[c] + 1 < m_checker.ladderSize(c) && !m_unplanned[c]; }
    // The furthest ladder position one step may reach: the next required stop, or the target.
    int furthestHop(int c) const { return m_checker.reach(c, m_pos[c]); }
    const Version *at(int c, int position) const { return m_checker.versionAt(c, position); }
    bool pinnedAfterPending(int c) const
    {
        const int a = m_pinAfter[c];
        return a >= 0 && a != c && pending(a);
    }
    Attempt tryMove(int c, int position);
    Attempt tryJointMove(const std::vector<int> &members, const std::vector<int> &positions);
    void applyStep(int c, int toIndex, int group, QString reason);
    int waveFor(const std::vector<int> &members) const;
    void push(int c);
    void wakeNeighbours(int c);
    bool advanceFull(int c);
    bool advanceStone();
    int furthestStone(int c, int hop) const;
    bool formGroup();
    void reportBlocked();
    void limitSteps();
    void checkPins();
    QString explain(const std::vector<Violation> &violations) const;
    QString stepReason(int c, int toIndex) const;

    const Estate &m_estate;
    qsizetype m_maxSteps;
    RequirementChecker m_checker;
    OrderingGraph m_graph;
    RequirementChecker::State m_state;
    std::vector<int> m_pos;            // ladder position of the version reached; 0: current
    std::vector<bool> m_unplanned;     // downgrades and upgrades past maxPlanSteps: blocked
    std::vector<int> m_lastWave;       // wave of the component's latest step; 0: none yet
    std::vector<int> m_pinWave;        // 0: none
    std::vector<int> m_pinAfter;       // component row, -1: none
    std::vector<QString> m_waitReason; // why the full hop was refused the first time
    std::vector<std::uint64_t> m_neighbourMovedAt, m_stoneFailedAt;
    std::uint64_t m_clock = 1;
    std::vector<bool> m_initiallyViolated; // by constraint: broken already today
    std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>>
        m_queue; // (rank, component)
    std::vector<bool> m_queued;
    std::set<std::pair<int, int>> m_waiting; // (rank, component) that could not move
    UpgradePlan m_plan;
    std::vector<Violation> m_scratch;
};

Ordering::Ordering(const Estate &estate, qsizetype maxSteps)
    : m_estate(estate)
    , m_maxSteps(maxSteps)
    , m_checker(estate)
    , m_graph(estate.componentCount(), m_checker.dependencyEnds())
    , m_state(m_checker.currentState())
{
    const size_t n = size_t(estate.componentCount());
    m_pos.assign(n, 0);
    m_unplanned.assign(n, false);
    for (size_t i = 0; i < n; ++i) {
        const Component &c = estate.component(int(i));
        m_unplanned[i] = c.target && *c.target < c.version;
    }
    m_lastWave.assign(n, 0);
    m_pinWave.assign(n, 0);
    m_pinAfter.assign(n, -1);
    m_waitReason.resize(n);
    m_neighbourMovedAt.assign(n, 1);
    m_stoneFailedAt.assign(n, 0);
    m_queued.assign(n, false);
    m_initiallyViolated.assign(size_t(m_checker.constraintCount()), false);
    for (const Violation &v : m_checker.allViolations(m_state))
        m_initiallyViolated[size_t(v.constraint)] = true;
}

Ordering::Attempt Ordering::tryMove(int c, int position)
{
    return tryJointMove({c}, {position});
}

Ordering::Attempt Ordering::tryJointMove(const std::vector<int> &members,
                                         const std::vector<int> &positions)
{
    std::vector<const Version *> saved;
    for (size_t i = 0; i < members.size(); ++i) {
        saved.push_back(m_state[members[i]]);
        m_state[members[i]] = at(members[i], positions[i]);
    }
    Attempt attempt;
    for (int c : members) {
        m_scratch.clear();
        m_checker.violationsAt(m_state, c, m_scratch);
        for (const Violation &v : m_scratch)
            if (!m_initiallyViolated[size_t(v.constraint)])
                attempt.introduced.push_back(v);
    }
    for (size_t i = 0; i < members.size(); ++i)
        m_state[members[i]] = saved[i];
    attempt.clean = attempt.introduced.empty();
    return attempt;
}

int Ordering::waveFor(const std::vector<int> &members) const
{
    int wave = 1;
    for (int c : members) {
        wave = std::max(wave, m_lastWave[c] + 1);
        for (int n : m_graph.neighbours(c))
            wave = std::max(wave, m_lastWave[n] + 1);
        if (m_pinAfter[c] >= 0)
            wave = std::max(wave, m_lastWave[m_pinAfter[c]] + 1);
        if (m_lastWave[c] == 0)
            wave = std::max(wave, m_pinWave[c]);
    }
    return wave;
}

void Ordering::applyStep(int c, int toIndex, int group, QString reason)
{
    PlanStep step;
    step.component = m_estate.component(c).id;
    step.from = *m_state[c];
    step.to = *at(c, toIndex);
    step.group = group;
    step.requiredStop = m_checker.isStop(c, toIndex);
    step.steppingStone = toIndex + 1 < m_checker.ladderSize(c) && !step.requiredStop;
    step.reason = std::move(reason);
    if (step.steppingStone || step.requiredStop) {
        // Passed through, not kept: allowed even when its support has ended, but said so.
        const auto support = supportStatus(m_estate.component(c).product, step.to,
                                           m_checker.catalog(), Lifecycle::bundled());
        if (support && support->endedBy(m_estate.project.start)) {
            step.unsupportedStone = true;
            step.reason += Tr::tr(" (support of %1 %2 has ended%3: passed through, not kept)")
                               .arg(m_estate.component(c).product, support->cycle,
                                    support->ends.isValid()
                                        ? Tr::tr(" on %1").arg(support->ends.toString(Qt::ISODate))
                                        : QString());
        }
    }
    step.wave = group >= 0 ? 0 : waveFor({c}); // groups set the wave for all members
    const int wave = step.wave;
    m_plan.steps.append(std::move(step));
    m_state[c] = at(c, toIndex);
    m_pos[c] = toIndex;
    if (group < 0)
        m_lastWave[c] = wave;
    ++m_clock;
    wakeNeighbours(c);
    if (pending(c))
        push(c);
}

void Ordering::push(int c)
{
    if (!pending(c) || m_queued[c])
        return;
    m_waiting.erase({m_graph.rank(c), c});
    m_queued[c] = true;
    m_queue.push({m_graph.rank(c), c});
}

void Ordering::wakeNeighbours(int c)
{
    for (int n : m_graph.neighbours(c)) {
        m_neighbourMovedAt[n] = m_clock;
        push(n);
    }
    for (int d : m_graph.pinnedAfter(c)) // components waiting for c by a pin
        push(d);
}

QString Ordering::explain(const std::vector<Violation> &violations) const
{
    QStringList parts;
    for (const Violation &v : violations) {
        parts << m_checker.describe(v, m_state);
        if (parts.size() == 3)
            break;
    }
    // A named count: lupdate 6.4 loops forever on a functional cast such as int(a - b) among
    // a translation's arguments.
    const int more = static_cast<int>(violations.size()) - 3;
    if (more > 0)
        parts << Tr::tr("and %n more", nullptr, more);
    return parts.join(QStringLiteral("; "));
}

QString Ordering::stepReason(int c, int toIndex) const
{
    if (m_checker.isStop(c, toIndex))
        return Tr::tr("required stop: the catalog says upgrades of %1 must pass through %2")
            .arg(m_estate.component(c).product, at(c, toIndex)->text());
    QStringList before;
    for (int n : m_graph.neighbours(c))
        if (m_lastWave[n] > 0 && m_graph.isDependencyOf(n, c))
            before << m_estate.component(n).id;
    if (!m_waitReason[c].isEmpty())
        return Tr::tr("waits until its neighbours allow it: %1").arg(m_waitReason[c]);
    if (!before.isEmpty())
        return Tr::tr("after %1 (dependencies first)").arg(before.join(QStringLiteral(", ")));
    return Tr::tr("nothing it depends on changes before it");
}

// Tries the full hop (next required stop or target) for c.
bool Ordering::advanceFull(int c)
{
    if (!pending(c) || pinnedAfterPending(c))
        return false;
    const int hop = furthestHop(c);
    const Attempt a = tryMove(c, hop);
    if (!a.clean) {
        if (m_waitReason[c].isEmpty())
            m_waitReason[c] = explain(a.introduced);
        return false;
    }
    applyStep(c, hop, -1, stepReason(c, hop));
    return true;
}

// The furthest ladder position strictly between c's position and @p hop that c can move to
// without breaking a requirement that holds today, or -1. Each requirement around c allows a
// set of positions given where its other end is now; their intersection is searched, not the
// ladder position by position (ladders may hold thousands of releases).
int Ordering::furthestStone(int c, int hop) const
{
    RequirementChecker::Positions allowed{{m_pos[c] + 1, hop}};
    RequirementChecker::Positions ok;
    RequirementChecker::Positions next;
    for (int k : m_checker.constraintsOf(c)) {
        if (m_initiallyViolated[size_t(k)])
            continue;
        const auto &con = m_checker.constraints()[size_t(k)];
        ok.clear();
        const int other = con.dependent == c ? con.dependency : con.dependent;
        const int j = m_checker.positionOf(other, m_state[size_t(other)]);
        if (other == c || j < 0) {
            // A component that requires itself, or a version off the ladders: one by one.
            for (const auto &[first, last] : allowed) {
                for (int i = first; i < last; ++i) {
                    const Version *v = at(c, i);
                    const Version *a = con.dependent == c ? v : m_state[size_t(con.dependent)];
                    const Version *b = con.dependency == c ? v : m_state[size_t(con.dependency)];
                    if (m_checker.holds(k, a, b))
                        ok.push_back({i, i + 1});
                }
            }
        } else if (con.dependent == c) {
            if (m_checker.rangeHolds(k, j))
                continue;
            // Only where the rule does not apply to c.
            RequirementChecker::Positions when;
            m_checker.positions(k, false, when);
            int from = 0;
            for (const auto &[first, last] : when) {
                if (first > from)
                    ok.push_back({from, first});
                from = last;
            }
            ok.push_back({from, m_checker.ladderSize(c)});
        } else {
            if (!m_checker.whenHolds(k, j))
                continue;
            m_checker.positions(k, true, ok);
        }
        // allowed := allowed ∩ ok (both sorted, disjoint)
        next.clear();
        for (size_t a = 0, b = 0; a < allowed.size() && b < ok.size();) {
            const int first = std::max(allowed[a].first, ok[b].first);
            const int last = std::min(allowed[a].second, ok[b].second);
            if (first < last)
                next.push_back({first, last});
            if (allowed[a].second < ok[b].second)
                ++a;
            else
                ++b;
        }
        allowed.swap(next);
        if (allowed.empty())
            return -1;
    }
    return allowed.empty() ? -1 : allowed.back().second - 1;
}

// When nothing can make its full hop: the first waiting component (dependencies first) that
// can reach an intermediate release takes the furthest such stepping stone.
bool Ordering::advanceStone()
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        const int c = it->second;
        if (m_stoneFailedAt[c] >= m_neighbourMovedAt[c] || pinnedAfterPending(c))
            continue;
        const int hop = furthestHop(c);
        const Attempt full = tryMove(c, hop);
        if (const int i = furthestStone(c, hop); i > m_pos[c]) {
            m_waiting.erase(it);
            applyStep(c, i, -1,
                      Tr::tr("stepping stone: going straight to %1 would break: %2")
                          .arg(at(c, hop)->text(), explain(full.introduced)));
            return true;
        }
        m_stoneFailedAt[c] = m_clock;
    }
    return false;
}

// When no single step helps: the smallest set of waiting neighbours whose full hops together
// leave every requirement satisfied moves as one group.
bool Ordering::formGroup()
{
    for (const auto &entry : m_waiting) {
        const int c = entry.second; // copied: the set changes once a group forms
        if (pinnedAfterPending(c))
            continue;
        std::vector<int> members{c};
        std::vector<int> to{furthestHop(c)};
        // Grow breadth-first through waiting neighbours the hop conflicts with.
        for (size_t i = 0; i < members.size() && int(members.size()) <= maxGroupSize; ++i) {
            const Attempt a = tryJointMove(members, to);
            if (a.clean && members.size() > 1) {
                const int group = int(m_plan.groups.size());
                PlanGroup g;
                g.id = group;
                QStringList ids;
                for (int m : members)
                    ids << m_estate.component(m).id;
                g.components = ids;
                g.reason = Tr::tr("no order of single steps works: %1").arg(m_waitReason[c]);
                m_plan.groups.append(g);
                const int wave = waveFor(members);
                for (size_t k = 0; k < members.size(); ++k) {
                    const int m = members[k];
                    m_waiting.erase({m_graph.rank(m), m});
                    applyStep(m, to[k], group,
                              Tr::tr("moves together with %1 (group %2)")
                                  .arg(ids.join(QStringLiteral(", ")))
                                  .arg(group + 1));
                    m_plan.steps.last().wave = wave;
                    m_lastWave[m] = wave;
                }
                return true;
            }
            for (const Violation &v : a.introduced) {
                for (int other : {m_checker.dependent(v), m_checker.dependency(v)}) {
                    if (other < 0 || !pending(other) || pinnedAfterPending(other)
                        || std::find(members.begin(), members.end(), other) != members.end())
                        continue;
                    members.push_back(other);
                    to.push_back(furthestHop(other));
                }
            }
        }
    }
    return false;
}

void Ordering::reportBlocked()
{
    for (const auto &[rank, c] : m_waiting) {
        BlockedUpgrade b;
        b.component = m_estate.component(c).id;
        const int hop = furthestHop(c);
        const QString to = at(c, hop)->text();
        if (pinnedAfterPending(c)) {
            b.reason = Tr::tr("pinned after %1, which cannot finish its upgrade")
                           .arg(m_estate.component(m_pinAfter[c]).id);
        } else {
            const Attempt a = tryMove(c, hop);
            b.reason = Tr::tr("cannot move from %1 to %2: %3")
                           .arg(m_state[c]->text(), to, explain(a.introduced));
        }
        m_plan.blocked.append(b);
    }
}

void Ordering::checkPins()
{
    for (const OrderPin &pin : m_estate.pins) {
        const int c = m_estate.indexOf(pin.component);
        auto problem = [&](const QString &reason) {
            m_plan.pinProblems.append({pin.component, reason});
        };
        if (c < 0) {
            problem(Tr::tr("pin names %1, which is not a component").arg(pin.component));
            continue;
        }
        if (m_checker.ladderSize(c) < 2) {
            problem(Tr::tr("%1 has no upgrade to pin").arg(pin.component));
            continue;
        }
        if (!pin.after.isEmpty() && m_estate.indexOf(pin.after) < 0)
            problem(Tr::tr("pinned after %1, which is not a component").arg(pin.after));
        if (pin.wave > 0) {
            int first = 0;
            for (const PlanStep &s : std::as_const(m_plan.steps))
                if (s.component == pin.component && (first == 0 || s.wave < first))
                    first = s.wave;
            if (first != 0 && first != pin.wave)
                problem(Tr::tr("pinned to wave %1, but its first step can only come in wave %2: %3")
                            .arg(pin.wave)
                            .arg(first)
                            .arg(m_waitReason[c].isEmpty()
                                     ? Tr::tr("the steps it depends on come first")
                                     : m_waitReason[c]));
        }
    }
    for (const BlockedUpgrade &b : std::as_const(m_plan.blocked)) {
        const int c = m_estate.indexOf(b.component);
        if (m_pinAfter[c] >= 0)
            m_plan.pinProblems.append(
                {b.component, Tr::tr("the pin after %1 makes the plan impossible: %2")
                                  .arg(m_estate.component(m_pinAfter[c]).id, b.reason)});
    }
}

// Keeps the plan within maxPlanSteps: each upgrade needs at least one step per required stop
// it passes; those that would take the plan past the limit are blocked, not planned.
void Ordering::limitSteps()
{
    qsizetype budget = m_maxSteps;
    for (int c = 0; c < m_estate.componentCount(); ++c) {
        if (m_unplanned[c])
            continue;
        const int moves = m_checker.minimumMoves(c);
        if (moves <= budget) {
            budget -= moves;
            continue;
        }
        m_unplanned[c] = true;
        const Component &comp = m_estate.component(c);
        m_plan.blocked.append(
            {comp.id, Tr::tr("the plan would hold more than %1 steps, the most it may "
                             "(docs/limits.md): this upgrade takes %2 (one per required stop it "
                             "passes), the upgrades before it the rest")
                          .arg(QLocale::c().toString(m_maxSteps), QLocale::c().toString(moves))});
    }
}

UpgradePlan Ordering::run()
{
    for (const OrderPin &pin : m_estate.pins) {
        const int c = m_estate.indexOf(pin.component);
        if (c < 0)
            continue;
        m_pinWave[c] = std::max(0, pin.wave);
        const int after = m_estate.indexOf(pin.after);
        if (after >= 0 && after != c) {
            m_pinAfter[c] = after;
            m_graph.addPinnedAfter(after, c);
        }
    }
    for (int c = 0; c < m_estate.componentCount(); ++c) {
        if (m_unplanned[c]) {
            const Component &comp = m_estate.component(c);
            m_plan.blocked.append({comp.id, Tr::tr("target %1 is below the current version %2: a "
                                                   "downgrade is not an upgrade path")
                                                .arg(comp.target->text(), comp.version.text())});
        }
        push(c);
    }
    limitSteps();
    for (;;) {
        while (!m_queue.empty()) {
            const int c = m_queue.top().second;
            m_queue.pop();
            m_queued[c] = false;
            if (!advanceFull(c) && pending(c))
                m_waiting.insert({m_graph.rank(c), c});
        }
        if (m_waiting.empty())
            break;
        if (advanceStone() || formGroup())
            continue;
        reportBlocked();
        break;
    }
    checkPins();
    // Waves in order; inside a wave by component id, so people find a step where they expect it.
    std::stable_sort(m_plan.steps.begin(), m_plan.steps.end(),
                     [](const PlanStep &a, const PlanStep &b) {
                         return a.wave != b.wave ? a.wave < b.wave : a.component < b.component;
                     });
    return std::move(m_plan);
}

} // namespace

UpgradePlan orderUpgrade(const Estate &estate)
{
    return Ordering(estate, maxPlanSteps).run();
}

UpgradePlan orderUpgrade(const Estate &estate, qsizetype maxSteps)
{
    return Ordering(estate, maxSteps).run();
}

} // namespace planner
