// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoordinateAssignment.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace planner::layout {

namespace {

class Compactor
{
public:
    Compactor(const LayeredGraph &g, const CoordinateOptions &o)
        : m_g(g)
        , m_o(o)
        , m_n(g.nodeCount())
    {}

    std::vector<double> run();

private:
    bool active(int v) const { return !m_g.fixed[size_t(v)]; }
    std::span<const int> layer(int l) const
    {
        return {m_nodes.data() + m_layerStart[size_t(l)],
                m_nodes.data() + m_layerStart[size_t(l) + 1]};
    }
    int layerSize(int l) const { return m_layerStart[size_t(l) + 1] - m_layerStart[size_t(l)]; }
    int mirrored(int v, bool leftwards) const
    {
        const int p = m_pos[size_t(v)];
        return leftwards ? p : layerSize(m_g.layer[size_t(v)]) - 1 - p;
    }
    static std::uint64_t key(int upper, int lower)
    {
        return (std::uint64_t(std::uint32_t(upper)) << 32) | std::uint32_t(lower);
    }
    bool marked(int upper, int lower) const
    {
        return std::binary_search(m_marked.begin(), m_marked.end(), key(upper, lower));
    }
    bool sameBand(int a, int b) const
    {
        return !m_o.grouped || m_g.group[size_t(a)] == m_g.group[size_t(b)];
    }
    double separation(int a, int b) const
    {
        return layout::separation(m_g, a, b, m_o.nodeSpacing, m_o.edgeSpacing);
    }
    void collectActive();
    void relax(std::vector<double> &x, int iterations);
    void markConflicts();
    void align(bool downwards, bool leftwards);
    void compact(bool leftwards, std::vector<double> &x);

