// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskScore.h"

#include "BusinessImpact.h"
#include "ChangeText.h"

#include "inventory/Estate.h"
#include "inventory/Vocabulary.h"
#include "planning/UpgradePlan.h"
#include "schedule/Schedule.h"

#include <QHash>

namespace planner {

using namespace changes_detail;

QString riskLevel(int score)
{
    if (score >= riskHighFrom)
        return QStringLiteral("high");
    if (score >= riskMediumFrom)
        return QStringLiteral("medium");
    return QStringLiteral("low");
}

namespace {

int levelRank(const QString &level)
{
    return level == u"high" ? 2 : level == u"medium" ? 1 : 0;
}

bool majorChanges(const Version &from, const Version &to)
{
    if (from.isNull() || to.isNull() || from.parts().empty() || to.parts().empty())
        return false;
    return !(from.parts().front() == to.parts().front());
}

/// Little slack: less than this many minutes between the end of a step's rollback reserve and
/// the end of its window.
constexpr int littleSlackMinutes = 30;

} // namespace

PlanRisk assessRisk(const Estate &estate, const UpgradePlan &plan, const QList<Conflict> &conflicts,
                    const Schedule *schedule, const BusinessImpact *impact)
{
    BusinessImpact computed;
    if (!impact) {
        computed = analyseImpact(estate, plan, schedule);
        impact = &computed;
    }
    // Per component: backup warnings and the intermediate-state conflicts naming it.
    QHash<QString, QList<const BackupWarning *>> warningsOf;
    const QList<BackupWarning> warnings = backupWarnings(estate, plan, schedule);
    for (const BackupWarning &w : warnings)
        warningsOf[w.component].push_back(&w);
    QHash<QString, QList<const Conflict *>> intermediateOf;
    for (const Conflict &c : conflicts)
        if (c.state == Conflict::State::Intermediate && !c.waived)
            for (const QString &id : c.components)
                intermediateOf[id].push_back(&c);
    QHash<QString, QStringList> holders;
    for (const StaffMember &m : estate.staff)
        for (const QString &role : m.roles)
            holders[role].push_back(m.name);
    QHash<int, const ScheduledStep *> placed;
    if (schedule)
        for (const ScheduledStep &s : schedule->steps)
            placed.insert(s.planStep, &s);

    PlanRisk out;
    bool majorJump = false;
    int highest = 0;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        StepRisk r;
        r.planStep = i;
        r.component = step.component;
        r.from = step.from;
        r.to = step.to;
        const auto add = [&r](const char *rule, int points, const QString &cause) {
            r.items.push_back({QLatin1String(rule), points, cause});
            r.score += points;
        };
        if (const Component *c = estate.find(step.component)) {
            if (c->criticality == Criticality::Critical || c->criticality == Criticality::High)
                add(riskrule::criticality, c->criticality == Criticality::Critical ? 3 : 2,
                    Tr::tr("%1 is of %2 criticality")
                        .arg(step.component, criticalityLabel(c->criticality).toLower()));
            if (!c->reversible)
                add(riskrule::irreversible, 3,
                    Tr::tr("the step of %1 cannot be undone: only a restore of the backup brings "
                           "the old version back")
                        .arg(step.component));
            for (const BackupWarning *w : warningsOf.value(step.component)) {
                if (w->type == u"no-backup")
                    add(riskrule::noBackup, 3, w->message);
                else if (w->type == u"restore-never-tested")
                    add(riskrule::restoreUntested, 3, w->message);
                else if (w->type == u"restore-stale")
                    add(riskrule::restoreStale, 2, w->message);
                else if (w->type == u"restore-too-slow")
                    add(riskrule::restoreSlow, 2, w->message);
            }
            for (const QString &role : c->roles) {
                const QStringList who = holders.value(role);
                if (who.isEmpty())
                    add(riskrule::noStaffBackup, 2,
                        Tr::tr("nobody on the staff holds the role %1 that %2 needs")
                            .arg(role, step.component));
                else if (who.size() == 1)
                    add(riskrule::noStaffBackup, 2,
                        Tr::tr("only %1 holds the role %2 that %3 needs: nobody stands in")
                            .arg(who.front(), role, step.component));
            }
        }
        for (const Conflict *c : intermediateOf.value(step.component))
            add(riskrule::intermediateConflict, 2, Tr::tr("intermediate state: %1").arg(c->message));
        if (const ScheduledStep *s = placed.value(i);
            s && s->window >= 0 && s->window < schedule->windows.size()) {
            const WindowOccurrence &w = schedule->windows[s->window];
            const int slack = int(s->rollbackEnd.secsTo(w.end) / 60);
            if (slack < littleSlackMinutes)
                add(riskrule::littleSlack, 2,
                    Tr::tr("only %1 left in %2 after the rollback reserve of %3 (less than %4)")
                        .arg(minutesText(std::max(0, slack)), w.key(), step.component,
                             minutesText(littleSlackMinutes)));
        }
        if (i < impact->steps.size() && impact->steps[i].stricter) {
            QStringList names;
            for (const ProcessImpact &p : impact->steps[i].processes)
                if (p.stricter)
                    names << Tr::tr("%1 (%2)").arg(p.name.isEmpty() ? p.process : p.name,
                                                   vocabularyLabel(Vocabulary::ProcessCategory,
                                                                   p.category));
            add(riskrule::stricterProcess, 2,
                Tr::tr("%1 affects %2").arg(step.component, names.join(QStringLiteral(", "))));
        }
        // Certificates and licences carry dates or terms as versions: no major release there.
        const Component *moving = estate.find(step.component);
        const bool dated = moving
                           && (moving->kind == ComponentKind::Certificate
                               || moving->kind == ComponentKind::License);
        if (!dated && majorChanges(step.from, step.to)) {
            majorJump = true;
            add(riskrule::majorVersion, 1,
                Tr::tr("%1 changes major version: %2 -> %3")
                    .arg(step.component, step.from.text(), step.to.text()));
        }
        r.level = riskLevel(r.score);
        highest = std::max(highest, levelRank(r.level));
        out.score += r.score;
        out.steps.push_back(std::move(r));
    }
    out.level = highest == 2   ? QStringLiteral("high")
                : highest == 1 ? QStringLiteral("medium")
                               : QStringLiteral("low");

