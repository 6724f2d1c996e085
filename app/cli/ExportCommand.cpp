// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner export PROJECT --format FORMAT -o OUT
#include "CommandSupport.h"

#include "exchange/FileFormat.h"
#include "inventory/Scenario.h"
#include "storage/ProjectFile.h"

#include <QCommandLineParser>
#include <QStringList>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("export");

QCommandLineOption formatOption()
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              Tr::tr("Output format (default json)."), Tr::tr("FORMAT"),
                              QStringLiteral("json"));
}

QCommandLineOption outputOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("Where to write; '-' writes to standard output."),
                              Tr::tr("OUT"));
}

QString formatList()
{
    QString text;
    for (const FileFormat &format : FileFormats::all())
        if (format.canWrite() || format.needsGui)
            text += QStringLiteral("  %1  %2\n")
                        .arg(format.name, -8)
                        .arg(FileFormats::tr(format.description));
    return text;
}

// Every writer's options, once each, as --NAME VALUE (the help says which format takes it).
QList<QCommandLineOption> writerOptions()
{
    QList<QCommandLineOption> out;
    QStringList seen;
    for (const FileFormat &format : FileFormats::all())
        for (const FormatOption &o : format.writeOptions) {
            if (seen.contains(o.name))
                continue;
            seen.append(o.name);
            QString help = QStringLiteral("(%1) %2").arg(format.name,
                                                         FileFormats::tr(o.description));
            if (!o.choices.isEmpty())
                help += Tr::tr(" One of: %1.").arg(o.choices.join(QStringLiteral(", ")));
            if (!o.defaultValue.isEmpty())
                help += Tr::tr(" Default: %1.").arg(o.defaultValue);
            out.append(QCommandLineOption(o.name, help, o.valueName));
        }
    return out;
}

} // namespace

bool exportNeedsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    parser.addOption(outputOption());
    parser.addOptions(writerOptions());
    parser.parse(arguments); // mistakes are reported by runExport
    const FileFormat *chosen = FileFormats::find(parser.value(format));
    return chosen && chosen->needsGui;
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a project (or estate JSON) in another format.\n"
               "An existing output file is replaced only once the export succeeded.\n\n"
               "Formats:\n%1")
            .arg(formatList().chopped(1)));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption output = outputOption();
    parser.addOption(format);
    parser.addOption(output);
    parser.addOptions(writerOptions());
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;

    const FileFormat *chosen = FileFormats::find(parser.value(format));
    if (!chosen || !chosen->canWrite())
        return usageError(command, Tr::tr("unknown format '%1' (formats: %2)")
                                       .arg(parser.value(format),
                                            FileFormats::names(false).join(QStringLiteral(", "))));
    FormatOptions given;
    for (const QCommandLineOption &o : writerOptions())
        if (parser.isSet(o))
            given.insert(o.names().constFirst(), parser.value(o));
    Expected<FormatOptions> options = FileFormats::options(*chosen, false, given);
    if (!options)
        return usageError(command, options.error().text());
    if (const QString scenario = chosenScenario(parser); !scenario.isEmpty())
        options->insert(scenarioFormatOption(), scenario);
    else if (const QString input = parser.positionalArguments().constFirst();
             isProjectLocation(input))
        options->insert(sourceFormatOption(), input); // a .uplan keeps the project's history
    if (!parser.isSet(output))
        return usageError(command, Tr::tr("missing -o OUT (use '-o -' for standard output)"));

    const std::optional<Estate> estate = loadProjectArgument(parser);
    if (!estate)
        return ExitUsage;

    const Expected<Done> written = writeOutput(parser.value(output), [&](QIODevice *device) {
        return chosen->write(*estate, device, *options);
    });
    if (!written)
        return inputError(written.error().text());
    return ExitSuccess;
}

} // namespace planner::cli
