// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComboChoices.h"

#include <QComboBox>
#include <QCoreApplication>

namespace planner {

void fillKinds(QComboBox *combo)
{
    combo->clear();
    for (int i = 0; i < componentKindCount; ++i)
        combo->addItem(kindLabel(ComponentKind(i)), kindName(ComponentKind(i)));
}

void fillCriticalities(QComboBox *combo)
{
    combo->clear();
    for (int i = 0; i < criticalityCount; ++i)
        combo->addItem(criticalityLabel(Criticality(i)), criticalityName(Criticality(i)));
}

void fillSites(QComboBox *combo, const QList<Site> &sites, const QString &current)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("ComboChoices", "(no site)"), QString());
    bool known = current.isEmpty();
    for (const Site &site : sites) {
        const QString label = site.name.isEmpty()
                                  ? site.id
                                  : QStringLiteral("%1 (%2)").arg(site.name, site.id);
        combo->addItem(label, site.id);
        known = known || site.id == current;
    }
    if (!known)
        combo->addItem(QCoreApplication::translate("ComboChoices", "%1 (unknown site)").arg(current),
                       current);
}

void fillComponents(QComboBox *combo, const Estate &estate)
{
    combo->clear();
    for (const Component &c : estate.components())
        combo->addItem(c.name.isEmpty() ? c.id : QStringLiteral("%1 — %2").arg(c.id, c.name), c.id);
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace planner
