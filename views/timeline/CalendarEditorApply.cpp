// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarEditor.h"

#include "CalendarEditorFormats.h"

#include "commands/ReplaceSectionCommand.h"
#include "inventory/CalendarRules.h"
#include "inventory/EstateStore.h"
#include "inventory/Kinds.h"

#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QUndoStack>

#include <algorithm>

namespace planner {

using namespace calendar_detail;

namespace {

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
}

QVariant value(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->data(Qt::EditRole) : QVariant();
}

// A cell holds a QDateTime from its editor, or text typed or pasted as 2027-01-16T22:00.
QDateTime timeAt(const QTableWidget *t, int row, int column)
{
    const QVariant v = value(t, row, column);
    QDateTime time = v.typeId() == QMetaType::QDateTime
                         ? v.toDateTime()
                         : QDateTime::fromString(v.toString().trimmed(), Qt::ISODate);
    if (time.isValid())
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time;
}

QDate dayAt(const QTableWidget *t, int row, int column)
{
    const QVariant v = value(t, row, column);
    return v.typeId() == QMetaType::QDate ? v.toDate()
                                          : QDate::fromString(v.toString().trimmed(), Qt::ISODate);
}

QTime hourAt(const QTableWidget *t, int row, int column)
{
    const QVariant v = value(t, row, column);
    return v.typeId() == QMetaType::QTime ? v.toTime()
                                          : QTime::fromString(v.toString().trimmed(), HourFormat);
}

int numberAt(const QTableWidget *t, int row, int column, bool *ok)
{
    return value(t, row, column).toString().trimmed().toInt(ok);
}

bool checkedAt(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item && item->checkState() == Qt::Checked;
}

// "a, b,c" as {"a", "b", "c"}: the comma-separated list cells.
QStringList listAt(const QTableWidget *t, int row, int column)
{
    QStringList out;
    const auto parts = cell(t, row, column).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (const QString item = part.trimmed(); !item.isEmpty())
            out.append(item);
    return out;
}

} // namespace

