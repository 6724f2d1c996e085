// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectReader.h"
#include "ProjectReaderPrivate.h"

#include "exchange/EstateJson.h"

#include "ProjectCalendar.h"
#include "ProjectRecords.h"
#include "RowReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <utility>
#include <vector>

namespace planner {

namespace {

// Asks Linux to back the (still untouched) room reserved for a large list with huge pages: filling
// 100,000 components then takes a few dozen page faults instead of thousands, which in a
// virtual machine cost more than reading the rows. Only a hint; elsewhere nothing happens.
template<typename T>
void preferHugePages(const QList<T> &list)
{
#ifdef MADV_HUGEPAGE
    constexpr quintptr hugePage = 2 * 1024 * 1024;
    const auto begin = quintptr(list.constData());
    const auto end = begin + quintptr(list.capacity()) * sizeof(T);
    const quintptr first = (begin + hugePage - 1) & ~(hugePage - 1);
    const quintptr last = end & ~(hugePage - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(list);
#endif
}

bool sameText(const QString &text, QByteArrayView utf8)
{
    return QAnyStringView::equal(text, QUtf8StringView(utf8.data(), utf8.size()));
}

// Turns ids read as UTF-8 into the id strings of the estate's components, building no string
// for an id seen recently and none at all for an ASCII id (almost all of them).
class IdStrings
{
public:
    explicit IdStrings(const Estate &estate)
        : m_estate(estate)
        , m_recent(slots)
    {
    }

    // The row of the component with this id, or -1.
    int row(QByteArrayView utf8)
    {
        if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; })) {
            m_scratch.resize(utf8.size()); // the one scratch string, never shared: no allocation
            std::copy(utf8.begin(), utf8.end(), m_scratch.data());
        } else {
            m_scratch = QString::fromUtf8(utf8);
        }
        return m_estate.indexOf(m_scratch);
    }

    // The component's own id string, or a new string when no component has this id.
    QString id(QByteArrayView utf8)
    {
        QString &slot = m_recent[qHash(utf8) & (slots - 1)];
        if (!slot.isNull() && sameText(slot, utf8))
            return slot;
        const int at = row(utf8);
        slot = at >= 0 ? m_estate.component(at).id : QString::fromUtf8(utf8);
        return slot;
    }

private:
    static constexpr size_t slots = size_t(1) << 16; // 512 KB of pointers: stays in the cache
    const Estate &m_estate;
    std::vector<QString> m_recent; // direct-mapped by hash
    QString m_scratch;
};

} // namespace

namespace project_reader_detail {

bool Reader::project(Estate &estate)
{
    RowReader rows(m_db, m_where, QStringLiteral("project"), 1, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT id, name, reason, purpose, urgency, timezone,"
                                   " start_date, decision_minutes, restore_test_max_days"
                                   " FROM project"))) {
        while (rows.next()) {
            ProjectInfo &p = estate.project;
            p.name = rows.text(1);
            p.reason = rows.text(2);
            p.purpose = rows.text(3);
            p.urgency = rows.text(4);
            p.timezone = rows.text(5);
            p.start = rows.date(6);
            p.decisionMinutes = rows.integer(7);
            p.restoreTestMaxDays = rows.integer(8);
            if (!rows.failed()
                && (p.restoreTestMaxDays < 1 || p.restoreTestMaxDays > maxRestoreTestMaxDays))
                rows.fail(8, QCoreApplication::translate("ProjectFile", "must be from 1 to %1 days")
                                 .arg(maxRestoreTestMaxDays));
            if (rows.failed())
                break;
        }
    }
    return check(rows);
}

bool Reader::sites(Estate &estate)
{
    RowReader rows(m_db, m_where, QStringLiteral("sites"), 1, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT position, id, name FROM sites ORDER BY position"))) {
        while (rows.next() && !rows.failed())
            estate.sites.append(Site{rows.sharedText(1), rows.text(2)});
    }
    return check(rows);
}

