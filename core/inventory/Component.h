// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kinds.h"
#include "versions/Version.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace planner {

/// Minutes for each phase of one upgrade step; an absent phase takes the kind's default.
struct PhaseDurations
{
    std::array<std::optional<int>, phaseCount> minutes;

    std::optional<int> &operator[](Phase p) { return minutes[size_t(p)]; }
    const std::optional<int> &operator[](Phase p) const { return minutes[size_t(p)]; }
    bool isEmpty() const
    {
        for (const auto &m : minutes)
            if (m)
                return false;
        return true;
    }
    friend bool operator==(const PhaseDurations &, const PhaseDurations &) = default;
};

/// How the component is backed up and when a restore from that backup was last proven.
struct BackupInfo
{
    QString method;
    QDate lastRestoreTest; ///< null: never tested
    std::optional<int> restoreMinutes;
    QString location;                 ///< where the copy is kept
    std::optional<int> retentionDays; ///< how long it is kept
    /// When it is taken: before-step before-window nightly continuous (backupPointNames()).
    QString takenAt;
    friend bool operator==(const BackupInfo &, const BackupInfo &) = default;
};

QStringList backupPointNames();

/// One thing in the estate that has a version: a server, a database, a certificate...
struct Component
{
    QString id; ///< unique, [A-Za-z0-9._:-]+
    QString name;
    ComponentKind kind = ComponentKind::Other;
    QString product; ///< catalog and lifecycle key, e.g. "postgresql"
    Version version;
    std::optional<Version> target; ///< absent: the component stays at its version
    QString site;
    QString owner;
    Criticality criticality = Criticality::Medium;
    PhaseDurations durations;
    bool reversible = true; ///< false: only a restore of the backup undoes the step
    std::optional<BackupInfo> backup;
    QStringList roles; ///< staff roles the step needs
    /// Its key in the system it was imported from (a CycloneDX bom-ref, a CMDB sys_id, a
    /// GraphML node id); empty when entered here. A later import of that source matches it.
    QString externalId;

    /// The version it ends at: the target if set, otherwise the current version.
    const Version &finalVersion() const { return target ? *target : version; }
    bool hasUpgrade() const { return target && !(*target == version); }
    /// Minutes for @p phase: the component's own figure or its kind's default.
    int minutes(Phase phase) const;

    friend bool operator==(const Component &a, const Component &b);
};

/// True when @p id is a valid component, site, window or process identifier.
bool isValidId(const QString &id);

} // namespace planner
