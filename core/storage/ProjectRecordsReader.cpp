// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectRecords.h"

#include <QCoreApplication>
#include <QHash>

namespace planner {

namespace {

std::optional<Phase> phaseFromName(const QString &name)
{
    for (int p = 0; p < phaseCount; ++p)
        if (phaseName(Phase(p)) == name)
            return Phase(p);
    return std::nullopt;
}

// Reads the record tables in the order they were written; every list goes straight into the
// estate's records, children found through their parent's stored position.
class RecordsReader
{
public:
    RecordsReader(QSqlDatabase &db, const QString &where, RowReader::Access access,
                  VersionPool &pool, ChangeRecords &records)
        : m_db(db)
        , m_where(where)
        , m_access(access)
        , m_pool(pool)
        , m_records(records)
    {
    }

    const Error &error() const { return m_error; }

    bool configuration()
    {
        return rows(QStringLiteral("config_items"), 1,
                    QStringLiteral("SELECT position, component_id, kind, name, detail, backed_up,"
                                   " expires FROM config_items ORDER BY position"),
                    [&](RowReader &r) {
                        ConfigItem c{r.sharedText(1), r.sharedText(2),   r.text(3),
                                     r.text(4),       r.integer(5) != 0, r.date(6)};
                        if (!r.failed())
                            m_records.configuration.append(std::move(c));
                    });
    }

    bool rollbacks()
    {
        QHash<qint64, qsizetype> index;
        return rows(QStringLiteral("rollback_plans"), 1,
                    QStringLiteral("SELECT position, component_id, decider, restores, minutes,"
                                   " data_loss, forward_only FROM rollback_plans"
                                   " ORDER BY position"),
                    [&](RowReader &r) {
                        const qint64 key = r.key(0);
                        RollbackPlan plan;
                        plan.component = r.sharedText(1);
                        plan.decider = r.sharedText(2);
                        plan.restores = r.text(3);
                        plan.minutes = r.optionalInteger(4);
                        plan.dataLoss = r.text(5);
                        plan.forwardOnly = r.integer(6) != 0;
                        if (r.failed())
                            return;
                        index.insert(key, m_records.rollbacks.size());
                        m_records.rollbacks.append(std::move(plan));
                    })
               && list(QStringLiteral("rollback_triggers"), QStringLiteral("rollback_plan"),
                       QStringLiteral("trigger_text"), index, m_records.rollbacks,
                       &RollbackPlan::triggers);
    }

    bool pilots()
    {
        QHash<qint64, qsizetype> index;
        const auto items = [&](const char *table, const char *column,
                               QStringList PilotRecord::*member) {
            return list(QString::fromLatin1(table), QStringLiteral("pilot"),
                        QString::fromLatin1(column), index, m_records.pilots, member);
        };
        return rows(QStringLiteral("pilots"), 1,
                    QStringLiteral("SELECT position, component_id, environment, pilot_date,"
                                   " result, passed FROM pilots ORDER BY position"),
                    [&](RowReader &r) {
                        const qint64 key = r.key(0);
                        PilotRecord pilot;
                        pilot.component = r.sharedText(1);
                        pilot.environment = r.sharedText(2);
                        pilot.date = r.date(3);
                        pilot.result = r.text(4);
                        pilot.passed = r.integer(5) != 0;
                        if (r.failed())
                            return;
                        index.insert(key, m_records.pilots.size());
                        m_records.pilots.append(std::move(pilot));
                    })
               && items("pilot_devices", "device", &PilotRecord::devices)
               && items("pilot_roles", "role", &PilotRecord::roles)
               && items("pilot_flows", "flow", &PilotRecord::flows);
    }

    bool acceptance()
    {
        return rows(QStringLiteral("acceptance_checks"), 1,
                    QStringLiteral("SELECT position, id, component_id, window_id, description,"
                                   " expected, core, log_review FROM acceptance_checks"
                                   " ORDER BY position"),
                    [&](RowReader &r) {
                        AcceptanceCheck c{r.text(1), r.sharedText(2),   r.sharedText(3),  r.text(4),
                                          r.text(5), r.integer(6) != 0, r.integer(7) != 0};
                        if (!r.failed())
                            m_records.acceptance.append(std::move(c));
                    });
    }

    bool messages()
    {
        return rows(QStringLiteral("message_templates"), 1,
                    QStringLiteral("SELECT position, id, audience, sent, hours, window_id,"
                                   " subject, body, contact, limitations FROM message_templates"
                                   " ORDER BY position"),
                    [&](RowReader &r) {
                        MessageTemplate m{r.text(1),    r.sharedText(2), r.sharedText(3),
                                          r.integer(4), r.sharedText(5), r.text(6),
                                          r.text(7),    r.sharedText(8), r.text(9)};
                        if (!r.failed())
                            m_records.messages.append(std::move(m));
                    });
    }

    bool monitoring()
    {
        return rows(QStringLiteral("monitoring_plans"), 1,
                    QStringLiteral("SELECT position, component_id, metric, baseline, hours"
                                   " FROM monitoring_plans ORDER BY position"),
                    [&](RowReader &r) {
                        MonitoringPlan m{r.sharedText(1), r.text(2), r.text(3), r.integer(4)};
                        if (!r.failed())
                            m_records.monitoring.append(std::move(m));
                    });
    }

