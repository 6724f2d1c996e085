// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "changes/BusinessImpact.h"
#include "changes/ChangeMessages.h"
#include "changes/PlannedActual.h"
#include "changes/Readiness.h"
#include "changes/RiskScore.h"
#include "compat/Conflict.h"
#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/Schedule.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace planner {

/// One component that moves in the plan: where it starts, where it ends and the versions it
/// passes through on the way (stepping stones and required stops), in order.
struct PlanMove
{
    QString component;
    QString name;
    ComponentKind kind = ComponentKind::Other;
    QString site; ///< site name (or id when the site has no name); empty: none
    Criticality criticality = Criticality::Medium;
    Version from;
    Version to;
    QList<Version> via; ///< intermediate versions, in the order they are reached
    int firstWave = 0;  ///< 0 when the plan has no step for it (blocked)
    int lastWave = 0;
    bool reversible = true;
    std::optional<BackupInfo> backup;
};

/// One question a board asks before it approves ("is every step scheduled?"), answered.
struct ReadinessCheck
{
    QString id;    ///< stable name: "conflicts", "blocked", "unscheduled", "backups"...
    QString label; ///< the question, for people
    bool ok = false;
    QString detail; ///< the answer in words: what is missing, or that all is well
};

/// Everything the signed plan says, gathered from one estate: the moves, the conflicts in every
/// state with their waivers, the ordering, the schedule, the readiness checks, and the plan's
/// canonical JSON (what plan.json holds, see docs/plan.md). A pure function of the estate:
/// the same estate gives the same document, byte for byte, on every machine.
struct PlanDocument
{
    Estate estate; ///< the estate it was computed from
    /// The scenario that estate is (Scenario.h); empty: the baseline. plan.json says so.
    QString scenario;
    QString estateSha256;      ///< hex SHA-256 of that estate's canonical interchange JSON
    QString programVersion;    ///< e.g. "0.1.0"
    QDate lifecycleDate;       ///< how recent the bundled end-of-life data is
    QList<PlanMove> moves;     ///< components that move, in the order of their first step
    QList<Conflict> conflicts; ///< every state, then the schedule's; waived ones included
    UpgradePlan plan;
    Schedule schedule;
    QList<ReadinessCheck> readiness;
    /// Risks the board should hear of that do not stop the plan (warnings without a waiver,
    /// windows where rolling back every step would overrun, stepping stones out of support),
    /// each a sentence.
    QStringList risks;

    // The controlled change (docs/change-records.md), from the same plan, schedule and
    // conflicts: whom each step affects, the risk score with its causes, backups that cannot
    // be relied on, the messages to send, planned against actual, and what is missing.
    BusinessImpact impact;
    PlanRisk risk;
    QList<BackupWarning> backupWarnings;
    QList<FilledMessage> messages;
    PlanComparison comparison;
    Readiness changeReadiness;

    QJsonObject json; ///< the plan as plan.json holds it
    QByteArray bytes; ///< canonical JSON of `json`: plan.json's bytes
    QString sha256;   ///< hex SHA-256 of `bytes` (what approvals sign)

    /// True when every readiness check passes.
    bool isReady() const;
};

/// Builds the plan document of @p estate: checks compatibility in every state, orders and
/// schedules the upgrade, and writes it down canonically.
/// @p scenario names the scenario @p estate is (applyScenario), empty for the baseline.
PlanDocument buildPlanDocument(const Estate &estate, const QString &scenario = QString());

/// Hex SHA-256 of the estate's canonical interchange JSON, without the hand-placed positions
/// of the graph view (moving a box does not change the plan) and without its scenarios (a plan
/// is of one of them). Used to tell whether an open
/// project still matches an exported plan.
QString estateSha256(const Estate &estate);

/// The program version compiled into the core ("0.1.0").
QString programVersion();

} // namespace planner
