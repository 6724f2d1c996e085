// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include <QCoreApplication>
#include <QSettings>

namespace planner {

namespace {

const QString prefix = QStringLiteral("preferences/");

QString key(const char *name)
{
    return prefix + QLatin1String(name);
}

} // namespace

Preferences::Preferences()
{
    for (int k = 0; k < componentKindCount; ++k)
        durations[size_t(k)] = defaultDurations(ComponentKind(k));
}

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.language = s.value(key("language")).toString();
    p.autosaveMinutes = qBound(0, s.value(key("autosaveMinutes"), p.autosaveMinutes).toInt(), 120);
    for (int k = 0; k < componentKindCount; ++k) {
        const QString kind = kindName(ComponentKind(k));
        for (int ph = 0; ph < phaseCount; ++ph) {
            const QVariant v = s.value(
                prefix + QStringLiteral("durations/%1/%2").arg(kind, phaseName(Phase(ph))));
            bool ok = false;
            const int minutes = v.toInt(&ok);
            if (v.isValid() && ok && minutes >= 0 && minutes <= 7 * 24 * 60)
                p.durations[size_t(k)][size_t(ph)] = minutes;
        }
    }
    p.newProjectWindow = s.value(key("newProjectWindow"), p.newProjectWindow).toBool();
    p.windowWeekday = qBound(1, s.value(key("windowWeekday"), p.windowWeekday).toInt(), 7);
    const QTime start = QTime::fromString(s.value(key("windowStart")).toString(), u"HH:mm");
    if (start.isValid())
        p.windowStart = start;
    p.windowHours = qBound(1, s.value(key("windowHours"), p.windowHours).toInt(), 72);
    p.windowWeeks = qBound(1, s.value(key("windowWeeks"), p.windowWeeks).toInt(), 104);
    p.restoreTestMaxDays = qBound(1,
                                  s.value(key("restoreTestMaxDays"), p.restoreTestMaxDays).toInt(),
                                  maxRestoreTestMaxDays);
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(key("language"), language);
    s.setValue(key("autosaveMinutes"), autosaveMinutes);
    const Preferences defaults;
    for (int k = 0; k < componentKindCount; ++k) {
        const QString kind = kindName(ComponentKind(k));
        for (int ph = 0; ph < phaseCount; ++ph) {
            const QString name = prefix
                                 + QStringLiteral("durations/%1/%2").arg(kind, phaseName(Phase(ph)));
            const int minutes = durations[size_t(k)][size_t(ph)];
            if (minutes == defaults.durations[size_t(k)][size_t(ph)])
                s.remove(name);
            else
                s.setValue(name, minutes);
        }
    }
    s.setValue(key("newProjectWindow"), newProjectWindow);
    s.setValue(key("windowWeekday"), windowWeekday);
    s.setValue(key("windowStart"), windowStart.toString(u"HH:mm"));
    s.setValue(key("windowHours"), windowHours);
    s.setValue(key("windowWeeks"), windowWeeks);
    s.setValue(key("restoreTestMaxDays"), restoreTestMaxDays);
}

QList<std::pair<QString, QString>> Preferences::languages()
{
    return {{QString(),
             QCoreApplication::translate("planner::PreferencesDialog", "The system's language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString Preferences::savedLanguage()
{
    return QSettings().value(key("language")).toString();
}

PhaseDurations Preferences::durationsFor(ComponentKind kind) const
{
    PhaseDurations out;
    const auto builtIn = defaultDurations(kind);
    for (int ph = 0; ph < phaseCount; ++ph)
        if (durations[size_t(kind)][size_t(ph)] != builtIn[size_t(ph)])
            out.minutes[size_t(ph)] = durations[size_t(kind)][size_t(ph)];
    return out;
}

MaintenanceWindow Preferences::windowFrom(const QDate &from) const
{
    QDate day = from;
    while (day.dayOfWeek() != windowWeekday)
        day = day.addDays(1);
    MaintenanceWindow w;
    w.id = QStringLiteral("weekly");
    w.start = QDateTime(day, windowStart, Qt::UTC); // wall-clock time, held as UTC
    w.end = w.start.addSecs(qint64(windowHours) * 3600);
    w.repeatWeekly = windowWeeks;
    return w;
}

} // namespace planner
