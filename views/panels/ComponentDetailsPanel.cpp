// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentDetailsPanel.h"
#include "QuietChildren.h"

#include "ComboChoices.h"
#include "commands/EditComponentCommand.h"
#include "inventory/EstateStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

namespace planner {

namespace {

constexpr int defaultMinutes = -1; // spin box value shown as "default (N min)"

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ComponentDetailsPanel::ComponentDetailsPanel(EstateStore *store, QUndoStack *undoStack,
                                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    buildForm(); // ComponentDetailsForm.cpp
    connectEditors();
    connectStore();
    refresh();
}

void ComponentDetailsPanel::setComponentId(const QString &id)
{
    if (id == m_componentId && m_row == m_store->estate().indexOf(id))
        return;
    m_componentId = id;
    m_row = m_store->estate().indexOf(id);
    showError({});
    refresh();
}

const Component *ComponentDetailsPanel::current() const
{
    const Estate &estate = m_store->estate();
    return m_row >= 0 && m_row < estate.componentCount() ? &estate.component(m_row) : nullptr;
}

QString ComponentDetailsPanel::errorText() const
{
    return m_error->text();
}

void ComponentDetailsPanel::connectStore()
{
    // The panel follows its component by row, so a rename (here or in the table) keeps it.
    const auto relocate = [this] {
        m_row = m_store->estate().indexOf(m_componentId);
        refresh();
    };
    connect(m_store, &EstateStore::wasReset, this, relocate);
    connect(m_store, &EstateStore::componentInserted, this, relocate);
    connect(m_store, &EstateStore::componentRemoved, this, relocate);
    connect(m_store, &EstateStore::componentChanged, this, [this](int row) {
        if (row != m_row)
            return;
        m_componentId = m_store->estate().component(row).id;
        refresh();
    });
    connect(m_store, &EstateStore::sectionChanged, this, [this](EstateStore::Section section) {
        if (section == EstateStore::Section::Sites)
            refresh();
    });
}

void ComponentDetailsPanel::refresh()
{
    const Component *c = current();
    m_form->setVisible(c != nullptr);
    if (!c) {
        m_heading->setText(tr("No component selected. Select a row in the inventory to see "
                              "and edit all of its fields here."));
        return;
    }
    m_updating = true;
    m_heading->setText(c->name.isEmpty() ? c->id : tr("%1 (%2)").arg(c->name, c->id));
    setTextKeepingCursor(m_idEdit, c->id);
    setTextKeepingCursor(m_name, c->name);
    selectData(m_kind, kindName(c->kind));
    setTextKeepingCursor(m_product, c->product);
    setTextKeepingCursor(m_version, c->version.text());
    setTextKeepingCursor(m_target, c->target ? c->target->text() : QString());
    refreshSites(c->site);
    setTextKeepingCursor(m_owner, c->owner);
    selectData(m_criticality, criticalityName(c->criticality));

    const auto defaults = defaultDurations(c->kind);
    for (int p = 0; p < phaseCount; ++p) {
        QSpinBox *spin = m_durations[size_t(p)];
        spin->setSpecialValueText(tr("default (%1 min)").arg(defaults[size_t(p)]));
        spin->setValue(c->durations.minutes[size_t(p)].value_or(defaultMinutes));
    }
    m_reversible->setChecked(c->reversible);
    setTextKeepingCursor(m_roles, c->roles.join(QStringLiteral(", ")));

    m_backup->setChecked(c->backup.has_value());
    const BackupInfo backup = c->backup.value_or(BackupInfo{});
    setTextKeepingCursor(m_backupMethod, backup.method);
    m_restoreTest->setDate(backup.lastRestoreTest.isValid() ? backup.lastRestoreTest
                                                            : m_restoreTest->minimumDate());
    m_restoreMinutes->setValue(backup.restoreMinutes.value_or(m_restoreMinutes->minimum()));
    m_updating = false;
}

void ComponentDetailsPanel::refreshSites(const QString &current)
{
    fillSites(m_site, m_store->estate().sites, current);
    selectData(m_site, current);
}

bool ComponentDetailsPanel::edit(const std::function<bool(Component &)> &change)
{
    const Component *c = current();
    if (m_updating || !c)
        return false;
    const Component before = *c;
    Component after = before;
    if (!change(after))
        return false;
    if (after == before) {
        showError({});
        return true;
    }
    const QString refusal = EditComponentCommand::refusal(m_store->estate(), before, after);
    if (!refusal.isEmpty()) {
        showError(refusal);
        return false;
    }
    showError({});
    m_undoStack->push(new EditComponentCommand(m_store, before, after));
    return true;
}

bool ComponentDetailsPanel::editVersion(QLineEdit *lineEdit, bool optional)
{
    const QString text = lineEdit->text().trimmed();
    return edit([&](Component &c) {
        if (optional && text.isEmpty()) {
            c.target.reset();
            return true;
        }
        QString error;
        auto version = Version::parse(text, &error);
        if (!version) {
            showError(optional ? tr("Target: %1").arg(error) : tr("Version: %1").arg(error));
            return false;
        }
        if (optional)
            c.target = std::move(*version);
        else
            c.version = std::move(*version);
        return true;
    });
}

void ComponentDetailsPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

ComponentDetailsPanel::~ComponentDetailsPanel()
{
    disconnectChildren(this);
}

} // namespace planner
