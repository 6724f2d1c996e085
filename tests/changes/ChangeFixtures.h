// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small bank for the controlled-change tests: web -> app -> db, card payments using the web
// front end, reports reading the database, one Saturday-night window. Every figure is chosen
// so that the expected results can be worked out on paper.

#include "../schedule/ScheduleFixtures.h"

#include "planning/UpgradePlan.h"
#include "schedule/Scheduler.h"

namespace planner::testing {

/// db (155 min with decision and rollback), app (105 min) and web (85 min), one wave each;
/// window Saturdays 22:00-06:00 from 2027-01-09, four weeks. No change records at all.
inline Estate bankEstate()
{
    Estate e = berlinEstate();
    Component db = component(QStringLiteral("db"), 10, 20, 60, 20, 30);
    db.kind = ComponentKind::Database;
    db.criticality = Criticality::Critical;
    e.appendComponent(db);
    e.appendComponent(component(QStringLiteral("app"), 10, 10, 30, 20, 20));
    e.appendComponent(component(QStringLiteral("web"), 10, 10, 20, 10, 20));
    Dependency appDb;
    appDb.from = QStringLiteral("app");
    appDb.to = QStringLiteral("db");
    e.appendDependency(appDb);
    Dependency webApp;
    webApp.from = QStringLiteral("web");
    webApp.to = QStringLiteral("app");
    e.appendDependency(webApp);
    BusinessProcess pay;
    pay.id = QStringLiteral("payments");
    pay.name = QStringLiteral("Card payments");
    pay.uses = {QStringLiteral("web")};
    BusinessProcess reports;
    reports.id = QStringLiteral("reports");
    reports.name = QStringLiteral("Reports");
    reports.uses = {QStringLiteral("db")};
    e.processes = {pay, reports};
    e.windows = {window(QStringLiteral("sat"), QStringLiteral("2027-01-09T22:00"),
                        QStringLiteral("2027-01-10T06:00"), 4)};
    return e;
}

inline UpgradePlan bankPlan()
{
    UpgradePlan plan;
    plan.steps = {step(QStringLiteral("db"), 1), step(QStringLiteral("app"), 2),
                  step(QStringLiteral("web"), 3)};
    return plan;
}

/// The bank with every record the readiness rules ask for: ready for approval.
inline Estate completeBank()
{
    Estate e = bankEstate();
    e.project.reason = QStringLiteral("end-of-support");
    e.project.purpose = QStringLiteral("Back into vendor support");
    e.project.urgency = QStringLiteral("planned");
    for (BusinessProcess &p : e.processes) {
        p.userGroups = {QStringLiteral("staff")};
        p.serviceLevel = QStringLiteral("99.9 %");
    }
    e.processes[0].category = QStringLiteral("payment");
    e.processes[0].externalCustomers = true;
    e.processes[0].maxOutageMinutes = 240;
    for (int row = 0; row < e.componentCount(); ++row) {
        Component c = e.component(row);
        BackupInfo b;
        b.method = QStringLiteral("snapshot");
        b.lastRestoreTest = QDate(2026, 12, 1);
        b.restoreMinutes = 15;
        c.backup = b;
        e.replaceComponent(row, c);
        RollbackPlan r;
        r.component = c.id;
        r.triggers = {QStringLiteral("login fails")};
        r.decider = QStringLiteral("change manager");
        r.restores = QStringLiteral("the snapshot");
        e.records.rollbacks << r;
        AcceptanceCheck a;
        a.id = c.id + QStringLiteral("-smoke");
        a.component = c.id;
        a.description = QStringLiteral("log in");
        a.expected = QStringLiteral("works");
        e.records.acceptance << a;
        MonitoringPlan m;
        m.component = c.id;
        m.metric = QStringLiteral("errors");
        m.baseline = QStringLiteral("0");
        e.records.monitoring << m;
        ConfigItem item;
        item.component = c.id;
        item.kind = QStringLiteral("parameter");
        item.name = QStringLiteral("config");
        item.backedUp = true;
        e.records.configuration << item;
        PilotRecord pilot;
        pilot.component = c.id;
        pilot.environment = QStringLiteral("test");
        pilot.passed = true;
        pilot.result = QStringLiteral("fine");
        e.records.pilots << pilot;
    }
    MessageTemplate before;
    before.id = QStringLiteral("before");
    before.when = QStringLiteral("before");
    before.hours = 48;
    before.subject = QStringLiteral("Maintenance {window}");
    before.body = QStringLiteral("From {start} to {end}: {services} unavailable. {limitations} "
                                 "Contact {contact}. ({project})");
    before.contact = QStringLiteral("it@bank.example");
    before.limitations = QStringLiteral("No card payments.");
    MessageTemplate after = before;
    after.id = QStringLiteral("after");
    after.when = QStringLiteral("after");
    after.hours = 2;
    after.subject = QStringLiteral("Done: {window}");
    after.body = QStringLiteral("{services} are back since {end}.");
    e.records.messages = {before, after};
    return e;
}

} // namespace planner::testing
