// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/Estate.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace planner {

/// Asks which component needs which, how (type) and at which versions (range). OK stays
/// disabled, with the reason shown, while the choice is not a valid new dependency.
class AddDependencyDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p from preselects the component that depends (usually the selected one).
    AddDependencyDialog(const Estate &estate, const QStringList &types, const QString &from,
                        QWidget *parent = nullptr);

    /// The dependency as chosen; valid when problem() is empty.
    Dependency dependency() const;
    /// Why the current choice cannot be added, or an empty text.
    QString problem() const;

    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *rangeEdit() const { return m_range; }

private:
    void validate();

    const Estate &m_estate;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_type;
    QLineEdit *m_range;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace planner
