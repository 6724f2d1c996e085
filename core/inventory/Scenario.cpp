// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

#include "Estate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace planner {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

constexpr int maxNameLength = 100;

QString targetText(const std::optional<Version> &target)
{
    return target ? target->text() : QString();
}

QString keyOf(const MaintenanceWindow &w)
{
    return w.id;
}
QString keyOf(const StaffMember &s)
{
    return s.name;
}
QString keyOf(const OrderPin &p)
{
    return p.component;
}
QString keyOf(const Waiver &w)
{
    return w.conflict;
}

// Applies one section's changes: each set item replaces the item with its key in place or is
// added at the end; each removed key goes. A removed key the baseline lacks is a warning.
template<typename T>
void applySection(QList<T> &items, const SectionChanges<T> &changes, const QString &what,
                  const QString &scenario, QStringList *warnings)
{
    if (changes.isEmpty())
        return;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < items.size(); ++i)
        at.insert(keyOf(items.at(i)), i);
    for (const T &item : changes.set) {
        const auto found = at.constFind(keyOf(item));
        if (found != at.constEnd()) {
            items[*found] = item;
        } else {
            at.insert(keyOf(item), items.size());
            items.append(item);
        }
    }
    if (changes.removed.isEmpty())
        return;
    const QSet<QString> removed(changes.removed.cbegin(), changes.removed.cend());
    QSet<QString> gone;
    items.removeIf([&](const T &item) {
        if (!removed.contains(keyOf(item)))
            return false;
        gone.insert(keyOf(item));
        return true;
    });
    if (!warnings)
        return;
    for (const QString &key : changes.removed)
        if (!gone.contains(key))
            warnings->append(Tr::tr("scenario '%1': removes %2 '%3', which the baseline no "
                                    "longer has")
                                 .arg(scenario, what, key));
}

// The changes that turn @p base into @p variant: items new or different are set, keys gone are
// removed. Order does not matter to the planner, so a reordering is no change.
template<typename T>
SectionChanges<T> sectionBetween(const QList<T> &base, const QList<T> &variant)
{
    SectionChanges<T> changes;
    QHash<QString, const T *> before;
    for (const T &item : base)
        before.insert(keyOf(item), &item);
    QSet<QString> after;
    for (const T &item : variant) {
        after.insert(keyOf(item));
        const T *old = before.value(keyOf(item));
        if (!old || !(*old == item))
            changes.set.append(item);
    }
    for (const T &item : base)
        if (!after.contains(keyOf(item)))
            changes.removed.append(keyOf(item));
    return changes;
}

} // namespace

bool operator==(const ComponentChange &a, const ComponentChange &b)
{
    return a.component == b.component && a.setsTarget == b.setsTarget
           && a.target.has_value() == b.target.has_value()
           && targetText(a.target) == targetText(b.target) && a.durations == b.durations
           && a.roles == b.roles;
}

bool Scenario::isEmpty() const
{
    return changeCount() == 0;
}

int Scenario::changeCount() const
{
    int count = 0;
    for (const ComponentChange &c : components)
        count += c.isEmpty() ? 0 : 1;
    const auto section = [](const auto &s) { return int(s.set.size() + s.removed.size()); };
    return count + section(windows) + section(staff) + section(pins) + section(waivers);
}

bool operator==(const Scenario &a, const Scenario &b)
{
    return a.name == b.name && a.description == b.description && a.components == b.components
           && a.windows == b.windows && a.staff == b.staff && a.pins == b.pins
           && a.waivers == b.waivers;
}

QString baselineScenarioName()
{
    return QStringLiteral("baseline");
}

QString scenarioNameProblem(const QString &name, const QList<Scenario> &existing)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("a scenario needs a name");
    if (name != name.trimmed())
        return Tr::tr("'%1': a scenario's name does not start or end with a space").arg(name);
    if (name.compare(baselineScenarioName(), Qt::CaseInsensitive) == 0)
        return Tr::tr("'%1' is the estate itself; choose another name").arg(name);
    if (name.size() > maxNameLength)
        return Tr::tr("a scenario's name has at most %1 characters, this one %2")
            .arg(maxNameLength)
            .arg(name.size());
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return Tr::tr("a scenario's name holds no control characters (tabs, line ends)");
    for (const Scenario &s : existing)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return Tr::tr("there is already a scenario called '%1'").arg(s.name);
    return QString();
}

