// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every benchmark program needs: medians, peak memory, and the outside peer (tsort) timed
// on the same edge list in the same run.

#include "inventory/Estate.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace planner::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

/// Peak resident memory of this process so far (max RSS), in MB.
inline double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// The estate's dependencies as "from to" lines, the input tsort reads.
inline std::unique_ptr<QTemporaryFile> writeEdgeList(const Estate &estate)
{
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open())
        return nullptr;
    QTextStream out(file.get());
    for (const Dependency &d : estate.dependencies())
        out << d.from << ' ' << d.to << '\n';
    out.flush();
    file->flush();
    return file;
}

/// Wall time of `tsort FILE` in ms, output discarded; -1 when tsort cannot run.
inline double tsortMilliseconds(const QString &file)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("tsort"), {file});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

} // namespace planner::bench
