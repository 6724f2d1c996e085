// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/RemoveComponentsCommand.h"
#include "inventory/EstateStore.h"
#include "panels/ComponentDetailsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_ComponentDetailsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryField();
    void typingANameIsOneUndoStep();
    void versionEditsAreValidated();
    void durationDefaultsAndUndo();
    void kindChangeUpdatesDefaults();
    void backupAndReversible();
    void renameKeepsFollowingTheComponent();
    void removedComponentEmptiesThePanel();

private:
    const Component &shown() const;
    void finishEditing(QLineEdit *edit, const QString &text);

    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    ComponentDetailsPanel *m_panel = nullptr;
};

void tst_ComponentDetailsPanel::init()
{
    m_store = new EstateStore;
    m_store->reset(test::smallEstate());
    m_stack = new QUndoStack;
    m_panel = new ComponentDetailsPanel(m_store, m_stack);
    m_panel->setComponentId(QStringLiteral("pg-core"));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void tst_ComponentDetailsPanel::cleanup()
{
    delete m_panel;
    delete m_stack;
    delete m_store;
}

const Component &tst_ComponentDetailsPanel::shown() const
{
    return *m_store->estate().find(m_panel->componentId());
}

void tst_ComponentDetailsPanel::finishEditing(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_ComponentDetailsPanel::showsEveryField()
{
    QCOMPARE(m_panel->idEdit()->text(), QStringLiteral("pg-core"));
    QCOMPARE(m_panel->nameEdit()->text(), QStringLiteral("Ledger database"));
    QCOMPARE(m_panel->versionEdit()->text(), QStringLiteral("12.20"));
    QCOMPARE(m_panel->targetEdit()->text(), QStringLiteral("16.6"));
    QCOMPARE(m_panel->kindCombo()->currentData().toString(), QStringLiteral("database"));
    QCOMPARE(m_panel->durationSpin(Phase::Backup)->value(), 45);
    QCOMPARE(m_panel->durationSpin(Phase::Prepare)->text(), QStringLiteral("default (30 min)"));
    QVERIFY(!m_panel->reversibleCheck()->isChecked());
    QVERIFY(m_panel->backupGroup()->isChecked());
    QCOMPARE(m_panel->rolesEdit()->text(), QStringLiteral("dba"));
    QCOMPARE(m_stack->count(), 0); // showing a component edits nothing
}

void tst_ComponentDetailsPanel::typingANameIsOneUndoStep()
{
    m_panel->nameEdit()->setFocus();
    m_panel->nameEdit()->selectAll();
    QTest::keyClicks(m_panel->nameEdit(), QStringLiteral("Ledger DB"));
    QCOMPARE(shown().name, QStringLiteral("Ledger DB"));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(shown().name, QStringLiteral("Ledger database"));
    QCOMPARE(m_panel->nameEdit()->text(), QStringLiteral("Ledger database"));
}

void tst_ComponentDetailsPanel::versionEditsAreValidated()
{
    finishEditing(m_panel->versionEdit(), QStringLiteral("12/21"));
    QVERIFY(!m_panel->errorText().isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(shown().version.text(), QStringLiteral("12.20"));

    finishEditing(m_panel->versionEdit(), QStringLiteral("12.21"));
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(shown().version.text(), QStringLiteral("12.21"));
    finishEditing(m_panel->targetEdit(), QString());
    QVERIFY(!shown().target);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(m_panel->targetEdit()->text(), QStringLiteral("16.6"));
}

void tst_ComponentDetailsPanel::durationDefaultsAndUndo()
{
    QSpinBox *execute = m_panel->durationSpin(Phase::Execute);
    execute->setValue(75);
    QCOMPARE(shown().durations[Phase::Execute], std::optional<int>(75));
    execute->setValue(90); // same field again: merges
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(!shown().durations[Phase::Execute]);
    QCOMPARE(execute->value(), execute->minimum());
    QCOMPARE(execute->text(), QStringLiteral("default (60 min)"));
}

void tst_ComponentDetailsPanel::kindChangeUpdatesDefaults()
{
    QComboBox *kind = m_panel->kindCombo();
    kind->setCurrentIndex(kind->findData(QStringLiteral("license")));
    Q_EMIT kind->activated(kind->currentIndex());
    QCOMPARE(shown().kind, ComponentKind::License);
    QCOMPARE(m_panel->durationSpin(Phase::Prepare)->text(), QStringLiteral("default (10 min)"));
    m_stack->undo();
    QCOMPARE(kind->currentData().toString(), QStringLiteral("database"));
}

void tst_ComponentDetailsPanel::backupAndReversible()
{
    m_panel->reversibleCheck()->setChecked(true);
    QVERIFY(shown().reversible);
    m_panel->backupGroup()->setChecked(false);
    QVERIFY(!shown().backup);
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(shown().backup->method, QStringLiteral("pg_basebackup"));
    QVERIFY(m_panel->backupGroup()->isChecked());
    m_stack->undo();
    QVERIFY(!m_panel->reversibleCheck()->isChecked());
    QVERIFY(m_store->estate() == test::smallEstate());
}

void tst_ComponentDetailsPanel::renameKeepsFollowingTheComponent()
{
    finishEditing(m_panel->idEdit(), QStringLiteral("jvm"));
    QVERIFY(m_panel->errorText().contains(QStringLiteral("already in use")));
    QCOMPARE(m_stack->count(), 0);
    finishEditing(m_panel->idEdit(), QStringLiteral("pg-ledger"));
    QCOMPARE(m_panel->componentId(), QStringLiteral("pg-ledger"));
    QCOMPARE(m_store->estate().dependency(0).to, QStringLiteral("pg-ledger"));
    m_stack->undo();
    QCOMPARE(m_panel->componentId(), QStringLiteral("pg-core"));
    QCOMPARE(m_panel->idEdit()->text(), QStringLiteral("pg-core"));
}

void tst_ComponentDetailsPanel::removedComponentEmptiesThePanel()
{
    m_stack->push(new RemoveComponentsCommand(m_store, {QStringLiteral("pg-core")}));
    QVERIFY(!m_panel->idEdit()->isVisible());
    m_stack->undo();
    QVERIFY(m_panel->idEdit()->isVisible());
    QCOMPARE(m_panel->idEdit()->text(), QStringLiteral("pg-core"));
}

QTEST_MAIN(tst_ComponentDetailsPanel)
#include "tst_componentdetailspanel.moc"
