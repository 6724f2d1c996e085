// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace planner {

class JsonStream;

/// The stable type names of conflicts, as the command line, JSON and waivers write them.
namespace conflicttype {
inline constexpr char unsatisfiedRequirement[] = "unsatisfied-requirement";
inline constexpr char noUpgradePath[] = "no-upgrade-path";
inline constexpr char dependencyCycle[] = "dependency-cycle";
inline constexpr char endOfSupport[] = "end-of-support";
inline constexpr char siteDrift[] = "site-drift";
inline constexpr char unknownReference[] = "unknown-reference";
inline constexpr char untestedBackup[] = "untested-backup";
inline constexpr char irreversibleWithoutRestore[] = "irreversible-without-restore";
// Found by the schedule (core/schedule/Scheduler.h), for steps it cannot place.
inline constexpr char windowTooShort[] = "window-too-short";
inline constexpr char freezeViolation[] = "freeze-violation";
inline constexpr char peakViolation[] = "peak-violation";
inline constexpr char staffUnavailable[] = "staff-unavailable";
} // namespace conflicttype

/// Something that will break, or may, when the estate moves to its targets: found by
/// checkCompatibility() (Compatibility.h) and explained in words for a change board.
struct Conflict
{
    enum class Severity { Info, Warning, Error };
    /// The state of the estate in which it holds: today's versions, the targets, or a state the
    /// upgrade passes through. Conflicts of the estate's structure (unknown references, cycles)
    /// are reported as `Current`; those about the planned steps themselves (no upgrade path,
    /// backups) as `Target`.
    enum class State { Current, Target, Intermediate };

    QString type; ///< one of conflicttype::*
    Severity severity = Severity::Error;
    State state = State::Current;
    QStringList components; ///< ids of the components involved, most relevant first
    QString message;        ///< one or two sentences naming components, versions and rules
    bool waived = false;    ///< a waiver in the estate covers it (it is still listed)
    QString waiverReason;   ///< the waiver's reason when waived
    /// Stable identity for waivers: "type:state:subject", where the subject names what the
    /// conflict is about, e.g. "unsatisfied-requirement:target:ledger-app,pg-core:ledger 4.x",
    /// "end-of-support:current:pg-core", "site-drift:target:postgresql",
    /// "dependency-cycle:current:a,b,c", "unknown-reference:current:dependency:app>ghost".
    /// The same estate always gives the same keys.
    QString key;

    friend bool operator==(const Conflict &, const Conflict &) = default;
};

QStringList conflictTypes();                       ///< all types, in the order above
QString severityName(Conflict::Severity severity); ///< "info", "warning", "error"
QString stateName(Conflict::State state);          ///< "current", "target", "intermediate"
std::optional<Conflict::State> stateFromName(const QString &name);
std::optional<Conflict::Severity> severityFromName(const QString &name);
/// Translated, for people: "target state" and the like.
QString stateLabel(Conflict::State state);
QString severityLabel(Conflict::Severity severity);

/// A conflict as the JSON of `check --json`, `schedule --json` and plan.json write it: type,
/// severity, state, components, message, key, waived, and waiverReason when waived.
QJsonObject conflictToJson(const Conflict &conflict);
/// The same object written to @p stream (the bytes QJsonDocument gives for it).
void writeConflictJson(JsonStream &stream, const Conflict &conflict);

} // namespace planner
