// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace planner {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_initial(preferences)
{
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalPage(), tr("General"));
    tabs->addTab(durationsPage(), tr("Durations"));
    tabs->addTab(newProjectPage(), tr("New Projects"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this, tabs] {
                const Preferences defaults;
                if (tabs->currentIndex() == 1) {
                    resetDurations();
                } else if (tabs->currentIndex() == 0) {
                    m_language->setCurrentIndex(0);
                    m_autosave->setValue(defaults.autosaveMinutes);
                } else {
                    m_window->setChecked(defaults.newProjectWindow);
                    m_weekday->setCurrentIndex(defaults.windowWeekday - 1);
                    m_windowStart->setTime(defaults.windowStart);
                    m_windowHours->setValue(defaults.windowHours);
                    m_windowWeeks->setValue(defaults.windowWeeks);
                    m_restoreTest->setValue(defaults.restoreTestMaxDays);
                }
            });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::generalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    for (const auto &[code, name] : Preferences::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initial.language)));
    form->addRow(tr("&Language:"), m_language);
    auto *restart = new QLabel(tr("A new language applies when the program starts again."), page);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);

    m_autosave = new QSpinBox(page);
    m_autosave->setRange(0, 120);
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setValue(m_initial.autosaveMinutes);
    form->addRow(tr("&Autosave every:"), m_autosave);
    auto *autosaveNote = new QLabel(
        tr("Unsaved changes are copied at this interval to a recovery folder, never into "
           "the project: after a crash the next start offers to restore them."),
        page);
    autosaveNote->setWordWrap(true);
    form->addRow(QString(), autosaveNote);
    return page;
}

QWidget *PreferencesDialog::durationsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("Minutes of each phase for the components you add, by kind. A "
                               "component keeps the durations it was given; these only fill "
                               "new ones."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_durations = new QTableWidget(componentKindCount, phaseCount, page);
    m_durations->setHorizontalHeaderLabels(
        {tr("Prepare"), tr("Backup"), tr("Execute"), tr("Verify"), tr("Rollback")});
    QStringList kinds;
    for (int k = 0; k < componentKindCount; ++k)
        kinds << kindLabel(ComponentKind(k));
    m_durations->setVerticalHeaderLabels(kinds);
    m_durations->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int k = 0; k < componentKindCount; ++k)
        for (int ph = 0; ph < phaseCount; ++ph) {
            auto *spin = new QSpinBox(m_durations);
            spin->setRange(0, 7 * 24 * 60);
            spin->setFrame(false);
            spin->setValue(m_initial.durations[size_t(k)][size_t(ph)]);
            m_durations->setCellWidget(k, ph, spin);
        }
    layout->addWidget(m_durations);
    return page;
}

QWidget *PreferencesDialog::newProjectPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_window = new QCheckBox(tr("Start each new project with a weekly maintenance window"), page);
    m_window->setChecked(m_initial.newProjectWindow);
    form->addRow(m_window);
    m_weekday = new QComboBox(page);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(m_initial.windowWeekday - 1);
    form->addRow(tr("&Day:"), m_weekday);
    m_windowStart = new QTimeEdit(m_initial.windowStart, page);
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&Starts at:"), m_windowStart);
    m_windowHours = new QSpinBox(page);
    m_windowHours->setRange(1, 72);
    m_windowHours->setSuffix(tr(" h"));
    m_windowHours->setValue(m_initial.windowHours);
    form->addRow(tr("&Length:"), m_windowHours);
    m_windowWeeks = new QSpinBox(page);
    m_windowWeeks->setRange(1, 104);
    m_windowWeeks->setValue(m_initial.windowWeeks);
    form->addRow(tr("&Weeks:"), m_windowWeeks);
    for (QWidget *w :
         {static_cast<QWidget *>(m_weekday), static_cast<QWidget *>(m_windowStart),
          static_cast<QWidget *>(m_windowHours), static_cast<QWidget *>(m_windowWeeks)}) {
        w->setEnabled(m_window->isChecked());
        connect(m_window, &QCheckBox::toggled, w, &QWidget::setEnabled);
    }
    m_restoreTest = new QSpinBox(page);
    m_restoreTest->setRange(1, maxRestoreTestMaxDays);
    m_restoreTest->setSuffix(tr(" days"));
    m_restoreTest->setValue(m_initial.restoreTestMaxDays);
    form->addRow(tr("&Restore tests valid for:"), m_restoreTest);
    auto *restoreNote = new QLabel(
        tr("A backup whose restore was last tested longer before the plan starts counts as "
           "not proven. Each project keeps its own limit (File > Project Properties)."),
        page);
    restoreNote->setWordWrap(true);
    form->addRow(QString(), restoreNote);
    return page;
}

void PreferencesDialog::resetDurations()
{
    const Preferences defaults;
    for (int k = 0; k < componentKindCount; ++k)
        for (int ph = 0; ph < phaseCount; ++ph)
            static_cast<QSpinBox *>(m_durations->cellWidget(k, ph))
                ->setValue(defaults.durations[size_t(k)][size_t(ph)]);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.language = m_language->currentData().toString();
    p.autosaveMinutes = m_autosave->value();
    for (int k = 0; k < componentKindCount; ++k)
        for (int ph = 0; ph < phaseCount; ++ph)
            p.durations[size_t(k)][size_t(ph)]
                = static_cast<QSpinBox *>(m_durations->cellWidget(k, ph))->value();
    p.newProjectWindow = m_window->isChecked();
    p.windowWeekday = m_weekday->currentData().toInt();
    p.windowStart = m_windowStart->time();
    p.windowHours = m_windowHours->value();
    p.windowWeeks = m_windowWeeks->value();
    p.restoreTestMaxDays = m_restoreTest->value();
    return p;
}

} // namespace planner