// Backups and roles are read first, in component order, and attached as each component is
// read: the components go straight into the estate (no second list of 100,000 of them on
// the way), and each child row is matched by walking both lists once.
bool Reader::components(Estate &estate)
{
    struct Child
    {
        qint64 component;
        qint64 position;
    };
    std::vector<std::pair<Child, BackupInfo>> backups;
    {
        RowReader rows(m_db, m_where, QStringLiteral("component_backups"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT component, method, last_restore_test,"
                                       " restore_minutes, location, retention_days,"
                                       " taken_at FROM component_backups"
                                       " ORDER BY component"))) {
            while (rows.next()) {
                const qint64 key = rows.key(0);
                BackupInfo backup{rows.sharedText(1),      rows.date(2),
                                  rows.optionalInteger(3), rows.sharedText(4),
                                  rows.optionalInteger(5), rows.sharedText(6)};
                if (rows.failed())
                    break;
                backups.emplace_back(Child{key, 0}, std::move(backup));
            }
        }
        if (!check(rows))
            return false;
    }
    std::vector<std::pair<Child, QStringList>> roles;                // one entry per component
    roles.reserve(size_t(count(QStringLiteral("component_roles")))); // rows: an upper bound
    {
        RowReader rows(m_db, m_where, QStringLiteral("component_roles"), 2, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT component, position, role FROM component_roles"
                                       " ORDER BY component, position"))) {
            while (rows.next()) {
                const qint64 key = rows.key(0);
                const qint64 position = rows.key(1);
                if (rows.failed())
                    break;
                if (roles.empty() || roles.back().first.component != key)
                    roles.emplace_back(Child{key, position}, QStringList());
                roles.back().second.append(rows.sharedText(2));
            }
        }
        if (!check(rows))
            return false;
    }
    // Foreign keys make a child without its component impossible in a sound file.
    const auto orphanBackup = [&](const Child &child) {
        return orphan(QStringLiteral("component_backups"), QStringLiteral("component"),
                      QString::number(child.component));
    };
    const auto orphanRole = [&](const Child &child) {
        return orphan(QStringLiteral("component_roles"), QStringLiteral("component"),
                      QStringLiteral("component %1, position %2")
                          .arg(child.component)
                          .arg(child.position));
    };
    auto backup = backups.begin();
    auto role = roles.begin();
    estate.reserve(count(QStringLiteral("components")), 0);
    preferHugePages(estate.components());
    RowReader rows(m_db, m_where, QStringLiteral("components"), 1, m_pool, m_access);
    if (rows.select(
            QStringLiteral("SELECT position, id, name, kind, product, version, target, site, owner,"
                           " criticality, prepare_minutes, backup_minutes, execute_minutes,"
                           " verify_minutes, rollback_minutes, reversible FROM components"
                           " ORDER BY position"))) {
        while (rows.next()) {
            Component c;
            const qint64 key = rows.key(0);
            c.id = rows.text(1);
            c.name = rows.text(2);
            c.kind = rows.kind(3);
            c.product = rows.sharedText(4);
            c.version = rows.version(5);
            c.target = rows.optionalVersion(6);
            c.site = rows.sharedText(7);
            c.owner = rows.sharedText(8);
            c.criticality = rows.criticality(9);
            for (int p = 0; p < phaseCount; ++p)
                c.durations.minutes[size_t(p)] = rows.optionalInteger(10 + p);
            c.reversible = rows.integer(15) != 0;
            if (rows.failed())
                break;
            if (backup != backups.end() && backup->first.component < key)
                return orphanBackup(backup->first);
            if (backup != backups.end() && backup->first.component == key)
                c.backup = std::move((backup++)->second);
            if (role != roles.end() && role->first.component < key)
                return orphanRole(role->first);
            if (role != roles.end() && role->first.component == key)
                c.roles = std::move((role++)->second);
            const QString id = c.id;
            if (!estate.appendComponent(std::move(c))) {
                m_error = Error{m_where,
                                QCoreApplication::translate(
                                    "ProjectFile", "table components: the id \"%1\" is used twice")
                                    .arg(id)};
                return false;
            }
        }
    }
    if (!check(rows))
        return false;
    if (backup != backups.end())
        return orphanBackup(backup->first);
    if (role != roles.end())
        return orphanRole(role->first);
    return true;
}

bool Reader::dependencies(Estate &estate)
{
    // Both ends share the id string of their component: no string per dependency, and the
    // checker finds an end's component by the string's address. Dependencies are kept
    // grouped by `from`, in component order: the component after the last `from` is tried
    // before a lookup by id, which at a million components costs cache misses. Each `to`
    // is tried in a small table of recent ends (hubs repeat) before a lookup.
    IdStrings ids(estate);
    int fromRow = -1;
    const auto fromId = [&](QByteArrayView utf8) -> QString {
        if (fromRow >= 0 && sameText(estate.component(fromRow).id, utf8))
            return estate.component(fromRow).id;
        if (fromRow + 1 < estate.componentCount()
            && sameText(estate.component(fromRow + 1).id, utf8))
            return estate.component(++fromRow).id;
        const int row = ids.row(utf8);
        if (row < 0)
            return QString::fromUtf8(utf8);
        fromRow = row;
        return estate.component(row).id;
    };
    RowReader rows(m_db, m_where, QStringLiteral("dependencies"), 1, m_pool, m_access);
    estate.reserve(estate.componentCount(), count(QStringLiteral("dependencies")));
    preferHugePages(estate.dependencies());
    if (rows.select(QStringLiteral("SELECT position, from_id, to_id, type, requirement"
                                   " FROM dependencies ORDER BY position"))) {
        while (rows.next()) {
            Dependency d;
            d.from = fromId(rows.utf8(1));
            d.to = ids.id(rows.utf8(2));
            d.type = rows.sharedText(3);
            d.requirement = rows.optionalRange(4);
            if (rows.failed())
                break;
            estate.appendDependency(std::move(d));
        }
    }
    return check(rows);
}

