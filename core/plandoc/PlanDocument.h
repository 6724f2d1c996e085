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
#include <QDateTime>
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

/// Where in its project's history a plan was computed (issue 19): the save whose state it
/// reflects, so that a board can tell which version of the shared project it approved.
struct HistoryPosition
{
    qint64 revision = 0; ///< the project's revision (its history's last save)
    QDateTime savedAt;   ///< when that save committed (UTC)
    QString savedBy;     ///< who made it
    /// Computed from a window's copy with edits made since that save and not yet saved.
    bool unsavedChanges = false;

    friend bool operator==(const HistoryPosition &, const HistoryPosition &) = default;
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
    QString estateSha256; ///< hex SHA-256 of that estate's canonical interchange JSON
    /// The project history's position the estate is at; none for an estate file, or a project
    /// saved before projects kept a history. plan.json's "history" says so.
    std::optional<HistoryPosition> history;
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
/// @p history is where in its project's history @p estate is, when it comes from a project.
PlanDocument buildPlanDocument(const Estate &estate, const QString &scenario = QString(),
                               const std::optional<HistoryPosition> &history = std::nullopt);
/// Where the project at @p location (a `.uplan` file or a shared project's URL) is in its
/// history: its last save. None for an estate file or a project without a history yet.
std::optional<HistoryPosition> historyPositionOf(const QString &location);
/// The text of a history position for people: "revision 7, saved 2026-12-06 10:14 UTC by ana".
QString historyPositionText(const HistoryPosition &position);

/// Hex SHA-256 of the estate's canonical interchange JSON, without the hand-placed positions
/// of the graph view (moving a box does not change the plan) and without its scenarios (a plan
/// is of one of them). Used to tell whether an open
/// project still matches an exported plan.
QString estateSha256(const Estate &estate);

/// The program version compiled into the core ("0.1.0").
QString programVersion();

} // namespace planner
