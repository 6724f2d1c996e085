// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>

namespace planner {

/// One difference between two states of an estate, in the words of the interchange JSON
/// (inventory-format.md): what a project's history records for each save.
struct EstateChange
{
    enum class Action { Added, Removed, Changed };

    QString section; ///< the JSON section: "components", "dependencies", "project", "windows"...
    /// Which element: a component's id, a dependency's "from -> to (type)", an element's id (or
    /// its component's, listElementKey()) or "#N" (its place) in a list without either; empty
    /// for the project and other single objects.
    QString item;
    Action action = Action::Changed;
    QString field;  ///< for a change: the field's JSON name; empty for an addition or removal
    QString before; ///< the old value as compact JSON; empty for an addition
    QString after;  ///< the new value as compact JSON; empty for a removal

    friend bool operator==(const EstateChange &, const EstateChange &) = default;
};

/// "added", "removed", "changed".
QString actionName(EstateChange::Action action);
/// From actionName(); false when @p name is none of them.
bool actionFromName(const QString &name, EstateChange::Action *action);

/// The member that names each element of a list section of the interchange JSON: "id", else
/// "component" (the change records kept one per component), when every element of each of
/// @p sides has it as a string, unique in that side; empty when none does or a side is not a
/// list (the elements are then matched by place). Undefined sides are skipped.
QString listElementKey(std::initializer_list<QJsonValue> sides);

/// What turns @p before into @p after: components matched by id and dependencies by their ends
/// and type (each change field by field), every other section element by element (by
/// listElementKey() where its elements have one). Components, dependencies and unchanged sections cost a comparison,
/// not a rendering, so a save of a 100,000-component estate that changed one field stays quick.
/// Ordered: sections as the JSON has them, elements in the order of @p after then removals.
QList<EstateChange> diffEstates(const Estate &before, const Estate &after);

/// A JSON value as one line of compact JSON (a string with its quotes); empty for undefined.
QString compactJson(const QJsonValue &value);
/// The estate's interchange JSON as an object, sections by name.
QJsonObject estateJsonObject(const Estate &estate);
/// One component or dependency as the interchange JSON writes it.
QJsonObject componentJson(const Component &component);
QJsonObject dependencyJson(const Dependency &dependency);
/// A dependency named by its ends and type: "app -> db (runs-on)".
QString dependencyKey(const Dependency &dependency);

} // namespace planner
