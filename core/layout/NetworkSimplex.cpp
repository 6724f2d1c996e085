// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSimplex.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <queue>

namespace planner::layout {

namespace {

class Simplex
{
public:
    Simplex(int n, std::span<const RankEdge> edges, std::vector<int> &rank);
    int run(long long maxWork);

private:
    int slack(int e) const
    {
        const RankEdge &x = m_edges[size_t(e)];
        return m_rank[size_t(x.head)] - m_rank[size_t(x.tail)] - x.minLength;
    }
    int other(int e, int v) const { return m_ends[size_t(e)] ^ v; }
    std::span<const int> incident(int v) const
    {
        return {m_inc.data() + m_incStart[size_t(v)], m_inc.data() + m_incStart[size_t(v) + 1]};
    }
    bool inSubtree(int x, int v) const
    {
        return m_low[size_t(v)] <= m_lim[size_t(x)] && m_lim[size_t(x)] <= m_lim[size_t(v)];
    }
    // Cut value of the tree edge joining v to its parent.
    long long cut(int v) const
    {
        const int e = m_parentEdge[size_t(v)];
        return m_edges[size_t(e)].tail == v ? m_sum[size_t(v)] : -m_sum[size_t(v)];
    }
    // Tree edges of v live at the front of v's slice of m_treeInc (same offsets as m_inc).
    std::span<const int> treeEdges(int v) const
    {
        const int *first = m_treeInc.data() + m_incStart[size_t(v)];
        return {first, first + m_treeCount[size_t(v)]};
    }
    void addTreeEdge(int e)
    {
        m_inTree[size_t(e)] = 1;
        for (int v : {m_edges[size_t(e)].tail, m_edges[size_t(e)].head})
            m_treeInc[size_t(m_incStart[size_t(v)] + m_treeCount[size_t(v)]++)] = e;
    }
    void removeTreeEdge(int e)
    {
        m_inTree[size_t(e)] = 0;
        for (int v : {m_edges[size_t(e)].tail, m_edges[size_t(e)].head}) {
            int *first = m_treeInc.data() + m_incStart[size_t(v)];
            int *last = first + --m_treeCount[size_t(v)];
            *std::find(first, last, e) = *last;
        }
    }
    int find(int s)
    {
        while (m_set[size_t(s)] != s) {
            m_set[size_t(s)] = m_set[size_t(m_set[size_t(s)])];
            s = m_set[size_t(s)];
        }
        return s;
    }
    void feasibleTree();
    int renumber(int root, int rootParentEdge, int firstLim);
    int leave();
    int enter(int c);
    void exchange(int c, int f);
    template<typename F>
    void forSide(int c, bool inside, F &&visit) const;

