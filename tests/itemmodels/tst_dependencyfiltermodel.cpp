// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/AddDependencyCommand.h"
#include "commands/EditComponentCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/DependencyFilterModel.h"
#include "itemmodels/DependencyTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace planner;
using Col = DependencyTableModel::Column;

class tst_DependencyFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsEdgesOfOneComponent();
    void followsEditsInsertsAndRemoves();

private:
    QStringList shownEdges() const;

    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    DependencyTableModel *m_source = nullptr;
    DependencyFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_DependencyFilterModel::init()
{
    m_store = new EstateStore;
    m_store->reset(test::smallEstate());
    m_stack = new QUndoStack;
    m_source = new DependencyTableModel(m_store, m_stack);
    m_proxy = new DependencyFilterModel;
    m_proxy->setSourceModel(m_source);
    m_tester = new QAbstractItemModelTester(m_proxy,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_DependencyFilterModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_source;
    delete m_stack;
    delete m_store;
}

QStringList tst_DependencyFilterModel::shownEdges() const
{
    QStringList edges;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        edges << m_proxy->index(row, Col::From).data().toString() + QStringLiteral(">")
                     + m_proxy->index(row, Col::To).data().toString();
    return edges;
}

void tst_DependencyFilterModel::showsEdgesOfOneComponent()
{
    QCOMPARE(m_proxy->rowCount(), 5);
    m_proxy->setComponentFilter(QStringLiteral("rhel-fra-01"));
    QCOMPARE(shownEdges(), QStringList({"pg-core>rhel-fra-01", "jvm>rhel-fra-01"}));
    m_proxy->setComponentFilter(QStringLiteral("jvm"));
    QCOMPARE(shownEdges(), QStringList({"ledger-app>jvm", "jvm>rhel-fra-01"}));
    m_proxy->setComponentFilter(QString());
    QCOMPARE(m_proxy->rowCount(), 5);
}

void tst_DependencyFilterModel::followsEditsInsertsAndRemoves()
{
    m_proxy->setComponentFilter(QStringLiteral("ldap"));
    QCOMPARE(shownEdges(), QStringList({"ledger-app>ldap"}));
    m_stack->push(new AddDependencyCommand(m_store, test::dependency("win-ep-01", "ldap", "uses")));
    QCOMPARE(shownEdges(), QStringList({"ledger-app>ldap", "win-ep-01>ldap"}));
    // Re-pointing an edge elsewhere takes it out of the view.
    QVERIFY(m_proxy->setData(m_proxy->index(0, Col::To), QStringLiteral("jvm")));
    QCOMPARE(shownEdges(), QStringList({"win-ep-01>ldap"}));
    m_stack->push(new RemoveComponentsCommand(m_store, {QStringLiteral("win-ep-01")}));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_stack->setIndex(0);
    QCOMPARE(shownEdges(), QStringList({"ledger-app>ldap"}));
}

QTEST_GUILESS_MAIN(tst_DependencyFilterModel)
#include "tst_dependencyfiltermodel.moc"
