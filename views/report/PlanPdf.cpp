// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanPdf.h"

#include "PlanPdfSections.h"
#include "ReportLayout.h"
#include "storage/SafeWrite.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QPdfWriter>

namespace planner {

namespace pdf {

QString Context::componentName(const QString &id) const
{
    const Component *c = plan.estate.find(id);
    return c && !c->name.isEmpty() ? c->name : id;
}

QString Context::componentLabel(const QString &id) const
{
    const QString name = componentName(id);
    return name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QList<const Conflict *> Context::openRisks() const
{
    QList<const Conflict *> risks;
    // What the plan leaves open: findings of the target and intermediate states and of the
    // schedule. Today's findings (current state) are why the plan exists, not its risks; they
    // are listed with the other conflicts.
    for (const Conflict &c : plan.conflicts)
        if (!c.waived && c.severity != Conflict::Severity::Info
            && c.state != Conflict::State::Current)
            risks.append(&c);
    return risks;
}

QList<const WindowOccurrence *> Context::usedWindows() const
{
    QList<const WindowOccurrence *> used;
    for (const WindowOccurrence &w : plan.schedule.windows)
        if (w.isUsed())
            used.append(&w);
    return used;
}

QString shortHash(const QString &sha256)
{
    return sha256.left(12);
}

QString dayTimeText(const QDateTime &t)
{
    return t.isValid() ? QLocale::c().toString(t, QStringLiteral("ddd yyyy-MM-dd HH:mm"))
                       : QString();
}

QString clockText(const QDateTime &t, const QDateTime &reference)
{
    if (!t.isValid())
        return QString();
    if (t.date() == reference.date())
        return t.toString(QStringLiteral("HH:mm"));
    return QLocale::c().toString(t, QStringLiteral("ddd HH:mm"));
}

QString decisionText(const Context &c)
{
    const PlanDocument &p = c.plan;
    const QList<const WindowOccurrence *> used = c.usedWindows();
    QString text = tr("The board is asked to approve the upgrade of %n component(s)",
                      int(p.moves.size()));
    const int unscheduled = int(p.schedule.unscheduled.size());
    if (!used.isEmpty() && p.schedule.finish.isValid())
        text += tr(" in %n maintenance window(s), from %1 to %2", p.schedule.windowsUsed)
                    .arg(dayTimeText(used.first()->start), dayTimeText(p.schedule.finish));
    text += tr(", carried out step by step as this document schedules them.");
    if (unscheduled > 0 && used.isEmpty())
        text += u' ' + tr("No step is scheduled yet: the plan has no dates.");
    else if (unscheduled > 0)
        text += u' '
                + tr("%n step(s) could not be scheduled and are not in these dates.", unscheduled);
    const QList<const Conflict *> risks = c.openRisks();
    if (!risks.isEmpty())
        text += u' '
                + tr("Approving it accepts %n open risk(s), listed in the summary.",
                     int(risks.size()));
    QStringList failed;
    for (const ReadinessCheck &r : p.readiness)
        if (!r.ok)
            failed.append(r.label);
    if (failed.isEmpty())
        text += u' ' + tr("Every readiness check passes.");
    else
        text += u' '
                + (failed.size() == 1
                       ? tr("The plan is NOT ready: 1 readiness check fails (%1). The board "
                            "approves despite it or sends the plan back.")
                       : tr("The plan is NOT ready: %1 readiness checks fail (%2). The board "
                            "approves despite them or sends the plan back.")
                             .arg(failed.size()))
                      .arg(failed.join(QStringLiteral("; ")));
    return text;
}

} // namespace pdf

Expected<Done> writePlanPdf(const PlanDocument &plan, const PlanPdfOptions &options,
                            QIODevice *device)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return Error{pdf::tr("PDF"), pdf::tr("drawing the plan needs a QApplication (use the "
                                             "offscreen platform without a display)")};
    if (!device || !device->isWritable())
        return Error{pdf::tr("PDF"), pdf::tr("the output is not open for writing")};
    if (options.pageSize != QPageSize::A4 && options.pageSize != QPageSize::Letter)
        return Error{pdf::tr("PDF"), pdf::tr("the page size must be A4 or Letter")};

    const pdf::Context context{plan, options};
    report::ReportDocument doc;
    pdf::addCover(doc, context);
    pdf::addSummary(doc, context);
    pdf::addMoves(doc, context);
    pdf::addGraph(doc, context);
    pdf::addTimeline(doc, context);
    pdf::addSteps(doc, context);
    pdf::addConflicts(doc, context);
    pdf::addControlledChange(doc, context);
    pdf::addChanges(doc, context);
    pdf::addSignatures(doc, context);

    report::PageSetup setup;
    setup.pageSize = QPageSize(options.pageSize);
    const QString project = plan.estate.project.name.isEmpty() ? pdf::tr("Unnamed project")
                                                               : plan.estate.project.name;
    setup.headerLeft = pdf::tr("%1 · Upgrade plan").arg(project);
    setup.headerRight = pdf::tr("Plan %1").arg(pdf::shortHash(plan.sha256));
    setup.footerLeft = pdf::tr("Plan SHA-256 %1…").arg(plan.sha256.left(24));
    setup.title = plan.scenario.isEmpty()
                      ? pdf::tr("Upgrade plan: %1").arg(project)
                      : pdf::tr("Upgrade plan: %1, scenario %2").arg(project, plan.scenario);
    setup.creator = pdf::tr("Upgrade Planner %1").arg(plan.programVersion);

    QPdfWriter writer(device);
    const Expected<int> pages = report::renderReport(doc, setup, &writer);
    if (!pages)
        return pages.error();
    return Done{};
}

Expected<Done> writePlanPdf(const PlanDocument &plan, const PlanPdfOptions &options,
                            const QString &path)
{
    return writeFileAtomically(path, [&](QIODevice *device) {
        return writePlanPdf(plan, options, device);
    });
}

} // namespace planner