const Scenario *findScenario(const Estate &estate, const QString &name)
{
    for (const Scenario &s : estate.scenarios)
        if (s.name == name)
            return &s;
    for (const Scenario &s : estate.scenarios)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

Estate applyScenario(const Estate &baseline, const Scenario &scenario, QStringList *warnings)
{
    Estate estate = baseline;
    estate.scenarios.clear();
    for (const ComponentChange &change : scenario.components) {
        const int row = estate.indexOf(change.component);
        if (row < 0) {
            if (warnings)
                warnings->append(Tr::tr("scenario '%1': changes component '%2', which the "
                                        "baseline no longer has")
                                     .arg(scenario.name, change.component));
            continue;
        }
        Component c = estate.component(row);
        if (change.setsTarget)
            c.target = change.target;
        for (int p = 0; p < phaseCount; ++p)
            if (change.durations.minutes[size_t(p)])
                c.durations.minutes[size_t(p)] = change.durations.minutes[size_t(p)];
        if (change.roles)
            c.roles = *change.roles;
        estate.replaceComponent(row, std::move(c));
    }
    applySection(estate.windows, scenario.windows, Tr::tr("window"), scenario.name, warnings);
    applySection(estate.staff, scenario.staff, Tr::tr("staff member"), scenario.name, warnings);
    applySection(estate.pins, scenario.pins, Tr::tr("the pin of"), scenario.name, warnings);
    applySection(estate.waivers, scenario.waivers, Tr::tr("the waiver of"), scenario.name, warnings);
    return estate;
}

Scenario scenarioBetween(const Estate &baseline, const Estate &variant, const QString &name,
                         QStringList *outside)
{
    Scenario scenario;
    scenario.name = name;
    const auto differs = [outside](const QString &what) {
        if (outside)
            outside->append(what);
    };
    for (const Component &after : variant.components()) {
        const Component *before = baseline.find(after.id);
        if (!before) {
            differs(Tr::tr("component '%1' is new").arg(after.id));
            continue;
        }
        ComponentChange change;
        change.component = after.id;
        if (before->target.has_value() != after.target.has_value()
            || targetText(before->target) != targetText(after.target)) {
            change.setsTarget = true;
            change.target = after.target;
        }
        for (int p = 0; p < phaseCount; ++p) {
            const auto &was = before->durations.minutes[size_t(p)];
            const auto &is = after.durations.minutes[size_t(p)];
            if (was != is) {
                if (!is)
                    differs(
                        Tr::tr("component '%1': a phase's own duration is cleared").arg(after.id));
                else
                    change.durations.minutes[size_t(p)] = is;
            }
        }
        if (before->roles != after.roles)
            change.roles = after.roles;
        // The rest of a component is the baseline's alone.
        Component same = after;
        same.target = before->target;
        same.durations = before->durations;
        same.roles = before->roles;
        if (!(same == *before))
            differs(Tr::tr("component '%1' differs in more than its target, durations and "
                           "roles")
                        .arg(after.id));
        if (!change.isEmpty())
            scenario.components.append(change);
    }
    for (const Component &before : baseline.components())
        if (!variant.find(before.id))
            differs(Tr::tr("component '%1' is removed").arg(before.id));
    scenario.windows = sectionBetween(baseline.windows, variant.windows);
    scenario.staff = sectionBetween(baseline.staff, variant.staff);
    scenario.pins = sectionBetween(baseline.pins, variant.pins);
    scenario.waivers = sectionBetween(baseline.waivers, variant.waivers);

    if (outside) {
        if (baseline.dependencies() != variant.dependencies())
            differs(Tr::tr("the dependencies differ"));
        if (!(baseline.project == variant.project))
            differs(Tr::tr("the project's details differ"));
        if (baseline.sites != variant.sites)
            differs(Tr::tr("the sites differ"));
        if (baseline.catalog != variant.catalog)
            differs(Tr::tr("the catalog differs"));
        if (baseline.freezes != variant.freezes)
            differs(Tr::tr("the freezes differ"));
        if (baseline.processes != variant.processes)
            differs(Tr::tr("the business processes differ"));
        if (!(baseline.records == variant.records))
            differs(Tr::tr("the change records differ"));
    }
    return scenario;
}

Estate scenarioBase(const Estate &baseline, const Estate &variant)
{
    Estate base = variant;
    base.scenarios = baseline.scenarios;
    for (int row = 0; row < base.componentCount(); ++row) {
        const Component *was = baseline.find(base.component(row).id);
        if (!was)
            continue;
        Component c = base.component(row);
        c.target = was->target;
        c.durations = was->durations;
        c.roles = was->roles;
        base.replaceComponent(row, std::move(c));
    }
    base.windows = baseline.windows;
    base.staff = baseline.staff;
    base.pins = baseline.pins;
    base.waivers = baseline.waivers;
    return base;
}

} // namespace planner