// The cells are read here (a time or a number that cannot be read is the editor's to report);
// whether the section then makes sense is for the calendar rules every door keeps
// (CalendarRules): the first problem is shown for its row, and nothing is pushed.
Expected<bool> CalendarEditor::apply(Table which)
{
    const QTableWidget *t = m_tables[which];
    const Estate &e = m_store->estate();
    auto where = [which](qsizetype row) {
        const QString names[] = {tr("Windows"), tr("Freezes"), tr("Processes"), tr("Peaks"),
                                 tr("Staff")};
        return tr("%1, row %2").arg(names[which]).arg(row + 1);
    };
    const PlaceNamer rowName = [](qsizetype row) { return tr("row %1").arg(row + 1); };
    const auto broken = [](const RuleProblems &problems, auto place) -> std::optional<Error> {
        if (problems.isEmpty())
            return std::nullopt;
        return Error{place(problems.constFirst().item), problems.constFirst().what};
    };
    QUndoCommand *command = nullptr;
    switch (which) {
    case Windows: {
        QList<MaintenanceWindow> windows;
        for (int r = 0; r < t->rowCount(); ++r) {
            MaintenanceWindow w;
            w.id = cell(t, r, 0);
            w.start = timeAt(t, r, 1);
            w.end = timeAt(t, r, 2);
            bool repeatOk = false, parallelOk = false;
            w.repeatWeekly = numberAt(t, r, 3, &repeatOk);
            w.parallel = numberAt(t, r, 4, &parallelOk);
            if (!w.start.isValid())
                return Error{where(r), tr("cannot read the start \"%1\"; write it as "
                                          "2027-01-16 22:00")
                                           .arg(cell(t, r, 1))};
            if (!w.end.isValid())
                return Error{where(r), tr("cannot read the end \"%1\"; write it as "
                                          "2027-01-17 04:00")
                                           .arg(cell(t, r, 2))};
            if (!repeatOk)
                return Error{where(r), tr("weekly repeats must be a whole number")};
            if (!parallelOk)
                return Error{where(r), tr("parallel steps must be a whole number")};
            windows.append(w);
        }
        if (const auto error = broken(checkWindows(windows, rowName), where))
            return *error;
        if (windows != e.windows)
            command = new ReplaceSectionCommand(m_store, windows);
        break;
    }
    case Freezes: {
        QList<Freeze> freezes;
        for (int r = 0; r < t->rowCount(); ++r) {
            Freeze f;
            f.days.start = dayAt(t, r, 0);
            f.days.end = dayAt(t, r, 1);
            f.reason = cell(t, r, 2);
            if (!f.days.start.isValid() || !f.days.end.isValid())
                return Error{where(r), tr("cannot read the days; write them as 2027-03-25")};
            freezes.append(f);
        }
        if (const auto error = broken(checkFreezes(freezes), where))
            return *error;
        if (freezes != e.freezes)
            command = new ReplaceSectionCommand(m_store, freezes);
        break;
    }
    case Processes: {
        QList<BusinessProcess> processes;
        QSet<QString> ids;
        for (int r = 0; r < t->rowCount(); ++r)
            ids.insert(cell(t, r, ProcessId));
        for (int r = 0; r < t->rowCount(); ++r) {
            BusinessProcess p;
            p.id = cell(t, r, ProcessId);
            // The peaks stay with their process, renamed too (the Peaks tab edits them).
            auto old = std::find_if(e.processes.cbegin(), e.processes.cend(),
                                    [&](const auto &q) { return q.id == p.id; });
            if (old == e.processes.cend() && t->rowCount() == e.processes.size()
                && !ids.contains(e.processes[r].id))
                old = e.processes.cbegin() + r;
            if (old != e.processes.cend())
                p.peaks = old->peaks;
            p.name = cell(t, r, ProcessName);
            const std::optional<Criticality> criticality = criticalityFromName(
                cell(t, r, ProcessCriticality));
            if (!criticality)
                return Error{where(r), tr("the criticality \"%1\" is not one of %2")
                                           .arg(cell(t, r, ProcessCriticality),
                                                criticalityNames().join(u", "))};
            p.criticality = *criticality;
            p.category = cell(t, r, ProcessCategory);
            p.uses = listAt(t, r, ProcessUses);
            p.userGroups = listAt(t, r, ProcessUserGroups);
            p.externalCustomers = checkedAt(t, r, ProcessExternal);
            p.serviceLevel = cell(t, r, ProcessServiceLevel);
            if (const QString outage = cell(t, r, ProcessMaxOutage); !outage.isEmpty()) {
                bool ok = false;
                p.maxOutageMinutes = outage.toInt(&ok);
                if (!ok)
                    return Error{where(r), tr("the longest outage \"%1\" must be a whole "
                                              "number of minutes, or empty")
                                               .arg(outage)};
            }
            processes.append(p);
        }
        if (const auto error = broken(checkProcesses(processes, rowName), where))
            return *error;
        if (processes != e.processes)
            command = new ReplaceSectionCommand(m_store, processes);
        break;
    }
    case Peaks: {
        QList<BusinessProcess> processes = e.processes;
        for (BusinessProcess &p : processes)
            p.peaks.clear();
        for (int r = 0; r < t->rowCount(); ++r) {
            auto process = std::find_if(processes.begin(), processes.end(),
                                        [&](const auto &p) { return p.id == cell(t, r, 0); });
            if (process == processes.end())
                return Error{where(r), tr("there is no business process \"%1\"").arg(cell(t, r, 0))};
            const std::optional<DayMask> days = parseDays(cell(t, r, 1));
            if (!days)
                return Error{where(r), tr("cannot read the days \"%1\"; write e.g. Mon-Fri "
                                          "or Sat,Sun")
                                           .arg(cell(t, r, 1))};
            Peak peak;
            peak.days = *days;
            peak.from = hourAt(t, r, 2);
            peak.to = hourAt(t, r, 3);
            if (!peak.from.isValid() || !peak.to.isValid())
                return Error{where(r), tr("cannot read the hours; write them as 08:00")};
            if (const auto error = broken(checkPeak(peak), [&](qsizetype) { return where(r); }))
                return *error;
            process->peaks.append(peak);
        }
        // The processes themselves were kept to the rules in their own tab.
        const auto processRow = [](qsizetype row) {
            return tr("%1, row %2").arg(tr("Processes")).arg(row + 1);
        };
        if (const auto error = broken(checkProcesses(processes, rowName), processRow))
            return *error;
        if (processes != e.processes)
            command = new ReplaceSectionCommand(m_store, processes);
        break;
    }
    case Staff: {
        QList<StaffMember> staff;
        for (int r = 0; r < t->rowCount(); ++r) {
            StaffMember m;
            m.name = cell(t, r, 0);
            m.roles = listAt(t, r, 1);
            const auto ranges = cell(t, r, 2).split(u';', Qt::SkipEmptyParts);
            for (const QString &range : ranges) {
                const QStringList ends = range.trimmed().split(QStringLiteral(".."));
                DateRange d;
                if (ends.size() == 2) {
                    d.start = QDate::fromString(ends[0].trimmed(), Qt::ISODate);
                    d.end = QDate::fromString(ends[1].trimmed(), Qt::ISODate);
                } else if (ends.size() == 1) {
                    d.start = d.end = QDate::fromString(ends[0].trimmed(), Qt::ISODate);
                }
                if (!d.start.isValid() || !d.end.isValid())
                    return Error{where(r), tr("cannot read the days away \"%1\"; write "
                                              "2027-01-15..2027-01-20")
                                               .arg(range.trimmed())};
                m.unavailable.append(d);
            }
            staff.append(m);
        }
        if (const auto error = broken(checkStaff(staff), where))
            return *error;
        if (staff != e.staff)
            command = new ReplaceSectionCommand(m_store, staff);
        break;
    }
    case TableCount:
        break;
    }
    m_message->clear();
    if (!command)
        return false;
    m_undoStack->push(command);
    return true;
}

} // namespace planner
