// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of a controlled change (issue 14): what good upgrade practice asks a team to write
// down before, during and after the upgrade. Each is a plain value in a list of the Estate, keyed
// by the component (or window, or check) it is about, so that an estate with none of them costs
// nothing and each list is edited, saved and exchanged as one section. Names of kinds, points and
// statuses are those of the interchange format (docs/inventory-format.md, "Change records").

#include "Component.h"
#include "Kinds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace planner {

/// Why the change is made: security bug compliance end-of-support performance feature hardware
/// integration optional (ProjectInfo::reason).
QStringList changeReasonNames();
/// How soon it must happen: emergency urgent planned deferrable (ProjectInfo::urgency).
QStringList urgencyNames();

/// One piece of a component's configuration that must survive the upgrade.
struct ConfigItem
{
    QString component;
    /// parameter routing-rule permission integration-key scheduled-job service-account
    /// firewall-rule certificate custom-script other (configKindNames()).
    QString kind;
    QString name;
    QString detail; ///< where it lives or what it holds, free text
    bool backedUp = false;
    QDate expires; ///< certificates (and keys) that expire; null: does not
    friend bool operator==(const ConfigItem &, const ConfigItem &) = default;
};
QStringList configKindNames();

/// How the step is undone and who says so.
struct RollbackPlan
{
    QString component;
    QStringList triggers;       ///< observations that start a rollback ("login fails for 5 min")
    QString decider;            ///< who decides (a name or a role)
    QString restores;           ///< what is put back (the backup, a snapshot, the old package)
    std::optional<int> minutes; ///< expected duration of the rollback
    QString dataLoss;           ///< data that may be lost ("orders taken after 22:00")
    bool forwardOnly = false;   ///< after the migration only a forward repair is possible
    friend bool operator==(const RollbackPlan &, const RollbackPlan &) = default;
};

/// What a trial before production showed.
struct PilotRecord
{
    QString component;
    QString environment; ///< "test", "staging", "pilot branch Mainz"
    QStringList devices; ///< representative devices or hosts tried
    QStringList roles;   ///< user roles that tried it
    QStringList flows;   ///< data flows exercised
    QDate date;
    QString result; ///< what it showed
    bool passed = false;
    friend bool operator==(const PilotRecord &, const PilotRecord &) = default;
};

/// A check defined before the upgrade, run after it: for one component's step or for a window.
struct AcceptanceCheck
{
    QString id;             ///< unique among checks, isValidId()
    QString component;      ///< empty for a window-wide check
    QString window;         ///< window id for a window-wide check, else empty
    QString description;    ///< what to do
    QString expected;       ///< the result that passes
    bool core = false;      ///< a core function: checked first
    bool logReview = false; ///< a review of the logs
    friend bool operator==(const AcceptanceCheck &, const AcceptanceCheck &) = default;
};

/// A message to the people a window affects, with placeholders filled from the schedule:
/// {window} {start} {end} {services} {limitations} {contact} {project}.
struct MessageTemplate
{
    QString id;                              ///< unique among messages, isValidId()
    QString audience;                        ///< "branch staff", "card customers"
    QString when = QStringLiteral("before"); ///< "before" or "after" the window
    int hours = 48; ///< how long before the start (before) or after the end (after)
    QString window; ///< the window it is for; empty: every used window
    QString subject;
    QString body;
    QString contact;
    QString limitations; ///< what users cannot do meanwhile
    friend bool operator==(const MessageTemplate &, const MessageTemplate &) = default;
};

/// What is watched after the release, against which baseline, for how long.
struct MonitoringPlan
{
    QString component;
    QString metric;   ///< "p95 login latency"
    QString baseline; ///< "180 ms"
    int hours = 24;   ///< hours to a business cycle (168 = a week)
    friend bool operator==(const MonitoringPlan &, const MonitoringPlan &) = default;
};

/// The result of one acceptance check while executing.
struct CheckResult
{
    QString check; ///< AcceptanceCheck::id
    bool passed = false;
    QString note;
    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

/// A problem met while executing, and how it was solved.
struct ExecutionIssue
{
    QString text;
    QString resolution;
    friend bool operator==(const ExecutionIssue &, const ExecutionIssue &) = default;
};

/// The upgrade record of one component's step: what actually happened.
struct ExecutionRecord
{
    QString component;
    QString to; ///< the version the step went to (text), empty: its target
    /// Actual start and end of each phase; null where not recorded. Like a window's times these
    /// are wall-clock times in the project's time zone held as Qt::UTC QDateTimes, to the minute
    /// (the interchange format has no seconds).
    std::array<QDateTime, phaseCount> started;
    std::array<QDateTime, phaseCount> ended;
    QList<CheckResult> checks;
    QList<ExecutionIssue> issues;
    QString rollback = QStringLiteral("none"); ///< none partial full
    QStringList followUps;
    /// Minutes phase @p p actually took, when both ends are recorded.
    std::optional<int> actualMinutes(Phase p) const;
    friend bool operator==(const ExecutionRecord &, const ExecutionRecord &) = default;
};

/// Phase minutes the team accepted from earlier actuals for one kind: used before the built-in
/// defaults (a component's own figure still comes first).
struct KindEstimate
{
    ComponentKind kind = ComponentKind::Other;
    PhaseDurations durations;
    friend bool operator==(const KindEstimate &, const KindEstimate &) = default;
};

/// All records of the controlled change, one section of the Estate.
struct ChangeRecords
{
    QList<ConfigItem> configuration;
    QList<RollbackPlan> rollbacks;
    QList<PilotRecord> pilots;
    QList<AcceptanceCheck> acceptance;
    QList<MessageTemplate> messages;
    QList<MonitoringPlan> monitoring;
    QList<ExecutionRecord> executed;
    QList<KindEstimate> estimates;

    bool isEmpty() const;
    const RollbackPlan *rollbackFor(const QString &component) const;
    const ExecutionRecord *executionFor(const QString &component) const;
    const KindEstimate *estimateFor(ComponentKind kind) const;
    friend bool operator==(const ChangeRecords &, const ChangeRecords &) = default;
};

} // namespace planner
