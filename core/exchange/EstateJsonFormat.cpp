// SPDX-License-Identifier: GPL-3.0-or-later
// The estate interchange JSON (docs/inventory-format.md) as a format of the registry.
#include "EstateJson.h"
#include "FormatList.h"

#include <QIODevice>

namespace planner {

namespace {

int recognise(QByteArrayView head)
{
    head = skipBlanks(head);
    if (!head.startsWith('{'))
        return 0;
    // Any JSON object is read as an estate (its reader then says what is missing), unless a
    // surer format claims it; one that names this format is certain.
    if (head.contains("\"upgrade-planner-estate\""))
        return 100;
    return 50;
}

Expected<Imported> read(const ReadInput &input)
{
    Imported out;
    auto estate = readEstateJson(input.device->readAll(), &out.warnings);
    if (!estate)
        return estate.error();
    out.estate = std::move(*estate);
    out.wholeEstate = true;
    return out;
}

Expected<Done> write(const Estate &estate, QIODevice *device, const FormatOptions &)
{
    const QByteArray json = writeEstateJson(estate);
    if (device->write(json) != json.size())
        return Error{QString(), device->errorString()};
    return Done{};
}

} // namespace

FileFormat estateJsonFormat()
{
    FileFormat f;
    f.name = estateJsonFormatName;
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "Upgrade Planner estate JSON");
    f.extensions = {QStringLiteral("json")};
    f.description = QT_TRANSLATE_NOOP("planner::FileFormats",
                                      "estate interchange JSON, format version 1");
    f.recognise = &recognise;
    f.read = &read;
    f.write = &write;
    return f;
}

} // namespace planner
