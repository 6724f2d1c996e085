// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrossingReduction.h"

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
    int pos;
    int node;
    bool operator<(const SortKey &o) const
    {
        if (rank != o.rank)
            return rank < o.rank;
        if (key != o.key)
            return key < o.key;
        return pos < o.pos;
    }
};

class Orderer
{
public:
    Orderer(LayeredGraph &g, const CrossingOptions &options)
        : m_g(g)
        , m_options(options)
        , m_cacheStart(size_t(g.nodeCount()), 0)
    {}

    long long run();

private:
    int rankOf(int v) const
    {
        const int group = m_g.group[size_t(v)];
        return m_options.grouped && group >= 0 ? m_g.groupRank[size_t(group)] : 0;
    }
    long long count();
    void initialOrder();
    void rankGroups();
    void placeLayer(int l, bool fromAbove);
    long long transposeLayer(int l);
    long long transposeAll();
    void cacheNeighbourPositions(int l);
    void pairCrossings(int v, int w, long long &vw, long long &wv) const;

    LayeredGraph &m_g;
    const CrossingOptions &m_options;
    std::vector<SortKey> m_keys;
    std::vector<int> m_scratch;
    Accumulator m_acc;
    // Sorted positions of each node's neighbours above, then below, for the layer transposed.
    std::vector<int> m_cacheStart;
    std::vector<int> m_cache;
};

long long Orderer::count()
{
    long long total = 0;
    for (int l = 0; l + 1 < m_g.layerCount; ++l)
        total += crossingsBelow(m_g, l, m_scratch, m_acc);
    return total;
}

// Depth first from the top nodes: nodes reached one after the other sit side by side.
void Orderer::initialOrder()
{
    const int n = m_g.nodeCount();
    std::vector<int> fill(m_g.layerStart.begin(), m_g.layerStart.end() - 1);
    std::vector<char> seen(size_t(n), 0);
    std::vector<std::pair<int, int>> stack; // node, next child index
    const auto visit = [&](int root) {
        seen[size_t(root)] = 1;
        m_g.order[size_t(fill[size_t(m_g.layer[size_t(root)])]++)] = root;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const auto children = m_g.down.of(v);
            if (next == int(children.size())) {
                stack.pop_back();
                continue;
            }
            const int w = children[size_t(next++)];
            if (seen[size_t(w)])
                continue;
            seen[size_t(w)] = 1;
            m_g.order[size_t(fill[size_t(m_g.layer[size_t(w)])]++)] = w;
            stack.push_back({w, 0});
        }
    };
    for (int v = 0; v < n; ++v)
        if (!seen[size_t(v)] && m_g.up.degree(v) == 0)
            visit(v);
    for (int v = 0; v < n; ++v)
        if (!seen[size_t(v)])
            visit(v);
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

// Sorts a layer by the weighted median of each node's neighbours in the layer next to it;
// a node without neighbours there keeps its relative place.
void Orderer::placeLayer(int l, bool fromAbove)
{
    const auto nodes = m_g.layerNodes(l);
    const int other = fromAbove ? l - 1 : l + 1;
    const double scale = double(m_g.layerNodes(other).size()) / double(nodes.size());
    m_keys.clear();
    for (int v : nodes) {
        const auto nb = fromAbove ? m_g.up.of(v) : m_g.down.of(v);
        const int p = m_g.pos[size_t(v)];
        double key;
        if (nb.empty()) {
            key = (p + 0.5) * scale - 0.5;
        } else {
            m_scratch.clear();
            for (int u : nb)
                m_scratch.push_back(m_g.pos[size_t(u)]);
            std::sort(m_scratch.begin(), m_scratch.end());
            const size_t m = m_scratch.size();
            const size_t mid = m / 2;
            if (m % 2 == 1) {
                key = m_scratch[mid];
            } else if (m == 2) {
                key = (m_scratch[0] + m_scratch[1]) / 2.0;
            } else {
                const double left = m_scratch[mid - 1] - m_scratch[0];
                const double right = m_scratch[m - 1] - m_scratch[mid];
                key = left + right == 0
                          ? (m_scratch[mid - 1] + m_scratch[mid]) / 2.0
                          : (m_scratch[mid - 1] * right + m_scratch[mid] * left) / (left + right);
            }
        }
        m_keys.push_back({rankOf(v), key, p, v});
    }
    std::sort(m_keys.begin(), m_keys.end());
    for (size_t i = 0; i < m_keys.size(); ++i) {
        nodes[i] = m_keys[i].node;
        m_g.pos[size_t(nodes[i])] = int(i);
    }
}

