// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transposer.h"

#include <algorithm>
#include <limits>

namespace planner::layout {

Transposer::Transposer(LayeredGraph &graph, bool grouped)
    : m_g(graph)
    , m_grouped(grouped)
    , m_upPos(graph.up.adj.size())
    , m_downPos(graph.down.adj.size())
    , m_fill(size_t(graph.nodeCount()))
    , m_thisRound(graph.order.size(), 0)
    , m_nextRound(graph.order.size(), 0)
    , m_layerOf(graph.order.size())
{
    for (int l = 0; l < m_g.layerCount; ++l)
        for (int k = m_g.layerStart[size_t(l)]; k < m_g.layerStart[size_t(l) + 1]; ++k)
            m_layerOf[size_t(k)] = l;
}

// Walking each layer in order appends every position to its neighbours' lists in increasing
// order: sorted lists without sorting.
void Transposer::buildNeighbourPositions()
{
    const int n = m_g.nodeCount();
    m_work += n + (long long)(m_g.down.adj.size());
    for (int v = 0; v < n; ++v)
        m_fill[size_t(v)] = m_g.up.start[size_t(v)];
    for (int l = 0; l + 1 < m_g.layerCount; ++l)
        for (int u : m_g.layerNodes(l))
            for (int v : m_g.down.of(u))
                m_upPos[size_t(m_fill[size_t(v)]++)] = m_g.pos[size_t(u)];
    for (int v = 0; v < n; ++v)
        m_fill[size_t(v)] = m_g.down.start[size_t(v)];
    for (int l = 1; l < m_g.layerCount; ++l)
        for (int w : m_g.layerNodes(l))
            for (int v : m_g.up.of(w))
                m_downPos[size_t(m_fill[size_t(v)]++)] = m_g.pos[size_t(w)];
}

// The sorted positions above the nodes of layer l, after layer l - 1 changed.
void Transposer::refreshUpPositions(int l)
{
    for (int v : m_g.layerNodes(l))
        m_fill[size_t(v)] = m_g.up.start[size_t(v)];
    for (int u : m_g.layerNodes(l - 1)) {
        m_work += m_g.down.degree(u);
        for (int v : m_g.down.of(u))
            m_upPos[size_t(m_fill[size_t(v)]++)] = m_g.pos[size_t(u)];
    }
}

// Crossings among the edges of v and w when v is left of w (vw) and when it is right (wv):
// each end of the node with fewer edges is looked up among the other's sorted ends, so a hub
// with thousands of edges costs a logarithm per neighbour, not its degree.
void Transposer::crossingsOf(int v, int w, long long &vw, long long &wv)
{
    vw = 0;
    wv = 0;
    for (int side = 0; side < 2; ++side) {
        const Adjacency &adj = side == 0 ? m_g.up : m_g.down;
        const std::vector<int> &positions = side == 0 ? m_upPos : m_downPos;
        const int *a = positions.data() + adj.start[size_t(v)];
        const int *b = positions.data() + adj.start[size_t(w)];
        const int na = adj.degree(v);
        const int nb = adj.degree(w);
        if (na == 0 || nb == 0)
            continue;
        m_work += std::min(na, nb);
        if (na <= 4 && nb <= 4) { // the usual case (dummies have one edge each way)
            for (int i = 0; i < na; ++i) {
                for (int j = 0; j < nb; ++j) {
                    vw += a[i] > b[j];
                    wv += a[i] < b[j];
                }
            }
        } else if (na <= nb) {
            for (int i = 0; i < na; ++i) {
                vw += std::lower_bound(b, b + nb, a[i]) - b;
                wv += b + nb - std::upper_bound(b, b + nb, a[i]);
            }
        } else {
            for (int j = 0; j < nb; ++j) {
                vw += a + na - std::upper_bound(a, a + na, b[j]);
                wv += std::lower_bound(a, a + na, b[j]) - a;
            }
        }
    }
}

// In a neighbour's sorted list, the entries for the node that moved from @p from to @p to
// (one step) change value; when the list also holds @p other (the node it swapped with) the
// values as a whole stay the same and nothing changes.
void Transposer::movePosition(int *first, int count, int from, int to, int other)
{
    int *last = first + count;
    if (count <= 8) {
        if (std::find(first, last, other) != last)
            return;
        std::replace(first, last, from, to);
        return;
    }
    if (std::binary_search(first, last, other))
        return;
    auto [lo, hi] = std::equal_range(first, last, from);
    std::fill(lo, hi, to);
}

void Transposer::queue(int l, int i)
{
    if (i < 0 || i + 1 >= int(m_g.layerNodes(l).size()))
        return;
    const int k = m_g.layerStart[size_t(l)] + i;
    if (k > m_cursor) {
        m_thisRound[size_t(k)] = 1; // still ahead in this round, as in a left-to-right sweep
    } else if (!m_nextRound[size_t(k)]) {
        m_nextRound[size_t(k)] = 1;
        ++m_nextCount;
    }
}

// The pairs on both sides of node u.
void Transposer::queueAround(int u)
{
    const int l = m_g.layer[size_t(u)];
    queue(l, m_g.pos[size_t(u)] - 1);
    queue(l, m_g.pos[size_t(u)]);
}

void Transposer::swapAt(int l, int i)
{
    const auto nodes = m_g.layerNodes(l);
    const int v = nodes[size_t(i)];
    const int w = nodes[size_t(i) + 1];
    m_work += 2 * (m_g.up.degree(v) + m_g.down.degree(v) + m_g.up.degree(w) + m_g.down.degree(w));
    // Neighbours above keep their lists of positions below up to date, and the other way round.
    for (int u : m_g.up.of(v))
        movePosition(m_downPos.data() + m_g.down.start[size_t(u)], m_g.down.degree(u), i, i + 1,
                     i + 1);
    for (int u : m_g.up.of(w))
        movePosition(m_downPos.data() + m_g.down.start[size_t(u)], m_g.down.degree(u), i + 1, i, i);
    for (int u : m_g.down.of(v))
        movePosition(m_upPos.data() + m_g.up.start[size_t(u)], m_g.up.degree(u), i, i + 1, i + 1);
    for (int u : m_g.down.of(w))
        movePosition(m_upPos.data() + m_g.up.start[size_t(u)], m_g.up.degree(u), i + 1, i, i);
    nodes[size_t(i)] = w;
    nodes[size_t(i) + 1] = v;
    m_g.pos[size_t(w)] = i;
    m_g.pos[size_t(v)] = i + 1;

    queue(l, i - 1);
    queue(l, i + 1);
    for (int x : {v, w}) {
        for (int u : m_g.up.of(x))
            queueAround(u);
        for (int u : m_g.down.of(x))
            queueAround(u);
    }
}

long long Transposer::run(bool equalSwaps, long long minGain, int maxRounds, long long maxWork)
{
    buildNeighbourPositions();
    const size_t pairs = m_g.order.size();
    std::fill(m_nextRound.begin(), m_nextRound.end(), 1);
    m_nextCount = int(pairs);
    long long total = 0;
    for (int round = 0; round < maxRounds && m_nextCount > 0 && m_work < maxWork; ++round) {
        // Left to right within each layer, layer by layer, as a sweep would.
        std::swap(m_thisRound, m_nextRound);
        m_nextCount = 0;
        m_work += (long long)(pairs / 64);
        long long gain = 0;
        const char *flags = m_thisRound.data();
        for (const char *at = flags; m_work < maxWork;) {
            at = std::find(at, flags + pairs, 1);
            if (at == flags + pairs)
                break;
            const int k = int(at - flags);
            m_thisRound[size_t(k)] = 0;
            m_cursor = k;
            ++at;
            const int l = m_layerOf[size_t(k)];
            const int i = k - m_g.layerStart[size_t(l)];
            const auto nodes = m_g.layerNodes(l);
            if (i + 1 >= int(nodes.size()))
                continue; // the last node of a layer pairs with no one
            const int v = nodes[size_t(i)];
            const int w = nodes[size_t(i) + 1];
            if (m_grouped && m_g.group[size_t(v)] != m_g.group[size_t(w)])
                continue;
            long long vw, wv;
            crossingsOf(v, w, vw, wv);
            // Equal swaps only in the first rounds: later they would mostly swap back and forth.
            if (wv < vw || (equalSwaps && round < 3 && vw > 0 && wv == vw)) {
                swapAt(l, i);
                gain += vw - wv;
            }
        }
        m_cursor = std::numeric_limits<int>::max();
        total += gain;
        if (gain < std::max(1LL, minGain))
            break;
    }
    std::fill(m_thisRound.begin(), m_thisRound.end(), 0);
    std::fill(m_nextRound.begin(), m_nextRound.end(), 0);
    m_nextCount = 0;
    return total;
}

long long Transposer::sift(int window, long long maxWork)
{
    buildNeighbourPositions();
    long long total = 0;
    std::vector<int> byPlace;
    for (int l = 0; l < m_g.layerCount; ++l) {
        if (l > 0)
            refreshUpPositions(l); // the layer above has changed
        const auto nodes = m_g.layerNodes(l);
        const int size = int(nodes.size());
        byPlace.assign(nodes.begin(), nodes.end());
        for (int v : byPlace) {
            if (m_work >= maxWork)
                return total;
            const int p = m_g.pos[size_t(v)];
            // Crossings change by c(v, u) - c(u, v) for each node u that v passes.
            long long change = 0, best = 0;
            int bestPos = p;
            for (int k = p - 1; k >= std::max(0, p - window); --k) {
                const int u = nodes[size_t(k)];
                if (m_grouped && m_g.group[size_t(u)] != m_g.group[size_t(v)])
                    break;
                long long uv, vu;
                crossingsOf(u, v, uv, vu);
                change += vu - uv;
                if (change < best) {
                    best = change;
                    bestPos = k;
                }
            }
            change = 0;
            for (int k = p + 1; k <= std::min(size - 1, p + window); ++k) {
                const int u = nodes[size_t(k)];
                if (m_grouped && m_g.group[size_t(u)] != m_g.group[size_t(v)])
                    break;
                long long vu, uv;
                crossingsOf(v, u, vu, uv);
                change += uv - vu;
                if (change < best) {
                    best = change;
                    bestPos = k;
                }
            }
            if (bestPos == p)
                continue;
            total -= best;
            if (bestPos < p)
                std::rotate(nodes.begin() + bestPos, nodes.begin() + p, nodes.begin() + p + 1);
            else
                std::rotate(nodes.begin() + p, nodes.begin() + p + 1, nodes.begin() + bestPos + 1);
            for (int k = std::min(p, bestPos); k <= std::max(p, bestPos); ++k)
                m_g.pos[size_t(nodes[size_t(k)])] = k;
        }
    }
    return total;
}

} // namespace planner::layout
