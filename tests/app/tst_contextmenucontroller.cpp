// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextMenuController.h"
#include "Document.h"
#include "EditController.h"
#include "MainWindow.h"
#include "SmallEstate.h"
#include "exchange/EstateJson.h"
#include "graph/GraphWidget.h"
#include "itemmodels/ComponentSelection.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/DependencyTableModel.h"
#include "panels/DependenciesPanel.h"
#include "panels/InventoryPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace planner;

class tst_ContextMenuController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inventoryMenuHoldsTheActions();
    void copyIdCopiesTheRightClickedComponent();
    void removeActsOnTheRightClickedRowOnly();
    void showInGraphSwitchesToTheGraph();
    void dependencyMenuSelectsBothEnds();
    void editRangeOpensTheRangeEditor();
    void belowTheRowsNoMenuOpens();

private:
    /// Right-clicks row @p row of @p view (press, then the context menu event) and returns the
    /// menu that opened, or nullptr.
    QMenu *rightClick(QTableView *view, int row, QMenu *menu);
    int rowOf(const QString &id) const;

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void tst_ContextMenuController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QFile file(m_dir.filePath(QStringLiteral("bank.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writeEstateJson(test::smallEstate()));
}

void tst_ContextMenuController::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openFile(m_dir.filePath(QStringLiteral("bank.json"))));
}

void tst_ContextMenuController::cleanup()
{
    m_window->document()->undoStack()->setClean();
    delete m_window;
}

QMenu *tst_ContextMenuController::rightClick(QTableView *view, int row, QMenu *menu)
{
    const QPoint pos = view->visualRect(view->model()->index(row, 0)).center();
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, pos);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, pos);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
    if (!menu->isVisible())
        return nullptr;
    menu->hide(); // the test triggers the actions itself
    return menu;
}

int tst_ContextMenuController::rowOf(const QString &id) const
{
    const QAbstractItemModel *model = m_window->inventory()->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ComponentTableModel::ComponentIdRole).toString() == id)
            return row;
    return -1;
}

void tst_ContextMenuController::inventoryMenuHoldsTheActions()
{
    const QList<QAction *> actions = m_window->inventory()->contextMenu()->actions();
    EditController *edit = m_window->editController();
    // The Edit menu's own actions, not copies of them.
    QVERIFY(actions.contains(edit->addDependencyAction()));
    QVERIFY(actions.contains(edit->removeComponentsAction()));
    QVERIFY(actions.contains(m_window->inventory()->copyIdAction()));
    QVERIFY(actions.contains(m_window->contextMenus()->showInGraphAction()));

    const QList<QAction *> links = m_window->dependencies()->contextMenu()->actions();
    QVERIFY(links.contains(m_window->dependencies()->selectEndsAction()));
    QVERIFY(links.contains(m_window->dependencies()->editRangeAction()));
    QVERIFY(links.contains(edit->removeDependenciesAction()));
}

void tst_ContextMenuController::copyIdCopiesTheRightClickedComponent()
{
    InventoryPanel *inventory = m_window->inventory();
    const int row = rowOf(QStringLiteral("jvm"));
    QVERIFY(row >= 0);
    QVERIFY(rightClick(inventory->tableView(), row, inventory->contextMenu()));
    QCOMPARE(m_window->document()->selection()->selectedIds(), QStringList{"jvm"});
    QCOMPARE(inventory->copyIdAction()->text().remove(QLatin1Char('&')), QStringLiteral("Copy Id"));
    inventory->copyIdAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("jvm"));
}

void tst_ContextMenuController::removeActsOnTheRightClickedRowOnly()
{
    // Two components selected for the user (as a conflict selects its pair): right-clicking one
    // of them offers to remove that one alone, which the user did pick.
    Document *document = m_window->document();
    document->selection()->setSelection({QStringLiteral("ledger-app"), QStringLiteral("pg-core")},
                                        nullptr, ComponentSelection::Origin::Derived);
    QAction *remove = m_window->editController()->removeComponentsAction();
    QVERIFY(!remove->isEnabled());
    InventoryPanel *inventory = m_window->inventory();
    QVERIFY(rightClick(inventory->tableView(), rowOf(QStringLiteral("pg-core")),
                       inventory->contextMenu()));
    QCOMPARE(document->selection()->selectedIds(), QStringList{"pg-core"});
    QVERIFY(document->selection()->isPicked());
    QVERIFY(remove->isEnabled());
    QCOMPARE(remove->text().remove(QLatin1Char('&')), QStringLiteral("Remove Component"));

    const int components = document->estate().componentCount();
    remove->trigger();
    QCOMPARE(document->estate().componentCount(), components - 1);
    QCOMPARE(document->estate().indexOf(QStringLiteral("pg-core")), -1);
    QVERIFY(document->estate().indexOf(QStringLiteral("ledger-app")) >= 0);
    document->undoStack()->undo();
    QVERIFY(document->estate().indexOf(QStringLiteral("pg-core")) >= 0);
}

void tst_ContextMenuController::showInGraphSwitchesToTheGraph()
{
    InventoryPanel *inventory = m_window->inventory();
    QVERIFY(rightClick(inventory->tableView(), rowOf(QStringLiteral("ldap")),
                       inventory->contextMenu()));
    m_window->contextMenus()->showInGraphAction()->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->graph());
    QCOMPARE(m_window->document()->selection()->current(), QStringLiteral("ldap"));
}

void tst_ContextMenuController::dependencyMenuSelectsBothEnds()
{
    DependenciesPanel *panel = m_window->dependencies();
    panel->onlySelectedCheck()->setChecked(false);
    QTableView *view = panel->tableView();
    QVERIFY(view->model()->rowCount() > 0);
    const QString from = view->model()->index(0, DependencyTableModel::From).data().toString();
    const QString to = view->model()->index(0, DependencyTableModel::To).data().toString();
    QVERIFY(rightClick(view, 0, panel->contextMenu()));
    panel->selectEndsAction()->trigger();
    ComponentSelection *selection = m_window->document()->selection();
    QCOMPARE(selection->selectedIds(), (QStringList{from, to}));
    // Chosen through a dependency: not a pick of components to remove.
    QVERIFY(!selection->isPicked());
    QVERIFY(!m_window->editController()->removeComponentsAction()->isEnabled());
}

void tst_ContextMenuController::editRangeOpensTheRangeEditor()
{
    DependenciesPanel *panel = m_window->dependencies();
    panel->onlySelectedCheck()->setChecked(false);
    QTableView *view = panel->tableView();
    QVERIFY(rightClick(view, 0, panel->contextMenu()));
    QCOMPARE(panel->selectedRows().size(), 1);
    panel->editRangeAction()->trigger();
    QCOMPARE(view->currentIndex().column(), int(DependencyTableModel::Requires));
    QWidget *editor = view->indexWidget(view->currentIndex());
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
}

void tst_ContextMenuController::belowTheRowsNoMenuOpens()
{
    QTableView *view = m_window->inventory()->tableView();
    const QPoint below(10, view->viewport()->height() - 3);
    QVERIFY(!view->indexAt(below).isValid());
    QContextMenuEvent event(QContextMenuEvent::Mouse, below, view->viewport()->mapToGlobal(below));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY(!m_window->inventory()->contextMenu()->isVisible());
}

QTEST_MAIN(tst_ContextMenuController)
#include "tst_contextmenucontroller.moc"
