// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace planner {

/// Inserts many rows into one table with a prepared multi-row `INSERT ... VALUES (...), (...)`,
/// so that a hundred thousand components cost a thousand statement runs, not a hundred thousand.
/// Values are given column by column, row after row; finish() writes what is left.
class BatchInsert
{
public:
    BatchInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    /// The next value of the current row.
    BatchInsert &operator<<(const QVariant &value);
    /// Writes the rows still pending. False (and error() says why) if any statement failed.
    bool finish();
    const QString &error() const { return m_error; }

private:
    QString statement(int rows) const;
    bool run(QSqlQuery &query, int rows);

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    QString m_error;
};

} // namespace planner
