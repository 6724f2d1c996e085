// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvText.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(planner::CsvText)
};

QString lineWhere(int line)
{
    return Tr::tr("line %1").arg(line);
}

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

int CsvTable::column(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

namespace csv {

QChar detectSeparator(QStringView headerLine)
{
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++counts[0];
        else if (c == u';')
            ++counts[1];
        else if (c == u'\t')
            ++counts[2];
    }
    // Ties go to the comma, then the semicolon.
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return best == 1 ? u';' : best == 2 ? u'\t' : u',';
}

Expected<CsvTable> parse(QByteArrayView bytes, QChar separator)
{
    CsvTable table;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        text = QString::fromLatin1(bytes.data(), bytes.size());
        table.latin1 = true;
    }

    qsizetype pos = 0;
    int line = 1;
    // Leading blank lines.
    while (
        pos < text.size()
        && (text[pos] == u'\n' || text[pos] == u'\r' || text[pos] == u' ' || text[pos] == u'\t')) {
        if (text[pos] == u'\n'
            || (text[pos] == u'\r' && (pos + 1 >= text.size() || text[pos + 1] != u'\n')))
            ++line;
        ++pos;
    }
    // Excel's "sep=;" line names the separator.
    if (QStringView(text).sliced(pos).startsWith(u"sep=", Qt::CaseInsensitive)
        && pos + 4 < text.size()) {
        qsizetype end = pos + 5;
        if (end >= text.size() || text[end] == u'\r' || text[end] == u'\n') {
            if (separator.isNull())
                separator = text[pos + 4];
            pos = end;
            if (pos < text.size() && text[pos] == u'\r')
                ++pos;
            if (pos < text.size() && text[pos] == u'\n')
                ++pos;
            ++line;
        }
    }
    if (separator.isNull())
        separator = detectSeparator(QStringView(text).sliced(pos));
    table.separator = separator;

    bool haveHeader = false;
    QStringList fields;
    QString field;
    int recordLine = line;
    bool atFieldStart = true;
    auto endRecord = [&]() -> std::optional<Error> {
        fields.append(field);
        field.clear();
        if (!haveHeader) {
            if (!isBlank(fields)) {
                for (QString &name : fields)
                    name = name.trimmed();
                table.header = fields;
                haveHeader = true;
            }
        } else if (!isBlank(fields)) {
            if (fields.size() > table.header.size()) {
                // Trailing empty fields (a separator at the end of the line) are harmless.
                for (qsizetype i = table.header.size(); i < fields.size(); ++i)
                    if (!fields.at(i).trimmed().isEmpty())
                        return Error{lineWhere(recordLine),
                                     Tr::tr("%1 fields, but the header names %2 columns (a "
                                            "separator inside a field that is not quoted?)")
                                         .arg(fields.size())
                                         .arg(table.header.size())};
                fields.resize(table.header.size());
            }
            table.rows.append(CsvRecord{fields, recordLine});
        }
        fields.clear();
        atFieldStart = true;
        return std::nullopt;
    };

    const qsizetype n = text.size();
    while (pos < n) {
        const QChar c = text[pos];
        if (atFieldStart && c == u'"') {
            // A quoted field: up to the quote that is not doubled.
            const int quoteLine = line;
            ++pos;
            bool closed = false;
            while (pos < n) {
                const QChar q = text[pos];
                if (q == u'"') {
                    if (pos + 1 < n && text[pos + 1] == u'"') {
                        field.append(u'"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (q == u'\n' || (q == u'\r' && (pos + 1 >= n || text[pos + 1] != u'\n')))
                    ++line;
                field.append(q);
                ++pos;
            }
            if (!closed)
                return Error{lineWhere(quoteLine),
                             Tr::tr("a quoted field starts here and is never closed (a missing "
                                    "quote?)")};
            atFieldStart = false;
            continue; // text after the closing quote is kept, as spreadsheets do
        }
        if (c == separator) {
            fields.append(field);
            field.clear();
            atFieldStart = true;
            ++pos;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && pos + 1 < n && text[pos + 1] == u'\n')
                ++pos;
            ++pos;
            if (auto e = endRecord())
                return *e;
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            atFieldStart = false;
            ++pos;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        if (auto e = endRecord())
            return *e;
    if (!haveHeader)
        return Error{lineWhere(1), Tr::tr("no header line: the file holds no text")};
    return table;
}

QString quote(const QString &field, QChar separator)
{
    const bool needs = field.contains(separator) || field.contains(u'"') || field.contains(u'\n')
                       || field.contains(u'\r')
                       || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needs)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

QString record(const QStringList &fields, QChar separator)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(separator);
        out.append(quote(fields.at(i), separator));
    }
    out.append(QStringLiteral("\r\n"));
    return out;
}

QString separatorName(QChar separator)
{
    return separator == u'\t'   ? QStringLiteral("tab")
           : separator.isNull() ? QString()
                                : QString(separator);
}

QChar separatorFromName(const QString &name)
{
    if (name.compare(QStringLiteral("tab"), Qt::CaseInsensitive) == 0 || name == u"\t")
        return u'\t';
    if (name == u"," || name == u";" || name == u"|")
        return name.front();
    return QChar();
}

} // namespace csv

} // namespace planner
