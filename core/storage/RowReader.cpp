// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <charconv>

namespace planner {

RowReader::RowReader(QSqlDatabase &db, const QString &where, const QString &table, int keyColumns,
                     VersionPool &pool, Access access)
    : m_pool(pool)
    , m_where(where)
    , m_table(table)
    , m_keyColumns(keyColumns)
{
    const QVariant handle = db.driver()->handle();
    if (access == Access::Native && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
    else if (access == Access::Native && qstrcmp(handle.typeName(), "pg_conn*") == 0)
        m_pg = *static_cast<PGconn *const *>(handle.data());
    if (!m_handle && !m_pg) {
        m_query = QSqlQuery(db);
        m_query.setForwardOnly(true);
    }
}

RowReader::~RowReader()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
    PQclear(m_pgResult);           // likewise
}

bool RowReader::select(const QString &sql)
{
    if (m_handle) {
        const QByteArray text = sql.toUtf8();
        const int code = sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()),
                                            &m_statement, nullptr);
        if (code == SQLITE_OK)
            return true;
        failQuery(code, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return false;
    }
    if (m_pg) {
        // In the caller's transaction on the same connection: the same snapshot QtSql reads in.
        PQclear(m_pgResult);
        m_pgResult = PQexec(m_pg, sql.toUtf8().constData());
        m_pgRow = -1;
        if (PQresultStatus(m_pgResult) == PGRES_TUPLES_OK) {
            m_pgRows = PQntuples(m_pgResult);
            return true;
        }
        m_pgRows = 0;
        failQuery(0, QString::fromUtf8(PQresultErrorMessage(m_pgResult)).trimmed());
        return false;
    }
    if (m_query.prepare(sql) && m_query.exec())
        return true;
    failQuery();
    return false;
}

bool RowReader::next()
{
    if (m_failed)
        return false;
    if (m_handle) {
        if (!m_statement)
            return false;
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW)
            return true;
        if (code != SQLITE_DONE)
            failQuery(code, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return false;
    }
    if (m_pg)
        return ++m_pgRow < m_pgRows;
    m_texts.clear();
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        failQuery();
    return false;
}

void RowReader::failQuery()
{
    const QSqlError error = m_query.lastError();
    failQuery(error.nativeErrorCode().toInt(), error.databaseText());
}

void RowReader::failQuery(int code, const QString &message)
{
    m_failed = true;
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), possibly as extended codes.
    const int primary = code & 0xff;
    const QString text
        = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
              ? QCoreApplication::translate("ProjectFile",
                                            "the project is damaged: table %1 cannot be read (%2)")
              : QCoreApplication::translate("ProjectFile", "cannot read table %1: %2");
    m_error = Error{m_where, text.arg(m_table, message)};
}

QString RowReader::columnName(int column)
{
    if (m_handle)
        return QString::fromUtf8(sqlite3_column_name(m_statement, column));
    if (m_pg)
        return QString::fromUtf8(PQfname(m_pgResult, column));
    return m_query.record().fieldName(column);
}

void RowReader::fail(int column, const QString &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    QStringList keys;
    for (int i = 0; i < m_keyColumns; ++i)
        keys.append(columnName(i) + u' ' + text(i));
    const QString row = m_keyColumns == 1 ? text(0) : keys.join(QStringLiteral(", "));
    m_error = Error{m_where,
                    QCoreApplication::translate("ProjectFile", "table %1, row %2, column %3: %4")
                        .arg(m_table, row, columnName(column), problem)};
}

void RowReader::failValue(int column, const QString &problem)
{
    fail(column, QStringLiteral("\"%1\" %2").arg(text(column), problem));
}

bool RowReader::isNull(int column)
{
    if (m_handle)
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    if (m_pg)
        return PQgetisnull(m_pgResult, m_pgRow, column) != 0;
    return m_query.value(column).isNull();
}

