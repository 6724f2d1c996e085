// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioComparison.h"

#include <QHash>

namespace planner {

namespace {

QString stepKey(const QString &component, const Version &from, const Version &to)
{
    return component + u'\x1f' + from.text() + u'\x1f' + to.text();
}

ScenarioFigures figuresOf(const QString &name, const Scenario *scenario,
                          const ChangeAnalysis &a, const QStringList &warnings)
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
        result.scenarios.append(figuresOf(baseline || !scenario ? baselineScenarioName()
                                                                : scenario->name,
                                          baseline ? nullptr : scenario, result.analyses.last(),
                                          warnings));
    }
    if (result.analyses.isEmpty())
        return result;

    // Where each step of the first scenario runs, by component and versions.
    struct Place
    {
        QString occurrence;
        QDateTime start;
    };
    const auto placesOf = [](const ChangeAnalysis &a) {
        QHash<QString, Place> places;
        for (const ScheduledStep &s : a.schedule.steps)
            places.insert(stepKey(s.component, s.from, s.to),
                          {a.schedule.windows.at(s.window).key(), s.start});
        return places;
    };
    const QHash<QString, Place> first = placesOf(result.analyses.constFirst());
    for (qsizetype i = 1; i < result.analyses.size(); ++i) {
        const ChangeAnalysis &a = result.analyses.at(i);
        const QHash<QString, Place> here = placesOf(a);
        QSet<QString> seen;
        // Plan order of this scenario, then the first's steps it no longer has.
        const auto compare = [&](const QString &component, const Version &from,
                                 const Version &to) {
            const QString key = stepKey(component, from, to);
            if (seen.contains(key))
                return;
            seen.insert(key);
            const auto was = first.constFind(key);
            const auto is = here.constFind(key);
            const bool wasPlaced = was != first.constEnd();
            const bool isPlaced = is != here.constEnd();
            if (!wasPlaced && !isPlaced)
                return;
            if (wasPlaced && isPlaced && was->start == is->start
                && was->occurrence == is->occurrence)
                return;
            MovedStep m;
            m.component = component;
            m.from = from.text();
            m.to = to.text();
            m.scenario = result.scenarios.at(i).name;
            if (wasPlaced) {
                m.before = was->occurrence;
                m.startBefore = was->start;
            }
            if (isPlaced) {
                m.after = is->occurrence;
                m.startAfter = is->start;
            }
            if (wasPlaced && isPlaced)
                m.minutesLater = was->start.secsTo(is->start) / 60;
            result.moved.append(m);
        };
        for (const PlanStep &step : a.plan.steps)
            compare(step.component, step.from, step.to);
        for (const PlanStep &step : result.analyses.constFirst().plan.steps)
            compare(step.component, step.from, step.to);
    }
    return result;
}

} // namespace planner
