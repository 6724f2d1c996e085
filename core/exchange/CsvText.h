// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"

#include <QByteArrayView>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

/// One record of a CSV file and the line it starts on (1-based; a quoted field with line
/// breaks makes a record span several lines).
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

/// A CSV file read whole: its header (the first record, names trimmed), the records after it
/// and the separator it uses. Blank records (no text in any field) are left out.
struct CsvTable
{
    QStringList header;
    QList<CsvRecord> rows;
    QChar separator = u',';
    bool latin1 = false; ///< the bytes were not UTF-8 and were read as Windows-1252/Latin-1

    /// Index of the column named @p name (case ignored), or -1.
    int column(const QString &name) const;
    /// The text of @p row in column @p column, or an empty string for a short row.
    static QString cell(const CsvRecord &row, int column)
    {
        return column >= 0 && column < row.fields.size() ? row.fields.at(column) : QString();
    }
};

/// RFC 4180 CSV as spreadsheets and CMDBs write it: fields in double quotes may hold the
/// separator, line breaks and doubled quotes; a UTF-8 byte order mark is skipped; CRLF, LF
/// or CR end a record; `,` `;` or tab separate fields, chosen from the header line when not
/// given (Excel's `sep=;` first line is honoured).
namespace csv {

/// The separator of a file whose first line is @p headerLine: the one of `,` `;` tab that
/// occurs most often outside quotes (`,` when none does).
QChar detectSeparator(QStringView headerLine);

/// Decodes @p bytes (UTF-8, with or without BOM; Windows-1252 when it is not UTF-8) and splits
/// them into a table. @p separator null: detected. Errors name the line: a quoted field
/// that is never closed, a record with more non-empty fields than the header, no header.
Expected<CsvTable> parse(QByteArrayView bytes, QChar separator = QChar());

/// @p field quoted for a CSV file when it needs it (it holds @p separator, a quote, a line
/// break, or leading or trailing blanks).
QString quote(const QString &field, QChar separator = u',');
/// One record: fields quoted as needed, joined by @p separator, ended with CRLF.
QString record(const QStringList &fields, QChar separator = u',');

/// "tab" for a tab, the character itself otherwise; and back (empty or unknown: null).
QString separatorName(QChar separator);
QChar separatorFromName(const QString &name);

} // namespace csv

} // namespace planner
