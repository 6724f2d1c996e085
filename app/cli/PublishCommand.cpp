// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner publish PROJECT URL [--replace]
// upgrade-planner projects URL [--json]
#include "CommandSupport.h"

#include "storage/ProjectFile.h"
#include "storage/ProjectHistory.h"
#include "storage/ServerProject.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace planner::cli {

namespace {

/// The URL argument read, or the usage error printed.
std::optional<ServerLocation> serverArgument(
    const QString &text, ServerLocation::Project project = ServerLocation::Project::Required)
{
    const Expected<ServerLocation> where = ServerLocation::parse(text, project);
    if (!where) {
        inputError(where.error().text());
        return std::nullopt;
    }
    return *where;
}

} // namespace

int runPublish(const QStringList &arguments)
{
    const QString command = QStringLiteral("publish");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Copies a project (a .uplan file, or any estate file the program reads) to a\n"
               "PostgreSQL server as a shared project, in one transaction: the whole project\n"
               "or nothing. The password comes from ~/.pgpass or PGPASSWORD, never from the\n"
               "URL. `export URL --format uplan -o FILE` takes it back."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     Tr::tr("Overwrite a shared project of that name (a new "
                                            "revision of it) instead of refusing."));
    parser.addOption(replace);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project to copy."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 Tr::tr("postgresql://USER@HOST:PORT/DATABASE?project=NAME"));
    if (const auto stop = parseArguments(parser, command, arguments,
                                         {QStringLiteral("PROJECT"), QStringLiteral("URL")}))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const std::optional<ServerLocation> where = serverArgument(positional.at(1));
    if (!where)
        return ExitUsage;
    const std::optional<Estate> estate = loadInput(positional.at(0));
    if (!estate)
        return ExitUsage;
    // What a replacement overwrites, to say so: everyone's saves until now.
    std::optional<HistoryEntry> replaced;
    if (parser.isSet(replace))
        if (const Expected<std::optional<HistoryEntry>> last = lastHistoryEntry(where->url()))
            replaced = *last;
    const Expected<Done> published = ServerProject::publish(*where, *estate,
                                                            parser.isSet(replace)
                                                                ? ServerProject::Publish::Replace
                                                                : ServerProject::Publish::Create);
    if (!published)
        return inputError(published.error().text());
    // A new shared project continues the file's history: who changed what stays with it.
    if (!replaced && isProjectLocation(positional.at(0)))
        if (const Expected<Done> carried = carryHistory(positional.at(0), where->url()); !carried)
            err() << Tr::tr("warning: the history of %1 was not carried over: %2")
                         .arg(positional.at(0), carried.error().text())
                  << '\n';
    const Expected<qint64> revision = ServerProject::revision(*where);
    out() << Tr::tr("published %1 (%2 components, %3 dependencies) as %4, revision %5")
                 .arg(positional.at(0))
                 .arg(estate->componentCount())
                 .arg(estate->dependencyCount())
                 .arg(where->url())
                 .arg(revision ? *revision : 0)
          << '\n';
    if (replaced)
        out() << Tr::tr("It replaces revision %1, saved %2 by %3; `history` keeps what each save "
                        "changed.")
                     .arg(replaced->revision)
                     .arg(replaced->at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                          replaced->who)
              << '\n';
    return ExitSuccess;
}

int runProjects(const QStringList &arguments)
{
    const QString command = QStringLiteral("projects");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lists the shared projects in a PostgreSQL database, one name a line:\n"
               "postgresql://USER@HOST:PORT/DATABASE (a project named in it is left aside)."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print {\"projects\": [names]} as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("URL"), Tr::tr("The server and database."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("URL")}))
        return *stop;
    const std::optional<ServerLocation> where
        = serverArgument(parser.positionalArguments().constFirst(),
                         ServerLocation::Project::Optional);
    if (!where)
        return ExitUsage;
    const Expected<QStringList> names = ServerProject::list(*where);
    if (!names)
        return inputError(names.error().text());
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("projects"),
                                                              QJsonArray::fromStringList(*names)}})
                                       .toJson(QJsonDocument::Compact))
              << '\n';
        return ExitSuccess;
    }
    for (const QString &name : *names)
        out() << name << '\n';
    return ExitSuccess;
}

int runGrant(const QStringList &arguments)
{
    const QString command = QStringLiteral("grant");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lets a PostgreSQL role open and export a shared project (read), or also change\n"
               "it (edit). Read takes any right to change it away. Run it as the project's\n"
               "owner, who published it."));
    const QCommandLineOption access(QStringLiteral("access"),
                                    Tr::tr("read or edit (default read)."),
                                    QStringLiteral("read|edit"), QStringLiteral("read"));
    parser.addOption(access);
    parser.addPositionalArgument(QStringLiteral("URL"), Tr::tr("The shared project."));
    parser.addPositionalArgument(QStringLiteral("ROLE"), Tr::tr("An existing PostgreSQL role."));
    if (const auto stop = parseArguments(parser, command, arguments,
                                         {QStringLiteral("URL"), QStringLiteral("ROLE")}))
        return *stop;
    const QString level = parser.value(access);
    if (level != u"read" && level != u"edit")
        return usageError(command, Tr::tr("--access is read or edit, not '%1'").arg(level));
    const std::optional<ServerLocation> where = serverArgument(
        parser.positionalArguments().constFirst());
    if (!where)
        return ExitUsage;
    const QString role = parser.positionalArguments().at(1);
    const Expected<Done> granted = ServerProject::grant(*where, role,
                                                        level == u"edit"
                                                            ? ServerProject::Access::Edit
                                                            : ServerProject::Access::Read);
    if (!granted)
        return inputError(granted.error().text());
    out() << (level == u"edit" ? Tr::tr("%1 may now open, export and change %2")
                               : Tr::tr("%1 may now open and export %2, not change it"))
                 .arg(role, where->url())
          << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
