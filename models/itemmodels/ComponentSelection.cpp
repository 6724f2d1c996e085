// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentSelection.h"

namespace planner {

ComponentSelection::ComponentSelection(QObject *parent)
    : QObject(parent)
{}

void ComponentSelection::setSelection(const QStringList &ids, QObject *source)
{
    if (ids == m_ids)
        return;
    m_ids = ids;
    Q_EMIT selectionChanged(m_ids, source);
}

} // namespace planner
