// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlConnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace planner {

namespace {
std::atomic<quint64> connectionCounter{0};
}

SqlConnection::SqlConnection(const QString &path, Mode mode)
    : m_name(QStringLiteral("uplan-project-%1").arg(++connectionCounter))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

SqlConnection::~SqlConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open(QString *error)
{
    if (m_db.open())
        return true;
    if (error)
        *error = m_db.lastError().text();
    return false;
}

bool SqlConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

quint64 SqlConnection::created()
{
    return connectionCounter.load();
}

} // namespace planner
