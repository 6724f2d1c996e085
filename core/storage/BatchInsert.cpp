// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchInsert.h"

#include <QSqlError>

namespace planner {

namespace {
// Stay below SQLite's historical limit of 999 bound parameters per statement.
constexpr int maxParameters = 960;
constexpr int maxRows = 200;
} // namespace

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_rowsPerStatement(qBound(1, maxParameters / int(columns.size()), maxRows))
    , m_full(db)
{
    m_pending.reserve(m_rowsPerStatement * columns.size());
}

QString BatchInsert::statement(int rows) const
{
    QString row = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        row += QStringLiteral(",?");
    row += u')';
    QStringList rowList;
    rowList.reserve(rows);
    for (int i = 0; i < rows; ++i)
        rowList.append(row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(u','), rowList.join(u','));
}

bool BatchInsert::run(QSqlQuery &query, int rows)
{
    const qsizetype count = qsizetype(rows) * m_columns.size();
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), m_pending.at(i));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

BatchInsert &BatchInsert::operator<<(const QVariant &value)
{
    if (!m_error.isEmpty())
        return *this;
    m_pending.append(value);
    if (m_pending.size() == qsizetype(m_rowsPerStatement) * m_columns.size()) {
        if (!m_fullPrepared) {
            if (!m_full.prepare(statement(m_rowsPerStatement))) {
                m_error = m_full.lastError().text();
                return *this;
            }
            m_fullPrepared = true;
        }
        run(m_full, m_rowsPerStatement);
        m_pending.clear();
    }
    return *this;
}

bool BatchInsert::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_pending.size() % m_columns.size() != 0) {
        m_error = QStringLiteral("%1: incomplete row").arg(m_table);
        return false;
    }
    const int rows = int(m_pending.size() / m_columns.size());
    if (rows > 0) {
        QSqlQuery rest(m_db);
        if (!rest.prepare(statement(rows))) {
            m_error = rest.lastError().text();
            return false;
        }
        if (!run(rest, rows))
            return false;
        m_pending.clear();
    }
    m_full = QSqlQuery(); // release the statement before the connection goes away
    return true;
}

} // namespace planner
