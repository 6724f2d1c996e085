// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test estates written as the interchange format's sections, so that each test reads like the
// file a user would write. The plan starts on 2027-01-09.

#include "exchange/EstateJson.h"
#include "inventory/Estate.h"

namespace planner::testsupport {

/// The estate of @p sections (`"components":[...],...`), after a header and @p more sections
/// (ending in a comma) such as sites. A test estate that does not load stops the test run.
inline Estate estateFromSections(const char *sections, const char *more = "")
{
    const QByteArray json = QByteArray(R"({"format":"upgrade-planner-estate","formatVersion":1,)"
                                       R"("project":{"name":"t","start":"2027-01-09"},)")
                            + more + sections + "}";
    auto estate = readEstateJson(json);
    if (!estate)
        qFatal("test estate does not load: %s", qPrintable(estate.error().text()));
    return *estate;
}

} // namespace planner::testsupport
