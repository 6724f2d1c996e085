// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace planner {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PlanReport", text, nullptr, n);
}

QJsonArray idList(const QStringList &ids)
{
    QJsonArray out;
    for (const QString &id : ids)
        out.append(id);
    return out;
}

} // namespace

QJsonObject planToJson(const UpgradePlan &plan)
{
    QJsonArray waves;
    QJsonArray steps;
    int wave = 0;
    auto closeWave = [&] {
        if (wave > 0)
            waves.append(QJsonObject{{QStringLiteral("index"), wave}, {QStringLiteral("steps"), steps}});
        steps = QJsonArray();
    };
    for (const PlanStep &s : plan.steps) {
        if (s.wave != wave) {
            closeWave();
            wave = s.wave;
        }
        steps.append(QJsonObject{
            {QStringLiteral("component"), s.component},
            {QStringLiteral("from"), s.from.text()},
            {QStringLiteral("to"), s.to.text()},
            {QStringLiteral("group"), s.group >= 0 ? QJsonValue(s.group + 1) : QJsonValue()},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("steppingStone"), s.steppingStone},
            {QStringLiteral("requiredStop"), s.requiredStop},
            {QStringLiteral("unsupportedStone"), s.unsupportedStone},
        });
    }
    closeWave();

    QJsonArray groups;
    for (int i = 0; i < plan.groups.size(); ++i)
        groups.append(QJsonObject{{QStringLiteral("id"), i + 1},
                                  {QStringLiteral("components"), idList(plan.groups[i].components)},
                                  {QStringLiteral("reason"), plan.groups[i].reason}});
    QJsonArray blocked;
    for (const BlockedUpgrade &b : plan.blocked)
        blocked.append(QJsonObject{{QStringLiteral("component"), b.component},
                                   {QStringLiteral("reason"), b.reason}});
    QJsonArray pins;
    for (const PinProblem &p : plan.pinProblems)
        pins.append(QJsonObject{{QStringLiteral("component"), p.component},
                                {QStringLiteral("reason"), p.reason}});
    return QJsonObject{{QStringLiteral("waves"), waves},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("blocked"), blocked},
                       {QStringLiteral("pinProblems"), pins}};
}

QString planToText(const UpgradePlan &plan)
{
    QString text;
    QTextStream out(&text);
    // Marked for lupdate, which gives them English plural forms (translations/*_en.ts).
    const auto count = [](const char *text, int n) {
        return QCoreApplication::translate("PlanReport", text, nullptr, n);
    };
    out << count(QT_TRANSLATE_N_NOOP("PlanReport", "%n step(s)"), int(plan.steps.size()))
        << count(QT_TRANSLATE_N_NOOP("PlanReport", " in %n wave(s)"), plan.waveCount());
    if (!plan.groups.isEmpty())
        out << count(QT_TRANSLATE_N_NOOP("PlanReport", ", %n group(s) moving together"),
                     int(plan.groups.size()));
    if (!plan.blocked.isEmpty())
        out << count(QT_TRANSLATE_N_NOOP("PlanReport", ", %n upgrade(s) blocked"),
                     int(plan.blocked.size()));
    out << "\n";
    int width = 0;
    for (const PlanStep &s : plan.steps)
        width = std::max<int>(width, int(s.component.size()));
    int wave = 0;
    for (const PlanStep &s : plan.steps) {
        if (s.wave != wave) {
            wave = s.wave;
            out << "\n" << tr("Wave %1").arg(wave) << "\n";
        }
        QString move = QStringLiteral("%1 -> %2").arg(s.from.text(), s.to.text());
        if (s.group >= 0)
            move += tr(" [group %1]").arg(s.group + 1);
        out << "  " << s.component.leftJustified(width) << "  " << move.leftJustified(22) << "  "
            << s.reason << "\n";
    }
    if (!plan.groups.isEmpty()) {
        out << "\n" << tr("Groups (each moves in one window)") << "\n";
        for (int i = 0; i < plan.groups.size(); ++i)
            out << "  " << (i + 1) << ": " << plan.groups[i].components.join(QStringLiteral(", "))
                << " - " << plan.groups[i].reason << "\n";
    }
    if (!plan.blocked.isEmpty()) {
        out << "\n" << tr("Blocked") << "\n";
        for (const BlockedUpgrade &b : plan.blocked)
            out << "  " << b.component << ": " << b.reason << "\n";
    }
    if (!plan.pinProblems.isEmpty()) {
        out << "\n" << tr("Pins that cannot hold") << "\n";
        for (const PinProblem &p : plan.pinProblems)
            out << "  " << p.component << ": " << p.reason << "\n";
    }
    return text;
}

} // namespace planner
