// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <iterator>

namespace planner {

namespace {

// A field of the interchange format and where it is stored: its table (empty: the section's
// own) and column.
struct Column
{
    const char *field;
    const char *table;
    const char *column;
};

const Column windowColumns[] = {{"id", "", "id"},
                                {"start", "", "start_time"},
                                {"end", "", "end_time"},
                                {"repeatWeekly", "", "repeat_weekly"},
                                {"parallel", "", "parallel"}};
const Column freezeColumns[] = {{"start", "", "start_date"}, {"end", "", "end_date"}};
const Column processColumns[] = {{"id", "", "id"},
                                 {"category", "", "category"},
                                 {"maxOutageMinutes", "", "max_outage_minutes"},
                                 {"uses", "process_uses", "component_id"},
                                 {"userGroups", "process_user_groups", "user_group"},
                                 {"peak.days", "process_peaks", "days"},
                                 {"peak.from", "process_peaks", "from_time"},
                                 {"peak.to", "process_peaks", "to_time"}};
const Column staffColumns[] = {{"name", "", "name"},
                               {"roles", "staff_roles", "role"},
                               {"unavailable.start", "staff_unavailable", "start_date"},
                               {"unavailable.end", "staff_unavailable", "end_date"}};

struct Section
{
    const char *table;
    const char *parent; // the key column of its child tables
    const Column *begin;
    const Column *end;
};

Section sectionOf(StoredSection s)
{
    switch (s) {
    case StoredSection::Windows:
        return {"windows", "", std::begin(windowColumns), std::end(windowColumns)};
    case StoredSection::Freezes:
        return {"freezes", "", std::begin(freezeColumns), std::end(freezeColumns)};
    case StoredSection::Processes:
        return {"processes", "process", std::begin(processColumns), std::end(processColumns)};
    case StoredSection::Staff:
        break;
    }
    return {"staff", "staff", std::begin(staffColumns), std::end(staffColumns)};
}

} // namespace

PlaceNamer storedRows(const QList<qint64> &keys)
{
    return [&keys](qsizetype index) {
        return QCoreApplication::translate("ProjectFile", "row %1").arg(keys.value(index, index));
    };
}

bool keepsCalendarRules(StoredSection stored, const RuleProblems &problems,
                        const QList<qint64> &keys, const QString &where, Error &error)
{
    if (problems.isEmpty())
        return true;
    const RuleProblem &p = problems.constFirst();
    const Section section = sectionOf(stored);
    const QString key = QString::number(keys.value(p.item, p.item));
    // `peak[1].to` is the column to_time of the second process_peaks row of its process.
    static const QRegularExpression entry(QStringLiteral("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const QRegularExpressionMatch m = entry.match(p.field);
    const QString field = m.hasMatch() ? m.captured(1)
                                             + (m.hasCaptured(3) ? u'.' + m.captured(3) : QString())
                                       : p.field;
    QString table = QLatin1String(section.table);
    QString row = key;
    QString column = p.field; // only for a field this table does not know of
    for (const Column *c = section.begin; c != section.end; ++c) {
        if (field != QLatin1String(c->field))
            continue;
        column = QLatin1String(c->column);
        if (*c->table) {
            table = QLatin1String(c->table);
            row = QStringLiteral("%1 %2, position %3")
                      .arg(QLatin1String(section.parent), key, m.captured(2));
        }
        break;
    }
    error = Error{where,
                  QCoreApplication::translate("ProjectFile", "table %1, row %2, column %3: %4")
                      .arg(table, row, column, p.what)};
    return false;
}

} // namespace planner
