// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisEstates.h"
#include "analysis/AnalysisRunner.h"
#include "analysis/ConflictsPanel.h"
#include "analysis/WaiverDialog.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ConflictFilterModel.h"
#include "itemmodels/ConflictTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_ConflictsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryConflictWithCounts();
    void filtersShowTheRightRows();
    void clickingSelectsComponents();
    void selectionElsewhereMarksItsConflicts();
    void waiveIsOneUndoableCommand();
    void waiveDialogAsksReasonAndExpiry();
    void withdrawWaiver();
    void scheduleFindingsAreListedCountedAndFiltered();
    void contextMenuEditsTheWaiverAndCopies();

private:
    /// Waits until the analysis of the latest edit is shown.
    void settle();
    /// The stable type names of the rows the table shows, in order.
    QStringList shownTypes() const;
    int rowOfType(const char *type) const;
    void chooseData(QComboBox *combo, const QVariant &data);

    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    ComponentSelection *m_selection = nullptr;
    AnalysisRunner *m_runner = nullptr;
    ConflictsPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void tst_ConflictsPanel::init()
{
    m_store = new EstateStore;
    // A long window, so that every step is scheduled: only the check's conflicts are listed
    // (the schedule's findings have a test of their own).
    Estate estate = analysistest::conflictEstate();
    MaintenanceWindow window;
    window.id = QStringLiteral("long-saturday");
    window.start = QDateTime(QDate(2027, 1, 16), QTime(6, 0), Qt::UTC);
    window.end = window.start.addDays(1);
    window.parallel = 4;
    estate.windows << window;
    m_store->reset(estate);
    m_stack = new QUndoStack;
    m_selection = new ComponentSelection;
    m_runner = new AnalysisRunner(m_store);
    m_runner->setDebounceInterval(10);
    m_panel = new ConflictsPanel(m_store, m_stack, m_selection, m_runner);
    // Every reset the runner causes from here on goes past the testers.
    m_modelTester
        = new QAbstractItemModelTester(m_panel->tableModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester
        = new QAbstractItemModelTester(m_panel->filterModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1000, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    settle();
}

void tst_ConflictsPanel::cleanup()
{
    delete m_filterTester;
    delete m_modelTester;
    delete m_panel;
    delete m_runner;
    delete m_selection;
    delete m_stack;
    delete m_store;
}

void tst_ConflictsPanel::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_runner->isBusy(), 10000);
}

QStringList tst_ConflictsPanel::shownTypes() const
{
    QStringList types;
    const QAbstractItemModel *model = m_panel->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        types << model->index(row, 0).data(ConflictTableModel::TypeNameRole).toString();
    return types;
}

int tst_ConflictsPanel::rowOfType(const char *type) const
{
    return int(shownTypes().indexOf(QLatin1String(type)));
}

void tst_ConflictsPanel::chooseData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void tst_ConflictsPanel::listsEveryConflictWithCounts()
{
    // Errors first, then warnings, each in the checker's order.
    QCOMPARE(shownTypes(), QStringList({"unknown-reference", "unsatisfied-requirement",
                                        "no-upgrade-path", "end-of-support", "site-drift"}));
    QCOMPARE(m_panel->countsLabel()->text(), QStringLiteral("3 errors, 2 warnings"));
    const QModelIndex drift = m_panel->tableView()->model()->index(rowOfType("site-drift"),
                                                                   ConflictTableModel::Components);
    QCOMPARE(drift.data(ConflictTableModel::ComponentsRole).toStringList(),
             QStringList({"db", "db-dr"}));
    // The whole message is in the tooltip, whatever the column's width.
    const QModelIndex message = drift.siblingAtColumn(ConflictTableModel::Message);
    QVERIFY(
        message.data(Qt::ToolTipRole).toString().contains(message.data().toString().toHtmlEscaped()));
    // So is the current conflict, under the table.
    m_panel->tableView()->selectRow(drift.row());
    QVERIFY(m_panel->detailsLabel()->text().contains(message.data().toString().toHtmlEscaped()));
}

