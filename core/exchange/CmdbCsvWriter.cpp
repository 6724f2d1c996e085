// SPDX-License-Identifier: GPL-3.0-or-later
// The `csv` writer: the components with every field, or the plan's steps as scheduled.
#include "CmdbCsv.h"

#include "inventory/Component.h"
#include "planning/UpgradeOrdering.h"
#include "schedule/Scheduler.h"

namespace planner {

namespace {

using namespace Qt::StringLiterals;

QString number(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString wallTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-ddTHH:mm"_s) : QString();
}

QStringList componentRow(const Component &c)
{
    QStringList row = {c.id,        c.name,           kindName(c.kind),
                       c.product,   c.version.text(), c.target ? c.target->text() : QString(),
                       c.site,      c.owner,          criticalityName(c.criticality),
                       c.externalId};
    for (int p = 0; p < phaseCount; ++p)
        row.append(number(c.durations[Phase(p)]));
    row.append(c.reversible ? u"true"_s : u"false"_s);
    const BackupInfo b = c.backup.value_or(BackupInfo{});
    row += {b.method,
            b.lastRestoreTest.isValid() ? b.lastRestoreTest.toString(Qt::ISODate) : QString(),
            number(b.restoreMinutes),
            b.location,
            number(b.retentionDays),
            b.takenAt};
    row.append(c.roles.join(u';'));
    return row;
}

} // namespace

QStringList csvComponentColumns()
{
    QStringList columns = {u"id"_s,     u"name"_s, u"kind"_s,  u"product"_s,     u"version"_s,
                           u"target"_s, u"site"_s, u"owner"_s, u"criticality"_s, u"externalId"_s};
    for (int p = 0; p < phaseCount; ++p)
        columns.append(u"durations."_s + phaseName(Phase(p)));
    columns += {u"reversible"_s,
                u"backup.method"_s,
                u"backup.lastRestoreTest"_s,
                u"backup.restoreMinutes"_s,
                u"backup.location"_s,
                u"backup.retentionDays"_s,
                u"backup.takenAt"_s,
                u"roles"_s};
    return columns;
}

QStringList csvStepColumns()
{
    return {u"wave"_s,  u"component"_s, u"name"_s,    u"from"_s,  u"to"_s,  u"window"_s,
            u"start"_s, u"end"_s,       u"minutes"_s, u"staff"_s, u"note"_s};
}

QByteArray writeCmdbCsv(const Estate &estate, bool steps, QChar separator)
{
    QString out;
    if (!steps) {
        out += csv::record(csvComponentColumns(), separator);
        for (const Component &c : estate.components())
            out += csv::record(componentRow(c), separator);
        return out.toUtf8();
    }
    const UpgradePlan plan = orderUpgrade(estate);
    const Schedule schedule = scheduleUpgrade(estate, plan);
    auto nameOf = [&](const QString &id) {
        const Component *c = estate.find(id);
        return c ? c->name : QString();
    };
    out += csv::record(csvStepColumns(), separator);
    for (const ScheduledStep &s : schedule.steps) {
        const QString window = s.window >= 0 && s.window < schedule.windows.size()
                                   ? schedule.windows.at(s.window).key()
                                   : QString();
        out += csv::record({QString::number(s.wave), s.component, nameOf(s.component),
                            s.from.text(), s.to.text(), window, wallTime(s.start), wallTime(s.end),
                            QString::number(s.start.secsTo(s.end) / 60), s.staff.join(u"; "_s),
                            QString()},
                           separator);
    }
    for (const UnscheduledStep &u : schedule.unscheduled)
        out += csv::record({QString::number(u.wave), u.component, nameOf(u.component),
                            u.from.text(), u.to.text(), QString(), QString(), QString(), QString(),
                            QString(), u.reason},
                           separator);
    return out.toUtf8();
}

} // namespace planner
