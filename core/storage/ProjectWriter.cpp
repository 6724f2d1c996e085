// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectWriter.h"

#include "exchange/EstateJson.h"

#include "BatchInsert.h"
#include "ProjectRecords.h"
#include "ProjectSchema.h"
#include "StoredValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

using namespace stored;

class Writer
{
public:
    Writer(QSqlDatabase &db, const std::function<bool(const QString &)> &afterTable)
        : m_db(db)
        , m_afterTable(afterTable)
    {
    }

    // Finishes one table's inserts and gives the hook its chance to stop the save.
    bool done(BatchInsert &insert, const QString &table)
    {
        if (!insert.finish())
            return fail(table, insert.error());
        if (m_afterTable && !m_afterTable(table))
            return fail(table, QCoreApplication::translate("ProjectFile", "save interrupted"));
        return true;
    }

    bool fail(const QString &table, const QString &message)
    {
        m_error = Error{m_db.databaseName(),
                        QCoreApplication::translate("ProjectFile", "cannot write table %1: %2")
                            .arg(table, message)};
        return false;
    }

    // Tables in the reverse order of their creation: children before their parents, so that no
    // foreign key ever points at a deleted row.
    bool clear()
    {
        QSqlQuery query(m_db);
        QStringList tables = ProjectSchema::tables(ProjectSchema::currentVersion());
        for (const QString &kept : ProjectSchema::appendOnlyTables())
            tables.removeAll(kept);
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!query.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
                return fail(*it, query.lastError().text());
        }
        return true;
    }

    /// Empties @p group's tables, children before parents (the schema's order reversed).
    bool clear(const QStringList &group)
    {
        QSqlQuery query(m_db);
        const QStringList tables = ProjectSchema::tables(ProjectSchema::currentVersion());
        for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
            if (!group.contains(*it))
                continue;
            if (!query.exec(QStringLiteral("DELETE FROM %1").arg(*it)))
                return fail(*it, query.lastError().text());
        }
        return true;
    }

    /// Runs @p sql with @p values bound, for one row of @p table.
    bool exec(const QString &table, const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            return fail(table, query.lastError().text());
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return fail(table, query.lastError().text());
        return true;
    }

    bool project(const ProjectInfo &p)
    {
        BatchInsert insert(m_db, QStringLiteral("project"),
                           columns({"id", "name", "reason", "purpose", "urgency", "timezone",
                                    "start_date", "decision_minutes", "restore_test_max_days"}));
        insert << 1 << text(p.name) << text(p.reason) << text(p.purpose) << text(p.urgency)
               << text(p.timezone) << date(p.start) << p.decisionMinutes << p.restoreTestMaxDays;
        return done(insert, QStringLiteral("project"));
    }

    bool sites(const QList<Site> &sites)
    {
        BatchInsert insert(m_db, QStringLiteral("sites"), columns({"position", "id", "name"}));
        for (qsizetype i = 0; i < sites.size(); ++i)
            insert << qint64(i) << text(sites[i].id) << text(sites[i].name);
        return done(insert, QStringLiteral("sites"));
    }

    /// The values of a component's row after its position, in the table's column order.
    static QVariantList componentValues(const Component &c)
    {
        return {text(c.id),
                text(c.name),
                kindName(c.kind),
                text(c.product),
                text(c.version.text()),
                c.target ? QVariant(text(c.target->text())) : QVariant(),
                text(c.site),
                text(c.owner),
                criticalityName(c.criticality),
                minutes(c.durations[Phase::Prepare]),
                minutes(c.durations[Phase::Backup]),
                minutes(c.durations[Phase::Execute]),
                minutes(c.durations[Phase::Verify]),
                minutes(c.durations[Phase::Rollback]),
                c.reversible ? 1 : 0};
    }

    bool components(const QList<Component> &components)
    {
        return componentRows(components, 0) && componentChildren(components, 0);
    }

    /// Inserts the rows of components[first...].
    bool componentRows(const QList<Component> &components, qsizetype first)
    {
        BatchInsert insert(m_db, QStringLiteral("components"),
                           columns({"position", "id", "name", "kind", "product", "version",
                                    "target", "site", "owner", "criticality", "prepare_minutes",
                                    "backup_minutes", "execute_minutes", "verify_minutes",
                                    "rollback_minutes", "reversible"}));
        for (qsizetype i = first; i < components.size(); ++i) {
            insert << qint64(i);
            for (const QVariant &value : componentValues(components[i]))
                insert << value;
        }
        return done(insert, QStringLiteral("components"));
    }

    /// Inserts the backups, roles and external ids of components[first...], or of the rows
    /// listed in @p only when it is given.
    bool componentChildren(const QList<Component> &components, qsizetype first,
                           const QList<qsizetype> *only = nullptr)
    {
        BatchInsert backups(m_db, QStringLiteral("component_backups"),
                            columns({"component", "method", "last_restore_test", "restore_minutes",
                                     "location", "retention_days", "taken_at"}));
        BatchInsert roles(m_db, QStringLiteral("component_roles"),
                          columns({"component", "position", "role"}));
        BatchInsert external(m_db, QStringLiteral("component_external_ids"),
                             columns({"component_id", "external_id"}));
        const auto add = [&](qsizetype i) {
            const Component &c = components[i];
            if (c.backup)
                backups << qint64(i) << text(c.backup->method) << date(c.backup->lastRestoreTest)
                        << minutes(c.backup->restoreMinutes) << text(c.backup->location)
                        << minutes(c.backup->retentionDays) << text(c.backup->takenAt);
            for (qsizetype r = 0; r < c.roles.size(); ++r)
                roles << qint64(i) << qint64(r) << text(c.roles[r]);
            if (!c.externalId.isEmpty())
                external << c.id << c.externalId;
        };
        if (only)
            for (const qsizetype i : *only)
                add(i);
        else
            for (qsizetype i = first; i < components.size(); ++i)
                add(i);
        return done(backups, QStringLiteral("component_backups"))
               && done(roles, QStringLiteral("component_roles"))
               && done(external, QStringLiteral("component_external_ids"));
    }

    /// The components as @p after has them, over tables that hold @p before's: rows changed in
    /// place are updated (their backups, roles and external ids written again), rows added at
    /// the end inserted. Anything else (a removal, a new order, a changed id, or changes to
    /// most rows) rewrites the tables.
    bool changedComponents(const QList<Component> &before, const QList<Component> &after)
    {
        const QStringList group{QStringLiteral("components"), QStringLiteral("component_backups"),
                                QStringLiteral("component_roles"),
                                QStringLiteral("component_external_ids")};
        QList<qsizetype> changed;
        bool inPlace = after.size() >= before.size();
        for (qsizetype i = 0; inPlace && i < before.size(); ++i) {
            if (before[i] == after[i])
                continue;
            inPlace = before[i].id == after[i].id;
            changed.append(i);
        }
        if (!inPlace || changed.size() > std::max<qsizetype>(64, before.size() / 8))
            return clear(group) && components(after);
        static const QString update = QStringLiteral(
            "UPDATE components SET id = ?, name = ?, kind = ?, product = ?, version = ?, "
            "target = ?, site = ?, owner = ?, criticality = ?, prepare_minutes = ?, "
            "backup_minutes = ?, execute_minutes = ?, verify_minutes = ?, rollback_minutes = ?, "
            "reversible = ? WHERE position = ?");
        for (const qsizetype i : std::as_const(changed)) {
            QVariantList values = componentValues(after[i]);
            values << qint64(i);
            if (!exec(QStringLiteral("components"), update, values)
                || !exec(QStringLiteral("component_backups"),
                         QStringLiteral("DELETE FROM component_backups WHERE component = ?"),
                         {qint64(i)})
                || !exec(QStringLiteral("component_roles"),
                         QStringLiteral("DELETE FROM component_roles WHERE component = ?"),
                         {qint64(i)})
                || !exec(QStringLiteral("component_external_ids"),
                         QStringLiteral(
                             "DELETE FROM component_external_ids WHERE component_id = ?"),
                         {text(after[i].id)}))
                return false;
        }
        return componentChildren(after, 0, &changed) && componentRows(after, before.size())
               && componentChildren(after, before.size());
    }

    bool dependencies(const QList<Dependency> &dependencies, qsizetype first = 0)
    {
        BatchInsert insert(m_db, QStringLiteral("dependencies"),
                           columns({"position", "from_id", "to_id", "type", "requirement"}));
        for (qsizetype i = first; i < dependencies.size(); ++i) {
            insert << qint64(i);
            for (const QVariant &value : dependencyValues(dependencies[i]))
                insert << value;
        }
        return done(insert, QStringLiteral("dependencies"));
    }

    static QVariantList dependencyValues(const Dependency &d)
    {
        return {text(d.from), text(d.to), text(d.type),
                d.requirement ? QVariant(d.requirement->text()) : QVariant()};
    }

    /// As changedComponents(), for the dependencies.
    bool changedDependencies(const QList<Dependency> &before, const QList<Dependency> &after)
    {
        QList<qsizetype> changed;
        const bool grows = after.size() >= before.size();
        for (qsizetype i = 0; grows && i < before.size(); ++i)
            if (!(before[i] == after[i]))
                changed.append(i);
        if (!grows || changed.size() > std::max<qsizetype>(64, before.size() / 8))
            return clear({QStringLiteral("dependencies")}) && dependencies(after);
        for (const qsizetype i : std::as_const(changed)) {
            QVariantList values = dependencyValues(after[i]);
            values << qint64(i);
            if (!exec(QStringLiteral("dependencies"),
                      QStringLiteral("UPDATE dependencies SET from_id = ?, to_id = ?, type = ?, "
                                     "requirement = ? WHERE position = ?"),
                      values))
                return false;
        }
        return dependencies(after, before.size());
    }

    bool catalog(const QList<CatalogEntry> &catalog)
    {
        BatchInsert entries(m_db, QStringLiteral("catalog_entries"),
                            columns({"position", "product", "when_range"}));
        for (qsizetype i = 0; i < catalog.size(); ++i)
            entries << qint64(i) << text(catalog[i].product)
                    << (catalog[i].when ? QVariant(catalog[i].when->text()) : QVariant());
        if (!done(entries, QStringLiteral("catalog_entries")))
            return false;

        const QStringList versionColumns = columns({"entry", "position", "version"});
        BatchInsert releases(m_db, QStringLiteral("catalog_releases"), versionColumns);
        BatchInsert stops(m_db, QStringLiteral("catalog_stops"), versionColumns);
        BatchInsert requirements(m_db, QStringLiteral("catalog_requires"),
                                 columns({"entry", "position", "product", "version_range"}));
        BatchInsert support(m_db, QStringLiteral("catalog_support"),
                            columns({"entry", "position", "cycle", "ends"}));
        for (qsizetype i = 0; i < catalog.size(); ++i) {
            const CatalogEntry &e = catalog[i];
            for (qsizetype r = 0; r < e.releases.size(); ++r)
                releases << qint64(i) << qint64(r) << text(e.releases[r].text());
            for (qsizetype s = 0; s < e.stops.size(); ++s)
                stops << qint64(i) << qint64(s) << text(e.stops[s].text());
            for (qsizetype q = 0; q < e.requirements.size(); ++q)
                requirements << qint64(i) << qint64(q) << text(e.requirements[q].product)
                             << e.requirements[q].range.text();
            for (qsizetype u = 0; u < e.support.size(); ++u)
                support << qint64(i) << qint64(u) << text(e.support[u].cycle)
                        << date(e.support[u].ends);
        }
        return done(releases, QStringLiteral("catalog_releases"))
               && done(stops, QStringLiteral("catalog_stops"))
               && done(requirements, QStringLiteral("catalog_requires"))
               && done(support, QStringLiteral("catalog_support"));
    }

    bool calendar(const Estate &estate)
    {
        BatchInsert windows(m_db, QStringLiteral("windows"),
                            columns({"position", "id", "start_time", "end_time", "repeat_weekly",
                                     "parallel"}));
        for (qsizetype i = 0; i < estate.windows.size(); ++i) {
            const MaintenanceWindow &w = estate.windows[i];
            windows << qint64(i) << text(w.id) << dateTime(w.start) << dateTime(w.end)
                    << w.repeatWeekly << w.parallel;
        }
        if (!done(windows, QStringLiteral("windows")))
            return false;

        BatchInsert freezes(m_db, QStringLiteral("freezes"),
                            columns({"position", "start_date", "end_date", "reason"}));
        for (qsizetype i = 0; i < estate.freezes.size(); ++i) {
            const Freeze &f = estate.freezes[i];
            freezes << qint64(i) << date(f.days.start) << date(f.days.end) << text(f.reason);
        }
        if (!done(freezes, QStringLiteral("freezes")))
            return false;

        BatchInsert waivers(m_db, QStringLiteral("waivers"),
                            columns({"position", "conflict", "reason", "expires", "waived_by"}));
        for (qsizetype i = 0; i < estate.waivers.size(); ++i) {
            const Waiver &w = estate.waivers[i];
            waivers << qint64(i) << text(w.conflict) << text(w.reason) << date(w.expires)
                    << text(w.by);
        }
        if (!done(waivers, QStringLiteral("waivers")))
            return false;

        BatchInsert pins(m_db, QStringLiteral("order_pins"),
                         columns({"position", "component_id", "wave", "after_id"}));
        for (qsizetype i = 0; i < estate.pins.size(); ++i) {
            const OrderPin &pin = estate.pins[i];
            pins << qint64(i) << text(pin.component) << pin.wave << text(pin.after);
        }
        return done(pins, QStringLiteral("order_pins"));
    }

    bool scenarios(const QList<Scenario> &scenarios)
    {
        BatchInsert insert(m_db, QStringLiteral("scenarios"),
                           columns({"position", "name", "scenario"}));
        for (qsizetype i = 0; i < scenarios.size(); ++i)
            insert << qint64(i) << text(scenarios[i].name)
                   << QString::fromUtf8(writeScenarioJson(scenarios[i]));
        return done(insert, QStringLiteral("scenarios"));
    }

    bool processes(const QList<BusinessProcess> &processes)
    {
        BatchInsert insert(m_db, QStringLiteral("processes"),
                           columns({"position", "id", "name", "criticality", "category",
                                    "external_customers", "service_level", "max_outage_minutes"}));
        for (qsizetype i = 0; i < processes.size(); ++i) {
            const BusinessProcess &p = processes[i];
            insert << qint64(i) << text(p.id) << text(p.name) << criticalityName(p.criticality)
                   << text(p.category) << flag(p.externalCustomers) << text(p.serviceLevel)
                   << minutes(p.maxOutageMinutes);
        }
        if (!done(insert, QStringLiteral("processes")))
            return false;

        BatchInsert uses(m_db, QStringLiteral("process_uses"),
                         columns({"process", "position", "component_id"}));
        BatchInsert peaks(m_db, QStringLiteral("process_peaks"),
                          columns({"process", "position", "days", "from_time", "to_time"}));
        BatchInsert groups(m_db, QStringLiteral("process_user_groups"),
                           columns({"process", "position", "user_group"}));
        for (qsizetype i = 0; i < processes.size(); ++i) {
            const BusinessProcess &p = processes[i];
            for (qsizetype u = 0; u < p.uses.size(); ++u)
                uses << qint64(i) << qint64(u) << text(p.uses[u]);
            for (qsizetype g = 0; g < p.userGroups.size(); ++g)
                groups << qint64(i) << qint64(g) << text(p.userGroups[g]);
            for (qsizetype k = 0; k < p.peaks.size(); ++k)
                peaks << qint64(i) << qint64(k) << int(p.peaks[k].days) << time(p.peaks[k].from)
                      << time(p.peaks[k].to);
        }
        return done(uses, QStringLiteral("process_uses"))
               && done(peaks, QStringLiteral("process_peaks"))
               && done(groups, QStringLiteral("process_user_groups"));
    }

    bool staff(const QList<StaffMember> &staff)
    {
        BatchInsert insert(m_db, QStringLiteral("staff"), columns({"position", "name"}));
        for (qsizetype i = 0; i < staff.size(); ++i)
            insert << qint64(i) << text(staff[i].name);
        if (!done(insert, QStringLiteral("staff")))
            return false;

        BatchInsert roles(m_db, QStringLiteral("staff_roles"),
                          columns({"staff", "position", "role"}));
        BatchInsert away(m_db, QStringLiteral("staff_unavailable"),
                         columns({"staff", "position", "start_date", "end_date"}));
        for (qsizetype i = 0; i < staff.size(); ++i) {
            const StaffMember &s = staff[i];
            for (qsizetype r = 0; r < s.roles.size(); ++r)
                roles << qint64(i) << qint64(r) << text(s.roles[r]);
            for (qsizetype u = 0; u < s.unavailable.size(); ++u)
                away << qint64(i) << qint64(u) << date(s.unavailable[u].start)
                     << date(s.unavailable[u].end);
        }
        return done(roles, QStringLiteral("staff_roles"))
               && done(away, QStringLiteral("staff_unavailable"));
    }

    // Positions of components that no longer exist are layout leftovers: they are not kept.
    bool positions(const Estate &estate)
    {
        BatchInsert insert(m_db, QStringLiteral("node_positions"),
                           columns({"component_id", "x", "y"}));
        for (auto it = estate.manualPositions.cbegin(); it != estate.manualPositions.cend(); ++it)
            if (estate.indexOf(it.key()) >= 0)
                insert << it.key() << it.value().x() << it.value().y();
        return done(insert, QStringLiteral("node_positions"));
    }

    bool records(const ChangeRecords &records)
    {
        return writeChangeRecords(m_db, records, [this](BatchInsert &insert, const QString &table) {
            return done(insert, table);
        });
    }

    Error error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    const std::function<bool(const QString &)> &m_afterTable;
    Error m_error;
};

} // namespace

