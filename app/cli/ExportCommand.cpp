// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner export PROJECT --format FORMAT -o OUT
#include "CommandSupport.h"
#include "ExportFormat.h"

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
    for (const ExportFormat &format : exportFormats())
        text += QStringLiteral("  %1  %2\n").arg(format.name, -5).arg(Tr::tr(format.description));
    return text;
}

} // namespace

bool exportNeedsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    parser.addOption(outputOption());
    parser.parse(arguments); // mistakes are reported by runExport
    const ExportFormat *chosen = findExportFormat(parser.value(format));
    return chosen && chosen->isSupported() && chosen->needsGui;
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
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 Tr::tr("A .uplan project or an estate .json file."));
    if (const auto stop = parseArguments(parser, command, arguments, {QStringLiteral("PROJECT")}))
        return *stop;

    const ExportFormat *chosen = findExportFormat(parser.value(format));
    if (!chosen) {
        QStringList names;
        for (const ExportFormat &known : exportFormats())
            names.append(known.name);
        return usageError(command, Tr::tr("unknown format '%1' (formats: %2)")
                                       .arg(parser.value(format), names.join(QStringLiteral(", "))));
    }
    if (!chosen->isSupported()) {
        return usageError(command,
                          Tr::tr("format '%1' is not supported yet (supported now: %2)")
                              .arg(chosen->name,
                                   supportedExportFormatNames().join(QStringLiteral(", "))));
    }
    if (!parser.isSet(output))
        return usageError(command, Tr::tr("missing -o OUT (use '-o -' for standard output)"));

    const QString inputPath = parser.positionalArguments().constFirst();
    const std::optional<Estate> estate = loadInput(inputPath);
    if (!estate)
        return ExitUsage;

    const Expected<Done> written = writeOutput(parser.value(output), [&](QIODevice *device) {
        return chosen->write(*estate, device);
    });
    if (!written)
        return inputError(written.error().text());
    return ExitSuccess;
}

} // namespace planner::cli