    const ProjectInfo &project = estate.project;
    if (project.urgency == u"emergency" && project.reason == u"security") {
        out.reviewPath = QLatin1String(reviewpath::emergency);
        out.guidance = Tr::tr("An emergency security fix: the short (emergency) change path, with "
                              "the approval of the change manager and the record completed "
                              "afterwards.");
        if (highest == 2)
            out.guidance += u' '
                            + Tr::tr("Its risk is high: keep the rollback ready and watch it "
                                     "closely.");
    } else if (highest == 2 || majorJump) {
        out.reviewPath = QLatin1String(reviewpath::pilot);
        out.guidance = highest == 2
                           ? Tr::tr("The risk is high: a pilot on representative systems first, "
                                    "then a staged deployment, approved by the change board.")
                           : Tr::tr("A major version changes: a pilot on representative systems "
                                    "first, then a staged deployment, approved by the change "
                                    "board.");
    } else {
        out.reviewPath = QLatin1String(reviewpath::standard);
        out.guidance = Tr::tr("The normal change board: the risk is %1 and no major version "
                              "changes.")
                           .arg(riskLevelLabel(out.level));
    }
    return out;
}

QString riskLevelLabel(const QString &level)
{
    using changes_detail::Tr;
    if (level == u"low")
        return Tr::tr("low", "risk level");
    if (level == u"medium")
        return Tr::tr("medium", "risk level");
    if (level == u"high")
        return Tr::tr("high", "risk level");
    return level;
}

QString reviewPathLabel(const QString &path)
{
    using changes_detail::Tr;
    if (path == QLatin1String(reviewpath::emergency))
        return Tr::tr("emergency", "review path");
    if (path == QLatin1String(reviewpath::pilot))
        return Tr::tr("pilot", "review path");
    if (path == QLatin1String(reviewpath::standard))
        return Tr::tr("standard", "review path");
    return path;
}

QString riskRuleLabel(const QString &rule)
{
    using changes_detail::Tr;
    static const std::pair<const char *, const char *> labels[] = {
        {riskrule::criticality, QT_TRANSLATE_NOOP("planner::Changes", "Criticality")},
        {riskrule::irreversible, QT_TRANSLATE_NOOP("planner::Changes", "Cannot be undone")},
        {riskrule::noBackup, QT_TRANSLATE_NOOP("planner::Changes", "No backup")},
        {riskrule::restoreUntested, QT_TRANSLATE_NOOP("planner::Changes", "Restore never tested")},
        {riskrule::restoreStale, QT_TRANSLATE_NOOP("planner::Changes", "Restore test too old")},
        {riskrule::restoreSlow, QT_TRANSLATE_NOOP("planner::Changes", "Restore too slow")},
        {riskrule::intermediateConflict,
         QT_TRANSLATE_NOOP("planner::Changes", "Conflict on the way")},
        {riskrule::noStaffBackup, QT_TRANSLATE_NOOP("planner::Changes", "No second person")},
        {riskrule::littleSlack, QT_TRANSLATE_NOOP("planner::Changes", "Little time to spare")},
        {riskrule::stricterProcess,
         QT_TRANSLATE_NOOP("planner::Changes", "Sensitive business process")},
        {riskrule::majorVersion, QT_TRANSLATE_NOOP("planner::Changes", "Major version change")},
    };
    for (const auto &[word, label] : labels)
        if (rule == QLatin1String(word))
            return Tr::tr(label);
    return rule;
}

} // namespace planner