Expected<Done> writeProjectTables(QSqlDatabase &db, const Estate &estate,
                                  const std::function<bool(const QString &)> &afterTable)
{
    Writer writer(db, afterTable);
    const bool ok = writer.clear() && writer.project(estate.project) && writer.sites(estate.sites)
                    && writer.components(estate.components())
                    && writer.dependencies(estate.dependencies()) && writer.catalog(estate.catalog)
                    && writer.calendar(estate) && writer.processes(estate.processes)
                    && writer.staff(estate.staff) && writer.positions(estate)
                    && writer.records(estate.records) && writer.scenarios(estate.scenarios);
    if (!ok)
        return writer.error();
    return Done{};
}

Expected<Done> writeProjectChanges(QSqlDatabase &db, const Estate &before, const Estate &after,
                                   const std::function<bool(const QString &)> &afterTable)
{
    Writer writer(db, afterTable);
    const auto group = [](std::initializer_list<const char *> names) {
        QStringList tables;
        for (const char *name : names)
            tables << QString::fromLatin1(name);
        return tables;
    };
    const QStringList projectTables = group({"project"});
    const QStringList siteTables = group({"sites"});
    const QStringList componentTables = group(
        {"components", "component_backups", "component_roles", "component_external_ids"});
    const QStringList dependencyTables = group({"dependencies"});
    const QStringList catalogTables = group({"catalog_entries", "catalog_releases", "catalog_stops",
                                             "catalog_requires", "catalog_support"});
    const QStringList calendarTables = group({"windows", "freezes", "waivers", "order_pins"});
    const QStringList processTables = group(
        {"processes", "process_uses", "process_peaks", "process_user_groups"});
    const QStringList staffTables = group({"staff", "staff_roles", "staff_unavailable"});
    const QStringList positionTables = group({"node_positions"});
    // The rest: the records of the controlled change and the scenarios, and any table a later
    // schema adds, written again whenever one of them changed.
    QStringList restTables = ProjectSchema::tables(ProjectSchema::currentVersion());
    for (const QStringList *named :
         {&projectTables, &siteTables, &componentTables, &dependencyTables, &catalogTables,
          &calendarTables, &processTables, &staffTables, &positionTables})
        for (const QString &table : *named)
            restTables.removeAll(table);
    for (const QString &kept : ProjectSchema::appendOnlyTables())
        restTables.removeAll(kept);

    // Hand-placed positions hang on the components' ids (a rewrite of the components deletes
    // them): written again, after the components, whenever either changed. A few rows.
    const bool positionsAgain = before.manualPositions != after.manualPositions
                                || before.components() != after.components();
    bool ok = true;
    if (ok && positionsAgain)
        ok = writer.clear(positionTables);
    if (ok && !(before.project == after.project))
        ok = writer.clear(projectTables) && writer.project(after.project);
    if (ok && before.sites != after.sites)
        ok = writer.clear(siteTables) && writer.sites(after.sites);
    if (ok && before.components() != after.components())
        ok = writer.changedComponents(before.components(), after.components());
    if (ok && before.dependencies() != after.dependencies())
        ok = writer.changedDependencies(before.dependencies(), after.dependencies());
    if (ok && before.catalog != after.catalog)
        ok = writer.clear(catalogTables) && writer.catalog(after.catalog);
    if (ok
        && (before.windows != after.windows || before.freezes != after.freezes
            || before.waivers != after.waivers || before.pins != after.pins))
        ok = writer.clear(calendarTables) && writer.calendar(after);
    if (ok && before.processes != after.processes)
        ok = writer.clear(processTables) && writer.processes(after.processes);
    if (ok && before.staff != after.staff)
        ok = writer.clear(staffTables) && writer.staff(after.staff);
    if (ok && positionsAgain)
        ok = writer.positions(after);
    if (ok && (!(before.records == after.records) || before.scenarios != after.scenarios))
        ok = writer.clear(restTables) && writer.records(after.records)
             && writer.scenarios(after.scenarios);
    if (!ok)
        return writer.error();
    return Done{};
}

} // namespace planner