    const int m_n;
    std::span<const RankEdge> m_edges;
    std::vector<int> &m_rank;
    std::vector<int> m_ends; // tail ^ head per edge: the other end in one load
    std::vector<int> m_incStart;
    std::vector<int> m_inc;
    std::vector<long long> m_balance; // weight out minus weight in
    std::vector<char> m_inTree;
    std::vector<int> m_treeInc;
    std::vector<int> m_treeCount;
    std::vector<int> m_parentEdge;
    std::vector<int> m_low;
    std::vector<int> m_lim;
    std::vector<long long> m_sum; // balance summed over the subtree
    std::vector<int> m_nodeAt;    // by lim
    std::vector<int> m_compRoot;
    std::vector<int> m_set; // union-find while growing the tree
    std::vector<std::pair<int, int>> m_stack;
    long long m_work = 0; // nodes and edges visited, to bound the effort
};

Simplex::Simplex(int n, std::span<const RankEdge> edges, std::vector<int> &rank)
    : m_n(n)
    , m_edges(edges)
    , m_rank(rank)
    , m_ends(edges.size())
    , m_incStart(size_t(n) + 1, 0)
    , m_inc(edges.size() * 2)
    , m_balance(size_t(n), 0)
    , m_inTree(edges.size(), 0)
    , m_treeInc(edges.size() * 2, -1)
    , m_treeCount(size_t(n), 0)
    , m_parentEdge(size_t(n), -1)
    , m_low(size_t(n), -1)
    , m_lim(size_t(n), -1)
    , m_sum(size_t(n), 0)
    , m_nodeAt(size_t(n), -1)
    , m_compRoot(size_t(n), -1)
{
    for (size_t i = 0; i < edges.size(); ++i)
        m_ends[i] = edges[i].tail ^ edges[i].head;
    for (const RankEdge &e : edges) {
        ++m_incStart[size_t(e.tail) + 1];
        ++m_incStart[size_t(e.head) + 1];
        m_balance[size_t(e.tail)] += e.weight;
        m_balance[size_t(e.head)] -= e.weight;
    }
    for (int v = 0; v < n; ++v)
        m_incStart[size_t(v) + 1] += m_incStart[size_t(v)];
    std::vector<int> fill(m_incStart.begin(), m_incStart.end() - 1);
    for (size_t i = 0; i < edges.size(); ++i) {
        m_inc[size_t(fill[size_t(edges[i].tail)]++)] = int(i);
        m_inc[size_t(fill[size_t(edges[i].head)]++)] = int(i);
    }
}

// A spanning tree of tight edges per connected part: maximal tight subtrees first, then the
// smallest subtree repeatedly shifted along its least slack edge and merged with its neighbour.
void Simplex::feasibleTree()
{
    m_set.assign(size_t(m_n), -1);
    std::vector<int> next(size_t(m_n), -1), head(size_t(m_n), -1), tail(size_t(m_n), -1),
        size(size_t(m_n), 0);
    using Entry = std::pair<int, int>; // size, set
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    std::vector<int> stack;
    for (int s = 0; s < m_n; ++s) {
        if (m_set[size_t(s)] >= 0)
            continue;
        m_set[size_t(s)] = s;
        head[size_t(s)] = tail[size_t(s)] = s;
        size[size_t(s)] = 1;
        stack.assign(1, s);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int e : incident(v)) {
                const int w = other(e, v);
                if (m_set[size_t(w)] >= 0 || slack(e) != 0)
                    continue;
                m_set[size_t(w)] = s;
                addTreeEdge(e);
                next[size_t(tail[size_t(s)])] = w;
                tail[size_t(s)] = w;
                ++size[size_t(s)];
                stack.push_back(w);
            }
        }
        heap.push({size[size_t(s)], s});
    }
    while (!heap.empty()) {
        const auto [sz, s] = heap.top();
        heap.pop();
        if (find(s) != s || size[size_t(s)] != sz)
            continue;
        int best = -1;
        int bestSlack = INT_MAX;
        for (int x = head[size_t(s)]; x >= 0 && bestSlack > 0; x = next[size_t(x)]) {
            for (int e : incident(x)) {
                if (find(other(e, x)) == s)
                    continue;
                const int sl = slack(e);
                if (sl < bestSlack) {
                    bestSlack = sl;
                    best = e;
                }
            }
        }
        if (best < 0)
            continue; // a whole connected part
        const bool outgoing = find(m_edges[size_t(best)].tail) == s;
        const int delta = outgoing ? bestSlack : -bestSlack;
        if (delta != 0)
            for (int x = head[size_t(s)]; x >= 0; x = next[size_t(x)])
                m_rank[size_t(x)] += delta;
        addTreeEdge(best);
        const int t = find(outgoing ? m_edges[size_t(best)].head : m_edges[size_t(best)].tail);
        const int big = size[size_t(s)] >= size[size_t(t)] ? s : t;
        const int small = big == s ? t : s;
        m_set[size_t(small)] = big;
        next[size_t(tail[size_t(big)])] = head[size_t(small)];
        tail[size_t(big)] = tail[size_t(small)];
        size[size_t(big)] += size[size_t(small)];
        heap.push({size[size_t(big)], big});
    }
}

// Post-order numbers, parent edges and subtree balances below @p root, numbering from firstLim.
int Simplex::renumber(int root, int rootParentEdge, int firstLim)
{
    int nextLim = firstLim;
    m_parentEdge[size_t(root)] = rootParentEdge;
    m_low[size_t(root)] = nextLim;
    m_sum[size_t(root)] = m_balance[size_t(root)];
    m_stack.assign(1, {root, 0});
    while (!m_stack.empty()) {
        auto &[v, i] = m_stack.back();
        if (i < m_treeCount[size_t(v)]) {
            const int e = treeEdges(v)[size_t(i++)];
            if (e == m_parentEdge[size_t(v)])
                continue;
            const int w = other(e, v);
            m_parentEdge[size_t(w)] = e;
            m_low[size_t(w)] = nextLim;
            m_sum[size_t(w)] = m_balance[size_t(w)];
            m_stack.push_back({w, 0});
            continue;
        }
        const int done = v;
        ++m_work;
        m_lim[size_t(done)] = nextLim;
        m_nodeAt[size_t(nextLim)] = done;
        ++nextLim;
        m_stack.pop_back();
        if (!m_stack.empty())
            m_sum[size_t(m_stack.back().first)] += m_sum[size_t(done)];
    }
    return nextLim;
}

// The tree edge with the most negative cut value, as the node below it, or -1 when the ranks
// are optimal. (Taking the first few negative ones found pivots far more often.)
int Simplex::leave()
{
    int best = -1;
    long long bestCut = 0;
    for (int v = 0; v < m_n; ++v) {
        if (m_parentEdge[size_t(v)] < 0)
            continue;
        const long long c = cut(v);
        if (c < bestCut) {
            bestCut = c;
            best = v;
        }
    }
    m_work += m_n;
    return best;
}

