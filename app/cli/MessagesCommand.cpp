// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner messages PROJECT [--json]
#include "CommandSupport.h"

#include "changes/ChangeJson.h"
#include "changes/ChangeMessages.h"
#include "exchange/JsonStream.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"

#include <QTextStream>

namespace planner::cli {

namespace {

QString messagesToText(const QList<FilledMessage> &messages, const QString &timezone)
{
    QString text;
    QTextStream stream(&text);
    if (messages.isEmpty()) {
        stream << Tr::tr("No messages: no template, or no window is used.") << '\n';
        return text;
    }
    for (const FilledMessage &m : messages) {
        stream << Tr::tr("Send %1%2 to %3 (%4, %5 window %6)")
                      .arg(messageTimeText(m.send),
                           timezone.isEmpty() ? QString() : u' ' + timezone,
                           m.audience.isEmpty() ? Tr::tr("everyone affected") : m.audience,
                           m.templateId, m.when, m.occurrence)
               << '\n'
               << Tr::tr("Subject: %1").arg(m.subject) << "\n\n"
               << m.body << "\n\n";
    }
    return text;
}

} // namespace

int runMessages(const QStringList &arguments)
{
    return runReportCommand(
        QStringLiteral("messages"),
        Tr::tr("Fills the message templates with the schedule's real windows: one message per\n"
               "template and used window occurrence, with its send time (times in the\n"
               "project's time zone)."),
        Tr::tr("Print the messages as JSON (fields in docs/cli.md)."), arguments,
        [](const Estate &estate, bool json) {
            const Schedule schedule = scheduleUpgrade(estate, orderUpgrade(estate));
            const QList<FilledMessage> messages = fillMessages(estate, schedule);
            if (json) {
                QJsonObject object = messagesToJson(messages);
                object.insert(QStringLiteral("timezone"), schedule.timezone);
                return Report{QString(), false,
                              [object](JsonStream &stream) { stream.value(QJsonValue(object)); }};
            }
            return Report{messagesToText(messages, schedule.timezone), false, {}};
        });
}

} // namespace planner::cli