bool Reader::catalog(Estate &estate)
{
    RowIndex index;
    {
        RowReader rows(m_db, m_where, QStringLiteral("catalog_entries"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT position, product, when_range"
                                       " FROM catalog_entries ORDER BY position"))) {
            while (rows.next()) {
                CatalogEntry e;
                const qint64 key = rows.key(0);
                e.product = rows.sharedText(1);
                e.when = rows.optionalRange(2);
                if (rows.failed())
                    break;
                index.insert(key, estate.catalog.size());
                estate.catalog.append(std::move(e));
            }
        }
        if (!check(rows))
            return false;
    }
    const auto versions = [&](const QString &table, QList<Version> CatalogEntry::*member) {
        RowReader rows(m_db, m_where, table, 2, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT entry, position, version FROM %1"
                                       " ORDER BY entry, position")
                            .arg(table))) {
            while (rows.next()) {
                const qsizetype at = parent(rows, index);
                const Version v = rows.version(2);
                if (rows.failed())
                    break;
                (estate.catalog[at].*member).append(v);
            }
        }
        return check(rows);
    };
    if (!versions(QStringLiteral("catalog_releases"), &CatalogEntry::releases)
        || !versions(QStringLiteral("catalog_stops"), &CatalogEntry::stops))
        return false;

    {
        RowReader rows(m_db, m_where, QStringLiteral("catalog_requires"), 2, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT entry, position, product, version_range"
                                       " FROM catalog_requires ORDER BY entry, position"))) {
            while (rows.next()) {
                const qsizetype at = parent(rows, index);
                ProductRequirement r{rows.sharedText(2), rows.range(3)};
                if (rows.failed())
                    break;
                estate.catalog[at].requirements.append(std::move(r));
            }
        }
        if (!check(rows))
            return false;
    }
    RowReader rows(m_db, m_where, QStringLiteral("catalog_support"), 2, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT entry, position, cycle, ends"
                                   " FROM catalog_support ORDER BY entry, position"))) {
        while (rows.next()) {
            const qsizetype at = parent(rows, index);
            SupportEnd end{rows.text(2), rows.date(3)};
            if (rows.failed())
                break;
            estate.catalog[at].support.append(std::move(end));
        }
    }
    return check(rows);
}

bool Reader::positions(Estate &estate)
{
    RowReader rows(m_db, m_where, QStringLiteral("node_positions"), 1, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT component_id, x, y FROM node_positions"))) {
        while (rows.next()) {
            const QPoint point(rows.integer(1), rows.integer(2));
            const QString id = rows.text(0);
            if (rows.failed())
                break;
            // The table's foreign key keeps positions to components; a file whose keys
            // were not enforced may hold others, which place nothing: left out, as the
            // writer leaves them out (found by fuzz_uplan).
            if (estate.indexOf(id) >= 0)
                estate.manualPositions.insert(id, point);
        }
    }
    return check(rows);
}

bool Reader::externalIds(Estate &estate)
{
    RowReader rows(m_db, m_where, QStringLiteral("component_external_ids"), 1, m_pool, m_access);
    if (rows.select(
            QStringLiteral("SELECT component_id, external_id FROM component_external_ids"))) {
        while (rows.next()) {
            const int row = estate.indexOf(rows.text(0));
            if (rows.failed())
                break;
            if (row < 0)
                continue; // the key is the component's: a leftover cannot exist
            Component c = estate.component(row);
            c.externalId = rows.text(1);
            estate.replaceComponent(row, std::move(c));
        }
    }
    return check(rows);
}

