// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's tables of a project: maintenance windows, freezes, waivers, order pins,
// business processes and staff; windows, freezes, processes and staff keep the rules every
// door keeps (ProjectCalendar.h).
#include "ProjectReaderPrivate.h"

#include <QCoreApplication>

namespace planner::project_reader_detail {

bool Reader::calendar(Estate &estate)
{
    {
        QList<qint64> keys;
        RowReader rows(m_db, m_where, QStringLiteral("windows"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT position, id, start_time, end_time,"
                                       " repeat_weekly, parallel FROM windows"
                                       " ORDER BY position"))) {
            while (rows.next()) {
                const qint64 key = rows.key(0);
                MaintenanceWindow w{rows.text(1), rows.dateTime(2), rows.dateTime(3),
                                    rows.integer(4), rows.integer(5)};
                if (rows.failed())
                    break;
                keys.append(key);
                estate.windows.append(std::move(w));
            }
        }
        if (!check(rows)
            || !keepsRules(StoredSection::Windows, checkWindows(estate.windows, storedRows(keys)),
                           keys))
            return false;
    }
    {
        QList<qint64> keys;
        RowReader rows(m_db, m_where, QStringLiteral("freezes"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT position, start_date, end_date, reason"
                                       " FROM freezes ORDER BY position"))) {
            while (rows.next()) {
                const qint64 key = rows.key(0);
                Freeze f{DateRange{rows.date(1), rows.date(2)}, rows.text(3)};
                if (rows.failed())
                    break;
                keys.append(key);
                estate.freezes.append(std::move(f));
            }
        }
        if (!check(rows) || !keepsRules(StoredSection::Freezes, checkFreezes(estate.freezes), keys))
            return false;
    }
    {
        RowReader rows(m_db, m_where, QStringLiteral("waivers"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT position, conflict, reason, expires,"
                                       " waived_by FROM waivers ORDER BY position"))) {
            while (rows.next()) {
                Waiver w{rows.text(1), rows.text(2), rows.date(3), rows.text(4)};
                if (rows.failed())
                    break;
                estate.waivers.append(std::move(w));
            }
        }
        if (!check(rows))
            return false;
    }
    RowReader rows(m_db, m_where, QStringLiteral("order_pins"), 1, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT position, component_id, wave, after_id"
                                   " FROM order_pins ORDER BY position"))) {
        while (rows.next()) {
            OrderPin pin{rows.text(1), rows.integer(2), rows.text(3)};
            if (rows.failed())
                break;
            estate.pins.append(std::move(pin));
        }
    }
    return check(rows);
}

bool Reader::processes(Estate &estate)
{
    RowIndex index;
    QList<qint64> keys;
    {
        RowReader rows(m_db, m_where, QStringLiteral("processes"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT position, id, name, criticality, category,"
                                       " external_customers, service_level,"
                                       " max_outage_minutes FROM processes"
                                       " ORDER BY position"))) {
            while (rows.next()) {
                BusinessProcess p;
                const qint64 key = rows.key(0);
                p.id = rows.text(1);
                p.name = rows.text(2);
                p.criticality = rows.criticality(3);
                p.category = rows.sharedText(4);
                p.externalCustomers = rows.integer(5) != 0;
                p.serviceLevel = rows.text(6);
                p.maxOutageMinutes = rows.optionalInteger(7);
                if (rows.failed())
                    break;
                index.insert(key, estate.processes.size());
                keys.append(key);
                estate.processes.append(std::move(p));
            }
        }
        if (!check(rows))
            return false;
    }
    {
        RowReader rows(m_db, m_where, QStringLiteral("process_uses"), 2, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT process, position, component_id"
                                       " FROM process_uses ORDER BY process, position"))) {
            while (rows.next()) {
                const qsizetype at = parent(rows, index);
                if (rows.failed())
                    break;
                estate.processes[at].uses.append(rows.text(2));
            }
        }
        if (!check(rows))
            return false;
    }
    {
        RowReader rows(m_db, m_where, QStringLiteral("process_user_groups"), 2, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT process, position, user_group"
                                       " FROM process_user_groups"
                                       " ORDER BY process, position"))) {
            while (rows.next()) {
                const qsizetype at = parent(rows, index);
                if (rows.failed())
                    break;
                estate.processes[at].userGroups.append(rows.sharedText(2));
            }
        }
        if (!check(rows))
            return false;
    }
    RowReader rows(m_db, m_where, QStringLiteral("process_peaks"), 2, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT process, position, days, from_time, to_time"
                                   " FROM process_peaks ORDER BY process, position"))) {
        while (rows.next()) {
            const qsizetype at = parent(rows, index);
            const int days = rows.integer(2);
            if (days < 0 || days > 0xff) // what a DayMask holds; the rules judge the rest
                rows.fail(2,
                          QCoreApplication::translate("ProjectFile", "%1 is not a set of week days")
                              .arg(days));
            Peak peak{DayMask(days), rows.time(3), rows.time(4)};
            if (rows.failed())
                break;
            estate.processes[at].peaks.append(peak);
        }
    }
    return check(rows)
           && keepsRules(StoredSection::Processes,
                         checkProcesses(estate.processes, storedRows(keys)), keys);
}

bool Reader::staff(Estate &estate)
{
    RowIndex index;
    QList<qint64> keys;
    {
        RowReader rows(m_db, m_where, QStringLiteral("staff"), 1, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT position, name FROM staff ORDER BY position"))) {
            while (rows.next()) {
                const qint64 key = rows.key(0);
                if (rows.failed())
                    break;
                index.insert(key, estate.staff.size());
                keys.append(key);
                estate.staff.append(StaffMember{rows.text(1), {}, {}});
            }
        }
        if (!check(rows))
            return false;
    }
    {
        RowReader rows(m_db, m_where, QStringLiteral("staff_roles"), 2, m_pool, m_access);
        if (rows.select(QStringLiteral("SELECT staff, position, role FROM staff_roles"
                                       " ORDER BY staff, position"))) {
            while (rows.next()) {
                const qsizetype at = parent(rows, index);
                if (rows.failed())
                    break;
                estate.staff[at].roles.append(rows.sharedText(2));
            }
        }
        if (!check(rows))
            return false;
    }
    RowReader rows(m_db, m_where, QStringLiteral("staff_unavailable"), 2, m_pool, m_access);
    if (rows.select(QStringLiteral("SELECT staff, position, start_date, end_date"
                                   " FROM staff_unavailable ORDER BY staff, position"))) {
        while (rows.next()) {
            const qsizetype at = parent(rows, index);
            DateRange away{rows.date(2), rows.date(3)};
            if (rows.failed())
                break;
            estate.staff[at].unavailable.append(away);
        }
    }
    return check(rows) && keepsRules(StoredSection::Staff, checkStaff(estate.staff), keys);
}

} // namespace planner::project_reader_detail
