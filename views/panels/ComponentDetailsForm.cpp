// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets of ComponentDetailsPanel and what each of them edits.
#include "ComponentDetailsPanel.h"

#include "ComboChoices.h"
#include "LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace planner {

namespace {

constexpr int maxMinutes = 7 * 24 * 60;

QSpinBox *minutesSpin(QWidget *parent, const QString &special)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, maxMinutes);
    spin->setSpecialValueText(special);
    spin->setSuffix(ComponentDetailsPanel::tr(" min"));
    return spin;
}

QStringList splitRoles(const QString &text)
{
    QStringList roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            roles << part.trimmed();
    return roles;
}

} // namespace

void ComponentDetailsPanel::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_heading = new QLabel(content);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_form = new QWidget(content);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addStretch(1);

    auto *identity = new QGroupBox(tr("Component"), m_form);
    auto *identityForm = new QFormLayout(identity);
    m_idEdit = new QLineEdit(identity);
    m_idEdit->setToolTip(tr("Unique id: letters, digits and . _ : - . Renaming it renames "
                            "every dependency and process that refers to it."));
    m_name = new QLineEdit(identity);
    m_kind = new QComboBox(identity);
    fillKinds(m_kind);
    m_product = new QLineEdit(identity);
    m_product->setToolTip(tr("Catalog key such as “postgresql”: rules and releases of the "
                             "product apply to this component."));
    m_version = new QLineEdit(identity);
    m_target = new QLineEdit(identity);
    m_target->setPlaceholderText(tr("none: stays at its version"));
    m_site = new QComboBox(identity);
    m_owner = new QLineEdit(identity);
    m_criticality = new QComboBox(identity);
    fillCriticalities(m_criticality);
    identityForm->addRow(tr("&Id:"), m_idEdit);
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("&Kind:"), m_kind);
    identityForm->addRow(tr("&Product:"), m_product);
    identityForm->addRow(tr("&Version:"), m_version);
    identityForm->addRow(tr("&Target:"), m_target);
    identityForm->addRow(tr("&Site:"), m_site);
    identityForm->addRow(tr("&Owner:"), m_owner);
    identityForm->addRow(tr("&Criticality:"), m_criticality);
    formLayout->addWidget(identity);

    auto *step = new QGroupBox(tr("Upgrade step"), m_form);
    auto *stepForm = new QFormLayout(step);
    const std::array<QString, phaseCount> phaseLabels = {tr("Prepare:"), tr("Backup:"),
                                                         tr("Execute:"), tr("Verify:"),
                                                         tr("Rollback:")};
    for (int p = 0; p < phaseCount; ++p) {
        m_durations[size_t(p)] = minutesSpin(step, tr("default"));
        stepForm->addRow(phaseLabels[size_t(p)], m_durations[size_t(p)]);
    }
    m_reversible = new QCheckBox(tr("Reversible without restoring the backup"), step);
    stepForm->addRow(m_reversible);
    m_roles = new QLineEdit(step);
    m_roles->setPlaceholderText(tr("e.g. dba, linux-admin"));
    stepForm->addRow(tr("&Roles:"), m_roles);
    formLayout->addWidget(step);

    m_backup = new QGroupBox(tr("Backup"), m_form);
    m_backup->setCheckable(true);
    auto *backupForm = new QFormLayout(m_backup);
    m_backupMethod = new QLineEdit(m_backup);
    m_backupMethod->setPlaceholderText(tr("e.g. pg_basebackup, VM snapshot"));
    m_restoreTest = new QDateEdit(m_backup);
    m_restoreTest->setDisplayFormat(localeDateFormat());
    m_restoreTest->setCalendarPopup(true);
    m_restoreTest->setMinimumDate(QDate(1970, 1, 1)); // the minimum stands for "never"
    m_restoreTest->setSpecialValueText(tr("never"));
    m_restoreMinutes = minutesSpin(m_backup, tr("unknown"));
    backupForm->addRow(tr("&Method:"), m_backupMethod);
    backupForm->addRow(tr("Last restore test:"), m_restoreTest);
    backupForm->addRow(tr("Restore takes:"), m_restoreMinutes);
    formLayout->addWidget(m_backup);
}

void ComponentDetailsPanel::connectEditors()
{
    // Free text is taken as it is typed (edits of one field merge into one undo step); ids,
    // versions and roles when editing finishes, since their intermediate text is not valid.
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] {
        edit([this](Component &c) {
            c.id = m_idEdit->text().trimmed();
            return true;
        });
    });
    const auto editText = [this](QLineEdit *lineEdit, QString Component::*member) {
        connect(lineEdit, &QLineEdit::textEdited, this, [this, member](const QString &text) {
            edit([&](Component &c) {
                c.*member = text;
                return true;
            });
        });
    };
    editText(m_name, &Component::name);
    editText(m_product, &Component::product);
    editText(m_owner, &Component::owner);
    connect(m_version, &QLineEdit::editingFinished, this, [this] { editVersion(m_version, false); });
    connect(m_target, &QLineEdit::editingFinished, this, [this] { editVersion(m_target, true); });
    connect(m_kind, &QComboBox::activated, this, [this] {
        edit([this](Component &c) {
            c.kind = kindFromName(m_kind->currentData().toString()).value_or(c.kind);
            return true;
        });
    });
    connect(m_criticality, &QComboBox::activated, this, [this] {
        edit([this](Component &c) {
            c.criticality = criticalityFromName(m_criticality->currentData().toString())
                                .value_or(c.criticality);
            return true;
        });
    });
    connect(m_site, &QComboBox::activated, this, [this] {
        edit([this](Component &c) {
            c.site = m_site->currentData().toString();
            return true;
        });
    });
    for (int p = 0; p < phaseCount; ++p) {
        connect(m_durations[size_t(p)], &QSpinBox::valueChanged, this, [this, p](int value) {
            edit([&](Component &c) {
                auto &minutes = c.durations.minutes[size_t(p)];
                minutes = value < 0 ? std::nullopt : std::optional<int>(value);
                return true;
            });
        });
    }
    connect(m_reversible, &QCheckBox::toggled, this, [this](bool on) {
        edit([&](Component &c) {
            c.reversible = on;
            return true;
        });
    });
    connect(m_roles, &QLineEdit::editingFinished, this, [this] {
        edit([this](Component &c) {
            c.roles = splitRoles(m_roles->text());
            return true;
        });
    });

    // The backup group: unchecked means the component has no backup information at all.
    connect(m_backup, &QGroupBox::toggled, this, [this](bool on) {
        edit([&](Component &c) {
            if (on && !c.backup)
                c.backup = BackupInfo{};
            else if (!on)
                c.backup.reset();
            return true;
        });
    });
    const auto editBackup = [this](const std::function<void(BackupInfo &)> &change) {
        edit([&](Component &c) {
            BackupInfo info = c.backup.value_or(BackupInfo{});
            change(info);
            c.backup = info;
            return true;
        });
    };
    connect(m_backupMethod, &QLineEdit::textEdited, this, [editBackup](const QString &text) {
        editBackup([&](BackupInfo &b) { b.method = text; });
    });
    connect(m_restoreTest, &QDateEdit::dateChanged, this, [this, editBackup](QDate date) {
        editBackup([&](BackupInfo &b) {
            b.lastRestoreTest = date == m_restoreTest->minimumDate() ? QDate() : date;
        });
    });
    connect(m_restoreMinutes, &QSpinBox::valueChanged, this, [editBackup](int value) {
        editBackup([&](BackupInfo &b) {
            b.restoreMinutes = value < 0 ? std::nullopt : std::optional<int>(value);
        });
    });
}

} // namespace planner
