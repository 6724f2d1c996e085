// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compat/Conflict.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace planner {

/// For conflict badges on components (inventory table, graph nodes): the messages of the
/// conflicts each component is involved in, by component id, errors first, then warnings, then
/// information, each group in the checker's order. A component without a conflict has no
/// entry. Waived conflicts are acknowledged and left out unless @p includeWaived.
QHash<QString, QStringList> conflictMessagesByComponent(const QList<Conflict> &conflicts,
                                                        bool includeWaived = false);

/// The worst severity among the unwaived conflicts of each component, for the badge's colour.
QHash<QString, Conflict::Severity> worstSeverityByComponent(const QList<Conflict> &conflicts);

/// What the graph draws red, on screen and in exports: the components involved in an error no
/// waiver covers, with the messages of all their unwaived conflicts (errors first) for the
/// tooltip. Warnings alone (an ended support the plan fixes, say) do not make a box red: in an
/// estate being upgraded nearly every box has one, and red would then say nothing.
QHash<QString, QStringList> graphConflictMarks(const QList<Conflict> &conflicts);

} // namespace planner
