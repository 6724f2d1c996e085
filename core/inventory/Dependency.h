// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versions/VersionRange.h"

#include <QString>

#include <optional>

namespace planner {

/// `from` depends on `to`: it needs `to` running, at a version inside `requirement` if given,
/// whatever version `from` itself runs.
struct Dependency
{
    QString from;
    QString to;
    QString type = QStringLiteral("uses");
    std::optional<VersionRange> requirement;

    friend bool operator==(const Dependency &, const Dependency &) = default;
};

} // namespace planner
