// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectRecords.h"

#include "BatchInsert.h"
#include "StoredValues.h"

namespace planner {

namespace {

using namespace stored;
using Finish = std::function<bool(BatchInsert &, const QString &)>;

// Rows of one list of strings per parent: (parent, position, value).
class ListTable
{
public:
    ListTable(QSqlDatabase &db, const char *table, const char *parent, const char *value)
        : m_table(QString::fromLatin1(table))
        , m_insert(db, m_table, columns({parent, "position", value}))
    {
    }

    void add(qsizetype parent, const QStringList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert << qint64(parent) << qint64(i) << text(values[i]);
    }

    bool finish(const Finish &done) { return done(m_insert, m_table); }

private:
    QString m_table;
    BatchInsert m_insert;
};

bool configuration(QSqlDatabase &db, const QList<ConfigItem> &items, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("config_items"),
                       columns({"position", "component_id", "kind", "name", "detail", "backed_up",
                                "expires"}));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ConfigItem &c = items[i];
        insert << qint64(i) << text(c.component) << text(c.kind) << text(c.name) << text(c.detail)
               << flag(c.backedUp) << date(c.expires);
    }
    return done(insert, QStringLiteral("config_items"));
}

bool rollbacks(QSqlDatabase &db, const QList<RollbackPlan> &plans, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("rollback_plans"),
                       columns({"position", "component_id", "decider", "restores", "minutes",
                                "data_loss", "forward_only"}));
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const RollbackPlan &r = plans[i];
        insert << qint64(i) << text(r.component) << text(r.decider) << text(r.restores)
               << minutes(r.minutes) << text(r.dataLoss) << flag(r.forwardOnly);
    }
    if (!done(insert, QStringLiteral("rollback_plans")))
        return false;
    ListTable triggers(db, "rollback_triggers", "rollback_plan", "trigger_text");
    for (qsizetype i = 0; i < plans.size(); ++i)
        triggers.add(i, plans[i].triggers);
    return triggers.finish(done);
}

bool pilots(QSqlDatabase &db, const QList<PilotRecord> &pilots, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("pilots"),
                       columns({"position", "component_id", "environment", "pilot_date", "result",
                                "passed"}));
    for (qsizetype i = 0; i < pilots.size(); ++i) {
        const PilotRecord &p = pilots[i];
        insert << qint64(i) << text(p.component) << text(p.environment) << date(p.date)
               << text(p.result) << flag(p.passed);
    }
    if (!done(insert, QStringLiteral("pilots")))
        return false;
    ListTable devices(db, "pilot_devices", "pilot", "device");
    ListTable roles(db, "pilot_roles", "pilot", "role");
    ListTable flows(db, "pilot_flows", "pilot", "flow");
    for (qsizetype i = 0; i < pilots.size(); ++i) {
        devices.add(i, pilots[i].devices);
        roles.add(i, pilots[i].roles);
        flows.add(i, pilots[i].flows);
    }
    return devices.finish(done) && roles.finish(done) && flows.finish(done);
}

bool acceptance(QSqlDatabase &db, const QList<AcceptanceCheck> &checks, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("acceptance_checks"),
                       columns({"position", "id", "component_id", "window_id", "description",
                                "expected", "core", "log_review"}));
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const AcceptanceCheck &c = checks[i];
        insert << qint64(i) << text(c.id) << text(c.component) << text(c.window)
               << text(c.description) << text(c.expected) << flag(c.core) << flag(c.logReview);
    }
    return done(insert, QStringLiteral("acceptance_checks"));
}

bool messages(QSqlDatabase &db, const QList<MessageTemplate> &messages, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("message_templates"),
                       columns({"position", "id", "audience", "sent", "hours", "window_id",
                                "subject", "body", "contact", "limitations"}));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const MessageTemplate &m = messages[i];
        insert << qint64(i) << text(m.id) << text(m.audience) << text(m.when) << m.hours
               << text(m.window) << text(m.subject) << text(m.body) << text(m.contact)
               << text(m.limitations);
    }
    return done(insert, QStringLiteral("message_templates"));
}

bool monitoring(QSqlDatabase &db, const QList<MonitoringPlan> &plans, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("monitoring_plans"),
                       columns({"position", "component_id", "metric", "baseline", "hours"}));
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const MonitoringPlan &m = plans[i];
        insert << qint64(i) << text(m.component) << text(m.metric) << text(m.baseline) << m.hours;
    }
    return done(insert, QStringLiteral("monitoring_plans"));
}

bool executed(QSqlDatabase &db, const QList<ExecutionRecord> &records, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("executions"),
                       columns({"position", "component_id", "to_version", "rollback_status"}));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ExecutionRecord &r = records[i];
        insert << qint64(i) << text(r.component) << text(r.to) << text(r.rollback);
    }
    if (!done(insert, QStringLiteral("executions")))
        return false;

    BatchInsert phases(db, QStringLiteral("execution_phases"),
                       columns({"execution", "phase", "started", "ended"}));
    BatchInsert checks(db, QStringLiteral("execution_checks"),
                       columns({"execution", "position", "check_id", "passed", "note"}));
    BatchInsert issues(db, QStringLiteral("execution_issues"),
                       columns({"execution", "position", "issue", "resolution"}));
    ListTable followUps(db, "execution_follow_ups", "execution", "follow_up");
    for (qsizetype i = 0; i < records.size(); ++i) {
        const ExecutionRecord &r = records[i];
        for (int p = 0; p < phaseCount; ++p) {
            if (r.started[size_t(p)].isValid() || r.ended[size_t(p)].isValid())
                phases << qint64(i) << phaseName(Phase(p)) << dateTime(r.started[size_t(p)])
                       << dateTime(r.ended[size_t(p)]);
        }
        for (qsizetype c = 0; c < r.checks.size(); ++c)
            checks << qint64(i) << qint64(c) << text(r.checks[c].check) << flag(r.checks[c].passed)
                   << text(r.checks[c].note);
        for (qsizetype k = 0; k < r.issues.size(); ++k)
            issues << qint64(i) << qint64(k) << text(r.issues[k].text)
                   << text(r.issues[k].resolution);
        followUps.add(i, r.followUps);
    }
    return done(phases, QStringLiteral("execution_phases"))
           && done(checks, QStringLiteral("execution_checks"))
           && done(issues, QStringLiteral("execution_issues")) && followUps.finish(done);
}

bool estimates(QSqlDatabase &db, const QList<KindEstimate> &estimates, const Finish &done)
{
    BatchInsert insert(db, QStringLiteral("kind_estimates"),
                       columns({"position", "kind", "prepare_minutes", "backup_minutes",
                                "execute_minutes", "verify_minutes", "rollback_minutes"}));
    for (qsizetype i = 0; i < estimates.size(); ++i) {
        const KindEstimate &e = estimates[i];
        insert << qint64(i) << kindName(e.kind);
        for (int p = 0; p < phaseCount; ++p)
            insert << minutes(e.durations[Phase(p)]);
    }
    return done(insert, QStringLiteral("kind_estimates"));
}

} // namespace

bool writeChangeRecords(QSqlDatabase &db, const ChangeRecords &records, const Finish &done)
{
    return configuration(db, records.configuration, done) && rollbacks(db, records.rollbacks, done)
           && pilots(db, records.pilots, done) && acceptance(db, records.acceptance, done)
           && messages(db, records.messages, done) && monitoring(db, records.monitoring, done)
           && executed(db, records.executed, done) && estimates(db, records.estimates, done);
}

} // namespace planner
