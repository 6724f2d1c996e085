// SPDX-License-Identifier: GPL-3.0-or-later
// CSV from a CMDB read from bytes and files: readCmdbCsv() on the files' bytes, and the `csv`
// format of the registry (recognising a components file, reading it with its relations and
// mapping files beside it, writing the components or the steps).
#include "CmdbCsv.h"
#include "FormatList.h"
#include "InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

#include <algorithm>

namespace planner {

namespace {

using namespace Qt::StringLiterals;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::CmdbCsv)
};

// ---- the format ----

/// Column names that show a header names its rows: only such a header is taken for CSV.
bool isKeyColumn(const QString &name)
{
    static const QStringList keys = {u"sys_id"_s,       u"id"_s,          u"name"_s,
                                     u"externalid"_s,   u"external_id"_s, u"ci_id"_s,
                                     u"component_id"_s, u"hostname"_s,    u"display_name"_s};
    return keys.contains(name.trimmed().toLower());
}

int recognise(QByteArrayView head)
{
    head = skipBlanks(head);
    head = head.first(std::min<qsizetype>(head.size(), 4096));
    if (head.isEmpty() || head.contains('\0') || head.startsWith('{') || head.startsWith('[')
        || head.startsWith('<'))
        return 0;
    // The header line (after Excel's "sep=;" line), read as CSV on its own.
    qsizetype end = head.indexOf('\n');
    QByteArrayView line = end < 0 ? head : head.first(end);
    if (line.startsWith("sep=") && line.trimmed().size() == 5 && end >= 0) {
        const QByteArrayView rest = head.sliced(end + 1);
        const qsizetype next = rest.indexOf('\n');
        line = QByteArrayView(head.first(end + 1 + (next < 0 ? rest.size() : next)));
    }
    const Expected<CsvTable> table = csv::parse(line);
    if (!table || table->header.size() < 2)
        return 0;
    static const QRegularExpression columnName(u"^[\\w .()/#-]{0,64}$"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    bool key = false;
    for (const QString &name : table->header) {
        if (!columnName.match(name).hasMatch())
            return 0;
        key = key || isKeyColumn(name);
    }
    return key ? 40 : 0;
}

Expected<QByteArray> readSideFile(const QString &option, const ReadInput &input, QString *path)
{
    const QString given = input.options.value(option);
    *path = given;
    // A relative path names a file beside the components file; one typed relative to the
    // working folder (a command line's habit) is found too when nothing lies beside it.
    if (QFileInfo(given).isRelative() && !input.path.isEmpty()) {
        const QString beside = QFileInfo(input.path).dir().filePath(given);
        if (QFileInfo::exists(beside) || !QFileInfo::exists(given))
            *path = beside;
    }
    if (!QFileInfo::exists(*path))
        return Error{QDir::toNativeSeparators(*path),
                     Tr::tr("the %1 file does not exist").arg(option)};
    return readInputFile(*path);
}

Expected<Imported> read(const ReadInput &input)
{
    std::optional<QByteArray> mappingJson;
    QString mappingPath;
    if (!input.options.value(u"mapping"_s).isEmpty()) {
        Expected<QByteArray> bytes = readSideFile(u"mapping"_s, input, &mappingPath);
        if (!bytes)
            return bytes.error();
        mappingJson = *bytes;
    }
    auto mappingError = [&](const Error &e) {
        const QString where = QDir::toNativeSeparators(mappingPath);
        return Error{e.where.isEmpty() ? where : where + u": "_s + e.where, e.what};
    };
    QChar separator;
    if (mappingJson) {
        const Expected<CsvMapping> given = readCsvMapping(*mappingJson);
        if (!given)
            return mappingError(given.error());
        separator = given->separator;
    }
    const Expected<CsvTable> table = csv::parse(input.device->readAll(), separator);
    if (!table)
        return table.error();
    CsvMapping mapping = defaultCsvMapping(table->header);
    if (mappingJson) {
        Expected<CsvMapping> given = readCsvMapping(*mappingJson, mapping);
        if (!given)
            return mappingError(given.error());
        mapping = *given;
    }
    std::optional<CsvTable> relations;
    QString relationsPath;
    if (!input.options.value(u"relations"_s).isEmpty()) {
        Expected<QByteArray> bytes = readSideFile(u"relations"_s, input, &relationsPath);
        if (!bytes)
            return bytes.error();
        Expected<CsvTable> parsed = csv::parse(*bytes);
        if (!parsed)
            return Error{QDir::toNativeSeparators(relationsPath) + u", "_s + parsed.error().where,
                         parsed.error().what};
        relations = *parsed;
    }
    Expected<Imported> out = readCmdbCsv(*table, mapping, relations ? &*relations : nullptr,
                                         QDir::toNativeSeparators(relationsPath));
    if (out && table->latin1)
        out->warnings.prepend(Tr::tr("the file is not UTF-8; read as Latin-1"));
    if (out && relations && relations->latin1)
        out->warnings.prepend(Tr::tr("%1: the file is not UTF-8; read as Latin-1")
                                  .arg(QDir::toNativeSeparators(relationsPath)));
    return out;
}

Expected<Done> write(const Estate &estate, QIODevice *device, const FormatOptions &options)
{
    const QChar separator = csv::separatorFromName(options.value(u"separator"_s, u","_s));
    const QByteArray bytes = writeCmdbCsv(estate, options.value(u"table"_s) == u"steps"_s,
                                          separator.isNull() ? QChar(u',') : separator);
    if (device->write(bytes) != bytes.size())
        return Error{QString(), device->errorString()};
    return Done{};
}

} // namespace

