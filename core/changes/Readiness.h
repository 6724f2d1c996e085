// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace planner {

class Estate;
struct BusinessImpact;
struct Schedule;
struct UpgradePlan;
struct BackupWarning;

/// The kinds of readiness items (JSON words, docs/change-records.md "Readiness").
namespace readinesskind {
inline constexpr char reason[] = "reason";            ///< project reason, purpose, urgency
inline constexpr char backup[] = "backup";            ///< no backup
inline constexpr char restoreTest[] = "restore-test"; ///< never tested, stale, too slow
inline constexpr char rollbackPlan[] = "rollback-plan";
inline constexpr char acceptance[] = "acceptance";
inline constexpr char communication[] = "communication";
inline constexpr char monitoring[] = "monitoring";
inline constexpr char impact[] = "impact";           ///< processes unknown or outage too long
inline constexpr char certificate[] = "certificate"; ///< expires before the plan ends
inline constexpr char pilot[] = "pilot";
inline constexpr char configuration[] = "configuration"; ///< none recorded, or not backed up
} // namespace readinesskind

/// One thing missing before the plan should be approved.
struct ReadinessItem
{
    QString kind;      ///< one of readinesskind::*
    QString component; ///< the component (step) it is about; empty for the plan or a window
    int planStep = -1; ///< the component's first plan step, -1 when none
    QString window;    ///< the window (occurrence key for communication) it is about
    QString process;   ///< the business process (impact) it is about
    QString reason;    ///< in plain words
};

/// The checklist: plan-wide items first, then per moving component in plan order, then per
/// window. Ready when it is empty.
struct Readiness
{
    QList<ReadinessItem> items;
    bool isReady() const { return items.isEmpty(); }
    /// The items naming @p component.
    QList<ReadinessItem> forComponent(const QString &component) const;
};

/// A readiness kind ("restore-test") as people read it ("Restore test"), in the user's
/// language; an unknown word is returned as it is.
QString readinessKindLabel(const QString &kind);

/// What is missing, by the rules of docs/change-records.md. @p schedule may be null (then no
/// communication or schedule items, and the plan end for certificates is the last window end).
Readiness assessReadiness(const Estate &estate, const UpgradePlan &plan,
                          const Schedule *schedule = nullptr,
                          const BusinessImpact *impact = nullptr);

} // namespace planner
