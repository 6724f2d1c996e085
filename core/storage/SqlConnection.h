// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace planner {

/// One QSQLITE connection with a name of its own, removed from Qt's registry when the object
/// goes away, so that any number of loads and saves, in any threads, never share or leak one.
/// Every QSqlQuery on it must be destroyed before the connection is.
class SqlConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqlConnection(const QString &path, Mode mode);
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
