// SPDX-License-Identifier: GPL-3.0-or-later
// Conflicts and waivers, changes since the previous plan, and the signature page.
#include "PlanPdfSections.h"

#include <QCoreApplication>
#include <QSet>

namespace planner::pdf {

using namespace report;

namespace {

const QColor failColour(0xb0, 0x1c, 0x1c);
const QColor okColour(0x1b, 0x6e, 0x2e);

QString blankLine()
{
    return QStringLiteral("_______________________________________");
}

} // namespace

void addConflicts(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    doc.pageBreak();
    doc.heading(tr("Conflicts and waivers"));
    doc.paragraph(tr("What the compatibility check and the schedule found, in every state the "
                     "estate passes through: today (current), during the upgrade "
                     "(intermediate) and at the end (target). A waiver is a conflict someone "
                     "accepted, with the reason and until when."));
    Table open;
    open.caption = tr("Not waived");
    open.headers = {tr("Severity"), tr("State"), tr("Components"), tr("What may break")};
    open.widths = {11, 12, 20, 57};
    Table waived;
    waived.caption = tr("Waived");
    waived.headers = {tr("State"), tr("What may break"), tr("Why it is accepted"), tr("Until")};
    waived.widths = {12, 44, 32, 12};
    for (const Conflict &conflict : p.conflicts) {
        QStringList names;
        for (const QString &id : conflict.components)
            names.append(c.componentName(id));
        if (!conflict.waived) {
            const bool error = conflict.severity == Conflict::Severity::Error;
            open.rows.append(
                {Cell(severityLabel(conflict.severity), error, error ? failColour : QColor()),
                 Cell(stateLabel(conflict.state)), Cell(names.join(u'\n')), Cell(conflict.message)});
            continue;
        }
        QString until;
        for (const Waiver &w : p.estate.waivers)
            if (w.conflict == conflict.key)
                until = w.expires.isValid() ? w.expires.toString(Qt::ISODate) : tr("no end");
        waived.rows.append({Cell(stateLabel(conflict.state)), Cell(conflict.message),
                            Cell(conflict.waiverReason), Cell(until)});
    }
    if (open.rows.isEmpty())
        doc.paragraph(tr("No conflict is left open."), TextStyle::Body, okColour);
    else
        doc.table(open);
    if (waived.rows.isEmpty())
        doc.paragraph(tr("No conflict is waived."));
    else
        doc.table(waived);
}

void addChanges(ReportDocument &doc, const Context &c)
{
    const PlanPdfOptions &o = c.options;
    if (!o.hasPrevious && o.changes.isEmpty())
        return;
    doc.pageBreak();
    doc.heading(tr("Changes since the previous plan"));
    if (!o.previousSha256.isEmpty())
        doc.paragraph(tr("Compared with the plan of SHA-256 %1.").arg(o.previousSha256));
    if (o.changes.isEmpty()) {
        doc.paragraph(tr("No changes: both plans say the same."));
        return;
    }
    doc.paragraph(
        tr("%n change(s) the board approves again with this plan.", int(o.changes.size())));
    Table t;
    t.headers = {tr("Change"), tr("Before"), tr("After")};
    t.widths = {52, 24, 24};
    for (const PlanChange &change : o.changes)
        t.rows.append(
            {Cell(change.text.isEmpty() ? change.kind + u' ' + change.subject : change.text),
             Cell(change.before.isEmpty() ? tr("—") : change.before),
             Cell(change.after.isEmpty() ? tr("—") : change.after)});
    doc.table(t);
}

void addSignatures(ReportDocument &doc, const Context &c)
{
    const PlanDocument &p = c.plan;
    doc.pageBreak();
    doc.heading(tr("Approval"));
    doc.paragraph(tr("Each approver signs the plan's SHA-256 below with their own key: "
                     "\"upgrade-planner sign plan.json --key KEY --signer NAME --role ROLE\" "
                     "or File > Sign Plan in the workbench. A signature covers exactly this "
                     "plan: any change to the plan changes the SHA-256 and needs new "
                     "signatures. Anyone can check the signatures with \"upgrade-planner "
                     "verify\" or with sha256sum and openssl alone. The lines below are for a "
                     "printed copy."));
    doc.keyValues({{tr("Project"), p.estate.project.name},
                   {tr("Plan SHA-256"), p.sha256},
                   {tr("By signing, the approver"),
                    decisionText(c).replace(tr("The board is asked to approve"), tr("approves"))}},
                  0.26);
    QSet<QString> signedRoles;
    for (const PlanSignature &s : c.options.approvals) {
        signedRoles.insert(s.role);
        QString status;
        if (!s.valid)
            status = tr("INVALID");
        else if (!c.options.trustChecked)
            status = tr("valid; the key was not checked against a list of trusted keys "
                        "(compare its fingerprint with the approver's published key)");
        else
            status = s.trusted ? tr("valid, trusted key") : tr("valid, key not trusted");
        if (!s.problem.isEmpty())
            status += QStringLiteral(": ") + s.problem;
        doc.heading(tr("Approved by %1").arg(s.signer), TextStyle::Subheading);
        doc.keyValues({{tr("Role"), s.role},
                       {tr("Signed at"), s.signedAt},
                       {tr("Key fingerprint"), s.keyFingerprint},
                       {tr("Signature"), status}});
        if (!s.valid || (c.options.trustChecked && !s.trusted))
            doc.paragraph(tr("This approval does not count until its signature is valid and "
                             "made with a trusted key."),
                          TextStyle::Body, failColour);
    }
    QStringList missing;
    for (const QString &role : c.options.rolesToSign)
        if (!signedRoles.contains(role) && !missing.contains(role))
            missing.append(role);
    if (c.options.approvals.isEmpty() && missing.isEmpty())
        missing = {QString(), QString()};
    if (missing.isEmpty())
        return;
    doc.heading(c.options.approvals.isEmpty() ? tr("Signatures") : tr("Still to sign"),
                TextStyle::Subheading);
    for (const QString &role : missing) {
        doc.space(8);
        doc.keyValues({{tr("Role"), role.isEmpty() ? blankLine() : role},
                       {tr("Name"), blankLine()},
                       {tr("Date and time"), blankLine()},
                       {tr("Signature"), blankLine()}});
    }
}

} // namespace planner::pdf
