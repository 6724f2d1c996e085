// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrossingReduction.h"

#include "Transposer.h"

#include <algorithm>

namespace planner::layout {

namespace {

// Counts how many of the inserted values are at most a given value (a Fenwick tree).
class Accumulator
{
public:
    void reset(int size) { m_tree.assign(size_t(size) + 1, 0); }
    void add(int value)
    {
        for (size_t i = size_t(value) + 1; i < m_tree.size(); i += i & (~i + 1))
            ++m_tree[i];
    }
    int atMost(int value) const
    {
        int sum = 0;
        for (size_t i = size_t(value) + 1; i > 0; i -= i & (~i + 1))
            sum += m_tree[i];
        return sum;
    }

private:
    std::vector<int> m_tree;
};

// Crossings between layer l and l + 1: the down edges listed by upper then lower position;
// each later edge ending left of an earlier one crosses it.
long long crossingsBelow(const LayeredGraph &g, int l, std::vector<int> &ends, Accumulator &acc)
{
    ends.clear();
    for (int v : g.layerNodes(l)) {
        const size_t first = ends.size();
        for (int w : g.down.of(v))
            ends.push_back(g.pos[size_t(w)]);
        std::sort(ends.begin() + std::ptrdiff_t(first), ends.end());
    }
    acc.reset(int(g.layerNodes(l + 1).size()));
    long long crossings = 0;
    int inserted = 0;
    for (int p : ends) {
        crossings += inserted - acc.atMost(p);
        acc.add(p);
        ++inserted;
    }
    return crossings;
}

struct SortKey
{
    int rank;
    double key;
    int tie;
    int node;
    bool operator<(const SortKey &o) const
    {
        if (rank != o.rank)
            return rank < o.rank;
        if (key != o.key)
            return key < o.key;
        return tie < o.tie;
    }
};

class Orderer
{
public:
    Orderer(LayeredGraph &g, const CrossingOptions &options)
        : m_g(g)
        , m_options(options)
        , m_transposer(g, options.grouped)
    {
    }

    long long run();

private:
    int rankOf(int v) const
    {
        const int group = m_g.group[size_t(v)];
        return m_options.grouped && group >= 0 ? m_g.groupRank[size_t(group)] : 0;
    }
    long long count();
    void initialOrder(bool fromTop);
    void rankGroups();
    void sortGroups();
    void placeLayer(int l, bool fromAbove);
    long long transpose(bool equalSwaps, double budgetShare);
    long long work() const { return m_work + m_transposer.work(); }
    long long limit(double share) const { return (long long)(double(m_options.maxWork) * share); }
    void iterate(int iterations, double budgetShare);
    void keepIfBest(long long crossings);

    LayeredGraph &m_g;
    const CrossingOptions &m_options;
    std::vector<SortKey> m_keys;
    std::vector<int> m_scratch;
    std::vector<int> m_slots;
    Accumulator m_acc;
    Transposer m_transposer;
    long long m_work = 0; // edges visited by sweeps and counts
    long long m_current = 0;
    long long m_best = -1;
    std::vector<int> m_bestOrder;
};

long long Orderer::count()
{
    m_work += (long long)(m_g.down.adj.size());
    long long total = 0;
    for (int l = 0; l + 1 < m_g.layerCount; ++l)
        total += crossingsBelow(m_g, l, m_scratch, m_acc);
    return total;
}

// Breadth first from the top (or bottom) nodes, through edges both ways: nodes reached one
// after the other sit side by side in their layers.
void Orderer::initialOrder(bool fromTop)
{
    const int n = m_g.nodeCount();
    std::vector<int> fill(m_g.layerStart.begin(), m_g.layerStart.end() - 1);
    std::vector<char> seen(size_t(n), 0);
    std::vector<int> queue;
    queue.reserve(size_t(n));
    const auto enqueue = [&](int v) {
        if (seen[size_t(v)])
            return;
        seen[size_t(v)] = 1;
        queue.push_back(v);
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int start = 0; start < n; ++start) {
            const bool isEnd = fromTop ? m_g.up.degree(start) == 0 : m_g.down.degree(start) == 0;
            if (seen[size_t(start)] || (pass == 0 && !isEnd))
                continue;
            const size_t first = queue.size();
            enqueue(start);
            for (size_t head = first; head < queue.size(); ++head) {
                const int v = queue[head];
                m_g.order[size_t(fill[size_t(m_g.layer[size_t(v)])]++)] = v;
                for (int w : fromTop ? m_g.down.of(v) : m_g.up.of(v))
                    enqueue(w);
                for (int u : fromTop ? m_g.up.of(v) : m_g.down.of(v))
                    enqueue(u);
            }
        }
    }
    m_g.updatePositions();
}

// Groups from left to right by the mean relative position of their nodes.
void Orderer::rankGroups()
{
    const int groups = m_options.groupCount;
    std::vector<double> sum(size_t(groups), 0.0);
    std::vector<int> members(size_t(groups), 0);
    for (int l = 0; l < m_g.layerCount; ++l) {
        const auto nodes = m_g.layerNodes(l);
        for (size_t i = 0; i < nodes.size(); ++i) {
            const int group = m_g.group[size_t(nodes[i])];
            if (group < 0)
                continue;
            sum[size_t(group)] += (double(i) + 0.5) / double(nodes.size());
            ++members[size_t(group)];
        }
    }
    std::vector<int> byPlace(static_cast<size_t>(groups));
    for (int i = 0; i < groups; ++i)
        byPlace[size_t(i)] = i;
    const auto mean = [&](int i) {
        return members[size_t(i)] ? sum[size_t(i)] / members[size_t(i)] : 1.0;
    };
    std::stable_sort(byPlace.begin(), byPlace.end(),
                     [&](int a, int b) { return mean(a) < mean(b); });
    m_g.groupRank.assign(size_t(groups), 0);
    for (int i = 0; i < groups; ++i)
        m_g.groupRank[size_t(byPlace[size_t(i)])] = i;
}

void Orderer::sortGroups()
{
    if (!m_options.grouped)
        return;
    for (int l = 0; l < m_g.layerCount; ++l) {
        const auto nodes = m_g.layerNodes(l);
        std::stable_sort(nodes.begin(), nodes.end(),
                         [&](int a, int b) { return rankOf(a) < rankOf(b); });
    }
    m_g.updatePositions();
}

// Sorts a layer by the weighted median of each node's neighbours in the layer next to it;
// nodes without neighbours there keep their places, equal medians keep their order.
void Orderer::placeLayer(int l, bool fromAbove)
{
    const auto nodes = m_g.layerNodes(l);
    m_keys.clear();
    m_slots.clear();
    for (int v : nodes) {
        const auto nb = fromAbove ? m_g.up.of(v) : m_g.down.of(v);
        if (nb.empty())
            continue;
        const int p = m_g.pos[size_t(v)];
        m_scratch.clear();
        for (int u : nb)
            m_scratch.push_back(m_g.pos[size_t(u)]);
        std::sort(m_scratch.begin(), m_scratch.end());
        const size_t m = m_scratch.size();
        const size_t mid = m / 2;
        double key;
        if (m % 2 == 1) {
            key = m_scratch[mid];
        } else if (m == 2) {
            key = (m_scratch[0] + m_scratch[1]) / 2.0;
        } else {
            const double left = m_scratch[mid - 1] - m_scratch[0];
            const double right = m_scratch[m - 1] - m_scratch[mid];
            key = left == right
                      ? (m_scratch[mid - 1] + m_scratch[mid]) / 2.0
                      : (m_scratch[mid - 1] * right + m_scratch[mid] * left) / (left + right);
        }
        m_keys.push_back({rankOf(v), key, p, v});
        m_work += int(nb.size());
        m_slots.push_back(p);
    }
    std::sort(m_keys.begin(), m_keys.end());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        nodes[size_t(m_slots[i])] = m_keys[i].node;
        m_g.pos[size_t(m_keys[i].node)] = m_slots[i];
    }
}

