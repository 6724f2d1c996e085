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
                                          "UTC) or DATETIME (ISO 8601; UTC without Z or an "
                                          "offset)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the entries as JSON (fields in docs/cli.md)."));
    const QCommandLineOption after(QStringLiteral("after"),
                                   Tr::tr("Only the saves after revision N (verify --project "
                                          "names the plan's)."),
                                   QStringLiteral("N"));
    parser.addOption(since);
    parser.addOption(after);
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
        // Without Z or an offset a time is UTC, as the history prints its times.
        if (from.isValid() && from.timeSpec() == Qt::LocalTime)
            from = QDateTime(from.date(), from.time(), Qt::UTC);
        if (!from.isValid())
            return usageError(command, Tr::tr("--since '%1' is not a date (YYYY-MM-DD) or an ISO "
                                              "8601 date and time")
                                           .arg(text));
    }
    qint64 afterRevision = 0;
    if (parser.isSet(after)) {
        bool ok = false;
        afterRevision = parser.value(after).toLongLong(&ok);
        if (!ok || afterRevision < 0)
            return usageError(command, Tr::tr("--after needs a revision, a whole number of 0 or "
                                              "more, not '%1'")
                                           .arg(parser.value(after)));
    }
    const QString project = parser.positionalArguments().constFirst();
    Expected<QList<HistoryEntry>> entries = loadHistory(project, from);
    if (!entries)
        return inputError(entries.error().text());
    entries->removeIf(
        [afterRevision](const HistoryEntry &e) { return e.revision <= afterRevision; });

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
        out() << Tr::tr("no history%1")
                     .arg(from.isValid() || afterRevision > 0 ? Tr::tr(" since then") : QString())
              << '\n';
        return ExitSuccess;
    }
    for (const HistoryEntry &e : *entries) {
        QString what = e.change.section;
        if (!e.change.item.isEmpty())
            what += QLatin1Char(' ') + e.change.item;
        if (!e.change.field.isEmpty())
            what += QLatin1Char(' ') + e.change.field;
        // Values as JSON, "null" where there is none, long ones cut (--json has them whole).
        const auto value = [](const QString &json) {
            constexpr qsizetype longest = 160;
            if (json.isEmpty())
                return QStringLiteral("null");
            return json.size() > longest ? json.left(longest - 3) + QStringLiteral("...") : json;
        };
        QString values;
        switch (e.change.action) {
        case EstateChange::Action::Changed:
            values = QStringLiteral(": %1 -> %2").arg(value(e.change.before), value(e.change.after));
            break;
        case EstateChange::Action::Added:
            values = QStringLiteral(": %1").arg(value(e.change.after));
            break;
        case EstateChange::Action::Removed:
            values = QStringLiteral(": %1").arg(value(e.change.before));
            break;
        }
        out() << QStringLiteral("%1  %2  r%3  %4 %5%6")
                     .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.who)
                     .arg(e.revision)
                     .arg(actionName(e.change.action), what, values)
              << '\n';
    }
    return ExitSuccess;
}

} // namespace planner::cli
