// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

class QComboBox;

namespace planner {

// Fillers for the combo boxes that pick a kind, criticality, site or component: the label is
// for people, the item data is the value the model and the format use.

/// Every component kind: "Database" shown, "database" as data.
void fillKinds(QComboBox *combo);
/// Low ... critical, in order of severity.
void fillCriticalities(QComboBox *combo);
/// "(no site)" and every site as "Frankfurt DC (fra)"; @p current is kept, marked unknown,
/// when no site has that id, so an imported reference is never lost by opening the editor.
void fillSites(QComboBox *combo, const QList<Site> &sites, const QString &current);
/// Every component as "pg-core — Ledger database", the id as data.
void fillComponents(QComboBox *combo, const Estate &estate);
/// Makes the item whose data is @p value current (the first item when none has it).
void selectData(QComboBox *combo, const QString &value);

} // namespace planner
