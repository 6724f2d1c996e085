// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small estates for the compatibility tests, written the way people describe them.

#include "inventory/Estate.h"

#include <initializer_list>

namespace planner::test {

class EstateBuilder
{
public:
    EstateBuilder()
    {
        m_estate.project.start = QDate(2027, 1, 9);
        m_estate.sites = {{QStringLiteral("fra"), QStringLiteral("Frankfurt")},
                          {QStringLiteral("dus"), QStringLiteral("Düsseldorf")}};
    }

    /// A component at site fra; @p target empty: it stays.
    EstateBuilder &component(const char *id, const char *product, const char *version,
                             const char *target = "", const char *site = "fra")
    {
        Component c;
        c.id = QString::fromLatin1(id);
        c.name = c.id;
        c.kind = ComponentKind::Application;
        c.product = QString::fromLatin1(product);
        c.version = *Version::parse(QString::fromLatin1(version));
        if (*target)
            c.target = *Version::parse(QString::fromLatin1(target));
        c.site = QString::fromLatin1(site);
        m_estate.appendComponent(std::move(c));
        return *this;
    }
    EstateBuilder &irreversible(const char *id, const char *method = nullptr, QDate tested = QDate())
    {
        Component c = *m_estate.find(QString::fromLatin1(id));
        c.reversible = false;
        if (method)
            c.backup = BackupInfo{QString::fromLatin1(method), tested, std::nullopt, {}, {}, {}};
        m_estate.replaceComponent(m_estate.indexOf(c.id), c);
        return *this;
    }
    EstateBuilder &backup(const char *id, const char *method, QDate tested)
    {
        Component c = *m_estate.find(QString::fromLatin1(id));
        c.backup = BackupInfo{QString::fromLatin1(method), tested, std::nullopt, {}, {}, {}};
        m_estate.replaceComponent(m_estate.indexOf(c.id), c);
        return *this;
    }
    /// @p from depends on @p to, optionally within @p range.
    EstateBuilder &uses(const char *from, const char *to, const char *range = "")
    {
        Dependency d;
        d.from = QString::fromLatin1(from);
        d.to = QString::fromLatin1(to);
        if (*range)
            d.requirement = VersionRange::parse(QString::fromLatin1(range));
        m_estate.appendDependency(std::move(d));
        return *this;
    }
    EstateBuilder &releases(const char *product, std::initializer_list<const char *> versions,
                            std::initializer_list<const char *> stops = {})
    {
        CatalogEntry entry;
        entry.product = QString::fromLatin1(product);
        for (const char *v : versions)
            entry.releases.append(*Version::parse(QString::fromLatin1(v)));
        for (const char *v : stops)
            entry.stops.append(*Version::parse(QString::fromLatin1(v)));
        m_estate.catalog.append(std::move(entry));
        return *this;
    }
    /// Catalog rule: while @p product runs @p when, what it uses of @p required runs @p range.
    EstateBuilder &rule(const char *product, const char *when, const char *required,
                        const char *range)
    {
        CatalogEntry entry;
        entry.product = QString::fromLatin1(product);
        if (*when)
            entry.when = VersionRange::parse(QString::fromLatin1(when));
        entry.requirements.append(
            {QString::fromLatin1(required), *VersionRange::parse(QString::fromLatin1(range))});
        m_estate.catalog.append(std::move(entry));
        return *this;
    }
    EstateBuilder &support(const char *product, const char *cycle, QDate ends)
    {
        CatalogEntry entry;
        entry.product = QString::fromLatin1(product);
        entry.support.append({QString::fromLatin1(cycle), ends});
        m_estate.catalog.append(std::move(entry));
        return *this;
    }
    EstateBuilder &process(const char *id, std::initializer_list<const char *> uses)
    {
        BusinessProcess p;
        p.id = QString::fromLatin1(id);
        p.name = p.id;
        for (const char *u : uses)
            p.uses.append(QString::fromLatin1(u));
        m_estate.processes.append(std::move(p));
        return *this;
    }
    EstateBuilder &waiver(const QString &key, QDate expires)
    {
        m_estate.waivers.append(
            {key, QStringLiteral("accepted by the change board"), expires, QString()});
        return *this;
    }

    Estate estate() const { return m_estate; }
    operator Estate() const { return m_estate; }

private:
    Estate m_estate;
};

} // namespace planner::test
