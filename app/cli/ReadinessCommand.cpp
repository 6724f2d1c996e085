// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner readiness PROJECT [--json]
#include "CommandSupport.h"

#include "changes/ChangeAnalysis.h"
#include "changes/ChangeJson.h"
#include "exchange/JsonStream.h"

#include <QTextStream>

namespace planner::cli {

namespace {

QString readinessToText(const Readiness &r)
{
    QString text;
    QTextStream stream(&text);
    if (r.isReady()) {
        stream << Tr::tr("Ready for approval: nothing is missing.") << '\n';
        return text;
    }
    stream << Tr::tr("Not ready for approval: %n item(s) missing.", nullptr, int(r.items.size()))
           << '\n';
    for (const ReadinessItem &i : r.items) {
        QString subject = i.component;
        if (!i.window.isEmpty())
            subject = Tr::tr("window %1").arg(i.window);
        else if (!i.process.isEmpty())
            subject = Tr::tr("process %1").arg(i.process);
        else if (subject.isEmpty())
            subject = Tr::tr("plan");
        stream << "  " << i.kind.leftJustified(14) << ' ' << subject.leftJustified(12) << ' '
               << i.reason << '\n';
    }
    return text;
}

} // namespace

int runReadiness(const QStringList &arguments)
{
    return runReportCommand(
        QStringLiteral("readiness"),
        Tr::tr("Says what is missing before the plan should be approved: backups and restore\n"
               "tests, rollback plans, acceptance checks, messages, monitoring, business\n"
               "impact, certificates, pilots, configuration, the project's reason\n"
               "(docs/change-records.md). Each item names its component, window or process.\n"
               "Exit code 1 when something is missing."),
        Tr::tr("Print the checklist as JSON (fields in docs/cli.md)."), arguments,
        [](const Estate &estate, bool json) {
            const ChangeAnalysis a = analyseChange(estate);
            if (json) {
                const QJsonObject object = readinessToJson(a.readiness);
                return Report{QString(), !a.readiness.isReady(),
                              [object](JsonStream &stream) { stream.value(QJsonValue(object)); }};
            }
            return Report{readinessToText(a.readiness), !a.readiness.isReady(), {}};
        });
}

} // namespace planner::cli
