// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to views/report: the sections of the plan's PDF, each adding its blocks to the
// report in the order a board reads them (PlanPdf.cpp calls them).

#include "PlanPdf.h"
#include "ReportLayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace planner::pdf {

/// Translated text of the PDF (context: the namespace, as lupdate files it); with @p n, "%n" is the count and "(s)" becomes the English plural
/// when no translation is loaded ("1 window", "3 windows").
inline QString tr(const char *text, int n = -1)
{
    QString t = QCoreApplication::translate("planner::pdf", text, nullptr, n);
    if (n >= 0)
        t.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return t;
}

/// The plan and the options, with the look-ups every section needs.
struct Context
{
    const PlanDocument &plan;
    const PlanPdfOptions &options;

    /// "Ledger database (pg-ledger)", or the id alone when it has no other name.
    QString componentLabel(const QString &id) const;
    /// The name alone, or the id when it has none.
    QString componentName(const QString &id) const;
    /// Unwaived conflicts of severity error or warning: what the board accepts as open risks.
    QList<const Conflict *> openRisks() const;
    /// The maintenance window occurrences that hold steps.
    QList<const WindowOccurrence *> usedWindows() const;
};

/// What the board is asked to decide, in one or two sentences.
QString decisionText(const Context &c);
/// The first characters of a SHA-256 as headers show it.
QString shortHash(const QString &sha256);
/// "Sat 2027-01-09 22:00"; empty when null.
QString dayTimeText(const QDateTime &t);
/// "22:00", or "Sun 04:00" when @p t falls on another day than @p reference.
QString clockText(const QDateTime &t, const QDateTime &reference);

void addCover(report::ReportDocument &doc, const Context &c);            // PlanPdfCover.cpp
void addSummary(report::ReportDocument &doc, const Context &c);          // PlanPdfCover.cpp
void addMoves(report::ReportDocument &doc, const Context &c);            // PlanPdfSteps.cpp
void addGraph(report::ReportDocument &doc, const Context &c);            // PlanPdfFigures.cpp
void addTimeline(report::ReportDocument &doc, const Context &c);         // PlanPdfFigures.cpp
void addSteps(report::ReportDocument &doc, const Context &c);            // PlanPdfSteps.cpp
void addConflicts(report::ReportDocument &doc, const Context &c);        // PlanPdfApproval.cpp
void addControlledChange(report::ReportDocument &doc, const Context &c); // PlanPdfChange.cpp
void addChanges(report::ReportDocument &doc, const Context &c);          // PlanPdfApproval.cpp
void addSignatures(report::ReportDocument &doc, const Context &c);       // PlanPdfApproval.cpp

} // namespace planner::pdf
