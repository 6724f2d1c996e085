// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace planner {

/// Edit > Preferences: the language, the autosave interval, the durations of the components
/// the user adds (per kind and phase), and the maintenance window and restore-test age limit a
/// new project starts with.
/// The caller saves preferences() when the dialog is accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *autosaveSpin() const { return m_autosave; }
    QTableWidget *durationTable() const { return m_durations; }
    QSpinBox *restoreTestSpin() const { return m_restoreTest; }

private:
    QWidget *generalPage();
    QWidget *durationsPage();
    QWidget *newProjectPage();
    void resetDurations();

    Preferences m_initial;
    QComboBox *m_language = nullptr;
    QSpinBox *m_autosave = nullptr;
    QTableWidget *m_durations = nullptr;
    QCheckBox *m_window = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_windowStart = nullptr;
    QSpinBox *m_windowHours = nullptr;
    QSpinBox *m_windowWeeks = nullptr;
    QSpinBox *m_restoreTest = nullptr;
};

} // namespace planner
