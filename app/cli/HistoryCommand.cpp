// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner history PROJECT [--since DATE] [--json]
#include "CommandSupport.h"

#include "storage/ProjectHistory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace planner::cli {

namespace {

// A stored value (compact JSON) as JSON again; a text that is not JSON stays a string.
QJsonValue storedValue(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]");
    return document.isArray() ? document.array().first() : QJsonValue(text);
}

} // namespace

int runHistory(const QStringList &arguments)
{
    const QString command = QStringLiteral("history");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists what each save of a project changed, oldest first: when, who, the save's\n"
               "revision, then the section, the element, the field and its old and new value\n"
               "(as interchange JSON). File and shared projects alike."));
    const QCommandLineOption since(QStringLiteral("since"),
                                   Tr::tr("Only changes saved on or after DATE (YYYY-MM-DD, "
                                          "UTC) or DATETIME (ISO 8601)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the entries as JSON (fields in docs/cli.md)."));
    parser.addOption(since);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project or a shared project's URL."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;
    QDateTime from;
    if (parser.isSet(since)) {
        const QString text = parser.value(since);
        const QDate day = QDate::fromString(text, Qt::ISODate);
        from = day.isValid() && text.size() == 10 ? QDateTime(day, QTime(0, 0), Qt::UTC)
                                                  : QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!from.isValid())
            return usageError(command, Tr::tr("--since '%1' is not a date (YYYY-MM-DD) or an ISO "
                                              "8601 date and time")
                                           .arg(text));
    }
    const QString project = parser.positionalArguments().constFirst();
    const Expected<QList<HistoryEntry>> entries = loadHistory(project, from);
    if (!entries)
        return inputError(entries.error().text());

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const HistoryEntry &e : *entries)
            list.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("revision"), e.revision},
                                    {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("who"), e.who},
                                    {QStringLiteral("section"), e.change.section},
                                    {QStringLiteral("item"), e.change.item},
                                    {QStringLiteral("action"), actionName(e.change.action)},
                                    {QStringLiteral("field"), e.change.field},
                                    {QStringLiteral("before"), storedValue(e.change.before)},
                                    {QStringLiteral("after"), storedValue(e.change.after)}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("project"), project},
                                                             {QStringLiteral("entries"), list}})
                                       .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (entries->isEmpty()) {
        out() << Tr::tr("no history%1").arg(from.isValid() ? Tr::tr(" since then") : QString())
              << '\n';
        return ExitSuccess;
    }
    for (const HistoryEntry &e : *entries) {
        QString what = e.change.section;
        if (!e.change.item.isEmpty())
            what += QLatin1Char(' ') + e.change.item;
        if (!e.change.field.isEmpty())
            what += QLatin1Char(' ') + e.change.field;
        QString values;
        if (e.change.action == EstateChange::Action::Changed)
            values = QStringLiteral(": %1 -> %2").arg(e.change.before, e.change.after);
        else if (e.change.action == EstateChange::Action::Added && e.change.section == u"project"
                 && e.change.item.isEmpty())
            values = QStringLiteral(": %1").arg(e.change.after);
        out() << QStringLiteral("%1  %2  r%3  %4 %5%6")
                     .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.who)
                     .arg(e.revision)
                     .arg(actionName(e.change.action), what, values)
              << '\n';
    }
    return ExitSuccess;
}

} // namespace planner::cli
