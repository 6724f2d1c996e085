// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedNodes.h"

#include <algorithm>
#include <limits>

namespace planner::layout {

namespace {

struct Interval
{
    double low;
    double high;
    bool operator<(const Interval &o) const { return low < o.low; }
};

} // namespace

void keepClearOfFixedNodes(const LayeredGraph &g, Placement &p, double nodeSpacing,
                           double edgeSpacing)
{
    std::vector<int> fixedNodes;
    for (int v = 0; v < g.realCount; ++v)
        if (g.fixed[size_t(v)])
            fixedNodes.push_back(v);
    if (fixedNodes.empty())
        return;

    // Obstacles per layer: the fixed boxes reaching into the band, widened by the spacing.
    std::vector<std::vector<Interval>> obstacles(size_t(g.layerCount));
    const double reach = nodeSpacing / 2;
    for (int f : fixedNodes) {
        const double top = p.y[size_t(f)] - g.height[size_t(f)] / 2;
        const double bottom = p.y[size_t(f)] + g.height[size_t(f)] / 2;
        const auto first = std::lower_bound(p.bandBottom.begin(), p.bandBottom.end(), top - reach);
        for (auto l = size_t(first - p.bandBottom.begin()); l < size_t(g.layerCount); ++l) {
            if (p.bandTop[l] > bottom + reach)
                break;
            const double half = g.width[size_t(f)] / 2 + nodeSpacing;
            obstacles[l].push_back({p.x[size_t(f)] - half, p.x[size_t(f)] + half});
        }
    }

    std::vector<Interval> gaps;
    std::vector<int> free;
    std::vector<int> gapOf;
    for (int l = 0; l < g.layerCount; ++l) {
        auto &obs = obstacles[size_t(l)];
        if (obs.empty())
            continue;
        std::sort(obs.begin(), obs.end());
        gaps.clear();
        double left = std::numeric_limits<double>::lowest();
        for (const Interval &o : obs) {
            if (o.low > left)
                gaps.push_back({left, o.low});
            left = std::max(left, o.high);
        }
        gaps.push_back({left, std::numeric_limits<double>::max()});

        free.clear();
        for (int v : g.layerNodes(l))
            if (!g.fixed[size_t(v)])
                free.push_back(v);
        // Each node to the gap nearest to its centre.
        gapOf.assign(free.size(), 0);
        size_t gi = 0;
        for (size_t i = 0; i < free.size(); ++i) {
            const double cx = p.x[size_t(free[i])];
            while (gi + 1 < gaps.size() && cx > gaps[gi].high
                   && cx - gaps[gi].high > gaps[gi + 1].low - cx)
                ++gi;
            gapOf[i] = int(gi);
        }
        // Right to left inside each gap: pull nodes left of the gap's right end.
        for (size_t i = free.size(); i-- > 0;) {
            const int v = free[i];
            const Interval &gap = gaps[size_t(gapOf[i])];
            double limit = gap.high - g.width[size_t(v)] / 2;
            if (i + 1 < free.size() && gapOf[i + 1] == gapOf[i])
                limit = std::min(limit,
                                 p.x[size_t(free[i + 1])]
                                     - separation(g, v, free[i + 1], nodeSpacing, edgeSpacing));
            p.x[size_t(v)] = std::min(p.x[size_t(v)], limit);
        }
        // Left to right: push nodes right of their left neighbour and the gap's left end,
        // passing a node that no longer fits on to the next gap.
        for (size_t i = 0; i < free.size(); ++i) {
            const int v = free[i];
            const double half = g.width[size_t(v)] / 2;
            if (i > 0 && gapOf[i] < gapOf[i - 1])
                gapOf[i] = gapOf[i - 1];
            for (;;) {
                const Interval &gap = gaps[size_t(gapOf[i])];
                double x = std::max(p.x[size_t(v)], gap.low + half);
                if (i > 0)
                    x = std::max(x, p.x[size_t(free[i - 1])]
                                        + separation(g, free[i - 1], v, nodeSpacing, edgeSpacing));
                if (x + half <= gap.high || size_t(gapOf[i]) + 1 == gaps.size()) {
                    p.x[size_t(v)] = x;
                    break;
                }
                ++gapOf[i];
            }
        }
    }
}

} // namespace planner::layout
