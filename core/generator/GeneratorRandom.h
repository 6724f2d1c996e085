// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstdint>
#include <initializer_list>

namespace planner {

/// The generator's own pseudo-random numbers: xoshiro256** seeded through splitmix64, with
/// integer-only draws, so that a seed gives the same estate on every platform and with every
/// standard library (std:: distributions differ between implementations).
class GeneratorRandom
{
public:
    explicit GeneratorRandom(quint64 seed)
    {
        quint64 x = seed;
        for (auto &word : m_state) {
            x += 0x9e3779b97f4a7c15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// A number in [0, n), without modulo bias; 0 when n is 0.
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 limit = ~quint64(0) - (~quint64(0) % n);
        quint64 r = next();
        while (r >= limit)
            r = next();
        return r % n;
    }

    int below(int n) { return n <= 0 ? 0 : int(below(quint64(n))); }

    /// True with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }

    /// An index drawn with the given integer weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int index = 0;
        for (int w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4] = {};
};

} // namespace planner
