// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"
#include "versions/Version.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

class Estate;
struct BusinessImpact;
struct Schedule;
struct UpgradePlan;

/// The rules a risk score is made of (JSON and tests use the words as they are), with their
/// points (docs/change-records.md, "Risk score").
namespace riskrule {
inline constexpr char criticality[] = "criticality";          ///< high 2, critical 3
inline constexpr char irreversible[] = "irreversible";        ///< 3: only a restore undoes it
inline constexpr char noBackup[] = "no-backup";               ///< 3: nothing to restore from
inline constexpr char restoreUntested[] = "restore-untested"; ///< 3: restore never tested
inline constexpr char restoreStale[] = "restore-stale";       ///< 2: older than restoreTestMaxDays
inline constexpr char restoreSlow[] = "restore-slow";         ///< 2: restore > rollback reserve
inline constexpr char intermediateConflict[] = "intermediate-conflict"; ///< 2 per conflict
inline constexpr char noStaffBackup[] = "no-staff-backup";              ///< 2 per role held by <= 1
inline constexpr char littleSlack[] = "little-slack";         ///< 2: < 30 min left in window
inline constexpr char stricterProcess[] = "stricter-process"; ///< 2: affects a stricter process
/// 1: the major version changes (not for certificates and licences, whose versions are dates)
inline constexpr char majorVersion[] = "major-version";
} // namespace riskrule

/// Score limits: 0-3 low, 4-7 medium, 8 and more high.
inline constexpr int riskMediumFrom = 4;
inline constexpr int riskHighFrom = 8;
/// "low", "medium" or "high" for a step's score.
QString riskLevel(int score);
/// A risk level ("high") and a review path ("pilot") as people read them, in the user's
/// language; the JSON and the plan keep the words themselves. An unknown word is returned as is.
QString riskLevelLabel(const QString &level);
QString reviewPathLabel(const QString &path);
/// A rule of the score ("restore-stale") as people read it ("Restore test too old").
QString riskRuleLabel(const QString &rule);

/// One point (or several) of a score: which rule, and why it applies here.
struct RiskItem
{
    QString rule; ///< one of riskrule::*
    int points = 0;
    QString cause; ///< in words, naming the component, role, window or conflict
};

struct StepRisk
{
    int planStep = -1;
    QString component;
    Version from;
    Version to;
    int score = 0;
    QString level; ///< riskLevel(score)
    QList<RiskItem> items;
};

/// The review paths (JSON words): `emergency` short path for an emergency security fix,
/// `pilot` pilot and staged deployment, `standard` the normal change board.
namespace reviewpath {
inline constexpr char emergency[] = "emergency";
inline constexpr char pilot[] = "pilot";
inline constexpr char standard[] = "standard";
} // namespace reviewpath

struct PlanRisk
{
    QList<StepRisk> steps; ///< plan order
    int score = 0;         ///< sum of the step scores
    QString level;         ///< the highest level of any step ("low" when there is none)
    QString reviewPath;    ///< one of reviewpath::*
    QString guidance;      ///< the review path in words, with why
};

/// Scores each plan step by the rules above. @p conflicts are checkCompatibility()'s (only the
/// intermediate-state ones count); @p schedule may be null (then no slack rule); @p impact may
/// be null (then computed).
PlanRisk assessRisk(const Estate &estate, const UpgradePlan &plan, const QList<Conflict> &conflicts,
                    const Schedule *schedule = nullptr, const BusinessImpact *impact = nullptr);

/// A backup of a moving component that cannot be relied on.
struct BackupWarning
{
    /// `no-backup`, `restore-never-tested`, `restore-stale` or `restore-too-slow`
    QString type;
    QString component;
    QString message;
    int days = 0;    ///< restore-stale: days between the test and the project start
    int minutes = 0; ///< restore-too-slow: the restore's minutes (reserve in the message)
};

/// Warnings for the backups of the components @p plan moves, one per problem: none, never
/// tested, tested more than project.restoreTestMaxDays before the project start (the plan's day zero;
/// today when it has none), restore longer than the step's rollback reserve.
QList<BackupWarning> backupWarnings(const Estate &estate, const UpgradePlan &plan,
                                    const Schedule *schedule = nullptr);

} // namespace planner
