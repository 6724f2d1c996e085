// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small hand-made estates and plans for the scheduling tests: every figure below is chosen so
// that the expected times can be worked out on paper.

#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/Schedule.h"
#include "schedule/ScheduleJson.h"

#include <QDateTime>
#include <QString>

namespace planner::testing {

/// "2027-01-09T22:00" as the estate holds it: a wall-clock reading with Qt::UTC spec.
inline QDateTime wall(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QString text(const QDateTime &t)
{
    return scheduleTimeText(t);
}

/// A component with every phase given: prepare, backup, execute, verify, rollback minutes.
inline Component component(const QString &id, int prepare, int backup, int execute, int verify,
                           int rollback, const QStringList &roles = {})
{
    Component c;
    c.id = id;
    c.name = id;
    c.kind = ComponentKind::Application;
    c.version = *Version::parse(u"1.0");
    c.target = *Version::parse(u"2.0");
    c.durations[Phase::Prepare] = prepare;
    c.durations[Phase::Backup] = backup;
    c.durations[Phase::Execute] = execute;
    c.durations[Phase::Verify] = verify;
    c.durations[Phase::Rollback] = rollback;
    c.roles = roles;
    return c;
}

inline MaintenanceWindow window(const QString &id, const QString &start, const QString &end,
                                int repeatWeekly = 1, int parallel = 1)
{
    return {id, wall(start), wall(end), repeatWeekly, parallel};
}

/// An estate in Europe/Berlin starting on Monday 2027-01-04, decisions taking 15 minutes.
inline Estate berlinEstate()
{
    Estate e;
    e.project.name = QStringLiteral("Test");
    e.project.timezone = QStringLiteral("Europe/Berlin");
    e.project.start = QDate(2027, 1, 4);
    e.project.decisionMinutes = 15;
    return e;
}

inline PlanStep step(const QString &component, int wave = 1, int group = -1)
{
    PlanStep s;
    s.component = component;
    s.from = *Version::parse(u"1.0");
    s.to = *Version::parse(u"2.0");
    s.wave = wave;
    s.group = group;
    return s;
}

/// The scheduled step of @p component, or nullptr.
inline const ScheduledStep *placed(const Schedule &s, const QString &component)
{
    for (const ScheduledStep &st : s.steps)
        if (st.component == component)
            return &st;
    return nullptr;
}

inline const UnscheduledStep *unplaced(const Schedule &s, const QString &component)
{
    for (const UnscheduledStep &u : s.unscheduled)
        if (u.component == component)
            return &u;
    return nullptr;
}

} // namespace planner::testing
