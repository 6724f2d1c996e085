// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade-planner compare PROJECT [--json] [--accept]
#include "CommandSupport.h"

#include "changes/ChangeJson.h"
#include "changes/PlannedActual.h"
#include "exchange/JsonStream.h"
#include "storage/ProjectFile.h"
#include "storage/ServerUrl.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

namespace planner::cli {

namespace {

const QString command = QStringLiteral("compare");

QString cell(int planned, const std::optional<int> &actual)
{
    return actual ? QStringLiteral("%1/%2").arg(planned).arg(*actual)
                  : QStringLiteral("%1/-").arg(planned);
}

QString average(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 0) : QStringLiteral("-");
}

QString ratioText(const std::optional<double> &r)
{
    return r ? QString::number(*r, 'f', 2) : QStringLiteral("-");
}

QString comparisonToText(const PlanComparison &c)
{
    QString text;
    QTextStream stream(&text);
    if (c.steps.isEmpty()) {
        stream << Tr::tr("Nothing recorded yet: enter actuals with `%1 record`.").arg(programName())
               << '\n';
        return text;
    }
    stream << Tr::tr("Planned/actual minutes per phase:") << '\n';
    stream << "  " << Tr::tr("component").leftJustified(16) << Tr::tr("kind").leftJustified(12);
    for (int p = 0; p < phaseCount; ++p)
        stream << phaseName(Phase(p)).leftJustified(10);
    stream << Tr::tr("total").leftJustified(10) << Tr::tr("ratio") << '\n';
    for (const StepComparison &s : c.steps) {
        stream << "  " << s.component.leftJustified(16) << kindName(s.kind).leftJustified(12);
        for (int p = 0; p < phaseCount; ++p)
            stream << cell(s.planned[size_t(p)], s.actual[size_t(p)]).leftJustified(10);
        stream << QStringLiteral("%1/%2").arg(s.plannedTotal).arg(s.actualTotal).leftJustified(10)
               << ratioText(s.ratio) << '\n';
    }
    stream << Tr::tr("Per kind, average planned/actual minutes:") << '\n';
    for (const KindComparison &k : c.kinds) {
        stream << "  " << kindName(k.kind).leftJustified(16)
               << Tr::tr("%n step(s)", nullptr, k.steps).leftJustified(12);
        for (int p = 0; p < phaseCount; ++p)
            stream << (average(k.averagePlanned[size_t(p)]) + u'/'
                       + average(k.averageActual[size_t(p)]))
                          .leftJustified(10);
        stream << QString().leftJustified(10) << ratioText(k.ratio) << '\n';
    }
    return text;
}

QJsonArray estimatesJson(const QList<KindEstimate> &estimates)
{
    QJsonArray list;
    for (const KindEstimate &e : estimates) {
        QJsonObject durations;
        for (int p = 0; p < phaseCount; ++p) {
            const auto &m = e.durations[Phase(p)];
            durations.insert(phaseName(Phase(p)), m ? QJsonValue(*m) : QJsonValue());
        }
        list.append(QJsonObject{{QStringLiteral("kind"), kindName(e.kind)},
                                {QStringLiteral("durations"), durations}});
    }
    return list;
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Prints planned against actual durations, per recorded step and per component\n"
               "kind. With --accept (a project: a .uplan or a shared project's URL) the average\n"
               "actual minutes of each kind become the project's estimates: the next schedule\n"
               "plans with them for components without their own figures."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the comparison as JSON (fields in docs/cli.md)."));
    const QCommandLineOption accept(QStringLiteral("accept"),
                                    Tr::tr("Store the per-kind averages as the project's "
                                           "estimates."));
    parser.addOptions({json, accept});
    if (const auto stop = parseProjectArguments(parser, command, arguments))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    // Estimates belong to the project, not to one scenario: --accept saves the baseline.
    if (parser.isSet(accept) && parser.isSet(QStringLiteral("scenario")))
        return usageError(command, Tr::tr("--accept stores estimates in the project itself; "
                                          "leave out --scenario"));
    if (parser.isSet(accept) && !ServerLocation::isUrl(path) && !QFileInfo::exists(path))
        return inputError(Tr::tr("%1: no such file").arg(path));
    if (parser.isSet(accept) && !isProjectLocation(path))
        return inputError(Tr::tr("%1: --accept stores the estimates in a project (a .uplan file "
                                 "or a shared project's URL), and this is not one")
                              .arg(path));
    // A project to save into is read with the revision it is at, the base of that save.
    qint64 revision = 0;
    std::optional<Estate> estate;
    if (parser.isSet(accept)) {
        Expected<Estate> loaded = loadProject(path, &revision);
        if (!loaded)
            return inputError(loaded.error().text());
        estate = std::move(*loaded);
    } else {
        estate = loadInput(path, chosenScenario(parser));
    }
    if (!estate)
        return ExitUsage;

    const PlanComparison comparison = comparePlannedActual(*estate);
    QList<KindEstimate> accepted;
    if (parser.isSet(accept)) {
        const Estate base = *estate;
        acceptEstimates(*estate, comparison);
        accepted = estate->records.estimates;
        const Expected<Done> saved = saveProjectEdits(path, base, *estate, revision);
        if (!saved)
            return inputError(saved.error().text());
    }
    if (parser.isSet(json)) {
        QJsonObject object = comparisonToJson(comparison);
        if (parser.isSet(accept))
            object.insert(QStringLiteral("accepted"), estimatesJson(accepted));
        flushStreams();
        JsonStream stream(stdout);
        stream.value(QJsonValue(object));
        stream.finish();
        return ExitSuccess;
    }
    out() << comparisonToText(comparison);
    if (parser.isSet(accept))
        out() << Tr::tr("Accepted: the project's estimates now hold %n kind(s).", nullptr,
                        int(accepted.size()))
              << '\n';
    return ExitSuccess;
}

} // namespace planner::cli
