// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"
#include "plandoc/PlanDiff.h"
#include "plandoc/PlanDocument.h"

#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace planner {

/// One approval of the plan as the signature page shows it: who signed, in which role, when,
/// with which key, and whether the signature checks out against the plan's SHA-256.
struct PlanSignature
{
    QString signer;
    QString role;
    QString signedAt; ///< as the signature file says (ISO 8601)
    QString keyFingerprint;
    bool valid = false;   ///< the signature matches the plan and the key
    bool trusted = false; ///< the key is one the board trusts
    QString problem;      ///< why it is not valid or not trusted, in words; empty when fine
};

/// What the PDF shows besides the plan itself.
struct PlanPdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
    QList<PlanSignature> approvals; ///< shown on the signature page; empty: blank lines to sign
    /// The approvals' keys were checked against a list of trusted keys (PlanSignature::trusted
    /// means something); false: the page says the keys were not checked.
    bool trustChecked = false;
    QStringList rolesToSign;  ///< roles expected to approve: blank lines for those not yet signed
    bool hasPrevious = false; ///< a previous plan was given: the changes section appears
    QString previousSha256;
    QList<PlanChange> changes; ///< changes since the previous plan
};

/// Writes the plan as the PDF a change board reads (plan.pdf): a cover with the purpose and the
/// decision asked for, a one-page summary, the moving components, their dependency graph, the
/// timeline, the steps window by window, what cannot be scheduled, conflicts and waivers, the
/// changes since a previous plan and the signature page. Every page has a header with the
/// project and the short plan hash and a footer with "Page N of M". Needs a QApplication (the
/// graph and the timeline are drawn by their widgets' renderers; the offscreen platform is
/// fine). Errors name the problem.
Expected<Done> writePlanPdf(const PlanDocument &plan, const PlanPdfOptions &options,
                            QIODevice *device);
/// The same into the file at @p path, written atomically (writeFileAtomically): a failure
/// leaves no half-written file.
Expected<Done> writePlanPdf(const PlanDocument &plan, const PlanPdfOptions &options,
                            const QString &path);

} // namespace planner
