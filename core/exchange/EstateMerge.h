// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileFormat.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

/// One field of one component that an import changed.
struct FieldChange
{
    QString component; ///< the project's id of the component
    QString field;     ///< "version", "name", ... as the interchange JSON names it
    QString before;
    QString after;
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/// A dependency named by its ends and type.
struct DependencyKey
{
    QString from;
    QString to;
    QString type;
    friend bool operator==(const DependencyKey &, const DependencyKey &) = default;
};

/// What merging an import into a project did, and what it left for the user to decide.
struct MergeReport
{
    QStringList added;          ///< components new to the project, by id
    QList<FieldChange> changed; ///< fields the import updated
    int unchanged = 0;          ///< components the import matched and left as they were
    /// Components of the project the import does not have: kept unless the user confirms
    /// their removal (MergeOptions::remove).
    QStringList missing;
    QStringList removed; ///< those of them removed, as confirmed
    int dependenciesAdded = 0;
    int dependenciesChanged = 0; ///< their version range updated
    /// Dependencies between matched components that the import does not have: kept unless
    /// confirmed; those of removed components go with them.
    QList<DependencyKey> dependenciesMissing;
    QList<DependencyKey> dependenciesRemoved;
    /// Other parts of a whole estate that were added: "site fra", "window sat-night".
    QStringList sectionsAdded;

    bool changesAnything() const
    {
        return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty() || dependenciesAdded
               || dependenciesChanged || !dependenciesRemoved.isEmpty() || !sectionsAdded.isEmpty();
    }
};

struct MergeOptions
{
    /// Remove every missing component and dependency (the command line's --remove-missing).
    bool removeMissing = false;
    /// Or remove only these missing components (ids), as the user ticked them.
    QStringList remove;
};

struct MergeResult
{
    Estate estate;
    MergeReport report;
};

/// Merges @p incoming into @p project by id:
/// - A component is matched by its external id (bom-ref, sys_id...) when both have one, else by
///   its id. A matched component gets the fields the import carries (Imported::fields) and
///   has a value for; every other field keeps the project's value, so what the user entered
///   here (targets, criticality, durations, backups) and the source does not know survives.
/// - New components and dependencies are added; a dependency the import gives a version range
///   takes it, one without keeps the project's.
/// - What the project has and the import lacks is listed (MergeReport::missing) and removed
///   only when @p options say so.
/// - A whole estate (the interchange JSON, another project) also adds the sites, catalog
///   products, windows, freezes, processes, staff, waivers and pins the project lacks.
/// Records of the controlled change, positions and the project's own settings are the
/// project's and are kept.
MergeResult mergeEstate(const Estate &project, const Imported &incoming,
                        const MergeOptions &options = {});

} // namespace planner