// Transposition until a round gains less than a thousandth of the crossings.
long long Orderer::transpose(bool equalSwaps, double budgetShare)
{
    const long long minGain = std::max(1LL, m_current / 1000);
    return m_transposer.run(equalSwaps, minGain, 64, limit(budgetShare));
}

void Orderer::keepIfBest(long long crossings)
{
    m_current = crossings;
    if (m_best < 0 || crossings <= m_best) {
        m_best = crossings;
        m_bestOrder = m_g.order;
    }
}

// Sweeps alternately down and up, each followed by transposition, keeping the best order;
// stops after 4 sweeps without a gain of half a percent, or when the share of the effort
// budget is spent. Equal medians keep their order; equal swaps are allowed every other pair
// of sweeps, which lets nodes drift over plateaus without wandering for ever.
void Orderer::iterate(int iterations, double budgetShare)
{
    int trying = 0;
    for (int iter = 0; iter < iterations && m_current > 0 && work() < limit(budgetShare); ++iter) {
        if (trying++ >= 4)
            break;
        if (iter % 2 == 0)
            for (int l = 1; l < m_g.layerCount; ++l)
                placeLayer(l, true);
        else
            for (int l = m_g.layerCount - 2; l >= 0; --l)
                placeLayer(l, false);
        transpose(iter % 4 < 2, budgetShare);
        const long long before = m_best;
        keepIfBest(count());
        if (double(m_current) < 0.995 * double(before))
            trying = 0;
    }
}

long long Orderer::run()
{
    // Two starts, from the top and from the bottom, a few sweeps each; then the better one is
    // refined, transposed and sifted. Each phase may use the budget the earlier ones left.
    for (int start = 0; start < 2; ++start) {
        const double share = start == 0 ? 0.2 : 0.4;
        initialOrder(start == 0);
        if (start == 0 && m_options.grouped)
            rankGroups();
        sortGroups();
        m_current = count();
        transpose(false, share);
        keepIfBest(count());
        iterate(std::min(4, m_options.sweeps), share);
    }
    m_g.order = m_bestOrder;
    m_g.updatePositions();
    m_current = m_best;
    iterate(m_options.sweeps, 0.7);
    m_g.order = m_bestOrder;
    m_g.updatePositions();
    m_current = m_best;
    if (m_best > 0) {
        transpose(false, 0.75);
        m_current = m_best = count();
    }
    // Sifting moves single nodes past worse places that transposition cannot cross.
    for (int round = 0; round < 6 && m_best > 0 && work() < limit(1.0); ++round) {
        m_transposer.sift(50, limit(1.0));
        m_current = count();
        transpose(false, 1.0);
        m_current = m_best = count();
    }
    return m_best;
}

} // namespace

long long reduceCrossings(LayeredGraph &graph, const CrossingOptions &options)
{
    if (graph.nodeCount() == 0)
        return 0;
    if (!options.grouped)
        graph.groupRank.clear();
    return Orderer(graph, options).run();
}

long long countCrossings(const LayeredGraph &graph)
{
    std::vector<int> ends;
    Accumulator acc;
    long long total = 0;
    for (int l = 0; l + 1 < graph.layerCount; ++l)
        total += crossingsBelow(graph, l, ends, acc);
    return total;
}

} // namespace planner::layout
