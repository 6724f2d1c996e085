// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordPage.h"

class QUndoStack;

namespace planner {

class EstateStore;
struct CheckResult;
struct ExecutionIssue;
template<typename T>
class RecordListModel;

/// "Upgrade record", filled in while executing: per component, the version reached, the actual
/// start and end of each phase, whether it was rolled back and the follow-up actions; under it,
/// for the selected record, each acceptance check's result and the issues met with how they
/// were solved.
class UpgradeRecordPage : public RecordPage
{
    Q_OBJECT
public:
    UpgradeRecordPage(EstateStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    RecordPage *checksPage() const { return m_checks; }
    RecordPage *issuesPage() const { return m_issues; }

private:
    void currentChanged();

    RecordListModel<CheckResult> *m_checkModel;
    RecordListModel<ExecutionIssue> *m_issueModel;
    RecordPage *m_checks;
    RecordPage *m_issues;
    QString m_component; ///< whose checks and issues are shown
};

} // namespace planner
