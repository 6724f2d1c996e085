// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"
#include "plandoc/PlanDiff.h"
#include "plandoc/PlanDocument.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

namespace planner {

/// What `upgrade-planner plan` and File > Export Plan write.
struct PlanExportOptions
{
    bool pdf = true; ///< plan.pdf, for the board
    bool ics = true; ///< plan.ics, the windows for calendars
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString previousPlan;    ///< a previous plan.json: its changes go into the PDF
    QStringList rolesToSign; ///< roles the PDF leaves signature lines for
    /// Public keys (.pub.pem) of the approvers the board trusts: the PDF says of each approval
    /// found in the folder whether its key is one of them. Empty: it says keys were not checked.
    QStringList trustedKeys;
    /// The plan of the estate when the caller computed it already (buildPlanDocument() of the
    /// same estate, e.g. in a worker thread so that a window stays responsive); null: computed.
    const PlanDocument *document = nullptr;
    /// The scenario the estate is (Scenario.h); empty: the baseline. The plan says which.
    QString scenario;
    /// Where in its project's history the estate is (PlanDocument::history); none: an estate
    /// file. The plan records it.
    std::optional<HistoryPosition> history;
};

/// What an export wrote.
struct PlanExportResult
{
    PlanDocument document;
    QStringList written;       ///< paths of the files written, in order
    bool planExisted = false;  ///< the folder held this very plan already (approvals kept)
    int approvals = 0;         ///< approvals found in the folder and shown in the PDF
    QList<PlanChange> changes; ///< against the previous plan, when one was given
};

/// Computes the plan of @p estate and writes DIR/plan.json, and as asked DIR/plan.pdf and
/// DIR/plan.ics. The folder is created when missing. A folder that already holds a different
/// plan.json is refused (approvals there belong to that plan); one that holds the same plan
/// keeps it and its approvals, and the PDF shows them. Everything is computed and drawn
/// before the first byte is written, and each file is replaced atomically, so a failure
/// leaves what was there before. Drawing the PDF needs a QApplication. @p progress, when
/// given, hears the stage and a percentage.
Expected<PlanExportResult> exportPlan(
    const Estate &estate, const QString &dir, const PlanExportOptions &options,
    const std::function<void(int percent, const QString &stage)> &progress = {});

} // namespace planner
