// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphEditor.h"

#include "commands/AddDependencyCommand.h"
#include "commands/EditComponentCommand.h"
#include "commands/EditDependencyCommand.h"
#include "commands/MoveNodesCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "commands/RemoveDependenciesCommand.h"
#include "inventory/EstateStore.h"
#include "versions/VersionRange.h"

#include <QUndoStack>

namespace planner {

GraphEditor::GraphEditor(EstateStore *store, QUndoStack *undoStack)
    : m_store(store)
    , m_undoStack(undoStack)
{
}

QString GraphEditor::connectRefusal(const QString &from, const QString &to) const
{
    const Estate &estate = m_store->estate();
    if (!canEdit())
        return tr("This graph cannot be edited.");
    if (estate.indexOf(from) < 0)
        return tr("There is no component \"%1\".").arg(from);
    if (estate.indexOf(to) < 0)
        return tr("There is no component \"%1\".").arg(to);
    if (from == to)
        return tr("A component cannot depend on itself.");
    for (int row : estate.dependenciesTouching(from)) {
        const Dependency &dep = estate.dependency(row);
        if (dep.from == from && dep.to == to)
            return tr("%1 already depends on %2.").arg(from, to);
    }
    return {};
}

Expected<Done> GraphEditor::connect(const QString &from, const QString &to, const QString &range)
{
    const QString refusal = connectRefusal(from, to);
    if (!refusal.isEmpty())
        return Error{tr("new dependency"), refusal};
    Dependency dependency;
    dependency.from = from;
    dependency.to = to;
    const QString text = range.trimmed();
    if (!text.isEmpty() && text != QLatin1String("*")) {
        QString problem;
        const auto parsed = VersionRange::parse(text, &problem);
        if (!parsed)
            return Error{tr("version range \"%1\"").arg(text), problem};
        dependency.requirement = *parsed;
    }
    m_undoStack->push(new AddDependencyCommand(m_store, std::move(dependency)));
    return Done{};
}

Expected<Done> GraphEditor::setRequirement(int row, const QString &range)
{
    const Estate &estate = m_store->estate();
    if (!canEdit() || row < 0 || row >= estate.dependencyCount())
        return Error{tr("version range"), tr("There is no such dependency.")};
    const Dependency &before = estate.dependency(row);
    Dependency after = before;
    after.requirement.reset();
    const QString text = range.trimmed();
    if (!text.isEmpty() && text != QLatin1String("*")) {
        QString problem;
        const auto parsed = VersionRange::parse(text, &problem);
        if (!parsed)
            return Error{tr("version range \"%1\"").arg(text), problem};
        after.requirement = *parsed;
    }
    if (after == before)
        return Done{};
    m_undoStack->push(new EditDependencyCommand(m_store, row, before, after));
    return Done{};
}

void GraphEditor::remove(const QStringList &componentIds, const QList<int> &dependencyRows)
{
    if (!canEdit() || (componentIds.isEmpty() && dependencyRows.isEmpty()))
        return;
    const int count = int(componentIds.size() + dependencyRows.size());
    m_undoStack->beginMacro(tr("Delete %n item(s) from the graph", nullptr, count));
    // Dependencies first, by row, while the rows still mean what the caller saw.
    if (!dependencyRows.isEmpty())
        m_undoStack->push(new RemoveDependenciesCommand(m_store, dependencyRows));
    if (!componentIds.isEmpty())
        m_undoStack->push(new RemoveComponentsCommand(m_store, componentIds));
    m_undoStack->endMacro();
}

Expected<Done> GraphEditor::rename(const QString &id, const QString &name)
{
    const Estate &estate = m_store->estate();
    const Component *before = estate.find(id);
    if (!canEdit() || !before)
        return Error{id, tr("There is no component \"%1\" to rename.").arg(id)};
    Component after = *before;
    after.name = name.trimmed();
    if (after.name == before->name)
        return Done{};
    const QString refusal = EditComponentCommand::refusal(estate, *before, after);
    if (!refusal.isEmpty())
        return Error{id, refusal};
    m_undoStack->push(new EditComponentCommand(m_store, *before, after));
    return Done{};
}

void GraphEditor::move(const QMap<QString, QPoint> &centres, bool nudge)
{
    if (!canEdit() || centres.isEmpty())
        return;
    QMap<QString, std::optional<QPoint>> positions;
    for (auto it = centres.cbegin(); it != centres.cend(); ++it)
        positions.insert(it.key(), it.value());
    m_undoStack->push(new MoveNodesCommand(m_store, std::move(positions), nudge));
}

void GraphEditor::unpin(const QStringList &ids)
{
    if (!canEdit())
        return;
    QMap<QString, std::optional<QPoint>> positions;
    for (const QString &id : ids)
        if (m_store->estate().manualPositions.contains(id))
            positions.insert(id, std::nullopt);
    if (!positions.isEmpty())
        m_undoStack->push(new MoveNodesCommand(m_store, std::move(positions)));
}

} // namespace planner
