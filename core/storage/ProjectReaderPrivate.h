// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/storage: the reader behind readProjectTables(). Its sections are read in
// ProjectReader.cpp, the calendar's (windows, freezes, waivers, pins, processes, staff) in
// ProjectCalendarReader.cpp.

#include "ProjectCalendar.h"
#include "RowReader.h"
#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace planner::project_reader_detail {

// Parent rows are keyed by their stored position; children find their parent's list index here.
using RowIndex = QHash<qint64, qsizetype>;

// Reads the estate section by section; a section that fails returns false and sets error().
class Reader
{
public:
    Reader(QSqlDatabase &db, const QString &where, RowReader::Access access)
        : m_db(db)
        , m_where(where)
        , m_access(access)
    {
    }

    const Error &error() const { return m_error; }

    bool project(Estate &estate);
    bool sites(Estate &estate);
    bool components(Estate &estate);
    bool dependencies(Estate &estate);
    bool catalog(Estate &estate);
    bool calendar(Estate &estate);  // ProjectCalendarReader.cpp
    bool processes(Estate &estate); // ProjectCalendarReader.cpp
    bool staff(Estate &estate);     // ProjectCalendarReader.cpp
    bool positions(Estate &estate);
    bool externalIds(Estate &estate);
    bool scenarios(Estate &estate);
    bool records(Estate &estate);

private:
    int count(const QString &table);
    bool orphan(const QString &table, const QString &column, const QString &row);
    qsizetype parent(RowReader &rows, const RowIndex &index);
    bool keepsRules(StoredSection section, const RuleProblems &problems, const QList<qint64> &keys);
    bool check(const RowReader &rows);

    QSqlDatabase &m_db;
    QString m_where;
    RowReader::Access m_access;
    VersionPool m_pool;
    Error m_error;
};

} // namespace planner::project_reader_detail
