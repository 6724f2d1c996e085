// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowReader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace planner {

RowReader::RowReader(QSqlDatabase &db, const QString &where, const QString &table, int keyColumns,
                     VersionPool &pool)
    : m_query(db)
    , m_pool(pool)
    , m_where(where)
    , m_table(table)
    , m_keyColumns(keyColumns)
{
    m_query.setForwardOnly(true);
}

bool RowReader::select(const QString &sql)
{
    if (m_query.prepare(sql) && m_query.exec())
        return true;
    failQuery();
    return false;
}

bool RowReader::next()
{
    if (m_failed)
        return false;
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        failQuery();
    return false;
}

void RowReader::failQuery()
{
    m_failed = true;
    const QSqlError error = m_query.lastError();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), possibly as extended codes.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const QString message
        = primary == 11 || primary == 26
              ? QCoreApplication::translate("ProjectFile",
                                            "the project is damaged: table %1 cannot be read (%2)")
              : QCoreApplication::translate("ProjectFile", "cannot read table %1: %2");
    m_error = Error{m_where, message.arg(m_table, error.databaseText())};
}

void RowReader::fail(int column, const QString &problem)
{
    if (m_failed)
        return;
    m_failed = true;
    const QSqlRecord record = m_query.record();
    QStringList keys;
    for (int i = 0; i < m_keyColumns; ++i)
        keys.append(record.fieldName(i) + u' ' + m_query.value(i).toString());
    const QString row
        = m_keyColumns == 1 ? m_query.value(0).toString() : keys.join(QStringLiteral(", "));
    m_error = Error{m_where,
                    QCoreApplication::translate("ProjectFile", "table %1, row %2, column %3: %4")
                        .arg(m_table, row, record.fieldName(column), problem)};
}

void RowReader::failValue(int column, const QString &problem)
{
    fail(column, QStringLiteral("\"%1\" %2").arg(m_query.value(column).toString(), problem));
}

qint64 RowReader::key(int column)
{
    const QVariant value = m_query.value(column);
    if (value.typeId() != QMetaType::LongLong && value.typeId() != QMetaType::Int) {
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a row number"));
        return -1;
    }
    return value.toLongLong();
}

QString RowReader::text(int column)
{
    return m_query.value(column).toString();
}

QString RowReader::sharedText(int column)
{
    return m_pool.string(text(column));
}

std::optional<QString> RowReader::optionalText(int column)
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

int RowReader::integer(int column)
{
    const QVariant value = m_query.value(column);
    bool ok = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
    const qint64 number = value.toLongLong();
    if (!ok || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a whole number"));
        return 0;
    }
    return int(number);
}

std::optional<int> RowReader::optionalInteger(int column)
{
    if (m_query.value(column).isNull())
        return std::nullopt;
    return integer(column);
}

Version RowReader::version(int column)
{
    const QString value = text(column);
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
    if (m_query.value(column).isNull())
        return std::nullopt;
    return version(column);
}

VersionRange RowReader::range(int column)
{
    QString problem;
    if (auto parsed = m_pool.range(text(column), &problem))
        return *parsed;
    failValue(
        column,
        QCoreApplication::translate("ProjectFile", "is not a version range: %1").arg(problem));
    return VersionRange();
}

std::optional<VersionRange> RowReader::optionalRange(int column)
{
    if (m_query.value(column).isNull())
        return std::nullopt;
    return range(column);
}

QDate RowReader::date(int column)
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return QDate();
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    if (!d.isValid())
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a date (YYYY-MM-DD)"));
    return d;
}

QDateTime RowReader::dateTime(int column)
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return QDateTime();
    const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid()) {
        failValue(column, QCoreApplication::translate("ProjectFile", "is not a date and time"));
        return QDateTime();
    }
    return dt.toUTC();
}

QTime RowReader::time(int column)
{
    const QVariant value = m_query.value(column);
    if (value.isNull())
        return QTime();
    const QTime t = QTime::fromString(value.toString(), Qt::ISODateWithMs);
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
