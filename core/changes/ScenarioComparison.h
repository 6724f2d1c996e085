// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scenarios side by side (issue 17): what a change board compares between variants of a plan.

#include "changes/ChangeAnalysis.h"
#include "inventory/Estate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace planner {

/// How long one business process goes without what it relies on, in one scenario.
struct ScenarioDowntime
{
    QString process;
    QString name;
    int minutes = 0;          ///< execute and verify, overlaps counted once
    int worstCaseMinutes = 0; ///< up to the end of the rollback reserves
};

/// One scenario's figures.
struct ScenarioFigures
{
    QString name; ///< "baseline" for the estate itself
    QString description;
    int changes = 0;     ///< changes on top of the baseline
    int steps = 0;       ///< plan steps
    int scheduled = 0;   ///< steps placed in windows
    int unscheduled = 0; ///< steps (and blocked upgrades) the schedule could not place
    int windowsUsed = 0;
    QDateTime finish; ///< the last step's verification done; null when none is placed
    int errors = 0;   ///< conflicts of severity error, not waived, in every state
    int warnings = 0; ///< conflicts of severity warning, not waived
    int waived = 0;
    int riskScore = 0;
    QString riskLevel;
    int readinessItems = 0;           ///< what is missing before approval
    QList<ScenarioDowntime> downtime; ///< every process, in estate order
    QStringList warningsApplying;     ///< changes skipped as the baseline no longer allows them
};

/// A step that is not where it is in the first scenario compared.
struct MovedStep
{
    QString component;
    QString from; ///< version text
    QString to;
    QString scenario; ///< the scenario it moved in
    QString before;   ///< window occurrence key in the first scenario; empty: not scheduled
    QString after;    ///< in @p scenario; empty: not scheduled
    QDateTime startBefore;
    QDateTime startAfter;
    /// Minutes later (negative: earlier); 0 when either side is not scheduled.
    qint64 minutesLater = 0;
};

struct ScenarioComparison
{
    QList<ScenarioFigures> scenarios; ///< in the order asked
    QList<MovedStep> moved;           ///< against the first, by scenario then plan order
    /// Each scenario's full analysis, in the same order (the timeline draws their schedules).
    QList<ChangeAnalysis> analyses;
};

/// Analyses each scenario of @p project called in @p names ("baseline" for the estate itself)
/// and compares them with the first. Unknown names are the caller's to refuse (findScenario).
ScenarioComparison compareScenarios(const Estate &project, const QStringList &names);

/// The estate as scenario @p name has it, "baseline" (or empty) for @p project itself.
Estate scenarioEstate(const Estate &project, const QString &name, QStringList *warnings = nullptr);

} // namespace planner
