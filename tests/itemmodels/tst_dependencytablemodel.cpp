// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/AddDependencyCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "commands/RemoveDependenciesCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/DependencyTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace planner;
using Col = DependencyTableModel::Column;

class tst_DependencyTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsDependencies();
    void editsRangeThroughTheStack();
    void refusesBadInput_data();
    void refusesBadInput();
    void followsInsertsRemovesAndReset();

private:
    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    DependencyTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_DependencyTableModel::init()
{
    m_store = new EstateStore;
    m_store->reset(test::smallEstate());
    m_stack = new QUndoStack;
    m_model = new DependencyTableModel(m_store, m_stack);
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_DependencyTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_stack;
    delete m_store;
}

void tst_DependencyTableModel::showsDependencies()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->index(0, Col::From).data().toString(), QStringLiteral("ledger-app"));
    QCOMPARE(m_model->index(0, Col::To).data().toString(), QStringLiteral("pg-core"));
    QCOMPARE(m_model->index(0, Col::To).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Ledger database"));
    QCOMPARE(m_model->index(0, Col::Requires).data().toString(), QStringLiteral(">=12 <17"));
    QCOMPARE(m_model->index(2, Col::Requires).data().toString(), QStringLiteral("any"));
    QCOMPARE(m_model->index(2, Col::Requires).data(Qt::EditRole).toString(), QString());
}

void tst_DependencyTableModel::editsRangeThroughTheStack()
{
    const Estate before = m_store->estate();
    QVERIFY(m_model->setData(m_model->index(2, Col::Requires), QStringLiteral(">=8 <10")));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->estate().dependency(2).requirement->text(), QStringLiteral(">=8 <10"));
    QVERIFY(m_model->setData(m_model->index(0, Col::Type), QStringLiteral("reads")));
    QVERIFY(m_model->setData(m_model->index(0, Col::To), QStringLiteral("ldap")));
    QVERIFY(m_model->setData(m_model->index(0, Col::Requires), QString()));
    QVERIFY(!m_store->estate().dependency(0).requirement);
    m_stack->setIndex(0);
    QVERIFY(m_store->estate() == before);
}

void tst_DependencyTableModel::refusesBadInput_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown from") << int(Col::From) << QStringLiteral("nope");
    QTest::newRow("empty to") << int(Col::To) << QString();
    QTest::newRow("empty type") << int(Col::Type) << QStringLiteral(" ");
    QTest::newRow("bad range") << int(Col::Requires) << QStringLiteral(">=12 <<17");
}

void tst_DependencyTableModel::refusesBadInput()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    const Estate before = m_store->estate();
    QVERIFY(!m_model->setData(m_model->index(0, column), text));
    QVERIFY(!m_model->lastError().isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_store->estate() == before);
}

void tst_DependencyTableModel::followsInsertsRemovesAndReset()
{
    m_stack->push(
        new AddDependencyCommand(m_store, test::dependency("win-ep-01", "ldap", "uses"), 1));
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(1, Col::From).data().toString(), QStringLiteral("win-ep-01"));
    m_stack->push(new RemoveDependenciesCommand(m_store, {0, 5}));
    QCOMPARE(m_model->rowCount(), 4);
    // Removing a component removes its dependencies from the table too.
    m_stack->push(new RemoveComponentsCommand(m_store, {QStringLiteral("rhel-fra-01")}));
    QCOMPARE(m_model->rowCount(), 2);
    m_stack->setIndex(0);
    QCOMPARE(m_model->rowCount(), 5);
    m_store->reset(Estate());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_DependencyTableModel)
#include "tst_dependencytablemodel.moc"