// Each scenario is read by the interchange reader: the same fields and rules; a problem
// names the row and the place inside the scenario.
bool Reader::scenarios(Estate &estate)
{
    RowReader rows(m_db, m_where, QStringLiteral("scenarios"), 1, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT position, scenario FROM scenarios"
                                   " ORDER BY position"))) {
        while (rows.next()) {
            const QString json = rows.text(1);
            if (rows.failed())
                break;
            Expected<Scenario> scenario = readScenarioJson(json.toUtf8());
            if (!scenario) {
                m_error = Error{m_where,
                                QCoreApplication::translate("ProjectFile", "scenario %1: %2: %3")
                                    .arg(estate.scenarios.size() + 1)
                                    .arg(scenario.error().where, scenario.error().what)};
                return false;
            }
            if (const QString problem = scenarioNameProblem(scenario->name, estate.scenarios);
                !problem.isEmpty()) {
                m_error = Error{m_where,
                                QCoreApplication::translate("ProjectFile", "scenario %1: %2")
                                    .arg(estate.scenarios.size() + 1)
                                    .arg(problem)};
                return false;
            }
            estate.scenarios.append(std::move(*scenario));
        }
    }
    return check(rows);
}

bool Reader::records(Estate &estate)
{
    return readChangeRecords(m_db, m_where, m_access, m_pool, estate.records, m_error);
}

// The number of rows of @p table, to reserve room for them; 0 when it cannot be counted
// (reading the rows then reports why).
int Reader::count(const QString &table)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Reader::orphan(const QString &table, const QString &column, const QString &row)
{
    m_error = Error{m_where,
                    QCoreApplication::translate("ProjectFile", "table %1, row %2, column %3: %4")
                        .arg(table, row, column,
                             QCoreApplication::translate("ProjectFile",
                                                         "names a row that does not exist"))};
    return false;
}

// The list index of the parent a child row names in column 0; foreign keys make a missing
// parent impossible in a sound file, so one is reported as damage.
qsizetype Reader::parent(RowReader &rows, const RowIndex &index)
{
    const qint64 key = rows.key(0);
    const auto it = index.constFind(key);
    if (it != index.cend())
        return it.value();
    rows.fail(0, QCoreApplication::translate("ProjectFile", "names a row that does not exist"));
    return 0;
}

// The calendar keeps the rules every door keeps (CalendarRules).
bool Reader::keepsRules(StoredSection section, const RuleProblems &problems,
                        const QList<qint64> &keys)
{
    return keepsCalendarRules(section, problems, keys, m_where, m_error);
}

bool Reader::check(const RowReader &rows)
{
    if (!rows.failed())
        return true;
    m_error = rows.error();
    return false;
}

} // namespace project_reader_detail

Expected<Estate> readProjectTables(QSqlDatabase &db, const QString &where, RowReader::Access access)
{
    Estate estate;
    project_reader_detail::Reader reader(db, where, access);
    const bool ok = reader.project(estate) && reader.sites(estate) && reader.components(estate)
                    && reader.dependencies(estate) && reader.catalog(estate)
                    && reader.calendar(estate) && reader.processes(estate) && reader.staff(estate)
                    && reader.positions(estate) && reader.externalIds(estate)
                    && reader.records(estate) && reader.scenarios(estate);
    if (!ok)
        return reader.error();
    return estate;
}

Expected<Estate> readChangedTables(QSqlDatabase &db, const QString &where, RowReader::Access access,
                                   const Estate &current, const QSet<QString> &sections)
{
    const QString componentsSection = QStringLiteral("components");
    const QString dependenciesSection = QStringLiteral("dependencies");
    const bool components = sections.contains(componentsSection);
    const bool dependencies = sections.contains(dependenciesSection);
    bool rest = false;
    for (const QString &section : sections)
        rest = rest || (section != componentsSection && section != dependenciesSection);

    project_reader_detail::Reader reader(db, where, access);
    Estate out;
    bool ok = true;
    if (rest)
        ok = reader.project(out) && reader.sites(out) && reader.catalog(out) && reader.calendar(out)
             && reader.processes(out) && reader.staff(out) && reader.records(out)
             && reader.scenarios(out);
    else
        out = current; // its components and dependencies are replaced below
    Estate graph;
    if (ok && components)
        ok = reader.components(graph) && reader.externalIds(graph);
    Estate links;
    if (ok && dependencies)
        ok = reader.dependencies(links);
    if (!ok)
        return reader.error();

    const Estate &withComponents = components ? graph : current;
    const Estate &withDependencies = dependencies ? links : current;
    out.clearComponentsAndDependencies();
    out.reserve(withComponents.componentCount(), withDependencies.dependencyCount());
    for (const Component &c : withComponents.components())
        out.appendComponent(c);
    for (const Dependency &d : withDependencies.dependencies())
        out.appendDependency(d);
    // Hand-placed positions hang on the components: read again with them or with the rest.
    if (components || rest) {
        out.manualPositions.clear();
        if (!reader.positions(out))
            return reader.error();
    }
    return out;
}

} // namespace planner
