// SPDX-License-Identifier: GPL-3.0-or-later
// One reader of the format registry (UPLAN_FUZZ_FORMAT: json, csv, cyclonedx, graphml), read
// the way `upgrade-planner import` reads a file. The input may carry side files after lines
// `=== NAME` (fuzz::splitBundle): for csv, `=== relations.csv` and `=== mapping.json` become
// its --relations and --mapping. Besides not crashing: detection never throws the input away
// as another format with certainty, and an estate read is written as interchange JSON that
// reads back to the same estate.
#include "FuzzTarget.h"

#include "exchange/EstateJson.h"
#include "exchange/FileFormat.h"

#include <QBuffer>

using namespace planner;

namespace {
const FileFormat *format = nullptr;
fuzz::Scratch *scratch = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    format = FileFormats::find(QStringLiteral(UPLAN_FUZZ_FORMAT));
    scratch = new fuzz::Scratch;
    return format && format->canRead() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = QStringLiteral("input.") + format->extensions.value(0);
    const QList<fuzz::BundleFile> files = fuzz::splitBundle(fuzz::bytes(data, size), name);
    const QString folder = scratch->unpack(files);

    FormatOptions given;
    for (const fuzz::BundleFile &f : files)
        for (const FormatOption &option : format->readOptions)
            if (option.valueName == QLatin1String("FILE")
                && f.name.startsWith(option.name + QLatin1Char('.')))
                given.insert(option.name, QDir(folder).filePath(f.name));
    const Expected<FormatOptions> options = FileFormats::options(*format, true, given);
    if (!options)
        return 0;

    QByteArray content = files.value(0).content;
    (void)FileFormats::detect(QByteArrayView(content).first(
                                  qMin(content.size(), qsizetype(64 * 1024))),
                              name);
    QBuffer device(&content);
    device.open(QIODevice::ReadOnly);
    const Expected<Imported> imported = format->read(
        ReadInput{&device, QDir(folder).filePath(name), *options});
    if (!imported)
        return 0;

    const QByteArray json = writeEstateJson(imported->estate);
    const Expected<Estate> again = readEstateJson(json);
    fuzz::require(again.ok(), "an estate read is written as JSON that reads back");
    fuzz::require(*again == imported->estate, "the JSON written reads back to the same estate");
    return 0;
}
