// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "BusinessImpact.h"
#include "ChangeText.h"
#include "RiskScore.h"

#include "compat/Conflict.h"
#include "inventory/Estate.h"
#include "planning/UpgradePlan.h"
#include "schedule/CertificateExpiry.h"
#include "schedule/Schedule.h"

#include <QHash>
#include <QSet>

namespace planner {

using namespace changes_detail;

QList<ReadinessItem> Readiness::forComponent(const QString &component) const
{
    QList<ReadinessItem> out;
    for (const ReadinessItem &i : items)
        if (i.component == component)
            out.push_back(i);
    return out;
}

namespace {

/// The end of the last occurrence of the estate's windows (null: no windows).
QDateTime lastWindowEnd(const Estate &estate)
{
    QDateTime last;
    for (const MaintenanceWindow &w : estate.windows) {
        const QDateTime end = w.end.addDays(7 * qint64(std::max(0, w.repeatWeekly - 1)));
        if (!last.isValid() || end > last)
            last = end;
    }
    return last;
}

// Whether the board already accepted the risk of @p component's restore: a waiver of its
// untested-backup or irreversible-without-restore conflict that holds at the plan's start.
bool restoreRiskWaived(const Estate &estate, const QString &component)
{
    const QString suffix = u':' + component;
    for (const Waiver &w : estate.waivers) {
        if (!w.conflict.endsWith(suffix))
            continue;
        if (!w.conflict.startsWith(QLatin1String(conflicttype::untestedBackup) + u':')
            && !w.conflict.startsWith(QLatin1String(conflicttype::irreversibleWithoutRestore)
                                      + u':'))
            continue;
        if (!w.expires.isValid() || !estate.project.start.isValid()
            || w.expires >= estate.project.start)
            return true;
    }
    return false;
}

} // namespace

Readiness assessReadiness(const Estate &estate, const UpgradePlan &plan, const Schedule *schedule,
                          const BusinessImpact *impact)
{
    BusinessImpact computed;
    if (!impact) {
        computed = analyseImpact(estate, plan, schedule);
        impact = &computed;
    }
    Readiness out;
    const auto add = [&out](const char *kind, const QString &component, int step,
                            const QString &reason) {
        ReadinessItem i;
        i.kind = QLatin1String(kind);
        i.component = component;
        i.planStep = step;
        i.reason = reason;
        out.items.push_back(std::move(i));
        return &out.items.back();
    };

    // The plan: why, what for, how urgent; and whom it affects.
    const ProjectInfo &project = estate.project;
    if (project.reason.isEmpty())
        add(readinesskind::reason, {}, -1,
            Tr::tr("the project gives no reason for the change (security, end-of-support, "
                   "compliance...)"));
    if (project.purpose.trimmed().isEmpty())
        add(readinesskind::reason, {}, -1,
            Tr::tr("the project states no purpose: what the change is meant to achieve"));
    if (project.urgency.isEmpty())
        add(readinesskind::reason, {}, -1,
            Tr::tr("the project states no urgency, so the review path cannot be chosen"));
    if (!plan.steps.isEmpty() && estate.processes.isEmpty())
        add(readinesskind::impact, {}, -1,
            Tr::tr("no business processes are recorded: nobody can say whom the change affects"));
    for (const ProcessImpact &p : impact->processes) {
        QStringList missing;
        if (p.userGroups.isEmpty())
            missing << Tr::tr("user groups");
        if (p.serviceLevel.isEmpty())
            missing << Tr::tr("service level");
        if (!missing.isEmpty())
            add(readinesskind::impact, {}, -1,
                Tr::tr("process %1 is affected but its %2 %3 not recorded")
                    .arg(p.name.isEmpty() ? p.process : p.name, missing.join(Tr::tr(" and ")),
                         missing.size() > 1 ? Tr::tr("are") : Tr::tr("is")))
                ->process
                = p.process;
    }

    // Each moving component, in plan order.
    QHash<QString, QList<const BackupWarning *>> warningsOf;
    const QList<BackupWarning> warnings = backupWarnings(estate, plan, schedule);
    for (const BackupWarning &w : warnings)
        warningsOf[w.component].push_back(&w);
    QSet<QString> withAcceptance, withMonitoring, withConfiguration;
    for (const AcceptanceCheck &a : estate.records.acceptance)
        withAcceptance.insert(a.component);
    for (const MonitoringPlan &m : estate.records.monitoring)
        withMonitoring.insert(m.component);
    for (const ConfigItem &c : estate.records.configuration)
        withConfiguration.insert(c.component);
    QHash<QString, QList<const PilotRecord *>> pilotsOf;
    for (const PilotRecord &p : estate.records.pilots)
        pilotsOf[p.component].push_back(&p);
    const QDateTime end = schedule ? planEnd(*schedule) : lastWindowEnd(estate);
    QHash<QString, QList<Conflict>> expiringOf;
    for (const Conflict &c : certificateExpiryConflicts(estate, end))
        if (!c.waived && !c.components.isEmpty())
            expiringOf[c.components.front()].push_back(c);
    // Per component, the processes its steps affect (any step), and the longest step downtime.
    QHash<QString, QList<const ProcessImpact *>> processesOf;
    QHash<QString, QSet<QString>> processSeen;
    for (const StepImpact &s : impact->steps)
        for (const ProcessImpact &p : s.processes)
            if (!processSeen[s.component].contains(p.process)) {
                processSeen[s.component].insert(p.process);
                processesOf[s.component].push_back(&p);
            }

    for (const auto &[id, step] : movingComponents(plan)) {
        const Component *c = estate.find(id);
        if (!c)
            continue;
        if (!c->backup)
            add(readinesskind::backup, id, step,
                Tr::tr("%1 has no backup recorded: method, location, retention and when it is "
                       "taken")
                    .arg(id));
        if (!restoreRiskWaived(estate, id))
            for (const BackupWarning *w : warningsOf.value(id))
                if (w->type != u"no-backup")
                    add(readinesskind::restoreTest, id, step, w->message);
        if (const RollbackPlan *r = estate.records.rollbackFor(id)) {
            QStringList missing;
            if (r->triggers.isEmpty())
                missing << Tr::tr("triggers");
            if (r->decider.isEmpty())
                missing << Tr::tr("who decides");
            if (r->restores.isEmpty() && !r->forwardOnly)
                missing << Tr::tr("what is restored");
            if (!missing.isEmpty())
                add(readinesskind::rollbackPlan, id, step,
                    Tr::tr("the rollback plan of %1 does not say %2")
                        .arg(id, missing.join(QStringLiteral(", "))));
        } else {
            add(readinesskind::rollbackPlan, id, step,
                Tr::tr("%1 has no rollback plan: triggers, who decides, what is restored, how "
                       "long it takes")
                    .arg(id));
        }
        if (!withAcceptance.contains(id))
            add(readinesskind::acceptance, id, step,
                Tr::tr("no acceptance check is defined for %1: nobody can say it works after "
                       "the upgrade")
                    .arg(id));
        if (!withMonitoring.contains(id))
            add(readinesskind::monitoring, id, step,
                Tr::tr("no monitoring is planned for %1 after the release: metric, baseline, "
                       "how long")
                    .arg(id));
        if (!withConfiguration.contains(id)) {
            add(readinesskind::configuration, id, step,
                Tr::tr("no configuration inventory is recorded for %1: parameters, accounts, "
                       "certificates... that must survive the upgrade")
                    .arg(id));
        } else {
            for (const ConfigItem &item : estate.records.configuration)
                if (item.component == id && !item.backedUp)
                    add(readinesskind::configuration, id, step,
                        Tr::tr("%1 of %2 (%3) is not backed up").arg(item.name, id, item.kind));
        }
        for (const Conflict &x : expiringOf.value(id))
            add(readinesskind::certificate, id, step, x.message);

        bool stricter = false;
        QStringList outage;
        for (const ProcessImpact *p : processesOf.value(id)) {
            stricter = stricter || p->stricter;
            if (p->maxOutageMinutes && p->downtimeMinutes > *p->maxOutageMinutes)
                outage << Tr::tr("%1 (%2, allowed %3)")
                              .arg(p->name.isEmpty() ? p->process : p->name,
                                   minutesText(p->downtimeMinutes),
                                   minutesText(*p->maxOutageMinutes));
        }
        if (!outage.isEmpty())
            add(readinesskind::impact, id, step,
                Tr::tr("the step of %1 stops processes longer than their service level allows: "
                       "%2")
                    .arg(id, outage.join(QStringLiteral(", "))));
        const bool needsPilot = c->criticality == Criticality::Critical
                                || c->criticality == Criticality::High || stricter;
        if (needsPilot) {
            const QList<const PilotRecord *> pilots = pilotsOf.value(id);
            const bool passed = std::any_of(pilots.begin(), pilots.end(),
                                            [](const PilotRecord *p) { return p->passed; });
            const QString why = stricter ? Tr::tr("it affects a process of a stricter category")
                                         : Tr::tr("it is of %1 criticality")
                                               .arg(criticalityLabel(c->criticality).toLower());
            if (pilots.isEmpty())
                add(readinesskind::pilot, id, step,
                    Tr::tr("%1 needs a pilot before production (%2): none is recorded").arg(id, why));
            else if (!passed)
                add(readinesskind::pilot, id, step,
                    Tr::tr("the pilot of %1 did not pass: %2").arg(id, pilots.front()->result));
        }
    }

    // Each used window: a message before and one after.
    if (schedule) {
        QStringList windows;
        for (const WindowOccurrence &w : schedule->windows)
            if (w.isUsed() && !windows.contains(w.window))
                windows << w.window;
        for (const QString &w : windows) {
            bool before = false;
            bool after = false;
            for (const MessageTemplate &m : estate.records.messages) {
                if (!m.window.isEmpty() && m.window != w)
                    continue;
                before = before || m.when != u"after";
                after = after || m.when == u"after";
            }
            if (!before)
                add(readinesskind::communication, {}, -1,
                    Tr::tr("no message tells the affected users before window %1").arg(w))
                    ->window
                    = w;
            if (!after)
                add(readinesskind::communication, {}, -1,
                    Tr::tr("no message tells the affected users after window %1").arg(w))
                    ->window
                    = w;
        }
    }
    return out;
}

QString readinessKindLabel(const QString &kind)
{
    static const std::pair<const char *, const char *> labels[] = {
        {readinesskind::reason, QT_TRANSLATE_NOOP("planner::Changes", "Reason")},
        {readinesskind::backup, QT_TRANSLATE_NOOP("planner::Changes", "Backup")},
        {readinesskind::restoreTest, QT_TRANSLATE_NOOP("planner::Changes", "Restore test")},
        {readinesskind::rollbackPlan, QT_TRANSLATE_NOOP("planner::Changes", "Rollback plan")},
        {readinesskind::acceptance, QT_TRANSLATE_NOOP("planner::Changes", "Acceptance checks")},
        {readinesskind::communication, QT_TRANSLATE_NOOP("planner::Changes", "Communication")},
        {readinesskind::monitoring, QT_TRANSLATE_NOOP("planner::Changes", "Monitoring")},
        {readinesskind::impact, QT_TRANSLATE_NOOP("planner::Changes", "Business impact")},
        {readinesskind::certificate, QT_TRANSLATE_NOOP("planner::Changes", "Certificate")},
        {readinesskind::pilot, QT_TRANSLATE_NOOP("planner::Changes", "Pilot")},
        {readinesskind::configuration, QT_TRANSLATE_NOOP("planner::Changes", "Configuration")},
    };
    for (const auto &[word, label] : labels)
        if (kind == QLatin1String(word))
            return Tr::tr(label);
    return kind;
}

} // namespace planner
