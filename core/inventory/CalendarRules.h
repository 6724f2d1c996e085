// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calendar.h"

#include <QList>
#include <QString>

#include <functional>

namespace planner {

/// The rules a calendar must keep whichever way it comes in: the interchange reader, the
/// project file, the calendar editor. A door turns its own text into values (a time it cannot
/// read is its problem); what the values must then satisfy is decided here, once.
///
/// - A window has an id, unique among the windows, of letters, digits and `. _ : -`; it ends
///   after it starts; it occurs 1 to maxWeeklyRepeats times and runs 1 to maxParallelSteps
///   steps at once.
/// - A freeze and a day away last from a first day to a last day, both given; one day is fine
///   (last = first), a last day before the first is not.
/// - A peak has at least one day of the week and two times; it may run past midnight
///   (22:00 to 02:00) but not end when it starts.
/// - A process has an id like a window's, unique among the processes; its category is empty or
///   one of processCategoryNames(); its components used and user groups are not empty texts;
///   its longest outage, when given, is not negative; its peaks keep the peak rules.
/// - A person has a name; a role is not an empty text; the days away keep the day-range rules.
///
/// Nothing else is refused: references to components that do not exist, two people of the same
/// name and overlapping windows are for the analysis to report, not for a door to refuse.
struct RuleProblem
{
    /// The position of the item in its list, for the checks of a whole list; 0 from the checks
    /// of a single item.
    qsizetype item = 0;
    /// The field concerned, named as the interchange format names it and relative to the
    /// item: `id`, `end`, `repeatWeekly`, `peak[1].to`, `unavailable[0].end`, `roles[2]`.
    QString field;
    /// What is wrong, in plain words of the user's language.
    QString what;

    friend bool operator==(const RuleProblem &, const RuleProblem &) = default;
};
using RuleProblems = QList<RuleProblem>;

/// How a door names the item at a position of its list ("windows[0]", "row 1"): a duplicate id
/// says where the id was first used.
using PlaceNamer = std::function<QString(qsizetype index)>;

constexpr int maxWeeklyRepeats = 10000; ///< occurrences of one window
constexpr int maxParallelSteps = 10000; ///< steps at once in one window

// The rules of one item, in the order of its fields; empty when it keeps them all.
RuleProblems checkWindow(const MaintenanceWindow &window);
RuleProblems checkDateRange(const DateRange &days);
RuleProblems checkFreeze(const Freeze &freeze);
RuleProblems checkPeak(const Peak &peak);
RuleProblems checkProcess(const BusinessProcess &process);
RuleProblems checkStaffMember(const StaffMember &member);

/// The second and later uses of each id (empty or invalid ids aside: their own rule reports
/// them), field `id`, each naming the place of the first use.
RuleProblems checkUniqueIds(const QStringList &ids, const PlaceNamer &place);

// The rules of a whole section: every item's own rules and those of the set (unique ids), in
// the order of the items. What every door calls: the first problem is the one to report.
RuleProblems checkWindows(const QList<MaintenanceWindow> &windows, const PlaceNamer &place);
RuleProblems checkFreezes(const QList<Freeze> &freezes);
RuleProblems checkProcesses(const QList<BusinessProcess> &processes, const PlaceNamer &place);
RuleProblems checkStaff(const QList<StaffMember> &staff);

} // namespace planner