    const LayeredGraph &m_g;
    const CoordinateOptions &m_o;
    const int m_n;
    std::vector<int> m_layerStart;
    std::vector<int> m_nodes;
    std::vector<int> m_pos;
    std::vector<std::uint64_t> m_marked;
    std::vector<int> m_root;
    std::vector<int> m_align;
    std::vector<std::pair<int, int>> m_neighbours;
    struct Constraint
    {
        int from;
        int to;
        double gap;
    };
    std::vector<Constraint> m_constraints;
    std::vector<int> m_outStart;
    std::vector<int> m_out;
    std::vector<int> m_pending;
    std::vector<int> m_queue;
    std::vector<double> m_blockX;
    std::vector<std::pair<double, double>> m_targets;
    std::vector<std::pair<double, double>> m_bands; // per group when grouped: its x range
};

// The layers without the fixed nodes, which are obstacles handled later.
void Compactor::collectActive()
{
    m_layerStart.assign(size_t(m_g.layerCount) + 1, 0);
    m_nodes.clear();
    m_nodes.reserve(size_t(m_n));
    m_pos.assign(size_t(m_n), -1);
    for (int l = 0; l < m_g.layerCount; ++l) {
        m_layerStart[size_t(l)] = int(m_nodes.size());
        for (int v : m_g.layerNodes(l)) {
            if (!active(v))
                continue;
            m_pos[size_t(v)] = int(m_nodes.size()) - m_layerStart[size_t(l)];
            m_nodes.push_back(v);
        }
    }
    m_layerStart[size_t(m_g.layerCount)] = int(m_nodes.size());
}

// Type 1 conflicts: a short edge crossing an inner segment (between two dummies) of a long
// edge is never aligned, so that long edges stay straight.
void Compactor::markConflicts()
{
    m_marked.clear();
    for (int l = 0; l + 1 < m_g.layerCount; ++l) {
        const auto lower = layer(l + 1);
        const int upperSize = layerSize(l);
        int k0 = 0;
        size_t next = 0;
        for (size_t l1 = 0; l1 < lower.size(); ++l1) {
            const int v = lower[l1];
            int innerUpper = -1;
            if (m_g.isDummy(v))
                for (int u : m_g.up.of(v))
                    if (active(u) && m_g.isDummy(u))
                        innerUpper = u;
            if (l1 + 1 != lower.size() && innerUpper < 0)
                continue;
            const int k1 = innerUpper >= 0 ? m_pos[size_t(innerUpper)] : upperSize - 1;
            for (; next <= l1; ++next) {
                const int w = lower[next];
                for (int u : m_g.up.of(w)) {
                    if (!active(u) || (m_g.isDummy(u) && m_g.isDummy(w)))
                        continue;
                    const int k = m_pos[size_t(u)];
                    if (k < k0 || k > k1)
                        m_marked.push_back(key(u, w));
                }
            }
            k0 = k1;
        }
    }
    std::sort(m_marked.begin(), m_marked.end());
}

// Vertical alignment: each node joins the block of a median neighbour in the previous layer
// of the sweep, unless that would cross an alignment already made or a marked conflict.
void Compactor::align(bool downwards, bool leftwards)
{
    for (int v = 0; v < m_n; ++v) {
        m_root[size_t(v)] = v;
        m_align[size_t(v)] = v;
    }
    for (int step = 1; step < m_g.layerCount; ++step) {
        const int l = downwards ? step : m_g.layerCount - 1 - step;
        const auto nodes = layer(l);
        int r = -1;
        for (size_t i = 0; i < nodes.size(); ++i) {
            const int v = nodes[leftwards ? i : nodes.size() - 1 - i];
            m_neighbours.clear();
            for (int u : downwards ? m_g.up.of(v) : m_g.down.of(v))
                if (active(u) && sameBand(u, v))
                    m_neighbours.push_back({mirrored(u, leftwards), u});
            if (m_neighbours.empty())
                continue;
            std::sort(m_neighbours.begin(), m_neighbours.end());
            const size_t d = m_neighbours.size();
            for (size_t m = (d - 1) / 2; m <= d / 2; ++m) {
                if (m_align[size_t(v)] != v)
                    break;
                const auto [p, u] = m_neighbours[m];
                const bool conflict = downwards ? marked(u, v) : marked(v, u);
                if (!conflict && r < p) {
                    m_align[size_t(u)] = v;
                    m_root[size_t(v)] = m_root[size_t(u)];
                    m_align[size_t(v)] = m_root[size_t(v)];
                    r = p;
                }
            }
        }
    }
}

// Horizontal compaction: every block as far left (in the sweep's mirror) as the separations
// from its left neighbours and, when grouped, the group bands allow; longest path over blocks.
void Compactor::compact(bool leftwards, std::vector<double> &x)
{
    const int groups = m_o.grouped ? m_o.groupCount : 0;
    const int barriers = std::max(0, groups - 1);
    const int total = m_n + barriers;
    const auto rankOf = [&](int v) {
        const int rank = m_g.groupRank[size_t(m_g.group[size_t(v)])];
        return leftwards ? rank : groups - 1 - rank;
    };
    m_constraints.clear();
    for (int l = 0; l < m_g.layerCount; ++l) {
        const auto nodes = layer(l);
        const size_t size = nodes.size();
        for (size_t i = 0; i < size; ++i) {
            const int v = nodes[leftwards ? i : size - 1 - i];
            const int prev = i > 0 ? nodes[leftwards ? i - 1 : size - i] : -1;
            const int next = i + 1 < size ? nodes[leftwards ? i + 1 : size - 2 - i] : -1;
            if (prev >= 0)
                m_constraints.push_back({m_root[size_t(prev)], m_root[size_t(v)],
                                         separation(prev, v)});
            if (groups == 0)
                continue;
            const int rank = rankOf(v);
            const double half = m_g.width[size_t(v)] / 2 + m_o.groupMargin;
            if (rank > 0 && (prev < 0 || rankOf(prev) != rank))
                m_constraints.push_back({m_n + rank - 1, m_root[size_t(v)], half});
            if (rank < groups - 1 && (next < 0 || rankOf(next) != rank))
                m_constraints.push_back({m_root[size_t(v)], m_n + rank, half});
        }
    }
    for (int b = 0; b + 1 < barriers; ++b)
        m_constraints.push_back({m_n + b, m_n + b + 1, 2 * m_o.groupMargin});

    m_outStart.assign(size_t(total) + 1, 0);
    m_pending.assign(size_t(total), 0);
    for (const Constraint &c : m_constraints) {
        ++m_outStart[size_t(c.from) + 1];
        ++m_pending[size_t(c.to)];
    }
    for (int v = 0; v < total; ++v)
        m_outStart[size_t(v) + 1] += m_outStart[size_t(v)];
    m_out.resize(m_constraints.size());
    {
        std::vector<int> &fill = m_queue; // reused as a cursor before the queue is needed
        fill.assign(m_outStart.begin(), m_outStart.end() - 1);
        for (size_t i = 0; i < m_constraints.size(); ++i)
            m_out[size_t(fill[size_t(m_constraints[i].from)]++)] = int(i);
    }
    m_blockX.assign(size_t(total), 0.0);
    m_queue.clear();
    for (int v = 0; v < total; ++v)
        if (m_pending[size_t(v)] == 0)
            m_queue.push_back(v);
    for (size_t head = 0; head < m_queue.size(); ++head) {
        const int v = m_queue[head];
        for (int i = m_outStart[size_t(v)]; i < m_outStart[size_t(v) + 1]; ++i) {
            const Constraint &c = m_constraints[size_t(m_out[size_t(i)])];
            m_blockX[size_t(c.to)] = std::max(m_blockX[size_t(c.to)], m_blockX[size_t(v)] + c.gap);
            if (--m_pending[size_t(c.to)] == 0)
                m_queue.push_back(c.to);
        }
    }
    x.assign(size_t(m_n), 0.0);
    for (int v : m_nodes) {
        const double bx = m_blockX[size_t(m_root[size_t(v)])];
        x[size_t(v)] = leftwards ? bx : -bx;
    }
}

std::vector<double> Compactor::run()
{
    collectActive();
    std::vector<double> result(size_t(m_n), 0.0);
    if (m_nodes.empty())
        return result;
    markConflicts();
    m_root.resize(size_t(m_n));
    m_align.resize(size_t(m_n));

    std::array<std::vector<double>, 4> xs;
    std::array<double, 4> low{}, high{};
    for (int k = 0; k < 4; ++k) {
        const bool downwards = k < 2;
        const bool leftwards = k % 2 == 0;
        align(downwards, leftwards);
        compact(leftwards, xs[size_t(k)]);
        low[size_t(k)] = std::numeric_limits<double>::max();
        high[size_t(k)] = std::numeric_limits<double>::lowest();
        for (int v : m_nodes) {
            const double half = m_g.width[size_t(v)] / 2;
            low[size_t(k)] = std::min(low[size_t(k)], xs[size_t(k)][size_t(v)] - half);
            high[size_t(k)] = std::max(high[size_t(k)], xs[size_t(k)][size_t(v)] + half);
        }
    }
    // Align the four to the narrowest (left ones by their left edge, right ones by their
    // right edge), then take the mean of the two middle candidates of each node.
    int narrowest = 0;
    for (int k = 1; k < 4; ++k)
        if (high[size_t(k)] - low[size_t(k)] < high[size_t(narrowest)] - low[size_t(narrowest)])
            narrowest = k;
    std::array<double, 4> shift{};
    for (int k = 0; k < 4; ++k)
        shift[size_t(k)] = k % 2 == 0 ? low[size_t(narrowest)] - low[size_t(k)]
                                      : high[size_t(narrowest)] - high[size_t(k)];
    for (int v : m_nodes) {
        std::array<double, 4> c;
        for (int k = 0; k < 4; ++k)
            c[size_t(k)] = xs[size_t(k)][size_t(v)] + shift[size_t(k)];
        std::sort(c.begin(), c.end());
        result[size_t(v)] = (c[1] + c[2]) / 2;
    }
    if (m_o.grouped) {
        // The bands the groups got; relaxing keeps every node inside its own.
        m_bands.assign(size_t(m_o.groupCount), {std::numeric_limits<double>::max(),
                                                 std::numeric_limits<double>::lowest()});
        for (int v : m_nodes) {
            auto &band = m_bands[size_t(m_g.group[size_t(v)])];
            band.first = std::min(band.first, result[size_t(v)] - m_g.width[size_t(v)] / 2);
            band.second = std::max(band.second, result[size_t(v)] + m_g.width[size_t(v)] / 2);
        }
    }
    relax(result, 8);
    return result;
}

// Each node moves to the weighted median of its neighbours' x (edges between dummies weigh
// most, so long edges straighten), as far as its neighbours in the layer and its group's band
// allow; alternating directions, a few rounds.
void Compactor::relax(std::vector<double> &x, int iterations)
{
    for (int iter = 0; iter < iterations; ++iter) {
        const bool downwards = iter % 2 == 0;
        const bool leftwards = (iter / 2) % 2 == 0;
        for (int step = 0; step < m_g.layerCount; ++step) {
            const int l = downwards ? step : m_g.layerCount - 1 - step;
            const auto nodes = layer(l);
            for (size_t i = 0; i < nodes.size(); ++i) {
                const size_t k = leftwards ? i : nodes.size() - 1 - i;
                const int v = nodes[k];
                m_targets.clear();
                double total = 0;
                const auto add = [&](int u) {
                    if (!active(u))
                        return;
                    const int dummies = int(m_g.isDummy(u)) + int(m_g.isDummy(v));
                    const double w = dummies == 2 ? 8.0 : dummies == 1 ? 2.0 : 1.0;
                    m_targets.push_back({x[size_t(u)], w});
                    total += w;
                };
                for (int u : m_g.up.of(v))
                    add(u);
                for (int u : m_g.down.of(v))
                    add(u);
                if (m_targets.empty())
                    continue;
                std::sort(m_targets.begin(), m_targets.end());
                double target = m_targets.back().first;
                double acc = 0;
                for (size_t t = 0; t < m_targets.size(); ++t) {
                    acc += m_targets[t].second;
                    if (acc * 2 > total) {
                        target = m_targets[t].first;
                        break;
                    }
                    if (acc * 2 == total) {
                        target = (m_targets[t].first + m_targets[t + 1].first) / 2;
                        break;
                    }
                }
                double lo = std::numeric_limits<double>::lowest();
                double hi = std::numeric_limits<double>::max();
                if (k > 0)
                    lo = x[size_t(nodes[k - 1])] + separation(nodes[k - 1], v);
                if (k + 1 < nodes.size())
                    hi = x[size_t(nodes[k + 1])] - separation(v, nodes[k + 1]);
                if (m_o.grouped) {
                    const auto &band = m_bands[size_t(m_g.group[size_t(v)])];
                    lo = std::max(lo, band.first + m_g.width[size_t(v)] / 2);
                    hi = std::min(hi, band.second - m_g.width[size_t(v)] / 2);
                }
                if (lo <= hi)
                    x[size_t(v)] = std::clamp(target, lo, hi);
            }
        }
    }
}

} // namespace

std::vector<double> assignX(const LayeredGraph &graph, const CoordinateOptions &options)
{
    return Compactor(graph, options).run();
}

} // namespace planner::layout
