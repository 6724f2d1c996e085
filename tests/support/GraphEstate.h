// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small estate the graph tests draw: two sites, eight components, seven dependencies.
//
//   web (app, fra, critical) ──> api (api, fra, high) ──> db (database, fra, critical) ──> os1
//                                                  └──> mq (middleware, ber) ──> os2 (ber)
//   batch (app, ber, low) ──> db                   lonely (monitoring, ber): no dependency

#include "inventory/Estate.h"

namespace planner::graphtest {

inline Component component(const char *id, const char *name, ComponentKind kind,
                           const char *version, const char *target, const char *site,
                           Criticality criticality)
{
    Component c;
    c.id = QString::fromLatin1(id);
    c.name = QString::fromUtf8(name);
    c.kind = kind;
    c.product = c.id;
    c.version = *Version::parse(QString::fromLatin1(version));
    if (target)
        c.target = *Version::parse(QString::fromLatin1(target));
    c.site = QString::fromLatin1(site);
    c.criticality = criticality;
    return c;
}

inline Dependency dependency(const char *from, const char *to)
{
    Dependency d;
    d.from = QString::fromLatin1(from);
    d.to = QString::fromLatin1(to);
    return d;
}

inline Estate smallEstate()
{
    using K = ComponentKind;
    using C = Criticality;
    Estate e;
    e.project.name = QStringLiteral("Graph test");
    e.sites = {{QStringLiteral("fra"), QStringLiteral("Frankfurt DC")},
               {QStringLiteral("ber"), QStringLiteral("Berlin DC")}};
    e.appendComponent(
        component("web", "Web shop", K::Application, "4.2", "5.0", "fra", C::Critical));
    e.appendComponent(component("api", "Orders API", K::Api, "2.1", nullptr, "fra", C::High));
    e.appendComponent(
        component("db", "Orders database", K::Database, "12.20", "16.6", "fra", C::Critical));
    e.appendComponent(
        component("mq", "Message broker", K::Middleware, "3.8", "3.12", "ber", C::Medium));
    e.appendComponent(component("os1", "Linux db host", K::Os, "11", "12", "fra", C::Low));
    e.appendComponent(component("os2", "Linux mq host", K::Os, "11", nullptr, "ber", C::Low));
    e.appendComponent(
        component("batch", "Nightly batch", K::Application, "1.0", nullptr, "ber", C::Low));
    e.appendComponent(
        component("lonely", "Monitoring", K::Monitoring, "9.1", nullptr, "ber", C::Low));
    e.appendDependency(dependency("web", "api"));
    e.appendDependency(dependency("api", "db"));
    e.appendDependency(dependency("api", "mq"));
    e.appendDependency(dependency("db", "os1"));
    e.appendDependency(dependency("mq", "os2"));
    e.appendDependency(dependency("batch", "db"));
    e.appendDependency(dependency("batch", "mq"));
    return e;
}

} // namespace planner::graphtest
