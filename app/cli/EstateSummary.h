// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace planner::cli {

/// What a person wants to know first about an estate: its purpose, how big it is, where things
/// run, and which upgrades are planned. `upgrade-planner show` prints it; its JSON form is a
/// contract documented in docs/cli.md.
struct EstateSummary
{
    /// One component with a target different from its current version.
    struct Upgrade
    {
        QString id;
        QString name;
        QString kind;
        QString product;
        QString site;
        QString from;
        QString to;
    };

    /// How many components of one product run (and will run) which version.
    struct ProductVersions
    {
        int components = 0;
        QMap<QString, int> versions; ///< current version text -> components
        QMap<QString, int> targets;  ///< final version text (target or current) -> components
    };

    ProjectInfo project;
    int components = 0;
    int dependencies = 0;
    int dependenciesWithRequirement = 0;
    QMap<QString, int> byKind;        ///< every kind name, zero counts included
    QMap<QString, int> bySite;        ///< every declared site, sites only referenced, "" for none
    QMap<QString, QString> siteNames; ///< declared sites: id -> name
    QMap<QString, int> byCriticality; ///< every criticality name, zero counts included
    QMap<QString, ProductVersions> byProduct; ///< components with a product, "" left out
    QList<Upgrade> upgrades;                  ///< in estate order
    int catalogEntries = 0;
    QStringList catalogProducts; ///< sorted, distinct
    int catalogReleases = 0;     ///< distinct (product, release) pairs
    int catalogStops = 0;
    int catalogRules = 0; ///< entries with `requires`
    int windows = 0;
    int windowOccurrences = 0; ///< weekly repeats counted
    int freezes = 0;
    int processes = 0;
    int staff = 0;
    int waivers = 0;

    static EstateSummary of(const Estate &estate);

    /// The JSON form (docs/cli.md) as UTF-8, laid out as QJsonDocument's indented format.
    QByteArray toJson() const;
    /// A readable summary; at most @p upgradeLimit upgrades listed (0: all).
    QString toText(int upgradeLimit) const;
};

} // namespace planner::cli
