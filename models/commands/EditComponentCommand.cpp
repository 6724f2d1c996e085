// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditComponentCommand.h"

#include "CommandIds.h"
#include "inventory/EstateStore.h"

#include <algorithm>

namespace planner {

namespace {

QString fieldLabel(EditComponentCommand::Field field)
{
    using F = EditComponentCommand::Field;
    switch (field) {
    case F::Name:
        return EditComponentCommand::tr("name");
    case F::Kind:
        return EditComponentCommand::tr("kind");
    case F::Product:
        return EditComponentCommand::tr("product");
    case F::Version:
        return EditComponentCommand::tr("version");
    case F::Target:
        return EditComponentCommand::tr("target");
    case F::Site:
        return EditComponentCommand::tr("site");
    case F::Owner:
        return EditComponentCommand::tr("owner");
    case F::Criticality:
        return EditComponentCommand::tr("criticality");
    case F::DurationPrepare:
        return EditComponentCommand::tr("prepare minutes");
    case F::DurationBackup:
        return EditComponentCommand::tr("backup minutes");
    case F::DurationExecute:
        return EditComponentCommand::tr("execute minutes");
    case F::DurationVerify:
        return EditComponentCommand::tr("verify minutes");
    case F::DurationRollback:
        return EditComponentCommand::tr("rollback minutes");
    case F::Reversible:
        return EditComponentCommand::tr("reversibility");
    case F::Backup:
        return EditComponentCommand::tr("backup");
    case F::Roles:
        return EditComponentCommand::tr("roles");
    case F::None:
    case F::Id:
    case F::Several:
        break;
    }
    return {};
}

QString targetText(const Component &c)
{
    return c.target ? c.target->text() : QString();
}

} // namespace

EditComponentCommand::EditComponentCommand(EstateStore *store, Component before, Component after,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(changedField(m_before, m_after))
{
    updateText();
}

QString EditComponentCommand::refusal(const Estate &estate, const Component &before,
                                      const Component &after)
{
    if (estate.indexOf(before.id) < 0)
        return tr("There is no component “%1”.").arg(before.id);
    if (after.id != before.id) {
        if (!isValidId(after.id))
            return tr("“%1” is not a valid id: use letters, digits and . _ : -").arg(after.id);
        if (estate.indexOf(after.id) >= 0)
            return tr("The id “%1” is already in use.").arg(after.id);
    }
    if (after.version.isNull())
        return tr("The version must not be empty.");
    return {};
}

EditComponentCommand::Field EditComponentCommand::changedField(const Component &a,
                                                               const Component &b)
{
    QList<Field> fields;
    if (a.id != b.id)
        fields << Field::Id;
    if (a.name != b.name)
        fields << Field::Name;
    if (a.kind != b.kind)
        fields << Field::Kind;
    if (a.product != b.product)
        fields << Field::Product;
    if (a.version.text() != b.version.text())
        fields << Field::Version;
    if (a.target.has_value() != b.target.has_value() || targetText(a) != targetText(b))
        fields << Field::Target;
    if (a.site != b.site)
        fields << Field::Site;
    if (a.owner != b.owner)
        fields << Field::Owner;
    if (a.criticality != b.criticality)
        fields << Field::Criticality;
    for (int p = 0; p < phaseCount; ++p)
        if (a.durations.minutes[size_t(p)] != b.durations.minutes[size_t(p)])
            fields << Field(int(Field::DurationPrepare) + p);
    if (a.reversible != b.reversible)
        fields << Field::Reversible;
    if (a.backup != b.backup)
        fields << Field::Backup;
    if (a.roles != b.roles)
        fields << Field::Roles;
    if (fields.isEmpty())
        return Field::None;
    return fields.size() == 1 ? fields.first() : Field::Several;
}

int EditComponentCommand::id() const
{
    return int(CommandId::EditComponent);
}

bool EditComponentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditComponentCommand *>(other);
    if (next->m_store != m_store || next->m_field != m_field || m_field == Field::Several
        || !(next->m_before == m_after))
        return false;
    m_after = next->m_after;
    for (const DependencyEdit &edit : next->m_dependencyEdits) {
        auto mine = std::find_if(m_dependencyEdits.begin(), m_dependencyEdits.end(),
                                 [&](const DependencyEdit &e) { return e.row == edit.row; });
        if (mine != m_dependencyEdits.end())
            mine->after = edit.after;
        else
            m_dependencyEdits.append(edit);
    }
    if (next->m_processesAfter) {
        if (!m_processesBefore)
            m_processesBefore = next->m_processesBefore;
        m_processesAfter = next->m_processesAfter;
    }
    if (next->m_pinsAfter) {
        if (!m_pinsBefore)
            m_pinsBefore = next->m_pinsBefore;
        m_pinsAfter = next->m_pinsAfter;
    }
    if (next->m_positionsAfter) {
        if (!m_positionsBefore)
            m_positionsBefore = next->m_positionsBefore;
        m_positionsAfter = next->m_positionsAfter;
    }
    if (next->m_recordsAfter) {
        if (!m_recordsBefore)
            m_recordsBefore = next->m_recordsBefore;
        m_recordsAfter = next->m_recordsAfter;
    }
    updateText();
    // Typing a value and then deleting it again leaves nothing to undo.
    setObsolete(changesNothing());
    return true;
}

void EditComponentCommand::redo()
{
    if (!m_renamesCollected)
        collectRenames();
    const int row = m_store->estate().indexOf(m_before.id);
    if (row < 0 || !m_store->replaceComponent(row, m_after)) {
        setObsolete(true); // refused: the stack drops the command
        return;
    }
    for (const DependencyEdit &edit : std::as_const(m_dependencyEdits))
        m_store->replaceDependency(edit.row, edit.after);
    if (m_processesAfter)
        m_store->setProcesses(*m_processesAfter);
    if (m_pinsAfter)
        m_store->setPins(*m_pinsAfter);
    if (m_positionsAfter)
        m_store->setManualPositions(*m_positionsAfter);
    if (m_recordsAfter)
        m_store->setRecords(*m_recordsAfter);
}

void EditComponentCommand::undo()
{
    if (m_recordsBefore)
        m_store->setRecords(*m_recordsBefore);
    if (m_positionsBefore)
        m_store->setManualPositions(*m_positionsBefore);
    if (m_pinsBefore)
        m_store->setPins(*m_pinsBefore);
    if (m_processesBefore)
        m_store->setProcesses(*m_processesBefore);
    for (auto it = m_dependencyEdits.crbegin(); it != m_dependencyEdits.crend(); ++it)
        m_store->replaceDependency(it->row, it->before);
    const int row = m_store->estate().indexOf(m_after.id);
    if (row >= 0)
        m_store->replaceComponent(row, m_before);
}

void EditComponentCommand::collectRenames()
{
    m_renamesCollected = true;
    const QString oldId = m_before.id;
    const QString newId = m_after.id;
    if (oldId == newId)
        return;
    const Estate &estate = m_store->estate();
    for (int row : estate.dependenciesTouching(oldId)) {
        Dependency renamed = estate.dependency(row);
        if (renamed.from == oldId)
            renamed.from = newId;
        if (renamed.to == oldId)
            renamed.to = newId;
        m_dependencyEdits.append({row, estate.dependency(row), renamed});
    }
    QList<BusinessProcess> processes = estate.processes;
    bool processesChanged = false;
    for (BusinessProcess &process : processes) {
        for (QString &used : process.uses) {
            if (used == oldId) {
                used = newId;
                processesChanged = true;
            }
        }
    }
    if (processesChanged) {
        m_processesBefore = estate.processes;
        m_processesAfter = processes;
    }
    QList<OrderPin> pins = estate.pins;
    bool pinsChanged = false;
    for (OrderPin &pin : pins) {
        for (QString *ref : {&pin.component, &pin.after}) {
            if (*ref == oldId) {
                *ref = newId;
                pinsChanged = true;
            }
        }
    }
    if (pinsChanged) {
        m_pinsBefore = estate.pins;
        m_pinsAfter = pins;
    }
    if (estate.manualPositions.contains(oldId)) {
        m_positionsBefore = estate.manualPositions;
        QMap<QString, QPoint> positions = estate.manualPositions;
        positions.insert(newId, positions.take(oldId));
        m_positionsAfter = positions;
    }
    // The change records name components too (configuration, rollback plans, pilots, checks,
    // monitoring, the upgrade record).
    ChangeRecords records = estate.records;
    bool recordsChanged = false;
    const auto rename = [&](auto &list) {
        for (auto &record : list) {
            if (record.component == oldId) {
                record.component = newId;
                recordsChanged = true;
            }
        }
    };
    rename(records.configuration);
    rename(records.rollbacks);
    rename(records.pilots);
    rename(records.acceptance);
    rename(records.monitoring);
    rename(records.executed);
    if (recordsChanged) {
        m_recordsBefore = estate.records;
        m_recordsAfter = records;
    }
}

void EditComponentCommand::updateText()
{
    if (m_field == Field::Id)
        setText(tr("Rename %1 to %2").arg(m_before.id, m_after.id));
    else if (m_field == Field::Several || m_field == Field::None)
        setText(tr("Edit %1").arg(m_after.id));
    else
        setText(tr("Change %1 of %2").arg(fieldLabel(m_field), m_after.id));
}

bool EditComponentCommand::changesNothing() const
{
    if (!(m_before == m_after))
        return false;
    for (const DependencyEdit &edit : m_dependencyEdits)
        if (!(edit.before == edit.after))
            return false;
    return m_processesBefore == m_processesAfter && m_pinsBefore == m_pinsAfter
           && m_positionsBefore == m_positionsAfter && m_recordsBefore == m_recordsAfter;
}

} // namespace planner
