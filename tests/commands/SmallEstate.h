// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small bank estate built in code, shared by the GUI-side tests (commands, item models,
// panels, app): two sites, six components, five dependencies, one process, one
// order pin.

#include "inventory/Estate.h"

namespace planner::test {

inline Version version(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

inline Component component(const char *id, const char *name, ComponentKind kind,
                           const char *product, const char *current, const char *target,
                           const char *site, Criticality criticality = Criticality::Medium)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = QString::fromLatin1(name);
    c.kind = kind;
    c.product = QString::fromLatin1(product);
    c.version = version(current);
    if (target)
        c.target = version(target);
    c.site = QString::fromLatin1(site);
    c.owner = QStringLiteral("Platform team");
    c.criticality = criticality;
    return c;
}

inline Dependency dependency(const char *from, const char *to, const char *type,
                             const char *range = nullptr)
{
    Dependency d;
    d.from = QString::fromLatin1(from);
    d.to = QString::fromLatin1(to);
    d.type = QString::fromLatin1(type);
    if (range)
        d.requirement = *VersionRange::parse(QString::fromLatin1(range));
    return d;
}

inline Estate smallEstate()
{
    using K = ComponentKind;
    using C = Criticality;
    Estate e;
    e.project.name = QStringLiteral("Core banking refresh");
    e.project.start = QDate(2027, 1, 9);
    e.sites = {{QStringLiteral("fra"), QStringLiteral("Frankfurt DC")},
               {QStringLiteral("ams"), QStringLiteral("Amsterdam DC")}};

    Component pg = component("pg-core", "Ledger database", K::Database, "postgresql", "12.20",
                             "16.6", "fra", C::Critical);
    pg.owner = QStringLiteral("DBA team");
    pg.durations[Phase::Backup] = 45;
    pg.reversible = false;
    pg.backup = BackupInfo{QStringLiteral("pg_basebackup"), QDate(2026, 10, 2), 80, {}, {}, {}};
    pg.roles = {QStringLiteral("dba")};
    e.appendComponent(pg);
    e.appendComponent(component("ledger-app", "Core ledger", K::Application, "ledger", "4.2", "5.0",
                                "fra", C::Critical));
    e.appendComponent(component("jvm", "Java runtime", K::Middleware, "openjdk", "11.0.22",
                                "17.0.10", "fra", C::High));
    e.appendComponent(
        component("rhel-fra-01", "Ledger host", K::Os, "rhel", "8.9", "9.4", "fra", C::High));
    e.appendComponent(
        component("ldap", "Directory", K::Application, "openldap", "2.4.57", nullptr, "ams"));
    e.appendComponent(component("win-ep-01", "Teller desktop", K::Endpoint, "windows", "2016",
                                "2022", "ams", C::Low));

    e.appendDependency(dependency("ledger-app", "pg-core", "uses", ">=12 <17"));
    e.appendDependency(dependency("ledger-app", "jvm", "uses", "^11 || ^17"));
    e.appendDependency(dependency("pg-core", "rhel-fra-01", "runs-on"));
    e.appendDependency(dependency("jvm", "rhel-fra-01", "runs-on"));
    e.appendDependency(dependency("ledger-app", "ldap", "uses"));

    BusinessProcess payments;
    payments.id = QStringLiteral("payments");
    payments.name = QStringLiteral("Card payments");
    payments.criticality = C::Critical;
    payments.uses = {QStringLiteral("ledger-app"), QStringLiteral("pg-core")};
    e.processes = {payments};
    e.pins = {{QStringLiteral("ledger-app"), 0, QStringLiteral("pg-core")}};
    e.manualPositions.insert(QStringLiteral("pg-core"), QPoint(10, 20));
    return e;
}

/// What a re-import of smallEstate() from its source brings: pg-core at 13.16, a new component
/// mq-broker, and no win-ep-01 (for the merge tests of the GUI and the command line).
inline Estate changedSmallEstate()
{
    Estate e = smallEstate();
    for (int i = 0; i < e.componentCount(); ++i) {
        Component c = e.component(i);
        if (c.id == QLatin1String("pg-core")) {
            c.version = version("13.16");
            e.replaceComponent(i, c);
        }
    }
    e.removeComponent(e.indexOf(QStringLiteral("win-ep-01")));
    Component added = e.component(0);
    added.id = QStringLiteral("mq-broker");
    added.name = QStringLiteral("Message broker");
    e.appendComponent(added);
    return e;
}

} // namespace planner::test
