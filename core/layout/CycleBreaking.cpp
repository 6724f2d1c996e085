// SPDX-License-Identifier: GPL-3.0-or-later
#include "CycleBreaking.h"

#include <algorithm>

namespace planner::layout {

namespace {

// Arc indices per node, compressed.
struct ArcLists
{
    std::vector<int> start;
    std::vector<int> arcs;

    ArcLists(int n, std::span<const Arc> all, bool outgoing)
        : start(size_t(n) + 1, 0)
        , arcs(all.size())
    {
        for (const Arc &a : all)
            ++start[size_t(outgoing ? a.top : a.bottom) + 1];
        for (int v = 0; v < n; ++v)
            start[size_t(v) + 1] += start[size_t(v)];
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (size_t i = 0; i < all.size(); ++i)
            arcs[size_t(fill[size_t(outgoing ? all[i].top : all[i].bottom)]++)] = int(i);
    }
};

// Nodes in buckets by kind: sinks, sources, then the others by out-degree minus in-degree,
// in intrusive doubly linked lists so that every move is O(1).
class Buckets
{
public:
    static constexpr int Sinks = 0;
    static constexpr int Sources = 1;

    Buckets(int n, int minDelta, int maxDelta)
        : m_offset(2 - minDelta)
        , m_head(size_t(maxDelta - minDelta + 3), -1)
        , m_next(size_t(n), -1)
        , m_prev(size_t(n), -1)
        , m_bucket(size_t(n), -1)
    {
    }

    int bucketFor(int in, int out) const
    {
        if (out == 0)
            return Sinks;
        if (in == 0)
            return Sources;
        return out - in + m_offset;
    }
    void insert(int v, int b)
    {
        m_bucket[size_t(v)] = b;
        m_prev[size_t(v)] = -1;
        m_next[size_t(v)] = m_head[size_t(b)];
        if (m_head[size_t(b)] >= 0)
            m_prev[size_t(m_head[size_t(b)])] = v;
        m_head[size_t(b)] = v;
        if (b > m_top)
            m_top = b;
    }
    void erase(int v)
    {
        const int b = m_bucket[size_t(v)];
        if (m_prev[size_t(v)] >= 0)
            m_next[size_t(m_prev[size_t(v)])] = m_next[size_t(v)];
        else
            m_head[size_t(b)] = m_next[size_t(v)];
        if (m_next[size_t(v)] >= 0)
            m_prev[size_t(m_next[size_t(v)])] = m_prev[size_t(v)];
        m_bucket[size_t(v)] = -1;
    }
    int head(int b) const { return m_head[size_t(b)]; }
    // The node whose out-degree exceeds its in-degree the most, or -1.
    int best()
    {
        while (m_top >= 2 && m_head[size_t(m_top)] < 0)
            --m_top;
        return m_top >= 2 ? m_head[size_t(m_top)] : -1;
    }

private:
    int m_offset;
    int m_top = 1;
    std::vector<int> m_head;
    std::vector<int> m_next;
    std::vector<int> m_prev;
    std::vector<int> m_bucket;
};

} // namespace

std::vector<char> feedbackArcs(int nodeCount, std::span<const Arc> arcs)
{
    const ArcLists out(nodeCount, arcs, true);
    const ArcLists in(nodeCount, arcs, false);
    std::vector<int> outDeg(static_cast<size_t>(nodeCount)), inDeg(static_cast<size_t>(nodeCount));
    int maxOut = 0, maxIn = 0;
    for (int v = 0; v < nodeCount; ++v) {
        outDeg[size_t(v)] = out.start[size_t(v) + 1] - out.start[size_t(v)];
        inDeg[size_t(v)] = in.start[size_t(v) + 1] - in.start[size_t(v)];
        maxOut = std::max(maxOut, outDeg[size_t(v)]);
        maxIn = std::max(maxIn, inDeg[size_t(v)]);
    }
    Buckets buckets(nodeCount, -maxIn, maxOut);
    // Insert in reverse so that each list pops nodes in input order first.
    for (int v = nodeCount - 1; v >= 0; --v)
        buckets.insert(v, buckets.bucketFor(inDeg[size_t(v)], outDeg[size_t(v)]));

    std::vector<int> rank(size_t(nodeCount), -1);
    int left = 0;
    int right = nodeCount - 1;
    const auto remove = [&](int v) {
        buckets.erase(v);
        for (int i = out.start[size_t(v)]; i < out.start[size_t(v) + 1]; ++i) {
            const int w = arcs[size_t(out.arcs[size_t(i)])].bottom;
            if (rank[size_t(w)] >= 0 || w == v)
                continue;
            buckets.erase(w);
            --inDeg[size_t(w)];
            buckets.insert(w, buckets.bucketFor(inDeg[size_t(w)], outDeg[size_t(w)]));
        }
        for (int i = in.start[size_t(v)]; i < in.start[size_t(v) + 1]; ++i) {
            const int u = arcs[size_t(in.arcs[size_t(i)])].top;
            if (rank[size_t(u)] >= 0 || u == v)
                continue;
            buckets.erase(u);
            --outDeg[size_t(u)];
            buckets.insert(u, buckets.bucketFor(inDeg[size_t(u)], outDeg[size_t(u)]));
        }
    };

    int remaining = nodeCount;
    while (remaining > 0) {
        bool progress = true;
        while (progress) {
            progress = false;
            for (int v; (v = buckets.head(Buckets::Sinks)) >= 0; progress = true) {
                rank[size_t(v)] = right--;
                remove(v);
                --remaining;
            }
            for (int v; (v = buckets.head(Buckets::Sources)) >= 0; progress = true) {
                rank[size_t(v)] = left++;
                remove(v);
                --remaining;
            }
        }
        if (const int v = buckets.best(); v >= 0) {
            rank[size_t(v)] = left++;
            remove(v);
            --remaining;
        }
    }

    std::vector<char> reversed(arcs.size(), 0);
    for (size_t i = 0; i < arcs.size(); ++i)
        reversed[i] = rank[size_t(arcs[i].top)] > rank[size_t(arcs[i].bottom)] ? 1 : 0;
    return reversed;
}

} // namespace planner::layout
