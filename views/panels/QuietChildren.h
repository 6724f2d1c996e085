// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace planner {

/// Cuts every connection from @p owner's children to @p owner. A form calls it first thing in
/// its destructor: QWidget's destructor deletes the children only after the form's own part is
/// gone, and a line editor that has the focus then still sends editingFinished to a slot of the
/// form (undefined behaviour, found by UBSan in tst_componentdetailspanel).
inline void disconnectChildren(QObject *owner)
{
    const QList<QObject *> children = owner->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, owner, nullptr);
}

} // namespace planner
