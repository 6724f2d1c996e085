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
    {
    }

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
    void squeeze(std::vector<double> &x);
    void assignBands(const std::vector<double> &x);
    int bandOf(int v) const { return m_band[size_t(v)]; }

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
    struct Pool
    {
        double sum;
        int count;
    };
    std::vector<Pool> m_pools;
    std::vector<double> m_offsets;
    std::vector<int> m_band; // per node, for squeeze(): its group's band, 0 when not grouped
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
                m_constraints.push_back(
                    {m_root[size_t(prev)], m_root[size_t(v)], separation(prev, v)});
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
    squeeze(result);
    if (m_o.grouped) {
        // The bands the groups got; relaxing keeps every node inside its own.
        m_bands.assign(size_t(m_o.groupCount),
                       {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});
        for (int v : m_nodes) {
            auto &band = m_bands[size_t(bandOf(v))];
            band.first = std::min(band.first, result[size_t(v)] - m_g.width[size_t(v)] / 2);
            band.second = std::max(band.second, result[size_t(v)] + m_g.width[size_t(v)] / 2);
        }
    }
    relax(result, 8);
    return result;
}

// Brandes and Köpf can leave a drawing several times wider than its widest layer needs: blocks
// aligned down long chains push their neighbours along, layer after layer. Here each band (the
// whole drawing, or each group's band when grouped) shrinks to a little more than its widest
// layer needs: every node aims at its x scaled down by the band's factor, and each layer's
// nodes take the positions nearest those aims (least squares) that keep their order and
// separations, which is an isotonic regression solved by pooling adjacent violators. Scaling
// keeps the drawing's shape, so long edges stay almost straight and crossings between straight
// edges barely change.
//
// A dummy node takes its edge's group, but may lie in another group's band; for squeezing it
// belongs to the band it lies in (or the nearest), so that each band's nodes in a layer stay
// one run from left to right.
void Compactor::assignBands(const std::vector<double> &x)
{
    m_band.assign(size_t(m_n), 0);
    if (!m_o.grouped)
        return;
    std::vector<std::pair<double, double>> real(size_t(m_o.groupCount),
                                                {std::numeric_limits<double>::max(),
                                                 std::numeric_limits<double>::lowest()});
    for (int v : m_nodes) {
        if (m_g.isDummy(v))
            continue;
        auto &[low, high] = real[size_t(m_g.group[size_t(v)])];
        low = std::min(low, x[size_t(v)] - m_g.width[size_t(v)] / 2);
        high = std::max(high, x[size_t(v)] + m_g.width[size_t(v)] / 2);
    }
    for (int v : m_nodes) {
        if (!m_g.isDummy(v)) {
            m_band[size_t(v)] = m_g.group[size_t(v)];
            continue;
        }
        double best = std::numeric_limits<double>::max();
        for (int b = 0; b < m_o.groupCount; ++b) {
            const auto [low, high] = real[size_t(b)];
            if (low > high)
                continue;
            const double distance = std::max({0.0, low - x[size_t(v)], x[size_t(v)] - high});
            if (distance < best) {
                best = distance;
                m_band[size_t(v)] = b;
            }
        }
    }
}

void Compactor::squeeze(std::vector<double> &x)
{
    assignBands(x);
    constexpr double slack = 1.05;   // room left beyond the widest layer's needs
    constexpr double worthIt = 1.15; // bands less wide than this times their needs stay
    const int bands = m_o.grouped ? std::max(1, m_o.groupCount) : 1;
    std::vector<double> low(size_t(bands), std::numeric_limits<double>::max());
    std::vector<double> high(size_t(bands), std::numeric_limits<double>::lowest());
    std::vector<double> needed(size_t(bands), 0.0);
    for (int l = 0; l < m_g.layerCount; ++l) {
        const auto nodes = layer(l);
        double run = 0;
        for (size_t i = 0; i < nodes.size(); ++i) {
            const int v = nodes[i];
            const int b = bandOf(v);
            const double half = m_g.width[size_t(v)] / 2;
            low[size_t(b)] = std::min(low[size_t(b)], x[size_t(v)] - half);
            high[size_t(b)] = std::max(high[size_t(b)], x[size_t(v)] + half);
            // From the left edge of the band's first node in the layer to v's right edge.
            if (i > 0 && bandOf(nodes[i - 1]) == b)
                run += separation(nodes[i - 1], v) - m_g.width[size_t(nodes[i - 1])] / 2 + half;
            else
                run = m_g.width[size_t(v)];
            needed[size_t(b)] = std::max(needed[size_t(b)], run);
        }
    }
    // New bands side by side in their old order, the groups' margins apart; the scale of each.
    std::vector<int> byLeft;
    for (int b = 0; b < bands; ++b)
        if (low[size_t(b)] <= high[size_t(b)])
            byLeft.push_back(b);
    std::sort(byLeft.begin(), byLeft.end(),
              [&](int a, int b) { return low[size_t(a)] < low[size_t(b)]; });
    std::vector<double> scale(size_t(bands), 1.0);
    std::vector<double> newLow(low), newHigh(high);
    bool any = false;
    for (size_t k = 0; k < byLeft.size(); ++k) {
        const int b = byLeft[k];
        const double width = high[size_t(b)] - low[size_t(b)];
        if (width > worthIt * needed[size_t(b)] && width > 0) {
            scale[size_t(b)] = slack * needed[size_t(b)] / width;
            any = true;
        }
        newLow[size_t(b)] = k == 0 ? low[size_t(b)]
                                   : newHigh[size_t(byLeft[k - 1])] + 2 * m_o.groupMargin;
        newHigh[size_t(b)] = newLow[size_t(b)] + width * scale[size_t(b)];
    }
    if (!any)
        return;

    for (int l = 0; l < m_g.layerCount; ++l) {
        const auto nodes = layer(l);
        for (size_t begin = 0; begin < nodes.size();) {
            const int b = bandOf(nodes[begin]);
            size_t end = begin + 1;
            while (end < nodes.size() && bandOf(nodes[end]) == b)
                ++end;
            // Aims less the separations before each node must not decrease: pool violators.
            m_pools.clear();
            m_offsets.clear();
            double offset = 0;
            for (size_t i = begin; i < end; ++i) {
                const int v = nodes[i];
                if (i > begin)
                    offset += separation(nodes[i - 1], v);
                m_offsets.push_back(offset);
                const double aim = newLow[size_t(b)]
                                   + (x[size_t(v)] - low[size_t(b)]) * scale[size_t(b)];
                m_pools.push_back({aim - offset, 1});
                while (m_pools.size() > 1) {
                    const Pool &last = m_pools.back();
                    Pool &before = m_pools[m_pools.size() - 2];
                    if (before.sum / before.count <= last.sum / last.count)
                        break;
                    before.sum += last.sum;
                    before.count += last.count;
                    m_pools.pop_back();
                }
            }
            // Inside the band: with the same bounds for every pool, the bounded regression is
            // the unbounded one clamped (the run fits: the band is as wide as its widest run).
            const double least = newLow[size_t(b)] + m_g.width[size_t(nodes[begin])] / 2;
            const double most = std::max(least, newHigh[size_t(b)] - m_offsets.back()
                                                    - m_g.width[size_t(nodes[end - 1])] / 2);
            size_t i = begin;
            for (const Pool &pool : m_pools)
                for (int c = 0; c < pool.count; ++c, ++i)
                    x[size_t(nodes[i])] = std::clamp(pool.sum / pool.count, least, most)
                                          + m_offsets[i - begin];
            begin = end;
        }
    }
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
                    const auto &band = m_bands[size_t(bandOf(v))];
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