void tst_ConflictsPanel::filtersShowTheRightRows()
{
    chooseData(m_panel->typeFilterCombo(), QStringLiteral("unknown-reference"));
    QCOMPARE(shownTypes(), QStringList({"unknown-reference"}));
    QVERIFY(m_panel->tableView()
                ->model()
                ->index(0, ConflictTableModel::Message)
                .data()
                .toString()
                .contains(u"ghost"));
    QCOMPARE(m_panel->countsLabel()->text(),
             QStringLiteral("3 errors, 2 warnings \u2014 1 of 5 shown"));
    m_panel->clearFilters();

    chooseData(m_panel->severityFilterCombo(), int(Conflict::Severity::Warning));
    QCOMPARE(shownTypes(), QStringList({"end-of-support", "site-drift"}));
    chooseData(m_panel->stateFilterCombo(), int(Conflict::State::Target));
    QCOMPARE(shownTypes(), QStringList());
    chooseData(m_panel->severityFilterCombo(), -1);
    QCOMPARE(shownTypes(), QStringList({"no-upgrade-path"}));
    m_panel->clearFilters();

    chooseData(m_panel->stateFilterCombo(), int(Conflict::State::Current));
    chooseData(m_panel->severityFilterCombo(), int(Conflict::Severity::Error));
    QCOMPARE(shownTypes(), QStringList({"unknown-reference", "unsatisfied-requirement"}));
    m_panel->searchEdit()->setText(QStringLiteral("CRM"));
    QCOMPARE(shownTypes(), QStringList({"unsatisfied-requirement"}));
    m_panel->clearFilters();
    QCOMPARE(shownTypes().size(), 5);

    // Words search ids and the type's label as well as the message.
    m_panel->searchEdit()->setText(QStringLiteral("drift db-dr"));
    QCOMPARE(shownTypes(), QStringList({"site-drift"}));
    m_panel->clearFilters();

    // Filters hold across the re-check that follows an edit.
    chooseData(m_panel->severityFilterCombo(), int(Conflict::Severity::Warning));
    Component crm = *m_store->estate().find(QStringLiteral("crm"));
    crm.owner = QStringLiteral("Sales IT");
    m_store->replaceComponent(m_store->estate().indexOf(crm.id), crm);
    settle();
    QCOMPARE(shownTypes(), QStringList({"end-of-support", "site-drift"}));
}

void tst_ConflictsPanel::clickingSelectsComponents()
{
    QSignalSpy selected(m_selection, &ComponentSelection::selectionChanged);
    QTableView *view = m_panel->tableView();
    const QModelIndex requirement = view->model()->index(rowOfType("unsatisfied-requirement"),
                                                         ConflictTableModel::Message);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(requirement).center());
    QCOMPARE(m_selection->selectedIds(), QStringList({"crm", "db"}));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(1).value<QObject *>(), m_panel);

    // Ctrl-click adds the drift: its components join, without repeating db.
    const QModelIndex drift = view->model()->index(rowOfType("site-drift"), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(drift).center());
    QCOMPARE(m_selection->selectedIds(), QStringList({"db", "db-dr", "crm"}));
    QVERIFY(m_panel->waiveAction()->isEnabled());
    QVERIFY(!m_panel->removeWaiverAction()->isEnabled());
}

void tst_ConflictsPanel::selectionElsewhereMarksItsConflicts()
{
    QTableView *view = m_panel->tableView();
    view->selectRow(rowOfType("no-upgrade-path"));
    QCOMPARE(m_selection->selectedIds(), QStringList({"mq"}));

    QObject elsewhere;
    m_selection->setSelection({QStringLiteral("db")}, &elsewhere);
    // The row chosen here no longer matches: it lets go, and db's conflicts are marked.
    QVERIFY(!view->selectionModel()->hasSelection());
    QCOMPARE(m_selection->selectedIds(), QStringList({"db"}));
    QStringList marked;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(ConflictTableModel::HighlightRole).toBool())
            marked << view->model()->index(row, 0).data(ConflictTableModel::TypeNameRole).toString();
    QCOMPARE(marked, QStringList({"unsatisfied-requirement", "end-of-support", "site-drift"}));
    QVERIFY(
        view->model()->index(rowOfType("site-drift"), 0).data(Qt::FontRole).value<QFont>().bold());
}

