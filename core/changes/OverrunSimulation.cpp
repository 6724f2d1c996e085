// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverrunSimulation.h"

#include "changes/PlannedActual.h"
#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator64>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OverrunSimulation)
};

// A draw of the triangular distribution by its inverse: the same uniform number always gives
// the same factor, so a seed gives the same runs on every machine.
double triangular(const Spread &s, double u)
{
    const double width = s.high - s.low;
    if (width <= 0)
        return s.low;
    const double split = (s.mode - s.low) / width;
    if (u < split)
        return s.low + std::sqrt(u * width * (s.mode - s.low));
    return s.high - std::sqrt((1 - u) * width * (s.high - s.mode));
}

// The element at share @p q (0..1) of the sorted @p values: the nearest-rank percentile.
template<typename T>
T percentile(const std::vector<T> &sorted, double q)
{
    if (sorted.empty())
        return T{};
    const auto rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted[size_t(std::clamp<qsizetype>(rank - 1, 0, qsizetype(sorted.size()) - 1))];
}

} // namespace

QString spreadProblem(const Spread &s)
{
    if (!(s.low > 0) || !(s.low <= s.mode) || !(s.mode <= s.high) || !(s.high <= 100))
        return Tr::tr("a spread needs 0 < LOW <= MODE <= HIGH <= 100, not %1,%2,%3")
            .arg(s.low)
            .arg(s.mode)
            .arg(s.high);
    return QString();
}

SimulationResult simulateOverruns(const Estate &estate, const Schedule &schedule,
                                  const SimulationOptions &options)
{
    SimulationResult result;
    result.runs = std::max(0, options.runs);
    result.seed = options.seed;
    result.spread = options.spread;
    result.plannedFinish = schedule.finish;

    // Each step's kind, and each kind's recorded factors.
    QHash<QString, ComponentKind> kindOf;
    for (const Component &c : estate.components())
        kindOf.insert(c.id, c.kind);
    std::map<ComponentKind, KindFactors> kinds;
    for (const ScheduledStep &s : schedule.steps) {
        KindFactors &k = kinds[kindOf.value(s.component, ComponentKind::Other)];
        k.kind = kindOf.value(s.component, ComponentKind::Other);
        ++k.scheduledSteps;
    }
    const PlanComparison recorded = comparePlannedActual(estate);
    for (const StepComparison &step : recorded.steps) {
        const auto k = kinds.find(step.kind);
        if (k != kinds.end() && step.ratio && *step.ratio > 0)
            k->second.recorded.append(*step.ratio);
    }
    for (const auto &[kind, factors] : kinds)
        result.kinds.append(factors);

    // The lanes of every used occurrence, their steps by start: the replay's order.
    struct LaneStep
    {
        int step;        // index into schedule.steps
        qint64 start;    // planned start, minutes from the first step's start
        double work;     // planned minutes from preparation to verification done
        qint64 decision; // minutes of the go/no-go decision
        const KindFactors *factors;
    };
    struct Lane
    {
        int window;
        QList<LaneStep> steps;
    };
    QList<Lane> lanes;
    QDateTime origin;
    for (const ScheduledStep &s : schedule.steps)
        if (!origin.isValid() || s.start < origin)
            origin = s.start;
    QHash<qint64, qsizetype> laneIndex; // window * 4096 + lane
    for (int i = 0; i < schedule.steps.size(); ++i) {
        const ScheduledStep &s = schedule.steps[i];
        const qint64 key = qint64(s.window) * 4096 + s.lane;
        auto found = laneIndex.constFind(key);
        if (found == laneIndex.constEnd()) {
            found = laneIndex.insert(key, lanes.size());
            lanes.append(Lane{s.window, {}});
        }
        const ComponentKind kind = kindOf.value(s.component, ComponentKind::Other);
        lanes[*found].steps.append(LaneStep{i, origin.secsTo(s.start) / 60,
                                            double(s.start.secsTo(s.end) / 60),
                                            s.end.secsTo(s.decided) / 60, &kinds[kind]});
    }
    for (Lane &lane : lanes)
        std::stable_sort(lane.steps.begin(), lane.steps.end(),
                         [](const LaneStep &a, const LaneStep &b) { return a.start < b.start; });

    // The used occurrences, by start, and where each one's end lies.
    QHash<int, qsizetype> windowIndex;
    QList<qint64> windowEnd;
    for (int w = 0; w < schedule.windows.size(); ++w) {
        const WindowOccurrence &o = schedule.windows[w];
        if (!o.isUsed())
            continue;
        windowIndex.insert(w, result.windows.size());
        windowEnd.append(origin.secsTo(o.end) / 60);
        WindowOdds odds;
        odds.window = w;
        odds.key = o.key();
        odds.end = o.end;
        odds.steps = int(o.steps.size());
        result.windows.append(odds);
    }
    if (result.runs == 0 || schedule.steps.isEmpty()) {
        result.finishP50 = result.finishP90 = schedule.finish;
        return result;
    }

    QRandomGenerator64 random(options.seed);
    std::vector<qint64> finishes;
    finishes.reserve(size_t(result.runs));
    std::vector<std::vector<qint64>> overruns(size_t(result.windows.size()));
    for (auto &o : overruns)
        o.reserve(size_t(result.runs));
    std::vector<qint64> latestDecision(size_t(result.windows.size()));
    int anyOverrun = 0;
    for (int run = 0; run < result.runs; ++run) {
        std::fill(latestDecision.begin(), latestDecision.end(), std::numeric_limits<qint64>::min());
        double finish = 0;
        for (const Lane &lane : lanes) {
            double free = std::numeric_limits<double>::lowest();
            for (const LaneStep &s : lane.steps) {
                // One uniform number per step and run, whichever way the factor is drawn.
                const double u = random.generateDouble();
                const QList<double> &seen = s.factors->recorded;
                const double factor = seen.isEmpty() ? triangular(options.spread, u)
                                                     : seen[qsizetype(u * double(seen.size()))];
                const double start = std::max(double(s.start), free);
                const double end = start + s.work * factor;
                free = end + double(s.decision);
                finish = std::max(finish, end);
                qint64 &latest = latestDecision[size_t(windowIndex.value(lane.window))];
                latest = std::max(latest, qint64(std::ceil(free)));
            }
        }
        finishes.push_back(qint64(std::llround(finish)));
        bool any = false;
        for (qsizetype w = 0; w < result.windows.size(); ++w) {
            const qint64 past = std::max<qint64>(0, latestDecision[size_t(w)] - windowEnd[w]);
            overruns[size_t(w)].push_back(past);
            any = any || past > 0;
        }
        anyOverrun += any ? 1 : 0;
    }
    std::sort(finishes.begin(), finishes.end());
    result.finishP50 = origin.addSecs(percentile(finishes, 0.5) * 60);
    result.finishP90 = origin.addSecs(percentile(finishes, 0.9) * 60);
    result.anyOverrunProbability = double(anyOverrun) / result.runs;
    for (qsizetype w = 0; w < result.windows.size(); ++w) {
        std::vector<qint64> &past = overruns[size_t(w)];
        const auto over = std::count_if(past.begin(), past.end(), [](qint64 m) { return m > 0; });
        result.windows[w].overrunProbability = double(over) / result.runs;
        std::sort(past.begin(), past.end());
        result.windows[w].overrunMinutesP90 = int(percentile(past, 0.9));
    }
    return result;
}

} // namespace planner
