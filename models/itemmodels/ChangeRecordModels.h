// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tables of the change records (Estate::records), one per list: each is a RecordListModel
// whose edits, added and removed rows are single undoable ReplaceSectionCommands.

#include "RecordListModel.h"

#include "inventory/ChangeRecords.h"

#include <QDate>

#include <functional>

namespace planner {

/// Component, kind, name, where it lives, backed up, expires. An expiry before @p planEnd (the
/// last scheduled step; null: none known) is coloured and says so.
RecordListModel<ConfigItem> *newConfigurationModel(EstateStore *store, QUndoStack *undoStack,
                                                   std::function<QDate()> planEnd,
                                                   QObject *parent = nullptr);
/// Component, triggers, who decides, what is restored, minutes, data lost, forward repair only.
RecordListModel<RollbackPlan> *newRollbackModel(EstateStore *store, QUndoStack *undoStack,
                                                QObject *parent = nullptr);
/// Component, environment, date, devices, roles, data flows, result, passed.
RecordListModel<PilotRecord> *newPilotModel(EstateStore *store, QUndoStack *undoStack,
                                            QObject *parent = nullptr);
/// Id, component, window, what to do, expected result, core function, log review.
RecordListModel<AcceptanceCheck> *newAcceptanceModel(EstateStore *store, QUndoStack *undoStack,
                                                     QObject *parent = nullptr);

/// Columns of newMessageModel(); the body is long and is edited beside the table.
enum class MessageColumn { Id, Audience, When, Hours, Window, Subject, Contact, Limitations, Body };
RecordListModel<MessageTemplate> *newMessageModel(EstateStore *store, QUndoStack *undoStack,
                                                  QObject *parent = nullptr);
/// Component, metric, baseline, hours watched.
RecordListModel<MonitoringPlan> *newMonitoringModel(EstateStore *store, QUndoStack *undoStack,
                                                    QObject *parent = nullptr);
/// Component, version reached, each phase's actual start and end ("2027-05-15 22:00 - 22:40"),
/// rollback status, follow-up actions.
RecordListModel<ExecutionRecord> *newExecutionModel(EstateStore *store, QUndoStack *undoStack,
                                                    QObject *parent = nullptr);
/// The check results of @p component's upgrade record (none until it has one).
RecordListModel<CheckResult> *newCheckResultModel(EstateStore *store, QUndoStack *undoStack,
                                                  const QString &component,
                                                  QObject *parent = nullptr);
/// The issues met in @p component's upgrade record and how they were solved.
RecordListModel<ExecutionIssue> *newIssueModel(EstateStore *store, QUndoStack *undoStack,
                                               const QString &component, QObject *parent = nullptr);
/// Points the two models above at another component's upgrade record.
void showExecutionOf(RecordListModel<CheckResult> *model, const QString &component);
void showExecutionOf(RecordListModel<ExecutionIssue> *model, const QString &component);
/// Accepted phase minutes per kind: kind, then one column per phase (empty: the default).
RecordListModel<KindEstimate> *newEstimateModel(EstateStore *store, QUndoStack *undoStack,
                                                QObject *parent = nullptr);

/// "2027-05-15 22:00 - 22:40" (end on another day: its full date), "2027-05-15 22:00" with no
/// end, empty for neither.
QString phaseTimesText(const QDateTime &start, const QDateTime &end);
/// Reads phaseTimesText()'s form (" - ", "–" or ".." between); an end earlier than the start
/// with only a time is on the next day. False when the text cannot be read.
bool parsePhaseTimes(const QString &text, QDateTime *start, QDateTime *end);

} // namespace planner
