// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddDependencyDialog.h"

#include "ComboChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace planner {

AddDependencyDialog::AddDependencyDialog(const Estate &estate, const QStringList &types,
                                         const QString &from, QWidget *parent)
    : QDialog(parent)
    , m_estate(estate)
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_range(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Dependency"));
    fillComponents(m_from, estate);
    fillComponents(m_to, estate);
    selectData(m_from, from);
    // Preselect something other than the component itself.
    m_to->setCurrentIndex(m_from->currentIndex() == 0 && m_to->count() > 1 ? 1 : 0);
    m_type->setEditable(true);
    m_type->addItems(types);
    m_type->setCurrentText(QStringLiteral("uses"));
    m_range->setPlaceholderText(tr("any version, or e.g. >=12 <17, ^5.1, 4.x"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("A dependency says that one component needs another to run, "
                               "optionally at certain versions."),
                            this));
    form->addRow(tr("&Component:"), m_from);
    form->addRow(tr("&Needs:"), m_to);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Versions:"), m_range);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &AddDependencyDialog::validate);
    connect(m_to, &QComboBox::currentIndexChanged, this, &AddDependencyDialog::validate);
    connect(m_type, &QComboBox::currentTextChanged, this, &AddDependencyDialog::validate);
    connect(m_range, &QLineEdit::textChanged, this, &AddDependencyDialog::validate);
    validate();
}

Dependency AddDependencyDialog::dependency() const
{
    Dependency d;
    d.from = m_from->currentData().toString();
    d.to = m_to->currentData().toString();
    d.type = m_type->currentText().trimmed();
    const QString range = m_range->text().trimmed();
    if (!range.isEmpty())
        d.requirement = VersionRange::parse(range);
    return d;
}

QString AddDependencyDialog::problem() const
{
    if (m_estate.componentCount() < 2)
        return tr("The estate needs at least two components.");
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentData().toString();
    if (from == to)
        return tr("A component cannot depend on itself.");
    const QString type = m_type->currentText().trimmed();
    if (type.isEmpty())
        return tr("Give the dependency a type, such as “uses”.");
    QString error;
    const QString range = m_range->text().trimmed();
    if (!range.isEmpty() && !VersionRange::parse(range, &error))
        return tr("Versions: %1").arg(error);
    for (const Dependency &d : m_estate.dependencies())
        if (d.from == from && d.to == to && d.type == type)
            return tr("%1 already %2 %3.").arg(from, type, to);
    return {};
}

void AddDependencyDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace planner