std::optional<qint64> RowReader::integerValue(int column)
{
    if (m_handle) {
        if (sqlite3_column_type(m_statement, column) != SQLITE_INTEGER)
            return std::nullopt;
        return sqlite3_column_int64(m_statement, column);
    }
    if (m_pg) {
        // int8, int2, int4 (pg_type.h): whole numbers, sent as their decimal text.
        const Oid type = PQftype(m_pgResult, column);
        if ((type != 20 && type != 21 && type != 23) || isNull(column))
            return std::nullopt;
        const char *text = PQgetvalue(m_pgResult, m_pgRow, column);
        const char *end = text + PQgetlength(m_pgResult, m_pgRow, column);
        qint64 number = 0;
        if (std::from_chars(text, end, number).ptr != end)
            return std::nullopt;
        return number;
    }
    const QVariant value = m_query.value(column);
    if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int)
        return std::nullopt;
    return value.toLongLong();
}

QByteArrayView RowReader::utf8(int column)
{
    if (m_handle) {
        const auto *bytes = sqlite3_column_text(m_statement, column);
        return QByteArrayView(reinterpret_cast<const char *>(bytes),
                              bytes ? sqlite3_column_bytes(m_statement, column) : 0);
    }
    if (m_pg)
        return QByteArrayView(PQgetvalue(m_pgResult, m_pgRow, column),
                              PQgetlength(m_pgResult, m_pgRow, column));
    if (m_texts.empty())
        m_texts.resize(size_t(m_query.record().count()));
    QByteArray &text = m_texts.at(size_t(column));
    if (text.isNull())
        text = m_query.value(column).toString().toUtf8();
    return text;
}

qint64 RowReader::key(int column)
{
    if (const auto value = integerValue(column))
        return *value;
    failValue(column, QCoreApplication::translate("ProjectFile", "is not a row number"));
    return -1;
}

QString RowReader::text(int column)
{
    return QString::fromUtf8(utf8(column));
}

QString RowReader::sharedText(int column)
{
    return m_pool.string(utf8(column));
}

std::optional<QString> RowReader::optionalText(int column)
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

int RowReader::integer(int column)
{
    const std::optional<qint64> number = integerValue(column);
    if (!number || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max()) {
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a whole number"));
        return 0;
    }
    return int(*number);
}

std::optional<int> RowReader::optionalInteger(int column)
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

Version RowReader::version(int column)
{
    const QByteArrayView value = utf8(column);
    if (value.isEmpty())
        return Version(); // a component whose version nobody has entered yet
    QString problem;
    if (auto parsed = m_pool.version(value, &problem))
        return *parsed;
    failValue(column,
              QCoreApplication::translate("ProjectFile", "is not a version: %1").arg(problem));
    return Version();
}

std::optional<Version> RowReader::optionalVersion(int column)
{
    if (isNull(column))
        return std::nullopt;
    return version(column);
}

VersionRange RowReader::range(int column)
{
    QString problem;
    if (auto parsed = m_pool.range(utf8(column), &problem))
        return *parsed;
    failValue(column,
              QCoreApplication::translate("ProjectFile", "is not a version range: %1").arg(problem));
    return VersionRange();
}

std::optional<VersionRange> RowReader::optionalRange(int column)
{
    if (isNull(column))
        return std::nullopt;
    return range(column);
}

QDate RowReader::date(int column)
{
    if (isNull(column))
        return QDate();
    const QDate d = QDate::fromString(text(column), Qt::ISODate);
    if (!d.isValid())
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a date (YYYY-MM-DD)"));
    return d;
}

QDateTime RowReader::dateTime(int column)
{
    if (isNull(column))
        return QDateTime();
    const QDateTime dt = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a date and time"));
        return QDateTime();
    }
    return dt.toUTC();
}

QTime RowReader::time(int column)
{
    if (isNull(column))
        return QTime();
    const QTime t = QTime::fromString(text(column), Qt::ISODateWithMs);
    if (!t.isValid())
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a time of day"));
    return t;
}

ComponentKind RowReader::kind(int column)
{
    if (auto k = kindFromName(text(column)))
        return *k;
    failValue(column, QCoreApplication::translate("ProjectFile", "is not a component kind"));
    return ComponentKind::Other;
}

Criticality RowReader::criticality(int column)
{
    if (auto c = criticalityFromName(text(column)))
        return *c;
    failValue(column, QCoreApplication::translate("ProjectFile", "is not a criticality"));
    return Criticality::Medium;
}

} // namespace planner
