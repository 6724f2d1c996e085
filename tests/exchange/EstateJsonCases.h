// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the estate JSON tests share: a document made of the format header and a few members.

#include <QByteArray>

namespace planner::testing {

// A document with the format header and the given members after it.
inline QByteArray doc(const char *members = "")
{
    QByteArray out = R"({"format": "upgrade-planner-estate", "formatVersion": 1)";
    if (*members)
        out += ", ";
    out += members;
    out += '}';
    return out;
}

} // namespace planner::testing
