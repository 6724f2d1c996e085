// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace planner {

struct ServerLocation;

/// One database connection with a name of its own, removed from Qt's registry when the object
/// goes away, so that any number of loads and saves, in any threads, never share or leak one:
/// to a `.uplan` file (QSQLITE) or to the PostgreSQL server of a shared project (QPSQL).
/// Every QSqlQuery on it must be destroyed before the connection is.
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqlConnection(const QString &path, Mode mode);
    /// A connection to @p server (libpq finds the password in ~/.pgpass or PGPASSWORD).
    explicit SqlConnection(const ServerLocation &server);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Opens the file; ReadOnly never creates or writes it. On failure sets @p error.
    bool open(QString *error);
    QSqlDatabase &database() { return m_db; }

    /// Runs one statement; on failure sets @p error to SQLite's message.
    bool exec(const QString &sql, QString *error);

    /// How many connections were made so far in this process (loading a project makes one).
    static quint64 created();

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace planner
