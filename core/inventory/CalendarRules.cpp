// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarRules.h"

#include "Component.h"

#include <QCoreApplication>
#include <QHash>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRules)
};

// Window times as the interchange format writes them, so a message quotes the file's text.
const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

// Problems of a part of the item (a peak, a day away) as problems of the item.
void addNested(RuleProblems &out, const QString &prefix, const RuleProblems &inner)
{
    for (const RuleProblem &p : inner)
        out.append({0, prefix + u'.' + p.field, p.what});
}

QString indexed(const char *key, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(index);
}

void checkId(RuleProblems &out, const QString &id, const QString &missing)
{
    if (id.isEmpty())
        out.append({0, QStringLiteral("id"), missing});
    else if (!isValidId(id))
        out.append({0, QStringLiteral("id"),
                    Tr::tr("'%1' is not a valid id: use only letters, digits and . _ : -").arg(id)});
}

void checkTexts(RuleProblems &out, const QStringList &texts, const char *key, const QString &empty)
{
    for (qsizetype i = 0; i < texts.size(); ++i)
        if (texts[i].trimmed().isEmpty())
            out.append({0, indexed(key, i), empty});
}

// Each item's problems at its position, after the duplicate id it may carry (ids come first).
template<typename T, typename Check>
RuleProblems checkList(const QList<T> &items, Check check, const RuleProblems &duplicates)
{
    RuleProblems out;
    auto duplicate = duplicates.cbegin();
    for (qsizetype i = 0; i < items.size(); ++i) {
        for (; duplicate != duplicates.cend() && duplicate->item == i; ++duplicate)
            out.append(*duplicate);
        for (RuleProblem p : check(items[i])) {
            p.item = i;
            out.append(std::move(p));
        }
    }
    return out;
}

template<typename T>
QStringList idsOf(const QList<T> &items)
{
    QStringList ids;
    ids.reserve(items.size());
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

} // namespace

RuleProblems checkWindow(const MaintenanceWindow &w)
{
    RuleProblems out;
    checkId(out, w.id, Tr::tr("the window needs an id"));
    if (!w.start.isValid())
        out.append({0, QStringLiteral("start"), Tr::tr("the window needs a start")});
    if (!w.end.isValid())
        out.append({0, QStringLiteral("end"), Tr::tr("the window needs an end")});
    if (w.start.isValid() && w.end.isValid()) {
        if (w.end < w.start)
            out.append({0, QStringLiteral("end"),
                        Tr::tr("the window ends (%1) before it starts (%2)")
                            .arg(w.end.toString(timeFormat), w.start.toString(timeFormat))});
        else if (w.end == w.start)
            out.append(
                {0, QStringLiteral("end"),
                 Tr::tr("the window ends when it starts (%1)").arg(w.start.toString(timeFormat))});
    }
    if (w.repeatWeekly < 1 || w.repeatWeekly > maxWeeklyRepeats)
        out.append({0, QStringLiteral("repeatWeekly"),
                    Tr::tr("weekly repeats must be from 1 to %1, not %2")
                        .arg(maxWeeklyRepeats)
                        .arg(w.repeatWeekly)});
    if (w.parallel < 1 || w.parallel > maxParallelSteps)
        out.append({0, QStringLiteral("parallel"),
                    Tr::tr("parallel steps must be from 1 to %1, not %2")
                        .arg(maxParallelSteps)
                        .arg(w.parallel)});
    return out;
}

RuleProblems checkDateRange(const DateRange &days)
{
    RuleProblems out;
    if (!days.start.isValid())
        out.append({0, QStringLiteral("start"), Tr::tr("the first day is missing")});
    if (!days.end.isValid())
        out.append({0, QStringLiteral("end"), Tr::tr("the last day is missing")});
    if (days.start.isValid() && days.end.isValid() && days.end < days.start)
        out.append({0, QStringLiteral("end"),
                    Tr::tr("the last day (%1) lies before the first (%2)")
                        .arg(days.end.toString(Qt::ISODate), days.start.toString(Qt::ISODate))});
    return out;
}

