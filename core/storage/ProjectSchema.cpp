// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace planner {

namespace {

// Child rows carry their parent's position and their own; ids that may name nothing (a
// dependency's ends, a process's uses, a component's site) are plain text without foreign keys,
// because such references are reported as conflicts rather than refused.
QList<ProjectSchema::Step> makeSteps()
{
    QList<ProjectSchema::Step> steps;

    ProjectSchema::Step first;
    first.version = 1;
    first.statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(ProjectSchema::applicationId),
        QStringLiteral(
            "CREATE TABLE project (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL,"
            " reason TEXT NOT NULL, purpose TEXT NOT NULL, urgency TEXT NOT NULL,"
            " timezone TEXT NOT NULL, start_date TEXT, decision_minutes INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE sites (position INTEGER PRIMARY KEY, id TEXT NOT NULL,"
                       " name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE components (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL, kind TEXT NOT NULL, product TEXT NOT NULL,"
            " version TEXT NOT NULL, target TEXT, site TEXT NOT NULL, owner TEXT NOT NULL,"
            " criticality TEXT NOT NULL, prepare_minutes INTEGER, backup_minutes INTEGER,"
            " execute_minutes INTEGER, verify_minutes INTEGER, rollback_minutes INTEGER,"
            " reversible INTEGER NOT NULL CHECK (reversible IN (0, 1)))"),
        QStringLiteral("CREATE TABLE component_backups (component INTEGER PRIMARY KEY"
                       " REFERENCES components(position) ON DELETE CASCADE, method TEXT NOT NULL,"
                       " last_restore_test TEXT, restore_minutes INTEGER)"),
        QStringLiteral(
            "CREATE TABLE component_roles (component INTEGER NOT NULL"
            " REFERENCES components(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " role TEXT NOT NULL, PRIMARY KEY (component, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE dependencies (position INTEGER PRIMARY KEY, from_id TEXT NOT NULL,"
            " to_id TEXT NOT NULL, type TEXT NOT NULL, requirement TEXT)"),
        QStringLiteral("CREATE TABLE catalog_entries (position INTEGER PRIMARY KEY,"
                       " product TEXT NOT NULL, when_range TEXT)"),
        QStringLiteral("CREATE TABLE catalog_releases (entry INTEGER NOT NULL"
                       " REFERENCES catalog_entries(position) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, version TEXT NOT NULL,"
                       " PRIMARY KEY (entry, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE catalog_stops (entry INTEGER NOT NULL"
                       " REFERENCES catalog_entries(position) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, version TEXT NOT NULL,"
                       " PRIMARY KEY (entry, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE catalog_requires (entry INTEGER NOT NULL"
            " REFERENCES catalog_entries(position) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, product TEXT NOT NULL, version_range TEXT NOT NULL,"
            " PRIMARY KEY (entry, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE windows (position INTEGER PRIMARY KEY, id TEXT NOT NULL,"
                       " start_time TEXT, end_time TEXT, repeat_weekly INTEGER NOT NULL,"
                       " parallel INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE freezes (position INTEGER PRIMARY KEY, start_date TEXT,"
                       " end_date TEXT, reason TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE processes (position INTEGER PRIMARY KEY, id TEXT NOT NULL,"
                       " name TEXT NOT NULL, criticality TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE process_uses (process INTEGER NOT NULL"
            " REFERENCES processes(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " component_id TEXT NOT NULL, PRIMARY KEY (process, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE process_peaks (process INTEGER NOT NULL"
            " REFERENCES processes(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " days INTEGER NOT NULL, from_time TEXT, to_time TEXT,"
            " PRIMARY KEY (process, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE staff (position INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE staff_roles (staff INTEGER NOT NULL"
                       " REFERENCES staff(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " role TEXT NOT NULL, PRIMARY KEY (staff, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE staff_unavailable (staff INTEGER NOT NULL"
            " REFERENCES staff(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " start_date TEXT, end_date TEXT, PRIMARY KEY (staff, position)) WITHOUT ROWID"),
    };
    first.tablesAdded = {
        QStringLiteral("project"),         QStringLiteral("sites"),
        QStringLiteral("components"),      QStringLiteral("component_backups"),
        QStringLiteral("component_roles"), QStringLiteral("dependencies"),
        QStringLiteral("catalog_entries"), QStringLiteral("catalog_releases"),
        QStringLiteral("catalog_stops"),   QStringLiteral("catalog_requires"),
        QStringLiteral("windows"),         QStringLiteral("freezes"),
        QStringLiteral("processes"),       QStringLiteral("process_uses"),
        QStringLiteral("process_peaks"),   QStringLiteral("staff"),
        QStringLiteral("staff_roles"),     QStringLiteral("staff_unavailable"),
    };
    steps.append(first);

    // Version 2: positions the user gave nodes by hand, acknowledged conflicts, order pins and
    // the user's own end-of-support dates of catalog products.
    ProjectSchema::Step second;
    second.version = 2;
    second.statements = {
        QStringLiteral("CREATE TABLE node_positions (component_id TEXT PRIMARY KEY"
                       " REFERENCES components(id) ON DELETE CASCADE,"
                       " x INTEGER NOT NULL, y INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE waivers (position INTEGER PRIMARY KEY,"
                       " conflict TEXT NOT NULL, reason TEXT NOT NULL, expires TEXT)"),
        // Pins may name components that do not exist: the plan reports them, so no keys.
        QStringLiteral("CREATE TABLE order_pins (position INTEGER PRIMARY KEY,"
                       " component_id TEXT NOT NULL, wave INTEGER NOT NULL,"
                       " after_id TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE catalog_support (entry INTEGER NOT NULL"
                       " REFERENCES catalog_entries(position) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, cycle TEXT NOT NULL, ends TEXT NOT NULL,"
                       " PRIMARY KEY (entry, position)) WITHOUT ROWID"),
    };
    second.tablesAdded = {QStringLiteral("node_positions"), QStringLiteral("waivers"),
                          QStringLiteral("order_pins"), QStringLiteral("catalog_support")};
    steps.append(second);

    // Version 3: the records of the controlled change (issue 14). The backup and process
    // additions are new columns whose defaults give a version-2 row the values of an estate that
    // never set them. Records name components, windows and checks by id, as text without keys:
    // a dangling reference is reported by the analysis, not refused.
    ProjectSchema::Step third;
    third.version = 3;
    third.statements = {
        QStringLiteral("ALTER TABLE component_backups ADD COLUMN location TEXT NOT NULL"
                       " DEFAULT ''"),
        QStringLiteral("ALTER TABLE component_backups ADD COLUMN retention_days INTEGER"),
        QStringLiteral("ALTER TABLE component_backups ADD COLUMN taken_at TEXT NOT NULL"
                       " DEFAULT ''"),
        QStringLiteral("ALTER TABLE processes ADD COLUMN category TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE processes ADD COLUMN external_customers INTEGER NOT NULL"
                       " DEFAULT 0 CHECK (external_customers IN (0, 1))"),
        QStringLiteral("ALTER TABLE processes ADD COLUMN service_level TEXT NOT NULL"
                       " DEFAULT ''"),
        QStringLiteral("ALTER TABLE processes ADD COLUMN max_outage_minutes INTEGER"),
        QStringLiteral(
            "CREATE TABLE process_user_groups (process INTEGER NOT NULL"
            " REFERENCES processes(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " user_group TEXT NOT NULL, PRIMARY KEY (process, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE config_items (position INTEGER PRIMARY KEY,"
                       " component_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " backed_up INTEGER NOT NULL CHECK (backed_up IN (0, 1)), expires TEXT)"),
        QStringLiteral("CREATE TABLE rollback_plans (position INTEGER PRIMARY KEY,"
                       " component_id TEXT NOT NULL, decider TEXT NOT NULL, restores TEXT NOT NULL,"
                       " minutes INTEGER, data_loss TEXT NOT NULL,"
                       " forward_only INTEGER NOT NULL CHECK (forward_only IN (0, 1)))"),
        QStringLiteral(
            "CREATE TABLE rollback_triggers (rollback_plan INTEGER NOT NULL"
            " REFERENCES rollback_plans(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " trigger_text TEXT NOT NULL, PRIMARY KEY (rollback_plan, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE pilots (position INTEGER PRIMARY KEY, component_id TEXT NOT NULL,"
            " environment TEXT NOT NULL, pilot_date TEXT, result TEXT NOT NULL,"
            " passed INTEGER NOT NULL CHECK (passed IN (0, 1)))"),
        QStringLiteral("CREATE TABLE pilot_devices (pilot INTEGER NOT NULL"
                       " REFERENCES pilots(position) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, device TEXT NOT NULL,"
                       " PRIMARY KEY (pilot, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE pilot_roles (pilot INTEGER NOT NULL"
                       " REFERENCES pilots(position) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, role TEXT NOT NULL,"
                       " PRIMARY KEY (pilot, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE pilot_flows (pilot INTEGER NOT NULL"
                       " REFERENCES pilots(position) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, flow TEXT NOT NULL,"
                       " PRIMARY KEY (pilot, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE acceptance_checks (position INTEGER PRIMARY KEY, id TEXT NOT NULL,"
            " component_id TEXT NOT NULL, window_id TEXT NOT NULL, description TEXT NOT NULL,"
            " expected TEXT NOT NULL, core INTEGER NOT NULL CHECK (core IN (0, 1)),"
            " log_review INTEGER NOT NULL CHECK (log_review IN (0, 1)))"),
        QStringLiteral(
            "CREATE TABLE message_templates (position INTEGER PRIMARY KEY, id TEXT NOT NULL,"
            " audience TEXT NOT NULL, sent TEXT NOT NULL, hours INTEGER NOT NULL,"
            " window_id TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,"
            " contact TEXT NOT NULL, limitations TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE monitoring_plans (position INTEGER PRIMARY KEY,"
                       " component_id TEXT NOT NULL, metric TEXT NOT NULL, baseline TEXT NOT NULL,"
                       " hours INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE executions (position INTEGER PRIMARY KEY, component_id TEXT NOT NULL,"
            " to_version TEXT NOT NULL, rollback_status TEXT NOT NULL)"),
        // One row per phase with a recorded start or end, keyed by the phase's name.
        QStringLiteral("CREATE TABLE execution_phases (execution INTEGER NOT NULL"
                       " REFERENCES executions(position) ON DELETE CASCADE, phase TEXT NOT NULL,"
                       " started TEXT, ended TEXT, PRIMARY KEY (execution, phase)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE execution_checks (execution INTEGER NOT NULL"
            " REFERENCES executions(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " check_id TEXT NOT NULL, passed INTEGER NOT NULL CHECK (passed IN (0, 1)),"
            " note TEXT NOT NULL, PRIMARY KEY (execution, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE execution_issues (execution INTEGER NOT NULL"
            " REFERENCES executions(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " issue TEXT NOT NULL, resolution TEXT NOT NULL,"
            " PRIMARY KEY (execution, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE execution_follow_ups (execution INTEGER NOT NULL"
            " REFERENCES executions(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " follow_up TEXT NOT NULL, PRIMARY KEY (execution, position)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE kind_estimates (position INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
            " prepare_minutes INTEGER, backup_minutes INTEGER, execute_minutes INTEGER,"
            " verify_minutes INTEGER, rollback_minutes INTEGER)"),
    };
    third.tablesAdded = {
        QStringLiteral("process_user_groups"),
        QStringLiteral("config_items"),
        QStringLiteral("rollback_plans"),
        QStringLiteral("rollback_triggers"),
        QStringLiteral("pilots"),
        QStringLiteral("pilot_devices"),
        QStringLiteral("pilot_roles"),
        QStringLiteral("pilot_flows"),
        QStringLiteral("acceptance_checks"),
        QStringLiteral("message_templates"),
        QStringLiteral("monitoring_plans"),
        QStringLiteral("executions"),
        QStringLiteral("execution_phases"),
        QStringLiteral("execution_checks"),
        QStringLiteral("execution_issues"),
        QStringLiteral("execution_follow_ups"),
        QStringLiteral("kind_estimates"),
    };
    steps.append(third);

    // Version 4: the key a component has in the system it was imported from (issue 15), kept
    // apart since most components have none.
    ProjectSchema::Step fourth;
    fourth.version = 4;
    fourth.statements = {
        QStringLiteral("CREATE TABLE component_external_ids (component_id TEXT PRIMARY KEY"
                       " REFERENCES components(id) ON DELETE CASCADE,"
                       " external_id TEXT NOT NULL)"),
    };
    fourth.tablesAdded = {QStringLiteral("component_external_ids")};
    steps.append(fourth);

    // Version 5: how old a restore test may be before the plan starts (issue 15's preference,
    // kept per project so that a plan reads the same on every machine). Older files get the
    // limit that was fixed before.
    ProjectSchema::Step fifth;
    fifth.version = 5;
    fifth.statements = {
        QStringLiteral("ALTER TABLE project ADD COLUMN restore_test_max_days INTEGER NOT NULL"
                       " DEFAULT 180"),
    };
    steps.append(fifth);

    // Version 6: scenarios (issue 17), each a set of changes on top of the estate. A row keeps
    // one scenario in its interchange JSON (docs/inventory-format.md, "Scenarios"): its changes
    // are shaped like the estate's own sections, read and checked by the same code.
    ProjectSchema::Step sixth;
    sixth.version = 6;
    sixth.statements = {
        QStringLiteral("CREATE TABLE scenarios (position INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL)"),
    };
    sixth.tablesAdded = {QStringLiteral("scenarios")};
    steps.append(sixth);

    // Version 7: who accepted a waiver (a fix applied from the workbench records it).
    ProjectSchema::Step seventh;
    seventh.version = 7;
    seventh.statements = {
        QStringLiteral("ALTER TABLE waivers ADD COLUMN waived_by TEXT NOT NULL DEFAULT ''"),
    };
    steps.append(seventh);

    // Version 8: the history of a project (issue 19): every save appends what it changed, who
    // saved it and when, element by element and field by field with the old and the new value
    // as interchange JSON (EstateDiff.h). Kept in file and server projects alike; saves never
    // rewrite it.
    ProjectSchema::Step eighth;
    eighth.version = 8;
    eighth.statements = {
        QStringLiteral("CREATE TABLE history (seq INTEGER PRIMARY KEY, revision INTEGER NOT NULL,"
                       " at TEXT NOT NULL, who TEXT NOT NULL, section TEXT NOT NULL,"
                       " item TEXT NOT NULL, action TEXT NOT NULL, field TEXT NOT NULL,"
                       " before_value TEXT, after_value TEXT)"),
        QStringLiteral("CREATE INDEX history_at ON history (at)"),
    };
    eighth.tablesAdded = {QStringLiteral("history")};
    steps.append(eighth);

    return steps;
}

} // namespace

const QList<ProjectSchema::Step> &ProjectSchema::steps()
{
    static const QList<Step> all = makeSteps();
    return all;
}

int ProjectSchema::currentVersion()
{
    return steps().constLast().version;
}

QStringList ProjectSchema::appendOnlyTables()
{
    return {QStringLiteral("history")};
}

QStringList ProjectSchema::tables(int version)
{
    QStringList result;
    for (const Step &step : steps())
        if (step.version <= version)
            result += step.tablesAdded;
    return result;
}

bool ProjectSchema::isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString ProjectSchema::forServer(const QString &statement)
{
    if (statement.startsWith(QLatin1String("PRAGMA ")))
        return {};
    QString out = statement;
    out.remove(QLatin1String(" WITHOUT ROWID"));
    return out;
}

Expected<Done> ProjectSchema::apply(QSqlDatabase &db, int fromVersion, int toVersion)
{
    QSqlQuery query(db);
    const bool server = isServer(db);
    for (const Step &step : steps()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        for (const QString &written : step.statements) {
            const QString statement = server ? forServer(written) : written;
            if (statement.isEmpty())
                continue;
            if (!query.exec(statement))
                return Error{db.databaseName(),
                             QCoreApplication::translate("ProjectFile", "schema step %1 failed: %2")
                                 .arg(step.version)
                                 .arg(query.lastError().text())};
        }
    }
    const QString setVersion
        = server ? QStringLiteral("UPDATE uplan_meta SET value = '%1' WHERE key = 'schema_version'")
                       .arg(toVersion)
                 : QStringLiteral("PRAGMA user_version = %1").arg(toVersion);
    if (!query.exec(setVersion))
        return Error{db.databaseName(), query.lastError().text()};
    return Done{};
}

} // namespace planner
