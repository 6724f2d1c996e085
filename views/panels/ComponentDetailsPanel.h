// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Component.h"

#include <QWidget>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QUndoStack;

namespace planner {

class EstateStore;

/// Edits every field of one component: identity, versions, where it runs and who owns it,
/// how long each phase of its upgrade step takes (or the kind's default), whether the step can
/// be rolled back, its backup and the staff roles it needs. Each change is pushed as an
/// EditComponentCommand; the panel shows what the estate holds, so undo shows up here too.
class ComponentDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    ComponentDetailsPanel(EstateStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ComponentDetailsPanel() override;

    /// Shows component @p id; an empty or unknown id shows that nothing is selected.
    void setComponentId(const QString &id);
    QString componentId() const { return m_componentId; }

    /// The editors, for tests and for focusing a field after "Add component".
    QLineEdit *idEdit() const { return m_idEdit; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *versionEdit() const { return m_version; }
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *kindCombo() const { return m_kind; }
    QSpinBox *durationSpin(Phase phase) const { return m_durations[size_t(phase)]; }
    QCheckBox *reversibleCheck() const { return m_reversible; }
    QGroupBox *backupGroup() const { return m_backup; }
    QLineEdit *rolesEdit() const { return m_roles; }
    /// Why the last edit was refused, empty when it was taken.
    QString errorText() const;

private:
    void buildForm();
    void connectEditors();
    void connectStore();
    void refresh();
    void refreshSites(const QString &current);
    const Component *current() const;
    /// Applies @p change to a copy of the component and pushes the edit; false when refused.
    bool edit(const std::function<bool(Component &)> &change);
    bool editVersion(QLineEdit *edit, bool optional);
    void showError(const QString &text);

    EstateStore *m_store;
    QUndoStack *m_undoStack;
    QString m_componentId;
    int m_row = -1;
    bool m_updating = false;

    QLabel *m_heading = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_product = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_site = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_criticality = nullptr;
    std::array<QSpinBox *, phaseCount> m_durations{};
    QCheckBox *m_reversible = nullptr;
    QLineEdit *m_roles = nullptr;
    QGroupBox *m_backup = nullptr;
    QLineEdit *m_backupMethod = nullptr;
    QDateEdit *m_restoreTest = nullptr;
    QSpinBox *m_restoreMinutes = nullptr;
};

} // namespace planner
