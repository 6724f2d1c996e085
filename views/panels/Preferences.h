// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Calendar.h"
#include "inventory/Component.h"
#include "inventory/Estate.h"
#include "inventory/Kinds.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <array>

namespace planner {

/// The user's preferences (Edit > Preferences), kept in QSettings under `preferences/`. They
/// shape what the user creates, never how a project is judged: a project analyses the same on
/// every machine, so durations and windows taken from here are written into the project.
struct Preferences
{
    /// The GUI's language: empty for the system's, else "en", "de" or "zh_CN". Takes effect at
    /// the next start.
    QString language;
    /// Minutes between automatic saves of a project that has a file and unsaved changes; 0: off.
    int autosaveMinutes = 5;
    /// Minutes per phase for components the user adds, by kind (the built-in defaults unless
    /// the user changed them).
    std::array<std::array<int, phaseCount>, componentKindCount> durations;
    /// The weekly maintenance window a new project starts with.
    bool newProjectWindow = true;
    int windowWeekday = Qt::Saturday; ///< 1 Monday .. 7 Sunday
    QTime windowStart{22, 0};
    int windowHours = 6;
    int windowWeeks = 8;
    /// The restore-test age limit (project.restoreTestMaxDays) a new project starts with.
    int restoreTestMaxDays = defaultRestoreTestMaxDays;

    Preferences();
    static Preferences load();
    void save() const;

    /// The languages offered, as (code, name in that language); the first is the system's.
    static QList<std::pair<QString, QString>> languages();
    /// The language code saved in the settings, without loading the rest.
    static QString savedLanguage();

    /// The durations a component of @p kind gets when added: only the phases where the
    /// preference differs from the built-in default are written, so that a project keeps
    /// following the defaults where the user did not choose otherwise.
    PhaseDurations durationsFor(ComponentKind kind) const;
    /// The window a new project starts with, its first occurrence on or after @p from.
    MaintenanceWindow windowFrom(const QDate &from) const;
};

} // namespace planner
