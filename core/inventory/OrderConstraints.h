// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace planner {

/// A conflict someone has acknowledged: still listed, marked as waived, until it expires.
struct Waiver
{
    QString conflict; ///< the conflict's stable key (see compat/Conflict.h)
    QString reason;
    QDate expires; ///< the waiver no longer applies after this day
    QString by;    ///< who accepted it (a change-board member, the architect); may be empty
    friend bool operator==(const Waiver &, const Waiver &) = default;
};

/// A user's constraint on the upgrade order: the component's first step goes into `wave`
/// (0: no wave pin) and/or only after component `after` has reached its target.
struct OrderPin
{
    QString component;
    int wave = 0;
    QString after;
    friend bool operator==(const OrderPin &, const OrderPin &) = default;
};

} // namespace planner