void tst_ConflictsPanel::waiveIsOneUndoableCommand()
{
    const int row = rowOfType("end-of-support");
    const QString key
        = m_panel->tableView()->model()->index(row, 0).data(ConflictTableModel::KeyRole).toString();
    QCOMPARE(key, QStringLiteral("end-of-support:current:db"));
    m_panel->tableView()->selectRow(row);
    // Nothing waived yet: no column for it.
    QVERIFY(m_panel->tableView()->isColumnHidden(ConflictTableModel::Waived));
    QVERIFY(m_panel->waive({key}, QStringLiteral("replaced in wave 1"), QDate(2027, 3, 31)));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Waive 1 conflict"));
    QCOMPARE(m_store->estate().waivers.size(), 1);
    QCOMPARE(m_store->estate().waivers[0],
             (Waiver{key, QStringLiteral("replaced in wave 1"), QDate(2027, 3, 31), QString()}));

    settle();
    const QModelIndex waived = m_panel->tableView()->model()->index(rowOfType("end-of-support"), 0);
    QVERIFY(waived.data(ConflictTableModel::WaivedRole).toBool());
    QCOMPARE(waived.siblingAtColumn(ConflictTableModel::Waived).data().toString(),
             QStringLiteral("\u2713 replaced in wave 1"));
    QVERIFY(!m_panel->tableView()->isColumnHidden(ConflictTableModel::Waived));
    QVERIFY(
        m_panel->detailsLabel()->text().contains(u"Waived until 2027-03-31: replaced in wave 1"));
    QCOMPARE(m_panel->countsLabel()->text(), QStringLiteral("3 errors, 1 warning, 1 waived"));
    // The same conflict stays selected across the re-check.
    QCOMPARE(m_panel->selectedConflicts().size(), 1);
    QCOMPARE(m_panel->selectedConflicts().at(0).key, key);
    QVERIFY(!m_panel->waiveAction()->isEnabled());
    QVERIFY(m_panel->removeWaiverAction()->isEnabled());

    m_panel->hideWaivedCheck()->setChecked(true);
    QCOMPARE(rowOfType("end-of-support"), -1);
    QCOMPARE(shownTypes().size(), 4);
    m_panel->hideWaivedCheck()->setChecked(false);

    m_stack->undo();
    QVERIFY(m_store->estate().waivers.isEmpty());
    settle();
    QVERIFY(!m_panel->tableView()
                 ->model()
                 ->index(rowOfType("end-of-support"), 0)
                 .data(ConflictTableModel::WaivedRole)
                 .toBool());
    QCOMPARE(m_panel->countsLabel()->text(), QStringLiteral("3 errors, 2 warnings"));
    m_stack->redo();
    settle();
    QVERIFY(m_panel->tableView()
                ->model()
                ->index(rowOfType("end-of-support"), 0)
                .data(ConflictTableModel::WaivedRole)
                .toBool());

    QVERIFY(!m_panel->waive({}, QStringLiteral("why"), {}));
    QVERIFY(!m_panel->waive({key}, QStringLiteral("  "), {}));
    QCOMPARE(m_stack->count(), 1);
}

void tst_ConflictsPanel::waiveDialogAsksReasonAndExpiry()
{
    m_panel->tableView()->selectRow(rowOfType("unknown-reference"));
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WaiverDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason, no waiver
        // Waivers are judged against the plan, so the suggestion counts from its start.
        QCOMPARE(dialog->expiryEdit()->date(), QDate(2027, 4, 9));
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("ghost is decommissioned"));
        QVERIFY(ok->isEnabled());
        dialog->expiryEdit()->setDate(QDate(2027, 2, 1));
        seen = true;
        ok->click();
    });
    m_panel->waiveAction()->trigger();
    QVERIFY(seen);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->estate().waivers.size(), 1);
    QCOMPARE(m_store->estate().waivers[0].reason, QStringLiteral("ghost is decommissioned"));
    QCOMPARE(m_store->estate().waivers[0].expires, QDate(2027, 2, 1));
    settle();
    QVERIFY(m_panel->tableView()
                ->model()
                ->index(rowOfType("unknown-reference"), 0)
                .data(ConflictTableModel::WaivedRole)
                .toBool());

    // Cancel leaves everything as it was.
    m_panel->tableView()->selectRow(rowOfType("site-drift"));
    QTimer::singleShot(0, this, [] {
        if (auto *dialog = QApplication::activeModalWidget())
            static_cast<QDialog *>(dialog)->reject();
    });
    m_panel->waiveAction()->trigger();
    QCOMPARE(m_stack->count(), 1);
}

