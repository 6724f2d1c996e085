// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"
#include "inventory/Expected.h"

#include <QHash>
#include <QList>
#include <QString>

namespace planner {

/// One element two people changed at once, each differently: a component, a dependency, a
/// window, a field of the project... The values are the interchange JSON's, compact; an empty
/// one means the element is absent on that side (never there, or removed).
struct EditConflict
{
    QString section; ///< the JSON section: "components", "dependencies", "project", "windows"...
    QString item;    ///< which element: an id, a dependency's "from -> to (type)"; may be empty
    QString field;   ///< for a single object such as the project: which of its fields
    QString base;    ///< as it was when both started
    QString mine;    ///< as this copy has it
    QString theirs;  ///< as the other save left it
    /// A component removed on one side while the other added or kept dependencies on it.
    bool removalInUse = false;

    /// Names the element for choices (ConflictChoices): section, item and field.
    QString key() const;
    /// "component pg-core", "the project's name", "window sat-night": what it is, in words.
    QString label() const;
    /// What each side did, field by field, in words: "version 14 → 15".
    QString mineSummary() const;
    QString theirsSummary() const;

    friend bool operator==(const EditConflict &, const EditConflict &) = default;
};

enum class Choice { Theirs, Mine };
/// The user's choice for each conflict, by EditConflict::key().
using ConflictChoices = QHash<QString, Choice>;

/// Two sets of edits of the same project combined: those of this copy ("mine") and those of a
/// save that came first ("theirs"), both made on the same @p base.
struct ConcurrentMerge
{
    Estate merged;                 ///< both sets of edits, each conflict as chosen
    QList<EditConflict> conflicts; ///< every conflict, chosen or not
    QList<EditConflict> undecided; ///< those with no choice yet: nothing may be saved
    int mineKept = 0;              ///< elements only this copy changed, carried over
    int theirsKept = 0;            ///< elements only the other save changed, kept
};

/// Combines concurrent edits element by element, as row versions do: components by id,
/// dependencies by their ends and type (each occurrence), the elements of every other list by
/// id (a list without ids as a whole), and the project and the layout field by field.
/// An element only one side changed takes that side's value; one both changed the same way is
/// no conflict; one both changed differently is a conflict, settled by @p choices or left
/// undecided (the other save's value stands in ConcurrentMerge::merged meanwhile). Removing
/// a component the other side still uses (a dependency of its own) is a conflict too.
/// Elements keep the other save's order, this copy's additions come after.
/// Fails only when the combination cannot be read back as an estate (the message says why).
Expected<ConcurrentMerge> mergeConcurrentEdits(const Estate &base, const Estate &mine,
                                               const Estate &theirs,
                                               const ConflictChoices &choices = {});

/// Each conflict on a line of its own: "component pg-core: you changed version "14" → "15";
/// they changed version "14" → "16"".
QString describeConflicts(const QList<EditConflict> &conflicts);

} // namespace planner
