// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstateStore.h"

namespace planner {

EstateStore::EstateStore(QObject *parent)
    : QObject(parent)
{
}

void EstateStore::reset(Estate estate)
{
    Q_EMIT aboutToReset();
    m_estate = std::move(estate);
    Q_EMIT wasReset();
    Q_EMIT changed();
}

bool EstateStore::insertComponent(int row, Component component)
{
    if (row < 0 || row > m_estate.componentCount() || m_estate.indexOf(component.id) >= 0)
        return false;
    Q_EMIT componentAboutToBeInserted(row);
    m_estate.insertComponent(row, std::move(component));
    Q_EMIT componentInserted(row);
    Q_EMIT changed();
    return true;
}

bool EstateStore::removeComponent(int row)
{
    if (row < 0 || row >= m_estate.componentCount())
        return false;
    Q_EMIT componentAboutToBeRemoved(row);
    m_estate.removeComponent(row);
    Q_EMIT componentRemoved(row);
    Q_EMIT changed();
    return true;
}

bool EstateStore::replaceComponent(int row, Component component)
{
    if (row < 0 || row >= m_estate.componentCount()
        || !m_estate.replaceComponent(row, std::move(component)))
        return false;
    Q_EMIT componentChanged(row);
    Q_EMIT changed();
    return true;
}

bool EstateStore::insertDependency(int row, Dependency dependency)
{
    if (row < 0 || row > m_estate.dependencyCount())
        return false;
    Q_EMIT dependencyAboutToBeInserted(row);
    m_estate.insertDependency(row, std::move(dependency));
    Q_EMIT dependencyInserted(row);
    Q_EMIT changed();
    return true;
}

bool EstateStore::removeDependency(int row)
{
    if (row < 0 || row >= m_estate.dependencyCount())
        return false;
    Q_EMIT dependencyAboutToBeRemoved(row);
    m_estate.removeDependency(row);
    Q_EMIT dependencyRemoved(row);
    Q_EMIT changed();
    return true;
}

bool EstateStore::replaceDependency(int row, Dependency dependency)
{
    if (row < 0 || row >= m_estate.dependencyCount())
        return false;
    m_estate.replaceDependency(row, std::move(dependency));
    Q_EMIT dependencyChanged(row);
    Q_EMIT changed();
    return true;
}

#define UPLAN_SECTION_SETTER(Setter, member, type, section) \
    void EstateStore::Setter(type value) \
    { \
        m_estate.member = std::move(value); \
        Q_EMIT sectionChanged(Section::section); \
        Q_EMIT changed(); \
    }

UPLAN_SECTION_SETTER(setProject, project, ProjectInfo, Project)
UPLAN_SECTION_SETTER(setSites, sites, QList<Site>, Sites)
UPLAN_SECTION_SETTER(setCatalog, catalog, QList<CatalogEntry>, Catalog)
UPLAN_SECTION_SETTER(setWindows, windows, QList<MaintenanceWindow>, Windows)
UPLAN_SECTION_SETTER(setFreezes, freezes, QList<Freeze>, Freezes)
UPLAN_SECTION_SETTER(setProcesses, processes, QList<BusinessProcess>, Processes)
UPLAN_SECTION_SETTER(setStaff, staff, QList<StaffMember>, Staff)
UPLAN_SECTION_SETTER(setWaivers, waivers, QList<Waiver>, Waivers)
UPLAN_SECTION_SETTER(setPins, pins, QList<OrderPin>, Pins)
using PositionMap = QMap<QString, QPoint>;
UPLAN_SECTION_SETTER(setManualPositions, manualPositions, PositionMap, Positions)
UPLAN_SECTION_SETTER(setRecords, records, ChangeRecords, Records)

#undef UPLAN_SECTION_SETTER

} // namespace planner
