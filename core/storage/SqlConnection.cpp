// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlConnection.h"

#include "ServerUrl.h"

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

SqlConnection::SqlConnection(const ServerLocation &server)
    : m_name(QStringLiteral("uplan-server-%1").arg(++connectionCounter))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setHostName(server.host);
    if (server.port > 0)
        m_db.setPort(server.port);
    m_db.setUserName(server.user);
    m_db.setDatabaseName(server.database);
    // libpq's own options: an empty sslmode leaves libpq's default ("prefer", or PGSSLMODE).
    QStringList options{QStringLiteral("connect_timeout=%1").arg(server.connectTimeout)};
    if (!server.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + server.sslMode;
    if (!server.sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + server.sslRootCert;
    if (!server.applicationName.isEmpty())
        options << QStringLiteral("application_name=") + server.applicationName;
    m_db.setConnectOptions(options.join(u';'));
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