void tst_ConflictsPanel::withdrawWaiver()
{
    const QString key = QStringLiteral("end-of-support:current:db");
    QVERIFY(m_panel->waive({key}, QStringLiteral("accepted"), {}));
    settle();
    m_panel->tableView()->selectRow(rowOfType("end-of-support"));
    QVERIFY(m_panel->removeWaiverAction()->isEnabled());
    m_panel->removeWaiverAction()->trigger();
    QCOMPARE(m_stack->count(), 2);
    QVERIFY(m_store->estate().waivers.isEmpty());
    settle();
    QCOMPARE(m_panel->countsLabel()->text(), QStringLiteral("3 errors, 2 warnings"));
    QVERIFY(!m_panel->removeWaivers({key})); // nothing left to withdraw
}

void tst_ConflictsPanel::scheduleFindingsAreListedCountedAndFiltered()
{
    // Without a window no step can be placed: `schedule` reports each as a finding, and so
    // does the list, counted with the others.
    m_store->setWindows({});
    settle();
    const int findings = int(m_runner->schedule().conflicts.size());
    QVERIFY(findings > 0);
    QCOMPARE(m_panel->tableModel()->rowCount(), 5 + findings);
    QCOMPARE(rowOfType("window-too-short") >= 0, true);
    QCOMPARE(m_panel->countsLabel()->text(),
             QStringLiteral("%1 errors, 2 warnings; %2 from the schedule")
                 .arg(3 + findings)
                 .arg(findings));
    const QModelIndex finding = m_panel->tableView()->model()->index(rowOfType("window-too-short"),
                                                                     ConflictTableModel::Type);
    QCOMPARE(finding.data().toString(), QStringLiteral("Schedule: no window fits"));

    chooseData(m_panel->typeFilterCombo(), QStringLiteral("@schedule"));
    QCOMPARE(shownTypes(), QStringList(findings, QStringLiteral("window-too-short")));
    chooseData(m_panel->typeFilterCombo(), QStringLiteral("@compatibility"));
    QCOMPARE(shownTypes().size(), 5);
    QCOMPARE(rowOfType("window-too-short"), -1);
    m_panel->clearFilters();

    // A waiver holds for a scheduling finding as for the others.
    const QString key = finding.data(ConflictTableModel::KeyRole).toString();
    QVERIFY(m_panel->waive({key}, QStringLiteral("done by hand on a weekday"), {}));
    settle();
    const Conflict *waived = m_panel->tableModel()->conflictAt(m_panel->tableModel()->rowOf(key));
    QVERIFY(waived && waived->waived);
    QVERIFY(m_panel->countsLabel()->text().contains(QStringLiteral("1 waived")));
}

void tst_ConflictsPanel::contextMenuEditsTheWaiverAndCopies()
{
    const QString key = QStringLiteral("end-of-support:current:db");
    QVERIFY(m_panel->waive({key}, QStringLiteral("accepted"), QDate(2027, 3, 31)));
    settle();
    m_panel->tableView()->selectRow(rowOfType("end-of-support"));
    QMenu *menu = m_panel->contextMenu();
    QVERIFY(menu->actions().contains(m_panel->editWaiverAction()));
    QVERIFY(m_panel->editWaiverAction()->isEnabled());
    QVERIFY(!m_panel->waiveAction()->isEnabled());

    // The dialog opens with the waiver as it is; a new reason replaces it.
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<WaiverDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->reasonEdit()->toPlainText(), QStringLiteral("accepted"));
        QCOMPARE(dialog->expiryEdit()->date(), QDate(2027, 3, 31));
        dialog->reasonEdit()->setPlainText(QStringLiteral("replaced in wave 1"));
        seen = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    m_panel->editWaiverAction()->trigger();
    QVERIFY(seen);
    QCOMPARE(m_store->estate().waivers.size(), 1);
    QCOMPARE(m_store->estate().waivers[0].reason, QStringLiteral("replaced in wave 1"));
    QCOMPARE(m_store->estate().waivers[0].expires, QDate(2027, 3, 31));
    settle();

    m_panel->tableView()->selectRow(rowOfType("site-drift"));
    m_panel->copyMessageAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             m_panel->selectedConflicts().constFirst().message);
    m_selection->clear();
    m_panel->tableView()->selectRow(rowOfType("site-drift"));
    m_panel->selectComponentsAction()->trigger();
    QCOMPARE(m_selection->selectedIds(), QStringList({"db", "db-dr"}));
}

QTEST_MAIN(tst_ConflictsPanel)
#include "tst_conflictspanel.moc"