    bool executed()
    {
        QHash<qint64, qsizetype> index;
        QList<ExecutionRecord> &records = m_records.executed;
        const bool ok = rows(QStringLiteral("executions"), 1,
                             QStringLiteral(
                                 "SELECT position, component_id, to_version, rollback_status"
                                 " FROM executions ORDER BY position"),
                             [&](RowReader &r) {
                                 const qint64 key = r.key(0);
                                 ExecutionRecord record;
                                 record.component = r.sharedText(1);
                                 record.to = r.sharedText(2);
                                 record.rollback = r.sharedText(3);
                                 if (r.failed())
                                     return;
                                 index.insert(key, records.size());
                                 records.append(std::move(record));
                             });
        return ok
               && rows(QStringLiteral("execution_phases"), 2,
                       QStringLiteral("SELECT execution, phase, started, ended"
                                      " FROM execution_phases ORDER BY execution, phase"),
                       [&](RowReader &r) {
                           const qsizetype at = parent(r, index);
                           const std::optional<Phase> phase = phaseFromName(r.text(1));
                           if (!phase)
                               r.fail(1, QStringLiteral("\"%1\" %2")
                                             .arg(r.text(1),
                                                  QCoreApplication::translate("ProjectFile",
                                                                              "is not a phase")));
                           const QDateTime started = r.dateTime(2);
                           const QDateTime ended = r.dateTime(3);
                           if (r.failed())
                               return;
                           records[at].started[size_t(*phase)] = started;
                           records[at].ended[size_t(*phase)] = ended;
                       })
               && rows(QStringLiteral("execution_checks"), 2,
                       QStringLiteral("SELECT execution, position, check_id, passed, note"
                                      " FROM execution_checks ORDER BY execution, position"),
                       [&](RowReader &r) {
                           const qsizetype at = parent(r, index);
                           CheckResult result{r.text(2), r.integer(3) != 0, r.text(4)};
                           if (!r.failed())
                               records[at].checks.append(std::move(result));
                       })
               && rows(QStringLiteral("execution_issues"), 2,
                       QStringLiteral("SELECT execution, position, issue, resolution"
                                      " FROM execution_issues ORDER BY execution, position"),
                       [&](RowReader &r) {
                           const qsizetype at = parent(r, index);
                           ExecutionIssue issue{r.text(2), r.text(3)};
                           if (!r.failed())
                               records[at].issues.append(std::move(issue));
                       })
               && list(QStringLiteral("execution_follow_ups"), QStringLiteral("execution"),
                       QStringLiteral("follow_up"), index, records, &ExecutionRecord::followUps);
    }

    bool estimates()
    {
        return rows(QStringLiteral("kind_estimates"), 1,
                    QStringLiteral("SELECT position, kind, prepare_minutes, backup_minutes,"
                                   " execute_minutes, verify_minutes, rollback_minutes"
                                   " FROM kind_estimates ORDER BY position"),
                    [&](RowReader &r) {
                        KindEstimate e;
                        e.kind = r.kind(1);
                        for (int p = 0; p < phaseCount; ++p)
                            e.durations.minutes[size_t(p)] = r.optionalInteger(2 + p);
                        if (!r.failed())
                            m_records.estimates.append(std::move(e));
                    });
    }

private:
    // Runs @p sql over @p table and hands each row to @p row until a value fails to read.
    template<typename Fn>
    bool rows(const QString &table, int keyColumns, const QString &sql, Fn &&row)
    {
        RowReader r(m_db, m_where, table, keyColumns, m_pool, m_access);
        if (r.select(sql)) {
            while (r.next() && !r.failed())
                row(r);
        }
        if (!r.failed())
            return true;
        m_error = r.error();
        return false;
    }

    // A child table of strings, (parent, position, value), into each parent's @p member.
    template<typename Record>
    bool list(const QString &table, const QString &parentColumn, const QString &valueColumn,
              const QHash<qint64, qsizetype> &index, QList<Record> &parents,
              QStringList Record::*member)
    {
        return rows(table, 2,
                    QStringLiteral("SELECT %2, position, %3 FROM %1 ORDER BY %2, position")
                        .arg(table, parentColumn, valueColumn),
                    [&](RowReader &r) {
                        const qsizetype at = parent(r, index);
                        const QString value = r.text(2);
                        if (!r.failed())
                            (parents[at].*member).append(value);
                    });
    }

    // The list index of the parent a child row names in column 0; foreign keys make a missing
    // parent impossible in a sound file, so one is reported as damage.
    static qsizetype parent(RowReader &rows, const QHash<qint64, qsizetype> &index)
    {
        const qint64 key = rows.key(0);
        const auto it = index.constFind(key);
        if (it != index.cend())
            return it.value();
        rows.fail(0, QCoreApplication::translate("ProjectFile", "names a row that does not exist"));
        return 0;
    }

    QSqlDatabase &m_db;
    const QString &m_where;
    RowReader::Access m_access;
    VersionPool &m_pool;
    ChangeRecords &m_records;
    Error m_error;
};

} // namespace

bool readChangeRecords(QSqlDatabase &db, const QString &where, RowReader::Access access,
                       VersionPool &pool, ChangeRecords &records, Error &error)
{
    RecordsReader reader(db, where, access, pool, records);
    const bool ok = reader.configuration() && reader.rollbacks() && reader.pilots()
                    && reader.acceptance() && reader.messages() && reader.monitoring()
                    && reader.executed() && reader.estimates();
    if (!ok)
        error = reader.error();
    return ok;
}

} // namespace planner
