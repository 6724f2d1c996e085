// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace planner {

/// A scheduling problem, in the shape of the compatibility checker's conflicts: a stable type
/// name, a severity, the components concerned and a sentence for a person.
/// Types: `window-too-short` (no window is long enough, or every window is full),
/// `freeze-violation` (the only windows that would fit overlap a freeze), `peak-violation`
/// (every window that fits overlaps a business peak of a process the step affects) and
/// `staff-unavailable` (nobody with a needed role is available in any window that fits).
struct ScheduleConflict
{
    enum class Severity { Info, Warning, Error };

    QString type;
    Severity severity = Severity::Error;
    QStringList components;
    QString message;

    /// "error", "warning" or "info", as in the JSON output.
    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            break;
        }
        return QStringLiteral("error");
    }
};

} // namespace planner
