// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioComparison.h"

#include "WhatIf.h"

#include <QHash>

namespace planner {

namespace {

ScenarioFigures figuresOf(const QString &name, const Scenario *scenario, const ChangeAnalysis &a,
                          const QStringList &warnings)
{
    ScenarioFigures f;
    f.name = name;
    if (scenario) {
        f.description = scenario->description;
        f.changes = scenario->changeCount();
    }
    f.steps = int(a.plan.steps.size());
    f.scheduled = int(a.schedule.steps.size());
    f.unscheduled = int(a.schedule.unscheduled.size());
    f.windowsUsed = a.schedule.windowsUsed;
    f.finish = a.schedule.finish;
    for (const Conflict &c : a.conflicts) {
        if (c.waived)
            ++f.waived;
        else if (c.severity == Conflict::Severity::Error)
            ++f.errors;
        else if (c.severity == Conflict::Severity::Warning)
            ++f.warnings;
    }
    f.riskScore = a.risk.score;
    f.riskLevel = a.risk.level;
    f.readinessItems = int(a.readiness.items.size());
    for (const ProcessDowntime &d : a.schedule.downtime)
        f.downtime.append({d.process, d.name, d.minutes, d.worstCaseMinutes});
    f.warningsApplying = warnings;
    return f;
}

} // namespace

Estate scenarioEstate(const Estate &project, const QString &name, QStringList *warnings)
{
    if (name.isEmpty() || name.compare(baselineScenarioName(), Qt::CaseInsensitive) == 0) {
        Estate estate = project;
        estate.scenarios.clear();
        return estate;
    }
    const Scenario *scenario = findScenario(project, name);
    if (!scenario) {
        Estate estate = project;
        estate.scenarios.clear();
        return estate;
    }
    return applyScenario(project, *scenario, warnings);
}

ScenarioComparison compareScenarios(const Estate &project, const QStringList &names)
{
    ScenarioComparison result;
    for (const QString &name : names) {
        QStringList warnings;
        const Scenario *scenario = findScenario(project, name);
        const bool baseline = name.compare(baselineScenarioName(), Qt::CaseInsensitive) == 0;
        const Estate estate = scenarioEstate(project, name, &warnings);
        result.analyses.append(analyseChange(estate));
        result.scenarios.append(
            figuresOf(baseline || !scenario ? baselineScenarioName() : scenario->name,
                      baseline ? nullptr : scenario, result.analyses.last(), warnings));
    }
    if (result.analyses.isEmpty())
        return result;

    const Schedule &first = result.analyses.constFirst().schedule;
    for (qsizetype i = 1; i < result.analyses.size(); ++i) {
        for (const StepShift &shift : shiftedSteps(first, result.analyses.at(i).schedule)) {
            MovedStep m;
            m.component = shift.component;
            m.from = shift.from;
            m.to = shift.to;
            m.scenario = result.scenarios.at(i).name;
            m.before = shift.before;
            m.after = shift.after;
            m.startBefore = shift.startBefore;
            m.startAfter = shift.startAfter;
            m.minutesLater = shift.minutesLater;
            result.moved.append(m);
        }
    }
    return result;
}

} // namespace planner