// Calls visit(node) for the nodes of c's subtree (inside) or the rest of its connected part.
template<typename F>
void Simplex::forSide(int c, bool inside, F &&visit) const
{
    if (inside) {
        for (int l = m_low[size_t(c)]; l <= m_lim[size_t(c)]; ++l)
            visit(m_nodeAt[size_t(l)]);
        return;
    }
    const int root = m_compRoot[size_t(c)];
    for (int l = m_low[size_t(root)]; l < m_low[size_t(c)]; ++l)
        visit(m_nodeAt[size_t(l)]);
    for (int l = m_lim[size_t(c)] + 1; l <= m_lim[size_t(root)]; ++l)
        visit(m_nodeAt[size_t(l)]);
}

// The non-tree edge of least slack from the head side to the tail side of c's parent edge,
// searched from whichever side has fewer nodes.
int Simplex::enter(int c)
{
    const int e = m_parentEdge[size_t(c)];
    const bool cIsTail = m_edges[size_t(e)].tail == c;
    const int inside = m_lim[size_t(c)] - m_low[size_t(c)] + 1;
    const int root = m_compRoot[size_t(c)];
    const int all = m_lim[size_t(root)] - m_low[size_t(root)] + 1;
    const bool scanInside = inside <= all - inside;
    int best = -1;
    int bestSlack = INT_MAX;
    long long &work = m_work;
    forSide(c, scanInside, [&](int x) {
        if (bestSlack == 0)
            return;
        work += m_incStart[size_t(x) + 1] - m_incStart[size_t(x)] + 1;
        for (int f : incident(x)) {
            const RankEdge &edge = m_edges[size_t(f)];
            // Wanted: tail outside c's subtree and head inside it when c is on the tail side
            // of e, the other way round when c is on its head side.
            const bool headInside = inSubtree(edge.head, c);
            const bool tailInside = inSubtree(edge.tail, c);
            if (headInside == tailInside || headInside != cIsTail)
                continue;
            const int sl = slack(f);
            if (sl < bestSlack) {
                bestSlack = sl;
                best = f;
            }
        }
    });
    return best;
}

void Simplex::exchange(int c, int f)
{
    const int e = m_parentEdge[size_t(c)];
    const bool cIsTail = m_edges[size_t(e)].tail == c;
    const int delta = slack(f);
    if (delta > 0) {
        // The tail side moves up by delta (or, equivalently, the head side down).
        const int inside = m_lim[size_t(c)] - m_low[size_t(c)] + 1;
        const int root = m_compRoot[size_t(c)];
        const int all = m_lim[size_t(root)] - m_low[size_t(root)] + 1;
        const bool moveInside = inside <= all - inside;
        const int shift = (moveInside == cIsTail) ? -delta : delta;
        forSide(c, moveInside, [&](int x) { m_rank[size_t(x)] += shift; });
    }
    const RankEdge &edge = m_edges[size_t(f)];
    const int w = inSubtree(edge.head, c) ? edge.tail : edge.head; // f's end outside
    int lca = other(e, c);
    while (!inSubtree(w, lca))
        lca = other(m_parentEdge[size_t(lca)], lca);
    removeTreeEdge(e);
    addTreeEdge(f);
    renumber(lca, m_parentEdge[size_t(lca)], m_low[size_t(lca)]);
}

int Simplex::run(long long maxWork)
{
    for (size_t e = 0; e < m_edges.size(); ++e)
        if (slack(int(e)) < 0)
            return 0; // not feasible: leave the ranks as they are
    feasibleTree();
    int nextLim = 0;
    for (int v = 0; v < m_n; ++v) {
        if (m_lim[size_t(v)] >= 0)
            continue;
        const int first = nextLim;
        nextLim = renumber(v, -1, nextLim);
        for (int l = first; l < nextLim; ++l)
            m_compRoot[size_t(m_nodeAt[size_t(l)])] = v;
    }
    int pivots = 0;
    for (; m_work < maxWork; ++pivots) {
        const int c = leave();
        if (c < 0)
            break;
        const int f = enter(c);
        if (f < 0)
            break; // cannot happen with a negative cut value; stop rather than loop
        exchange(c, f);
    }
    return pivots;
}

} // namespace

int minimiseEdgeLengths(int nodeCount, std::span<const RankEdge> edges, std::vector<int> &rank,
                        long long maxWork)
{
    if (nodeCount == 0 || edges.empty())
        return 0;
    return Simplex(nodeCount, edges, rank).run(maxWork);
}

} // namespace planner::layout
