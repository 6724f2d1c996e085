// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LayeredGraph.h"

#include <vector>

namespace planner::layout {

/// Local search on the order of a layered graph: swaps neighbours in a layer while that
/// removes crossings. Only the pairs around a change are looked at again, and the sorted
/// positions of every node's neighbours are kept up to date swap by swap, so a pass costs what
/// changed rather than the whole graph.
class Transposer
{
public:
    /// @p grouped: never swap two nodes of different groups.
    Transposer(LayeredGraph &graph, bool grouped);

    /// Swaps until a round of the pairs around earlier changes gains less than @p minGain
    /// crossings (at least 1), or after @p maxRounds rounds. With @p equalSwaps, the first
    /// three rounds also swap pairs whose crossings stay equal (and non-zero), which lets nodes
    /// drift over plateaus.
    /// Stops early once work() reaches @p maxWork. Returns the crossings removed.
    long long run(bool equalSwaps, long long minGain, int maxRounds, long long maxWork);

    /// Sifting: each node in turn moves to the place within @p window positions either side
    /// that leaves the fewest crossings with the layers above and below (the whole way past a
    /// worse place in between, which swapping neighbours cannot). Returns the crossings removed.
    /// Stops early once work() reaches @p maxWork.
    long long sift(int window, long long maxWork);

    /// Pairs compared, positions updated and edges visited so far: the measure of effort.
    long long work() const { return m_work; }

private:
    void buildNeighbourPositions();
    void refreshUpPositions(int l);
    void crossingsOf(int v, int w, long long &vw, long long &wv);
    void swapAt(int l, int i);
    void queue(int l, int i);
    void queueAround(int u);
    void movePosition(int *first, int count, int from, int to, int other);

    LayeredGraph &m_g;
    bool m_grouped;
    // Sorted positions of each node's neighbours, parallel to m_g.up.adj and m_g.down.adj.
    std::vector<int> m_upPos;
    std::vector<int> m_downPos;
    std::vector<int> m_fill;
    // Pairs to look at in this round and the next, flagged by the index of their left node in
    // m_g.order.
    std::vector<char> m_thisRound;
    std::vector<char> m_nextRound;
    int m_nextCount = 0;
    long long m_work = 0;
    int m_cursor = 0; // the pair being looked at; pairs after it still belong to this round
    std::vector<int> m_layerOf; // per index into m_g.order
};

} // namespace planner::layout
