// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentSelection.h"

namespace planner {

ComponentSelection::ComponentSelection(QObject *parent)
    : QObject(parent)
{
}

void ComponentSelection::setSelection(const QStringList &ids, QObject *source, Origin origin)
{
    if (ids == m_ids && origin == m_origin)
        return;
    m_ids = ids;
    m_origin = origin;
    Q_EMIT selectionChanged(m_ids, source);
}

} // namespace planner
