// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Estate.h"

#include <QObject>

namespace planner {

/// The estate of an open project and the one place that changes it. Every change is announced
/// before and after, so item models can wrap it in beginInsertRows()/endInsertRows() and views
/// can refresh. The GUI never calls the mutators directly: undo commands do (one QUndoStack per
/// document), so every edit can be undone.
class EstateStore : public QObject
{
    Q_OBJECT
public:
    /// The sections of the estate that change as a whole.
    enum class Section {
        Project,
        Sites,
        Catalog,
        Windows,
        Freezes,
        Processes,
        Staff,
        Waivers,
        Positions,
        Pins,
        Records ///< the records of the controlled change (Estate::records), all lists at once
    };
    Q_ENUM(Section)

    explicit EstateStore(QObject *parent = nullptr);

    const Estate &estate() const { return m_estate; }

    /// Replaces everything (after opening or importing a file).
    void reset(Estate estate);

    /// Each change below returns false, announces nothing and changes nothing when it cannot
    /// be made: a row out of range, or an id another component has.
    bool insertComponent(int row, Component component);
    bool removeComponent(int row);
    bool replaceComponent(int row, Component component);

    bool insertDependency(int row, Dependency dependency);
    bool removeDependency(int row);
    bool replaceDependency(int row, Dependency dependency);

    void setProject(ProjectInfo project);
    void setSites(QList<Site> sites);
    void setCatalog(QList<CatalogEntry> catalog);
    void setWindows(QList<MaintenanceWindow> windows);
    void setFreezes(QList<Freeze> freezes);
    void setProcesses(QList<BusinessProcess> processes);
    void setStaff(QList<StaffMember> staff);
    void setWaivers(QList<Waiver> waivers);
    void setPins(QList<OrderPin> pins);
    void setManualPositions(QMap<QString, QPoint> positions);
    void setRecords(ChangeRecords records);

Q_SIGNALS:
    void aboutToReset();
    void wasReset();
    void componentAboutToBeInserted(int row);
    void componentInserted(int row);
    void componentAboutToBeRemoved(int row);
    void componentRemoved(int row);
    void componentChanged(int row);
    void dependencyAboutToBeInserted(int row);
    void dependencyInserted(int row);
    void dependencyAboutToBeRemoved(int row);
    void dependencyRemoved(int row);
    void dependencyChanged(int row);
    void sectionChanged(planner::EstateStore::Section section);
    /// After any change at all: the signal for analyses that re-run on every edit.
    void changed();

private:
    Estate m_estate;
};

} // namespace planner
