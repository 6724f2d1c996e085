// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

class Estate;
struct Schedule;

/// A MessageTemplate filled in for one used window occurrence.
struct FilledMessage
{
    QString templateId; ///< MessageTemplate::id
    QString audience;
    QString when;          ///< "before" or "after"
    QString window;        ///< MaintenanceWindow::id
    QString occurrence;    ///< WindowOccurrence::key()
    QDateTime windowStart; ///< wall-clock time in the project time zone (Qt::UTC spec)
    QDateTime windowEnd;
    QDateTime send;       ///< before: start - hours; after: end + hours
    QStringList services; ///< names of the affected processes (components when none)
    QString subject;      ///< placeholders filled
    QString body;
};

/// The format of {start} and {end}: "yyyy-MM-dd HH:mm", wall-clock in the project time zone.
QString messageTimeText(const QDateTime &wallClock);

/// Replaces {window} {start} {end} {services} {limitations} {contact} {project} in @p text;
/// unknown placeholders stay as they are.
QString fillPlaceholders(QString text, const QString &window, const QDateTime &start,
                         const QDateTime &end, const QStringList &services,
                         const QString &limitations, const QString &contact,
                         const QString &project);

/// One message per template per used occurrence of its window (every used occurrence when the
/// template names no window), ordered by send time, then template order.
QList<FilledMessage> fillMessages(const Estate &estate, const Schedule &schedule);

} // namespace planner