Expected<Imported> readCmdbCsv(QByteArrayView components, const CsvMapping &mapping,
                               QByteArrayView relations, const QString &relationsName)
{
    const Expected<CsvTable> table = csv::parse(components, mapping.separator);
    if (!table)
        return table.error();
    if (relations.isEmpty())
        return readCmdbCsv(*table, mapping);
    const Expected<CsvTable> rel = csv::parse(relations);
    if (!rel)
        return Error{(relationsName.isEmpty() ? Tr::tr("relations") : relationsName) + u", "_s
                         + rel.error().where,
                     rel.error().what};
    return readCmdbCsv(*table, mapping, &*rel, relationsName);
}

FileFormat cmdbCsvFormat()
{
    FileFormat f;
    f.name = u"csv"_s;
    f.title = QT_TRANSLATE_NOOP("planner::FileFormats", "CSV (CMDB export)");
    f.extensions = {u"csv"_s, u"txt"_s};
    f.description = QT_TRANSLATE_NOOP(
        "planner::FileFormats",
        "components (and relations) from a CMDB export such as ServiceNow's cmdb_ci and "
        "cmdb_rel_ci; writes the components or the plan's steps");
    f.recognise = &recognise;
    f.read = &read;
    f.readOptions = {
        {u"relations"_s,
         u"FILE"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats",
                           "the relations as CSV (parent,child,type as in cmdb_rel_ci); a "
                           "relative path is taken from the components file's folder"),
         {},
         {}},
        {u"mapping"_s,
         u"FILE"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats",
                           "a column mapping (JSON, as the import dialog saves it) for columns "
                           "other than ServiceNow's"),
         {},
         {}},
    };
    f.write = &write;
    f.writeOptions = {
        {u"table"_s,
         u"TABLE"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats",
                           "components: one row per component with every field; steps: the "
                           "plan's steps with wave, window and times"),
         u"components"_s,
         {u"components"_s, u"steps"_s}},
        {u"separator"_s,
         u"CHAR"_s,
         QT_TRANSLATE_NOOP("planner::FileFormats", "the field separator"),
         u","_s,
         {u","_s, u";"_s, u"tab"_s}},
    };
    return f;
}

} // namespace planner