void Orderer::cacheNeighbourPositions(int l)
{
    m_cache.clear();
    for (int v : m_g.layerNodes(l)) {
        m_cacheStart[size_t(v)] = int(m_cache.size());
        for (int u : m_g.up.of(v))
            m_cache.push_back(m_g.pos[size_t(u)]);
        const auto upEnd = m_cache.end();
        std::sort(upEnd - m_g.up.degree(v), upEnd);
        for (int w : m_g.down.of(v))
            m_cache.push_back(m_g.pos[size_t(w)]);
        std::sort(m_cache.end() - m_g.down.degree(v), m_cache.end());
    }
}

// Crossings among the edges of v and w when v is left of w (vw) and when it is right (wv).
void Orderer::pairCrossings(int v, int w, long long &vw, long long &wv) const
{
    vw = 0;
    wv = 0;
    const int *vs = m_cache.data() + m_cacheStart[size_t(v)];
    const int *ws = m_cache.data() + m_cacheStart[size_t(w)];
    const int sizes[2][2] = {{m_g.up.degree(v), m_g.down.degree(v)},
                             {m_g.up.degree(w), m_g.down.degree(w)}};
    for (int side = 0; side < 2; ++side) {
        const int *a = vs + (side ? sizes[0][0] : 0);
        const int *b = ws + (side ? sizes[1][0] : 0);
        const int na = sizes[0][side];
        const int nb = sizes[1][side];
        int less = 0;
        int atMost = 0;
        for (int i = 0; i < na; ++i) {
            while (less < nb && b[less] < a[i])
                ++less;
            while (atMost < nb && b[atMost] <= a[i])
                ++atMost;
            vw += less;
            wv += nb - atMost;
        }
    }
}

long long Orderer::transposeLayer(int l)
{
    cacheNeighbourPositions(l);
    const auto nodes = m_g.layerNodes(l);
    long long gain = 0;
    for (int pass = 0; pass < 8; ++pass) {
        bool swapped = false;
        for (size_t i = 0; i + 1 < nodes.size(); ++i) {
            const int v = nodes[i];
            const int w = nodes[i + 1];
            if (m_options.grouped && m_g.group[size_t(v)] != m_g.group[size_t(w)])
                continue;
            long long vw, wv;
            pairCrossings(v, w, vw, wv);
            if (wv < vw) {
                nodes[i] = w;
                nodes[i + 1] = v;
                m_g.pos[size_t(w)] = int(i);
                m_g.pos[size_t(v)] = int(i + 1);
                gain += vw - wv;
                swapped = true;
            }
        }
        if (!swapped)
            break;
    }
    return gain;
}

long long Orderer::transposeAll()
{
    long long gain = 0;
    for (int round = 0; round < 4; ++round) {
        long long roundGain = 0;
        for (int l = 0; l < m_g.layerCount; ++l)
            roundGain += transposeLayer(l);
        gain += roundGain;
        if (roundGain == 0)
            break;
    }
    return gain;
}

long long Orderer::run()
{
    initialOrder();
    if (m_options.grouped) {
        rankGroups();
        for (int l = 0; l < m_g.layerCount; ++l) {
            const auto nodes = m_g.layerNodes(l);
            std::stable_sort(nodes.begin(), nodes.end(),
                             [&](int a, int b) { return rankOf(a) < rankOf(b); });
        }
        m_g.updatePositions();
    }
    long long best = count();
    std::vector<int> bestOrder = m_g.order;
    int stale = 0;
    for (int sweep = 0; sweep < m_options.sweeps && best > 0 && stale < 4; ++sweep) {
        const long long before = best;
        for (int direction = 0; direction < 2; ++direction) {
            if (direction == 0)
                for (int l = 1; l < m_g.layerCount; ++l)
                    placeLayer(l, true);
            else
                for (int l = m_g.layerCount - 2; l >= 0; --l)
                    placeLayer(l, false);
            transposeAll();
            const long long crossings = count();
            if (crossings < best) {
                best = crossings;
                bestOrder = m_g.order;
            }
        }
        stale = best < before ? 0 : stale + 1;
    }
    m_g.order = std::move(bestOrder);
    m_g.updatePositions();
    return best;
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
