// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Calendar.h"
#include "inventory/Component.h"
#include "inventory/Dependency.h"
#include "inventory/Estate.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPoint>
#include <QUndoCommand>

#include <optional>

namespace planner {

class EstateStore;

/// Replaces one component by an edited copy. Renaming its id renames every reference to it
/// too (dependency ends, business process `uses`, order pins, hand-placed graph positions, the
/// components the change records are about), so a rename
/// never breaks the estate. Consecutive edits of the same field of the same component merge
/// into one undo step, so typing a name or spinning a duration leaves one entry on the stack.
class EditComponentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditComponentCommand)
public:
    /// The part of a component an edit changes; edits merge only when it is the same.
    enum class Field {
        None,
        Id,
        Name,
        Kind,
        Product,
        Version,
        Target,
        Site,
        Owner,
        Criticality,
        DurationPrepare,
        DurationBackup,
        DurationExecute,
        DurationVerify,
        DurationRollback,
        Reversible,
        Backup,
        Roles,
        Several
    };

    /// @p before is the component as the estate holds it now, @p after the edited copy.
    EditComponentCommand(EstateStore *store, Component before, Component after,
                         QUndoCommand *parent = nullptr);

    /// Why @p estate cannot take the edit (component gone, new id invalid or already in
    /// use), or an empty text. Check it before pushing: a refused command drops itself.
    static QString refusal(const Estate &estate, const Component &before, const Component &after);
    /// The single field in which the two differ, Field::Several or Field::None.
    static Field changedField(const Component &before, const Component &after);

    Field field() const { return m_field; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    struct DependencyEdit
    {
        int row;
        Dependency before;
        Dependency after;
    };
    void collectRenames();
    void updateText();
    bool changesNothing() const;

    EstateStore *m_store;
    Component m_before;
    Component m_after;
    Field m_field;
    bool m_renamesCollected = false;
    QList<DependencyEdit> m_dependencyEdits;
    std::optional<QList<BusinessProcess>> m_processesBefore, m_processesAfter;
    std::optional<QList<OrderPin>> m_pinsBefore, m_pinsAfter;
    std::optional<QMap<QString, QPoint>> m_positionsBefore, m_positionsAfter;
    std::optional<ChangeRecords> m_recordsBefore, m_recordsAfter;
};

} // namespace planner
