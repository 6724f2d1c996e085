// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calendar.h"
#include "ChangeRecords.h"
#include "Component.h"
#include "Dependency.h"
#include "OrderConstraints.h"
#include "Scenario.h"
#include "catalog/CatalogEntry.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPoint>
#include <QString>

namespace planner {

/// How old a restore test may be, by default, before the plan starts (project.restoreTestMaxDays).
inline constexpr int defaultRestoreTestMaxDays = 180;
/// The longest restore-test age limit a project can state: ten years.
inline constexpr int maxRestoreTestMaxDays = 3650;

/// Why and when the whole upgrade happens.
struct ProjectInfo
{
    QString name;
    QString reason; ///< e.g. "end-of-support", "security", "feature"
    QString purpose;
    QString urgency;  ///< e.g. "planned", "urgent", "emergency"
    QString timezone; ///< IANA name; times in the estate are wall-clock times there
    QDate start;      ///< the plan's day zero: analysis judges dates against it, never today
    int decisionMinutes = 15; ///< go/no-go decision between verify and a rollback
    /// A restore test more than this many days before `start` no longer counts as proof.
    int restoreTestMaxDays = defaultRestoreTestMaxDays;
    friend bool operator==(const ProjectInfo &, const ProjectInfo &) = default;
};

struct Site
{
    QString id;
    QString name;
    friend bool operator==(const Site &, const Site &) = default;
};

/// The whole estate of one project: a value (copy it to hand it to a worker thread), with
/// components and dependencies indexed so that lookups by id stay O(1) at 100,000 components.
/// Components and dependencies change only through the members below, which keep the index
/// right; the other sections are plain lists.
class Estate
{
public:
    ProjectInfo project;
    QList<Site> sites;
    QList<CatalogEntry> catalog;
    QList<MaintenanceWindow> windows;
    QList<Freeze> freezes;
    QList<BusinessProcess> processes;
    QList<StaffMember> staff;
    QList<Waiver> waivers;
    QList<OrderPin> pins;
    /// Named variants of the plan, each a set of changes on top of this estate (Scenario.h).
    QList<Scenario> scenarios;
    /// Configuration, rollback plans, pilots, acceptance checks, messages, monitoring, the
    /// upgrade record and accepted estimates: the records of the controlled change.
    ChangeRecords records;
    /// Positions of nodes the user placed by hand in the graph view, by component id (scene
    /// coordinates, whole pixels); the automatic layout keeps them.
    QMap<QString, QPoint> manualPositions;

    const QList<Component> &components() const { return m_components; }
    int componentCount() const { return int(m_components.size()); }
    const Component &component(int row) const { return m_components[row]; }
    /// Row of the component with @p id, or -1.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const Component *find(const QString &id) const;

    /// Adds at the end; the id must not be in use (returns false otherwise).
    bool appendComponent(Component component);
    bool insertComponent(int row, Component component);
    void removeComponent(int row);
    /// Replaces the component at @p row; a new id must not be in use by another component.
    bool replaceComponent(int row, Component component);

    const QList<Dependency> &dependencies() const { return m_dependencies; }
    int dependencyCount() const { return int(m_dependencies.size()); }
    const Dependency &dependency(int row) const { return m_dependencies[row]; }
    void appendDependency(Dependency dependency);
    void insertDependency(int row, Dependency dependency);
    void removeDependency(int row);
    void replaceDependency(int row, Dependency dependency);
    /// Rows of the dependencies whose `from` or `to` is @p id, in ascending order.
    QList<int> dependenciesTouching(const QString &id) const;

    void reserve(int components, int dependencies);
    /// Removes every component and dependency at once; the other sections stay.
    void clearComponentsAndDependencies();
    /// Forgets manual positions of components the estate no longer has, as saving does.
    void dropStalePositions();

    friend bool operator==(const Estate &a, const Estate &b);

private:
    void reindexFrom(int row);

    QList<Component> m_components;
    QHash<QString, int> m_index;
    QList<Dependency> m_dependencies;
};

} // namespace planner
