// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The small test estate (tests/commands/SmallEstate.h) with a window to schedule into, a
// process with its service level and a few records of the controlled change, for the tests of
// the Change panel.

#include "SmallEstate.h"

namespace planner::test {

inline Estate changeEstate()
{
    Estate e = smallEstate();
    e.project.reason = QStringLiteral("end-of-support");
    e.project.urgency = QStringLiteral("planned");
    e.project.purpose = QStringLiteral("Bring the ledger back into vendor support");
    MaintenanceWindow w;
    w.id = QStringLiteral("sat-night");
    w.start = QDateTime(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
    w.end = w.start.addSecs(8 * 3600);
    w.repeatWeekly = 20;
    w.parallel = 2;
    e.windows = {w};
    StaffMember dba;
    dba.name = QStringLiteral("A. Rivera");
    dba.roles = {QStringLiteral("dba")};
    e.staff = {dba};
    e.processes[0].category = QStringLiteral("payment");
    e.processes[0].userGroups = {QStringLiteral("card holders"), QStringLiteral("tellers")};
    e.processes[0].externalCustomers = true;
    e.processes[0].serviceLevel = QStringLiteral("99.95 % 06:00-23:00");
    e.processes[0].maxOutageMinutes = 240;

    ChangeRecords &r = e.records;
    r.configuration = {{QStringLiteral("ledger-app"), QStringLiteral("certificate"),
                        QStringLiteral("api.ledger TLS"), QStringLiteral("/etc/ledger/tls"), true,
                        QDate(2027, 1, 20)}};
    RollbackPlan plan;
    plan.component = QStringLiteral("pg-core");
    plan.triggers = {QStringLiteral("replication lag > 5 min")};
    plan.decider = QStringLiteral("change manager");
    plan.restores = QStringLiteral("pg_basebackup of the night");
    plan.minutes = 80;
    r.rollbacks = {plan};
    AcceptanceCheck login;
    login.id = QStringLiteral("ledger-login");
    login.component = QStringLiteral("ledger-app");
    login.description = QStringLiteral("Log in as a teller and post a test booking");
    login.expected = QStringLiteral("booking visible within 5 s");
    login.core = true;
    r.acceptance = {login};
    MessageTemplate before;
    before.id = QStringLiteral("branches-before");
    before.audience = QStringLiteral("branch staff");
    before.when = QStringLiteral("before");
    before.hours = 48;
    before.subject = QStringLiteral("Ledger maintenance {start}");
    before.body = QStringLiteral("From {start} to {end}: {services} unavailable. {limitations}");
    before.contact = QStringLiteral("IT service desk, 069 1234");
    before.limitations = QStringLiteral("No bookings.");
    r.messages = {before};
    ExecutionRecord done;
    done.component = QStringLiteral("jvm");
    const QDateTime at(QDate(2027, 1, 9), QTime(22, 0), Qt::UTC);
    done.started[int(Phase::Execute)] = at;
    done.ended[int(Phase::Execute)] = at.addSecs(50 * 60);
    done.checks = {{QStringLiteral("ledger-login"), true, {}}};
    r.executed = {done};
    return e;
}

} // namespace planner::test
