// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small estates with known analysis results for the analysis panels' tests, written in the
// interchange format so that each reads like the file a user would write.

#include "EstateSections.h"

namespace planner::analysistest {

inline Estate estateFrom(const char *sections)
{
    return testsupport::estateFromSections(sections, R"("sites":[{"id":"fra","name":"Frankfurt"},)"
                                                     R"({"id":"dus","name":"Düsseldorf"}],)");
}

/// The ledger and its PostgreSQL, as in the specification: ledger 4.x needs postgresql
/// >=11 <15, ledger 5 needs >=13 <17, so PostgreSQL stops at 14.13 while the ledger moves:
/// three waves.
inline Estate ledgerEstate()
{
    return estateFrom(R"(
      "components":[
        {"id":"pg-core","kind":"database","product":"postgresql","version":"12.20",
         "target":"16.6","site":"fra"},
        {"id":"ledger-app","kind":"application","product":"ledger","version":"4.2",
         "target":"5.0","site":"fra"}],
      "dependencies":[{"from":"ledger-app","to":"pg-core"}],
      "catalog":[
        {"product":"ledger","releases":["4.2","5.0"]},
        {"product":"ledger","when":"4.x","requires":{"postgresql":">=11 <15"}},
        {"product":"ledger","when":">=5","requires":{"postgresql":">=13 <17"}},
        {"product":"postgresql","releases":["12.20","13.16","14.13","15.8","16.6"]}])");
}

/// One conflict of each of five kinds, with products the bundled lifecycle data does not know
/// (so that the answer does not change with that data):
/// - crm 3.0 requires orderdb >=13 while db runs 12.2: unsatisfied today (error, current);
/// - broker 9.9 is not in the catalog: no upgrade path for mq (error, target);
/// - report uses ghost, which does not exist (error, current);
/// - orderdb 12 support ended 2026-06-30, before the plan starts (warning, current);
/// - orderdb runs 12.2 in Frankfurt and 14.1 in Düsseldorf (warning, current).
inline Estate conflictEstate()
{
    return estateFrom(R"(
      "components":[
        {"id":"db","kind":"database","product":"orderdb","version":"12.2","target":"16.1",
         "site":"fra"},
        {"id":"db-dr","kind":"database","product":"orderdb","version":"14.1","target":"16.1",
         "site":"dus"},
        {"id":"crm","kind":"application","product":"crm","version":"3.0","site":"fra"},
        {"id":"mq","kind":"middleware","product":"broker","version":"3.8","target":"9.9",
         "site":"fra"},
        {"id":"report","kind":"application","product":"report","version":"1.0","site":"fra"}],
      "dependencies":[
        {"from":"crm","to":"db","requires":">=13"},
        {"from":"report","to":"ghost"}],
      "catalog":[
        {"product":"orderdb","releases":["12.2","13.1","14.1","16.1"],
         "support":[{"cycle":"12","ends":"2026-06-30"}]},
        {"product":"broker","releases":["3.8","3.12"]}])");
}

} // namespace planner::analysistest
