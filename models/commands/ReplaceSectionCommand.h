// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/EstateStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace planner {

/// Replaces one whole section of the estate (project info, sites, catalog, windows, freezes,
/// processes, staff, waivers, order pins, hand-placed positions, the change records) by a new value;
/// undo restores the old one. Editors of these small lists build the new list and push one of
/// these; an editor of one list of the change records may setText() to name it ("Edit rollback
/// plans").
class ReplaceSectionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceSectionCommand)
public:
    ReplaceSectionCommand(EstateStore *store, ProjectInfo project, QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<Site> sites, QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<CatalogEntry> catalog,
                          QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<MaintenanceWindow> windows,
                          QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<Freeze> freezes, QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<BusinessProcess> processes,
                          QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<StaffMember> staff,
                          QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<Waiver> waivers, QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QList<OrderPin> pins, QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, QMap<QString, QPoint> positions,
                          QUndoCommand *parent = nullptr);
    ReplaceSectionCommand(EstateStore *store, ChangeRecords records, QUndoCommand *parent = nullptr);

    EstateStore::Section section() const { return m_section; }
    void redo() override;
    void undo() override;

private:
    /// Keeps the old and new value of the section in two closures that write them back.
    template<typename T>
    void hold(T Estate::*member, void (EstateStore::*setter)(T), T value)
    {
        T old = m_store->estate().*member;
        m_redo = [store = m_store, setter, value = std::move(value)] { (store->*setter)(value); };
        m_undo = [store = m_store, setter, old = std::move(old)] { (store->*setter)(old); };
    }
    void describe();

    EstateStore *m_store;
    EstateStore::Section m_section;
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

} // namespace planner
