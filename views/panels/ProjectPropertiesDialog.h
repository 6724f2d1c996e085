// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace planner {

/// File > Project Properties: what the whole project is about (the `project` section of the
/// interchange format, docs/inventory-format.md): name, purpose, reason and urgency (free words,
/// the usual ones offered; the purpose, one sentence, wraps over a few lines), the start date (the plan's day zero, may be unset), the IANA time
/// zone the calendar's times are in (searchable; empty: plain wall-clock times) and the
/// go/no-go decision minutes. OK stays disabled, with a message naming the field, while a value
/// is not acceptable. The caller applies project() as one undoable edit.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectPropertiesDialog(const ProjectInfo &project, QWidget *parent = nullptr);

    /// The project as edited; meaningful when problem() is empty.
    ProjectInfo project() const;
    /// What is wrong with the values, naming the field ("Time zone: ..."); empty when none.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *purposeEdit() const { return m_purpose; }
    QComboBox *reasonCombo() const { return m_reason; }
    QComboBox *urgencyCombo() const { return m_urgency; }
    QDateEdit *startEdit() const { return m_start; }
    QCheckBox *noStartCheck() const { return m_noStart; }
    QComboBox *timeZoneCombo() const { return m_timeZone; }
    QSpinBox *decisionSpin() const { return m_decision; }
    QSpinBox *restoreTestSpin() const { return m_restoreTest; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void buildTimeZones();
    void validate();

    ProjectInfo m_original;
    QLineEdit *m_name;
    QPlainTextEdit *m_purpose;
    QComboBox *m_reason;
    QComboBox *m_urgency;
    QDateEdit *m_start;
    QCheckBox *m_noStart;
    QComboBox *m_timeZone;
    QSpinBox *m_decision;
    QSpinBox *m_restoreTest;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
