// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner risk PROJECT [--json]
#include "CommandSupport.h"

#include "changes/ChangeAnalysis.h"
#include "changes/ChangeJson.h"
#include "exchange/JsonStream.h"

#include <QTextStream>

namespace planner::cli {

namespace {

QString riskToText(const PlanRisk &r)
{
    QString text;
    QTextStream stream(&text);
    stream << Tr::tr("Plan risk: %1 (score %2). Review path: %3.")
                  .arg(r.level)
                  .arg(r.score)
                  .arg(r.reviewPath)
           << '\n'
           << "  " << r.guidance << '\n';
    for (const StepRisk &s : r.steps) {
        stream << Tr::tr("step %1  %2 %3 -> %4  %5 (%6)")
                      .arg(s.planStep + 1)
                      .arg(s.component, s.from.text(), s.to.text(), s.level)
                      .arg(s.score)
               << '\n';
        for (const RiskItem &i : s.items)
            stream << "    +" << i.points << ' ' << i.rule << ": " << i.cause << '\n';
    }
    return text;
}

} // namespace

int runRisk(const QStringList &arguments)
{
    return runReportCommand(
        QStringLiteral("risk"),
        Tr::tr("Scores the risk of each step and of the plan by the rules of\n"
               "docs/change-records.md (criticality, irreversible steps, untested or stale\n"
               "restores, intermediate-state conflicts, roles without a stand-in, windows with\n"
               "little slack, stricter processes, major versions), each point with its cause,\n"
               "and says which review path fits. Exit code 1 when the plan's risk is high."),
        Tr::tr("Print the scores as JSON (fields in docs/cli.md)."), arguments,
        [](const Estate &estate, bool json) {
            const ChangeAnalysis a = analyseChange(estate);
            const bool high = a.risk.level == u"high";
            if (json) {
                const QJsonObject object = riskToJson(a.risk);
                return Report{QString(), high,
                              [object](JsonStream &stream) { stream.value(QJsonValue(object)); }};
            }
            return Report{riskToText(a.risk), high, {}};
        });
}

} // namespace planner::cli
