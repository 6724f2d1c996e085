// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Expected.h"
#include "inventory/Kinds.h"
#include "versions/Version.h"
#include "versions/VersionPool.h"
#include "versions/VersionRange.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QTime>

#include <QByteArrayView>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace planner {

/// Walks the rows of one SELECT over a project table and turns stored text back into values.
/// The first value that does not read records an Error naming the file, table, row (its key
/// columns) and column with the offending text; later calls return defaults until the caller
/// checks failed(). Key columns come first in the SELECT: @p keyColumns of them.
/// Versions, ranges and sharedText() come from @p pool, so equal texts are stored once.
///
/// On a QSQLITE connection the rows are read through SQLite's own statement on the connection's
/// handle: a column is then a few bytes of UTF-8, not a QVariant holding a UTF-16 copy of it,
/// and a pooled text seen before costs no string at all. That is most of the time it takes to
/// open a large project. On a QPSQL connection (a shared project) likewise through libpq on the
/// connection's handle: the text of each column as the server sent it, no QVariant. Any other
/// driver (or Access::Generic) reads through QSqlQuery, with the same answers and the same
/// messages.
class RowReader
{
public:
    enum class Access { Native, Generic };

    RowReader(QSqlDatabase &db, const QString &where, const QString &table, int keyColumns,
              VersionPool &pool, Access access = Access::Native);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /// Runs @p sql; false (with error()) when SQLite refuses it.
    bool select(const QString &sql);
    /// Moves to the next row; false at the end or on an SQLite error (then failed() is true).
    bool next();
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

    qint64 key(int column);
    QString text(int column);
    /// The column's text as UTF-8, valid until the next call to next() (empty for NULL).
    QByteArrayView utf8(int column);
    /// The text, sharing its characters with equal texts read before (products, sites...).
    QString sharedText(int column);
    std::optional<QString> optionalText(int column);
    int integer(int column);
    std::optional<int> optionalInteger(int column);
    Version version(int column);
    std::optional<Version> optionalVersion(int column);
    VersionRange range(int column);
    std::optional<VersionRange> optionalRange(int column);
    QDate date(int column);
    QDateTime dateTime(int column);
    QTime time(int column);
    ComponentKind kind(int column);
    Criticality criticality(int column);

    /// Records a problem with the current row that the caller found itself.
    void fail(int column, const QString &problem);

private:
    void failValue(int column, const QString &problem);
    void failQuery();
    void failQuery(int code, const QString &message);
    bool isNull(int column);
    std::optional<qint64> integerValue(int column);
    QString columnName(int column);

    sqlite3 *m_handle = nullptr; // set for the native access to SQLite
    sqlite3_stmt *m_statement = nullptr;
    pg_conn *m_pg = nullptr; // set for the native access to PostgreSQL
    pg_result *m_pgResult = nullptr;
    int m_pgRow = -1;
    int m_pgRows = 0;
    QSqlQuery m_query;               // the generic access
    std::vector<QByteArray> m_texts; // generic: UTF-8 of the current row's columns
    VersionPool &m_pool;
    QString m_where;
    QString m_table;
    int m_keyColumns;
    bool m_failed = false;
    Error m_error;
};

} // namespace planner
