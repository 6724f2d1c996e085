// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace planner {

/// A max segment tree over window occurrences (in start order) holding each one's free time:
/// finds the first occurrence at or after a position with at least a given free time in
/// O(log n), so placing a step never scans full windows one by one.
class FirstFitTree
{
public:
    explicit FirstFitTree(int size = 0)
        : m_size(1)
    {
        while (m_size < size)
            m_size *= 2;
        m_tree.assign(size_t(2 * m_size), -1);
    }

    void set(int position, qint64 value)
    {
        int node = position + m_size;
        m_tree[size_t(node)] = value;
        for (node /= 2; node >= 1; node /= 2)
            m_tree[size_t(node)] = std::max(m_tree[size_t(2 * node)], m_tree[size_t(2 * node + 1)]);
    }

    qint64 value(int position) const { return m_tree[size_t(position + m_size)]; }

    /// The first position >= @p from whose value is >= @p needed, or -1.
    int firstAtLeast(int from, qint64 needed) const
    {
        if (from >= m_size)
            return -1;
        return descend(1, 0, m_size, from, needed);
    }

private:
    int descend(int node, int lo, int hi, int from, qint64 needed) const
    {
        if (hi <= from || m_tree[size_t(node)] < needed)
            return -1;
        if (hi - lo == 1)
            return lo;
        const int mid = (lo + hi) / 2;
        const int left = descend(2 * node, lo, mid, from, needed);
        return left >= 0 ? left : descend(2 * node + 1, mid, hi, from, needed);
    }

    int m_size;
    std::vector<qint64> m_tree;
};

} // namespace planner