RuleProblems checkFreeze(const Freeze &freeze)
{
    return checkDateRange(freeze.days); // the reason is free text, empty or not
}

RuleProblems checkPeak(const Peak &peak)
{
    RuleProblems out;
    if (peak.days == 0)
        out.append(
            {0, QStringLiteral("days"), Tr::tr("the peak needs at least one day of the week")});
    else if (peak.days & ~DayMask(0x7f))
        out.append({0, QStringLiteral("days"),
                    Tr::tr("%1 is not a set of week days").arg(int(peak.days))});
    if (!peak.from.isValid())
        out.append({0, QStringLiteral("from"), Tr::tr("the peak needs a start time")});
    if (!peak.to.isValid())
        out.append({0, QStringLiteral("to"), Tr::tr("the peak needs an end time")});
    // 22:00 to 02:00 runs past midnight; only a peak of no length at all is refused.
    if (peak.from.isValid() && peak.to.isValid() && peak.from == peak.to)
        out.append({0, QStringLiteral("to"),
                    Tr::tr("the peak ends when it starts (%1)").arg(peak.from.toString(u"HH:mm"))});
    return out;
}

RuleProblems checkProcess(const BusinessProcess &p)
{
    RuleProblems out;
    checkId(out, p.id, Tr::tr("the process needs an id"));
    checkTexts(out, p.uses, "uses", Tr::tr("an empty component id"));
    for (qsizetype i = 0; i < p.peaks.size(); ++i)
        addNested(out, indexed("peak", i), checkPeak(p.peaks[i]));
    if (!p.category.isEmpty() && !processCategoryNames().contains(p.category))
        out.append({0, QStringLiteral("category"),
                    Tr::tr("unknown process category '%1' (known: %2)")
                        .arg(p.category, processCategoryNames().join(u' '))});
    checkTexts(out, p.userGroups, "userGroups", Tr::tr("an empty user group"));
    if (p.maxOutageMinutes && *p.maxOutageMinutes < 0)
        out.append(
            {0, QStringLiteral("maxOutageMinutes"),
             Tr::tr("the longest outage cannot be negative (%1 minutes)").arg(*p.maxOutageMinutes)});
    return out;
}

RuleProblems checkStaffMember(const StaffMember &member)
{
    RuleProblems out;
    if (member.name.trimmed().isEmpty())
        out.append({0, QStringLiteral("name"), Tr::tr("the person needs a name")});
    checkTexts(out, member.roles, "roles", Tr::tr("an empty role"));
    for (qsizetype i = 0; i < member.unavailable.size(); ++i)
        addNested(out, indexed("unavailable", i), checkDateRange(member.unavailable[i]));
    return out;
}

RuleProblems checkUniqueIds(const QStringList &ids, const PlaceNamer &place)
{
    RuleProblems out;
    QHash<QString, qsizetype> first;
    first.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!isValidId(ids[i]))
            continue;
        const auto it = first.constFind(ids[i]);
        if (it == first.cend())
            first.insert(ids[i], i);
        else
            out.append({i, QStringLiteral("id"),
                        Tr::tr("duplicate id '%1' (first used at %2)").arg(ids[i], place(*it))});
    }
    return out;
}

RuleProblems checkWindows(const QList<MaintenanceWindow> &windows, const PlaceNamer &place)
{
    return checkList(windows, checkWindow, checkUniqueIds(idsOf(windows), place));
}

RuleProblems checkFreezes(const QList<Freeze> &freezes)
{
    return checkList(freezes, checkFreeze, {});
}

RuleProblems checkProcesses(const QList<BusinessProcess> &processes, const PlaceNamer &place)
{
    return checkList(processes, checkProcess, checkUniqueIds(idsOf(processes), place));
}

RuleProblems checkStaff(const QList<StaffMember> &staff)
{
    return checkList(staff, checkStaffMember, {});
}

} // namespace planner
