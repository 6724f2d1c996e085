// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallEstate.h"
#include "commands/AddComponentCommand.h"
#include "commands/RemoveComponentsCommand.h"
#include "inventory/EstateStore.h"
#include "itemmodels/ComponentFilterModel.h"
#include "itemmodels/ComponentTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace planner;
using Col = ComponentTableModel::Column;

class tst_ComponentFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void filtersByKind();
    void filtersBySiteAndText();
    void searchCoversIdNameProductOwner_data();
    void searchCoversIdNameProductOwner();
    void sortsVersionsAsVersions();
    void sortsTargetsWithNoneFirst();
    void editsMoveRowsInAndOut();
    void insertsAndRemovesWhileFiltered();
    void resetKeepsFilter();

private:
    QStringList shownIds() const;

    EstateStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    ComponentTableModel *m_source = nullptr;
    ComponentFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ComponentFilterModel::init()
{
    m_store = new EstateStore;
    m_store->reset(test::smallEstate());
    m_stack = new QUndoStack;
    m_source = new ComponentTableModel(m_store, m_stack);
    m_proxy = new ComponentFilterModel;
    m_proxy->setSourceModel(m_source);
    m_tester = new QAbstractItemModelTester(m_proxy,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ComponentFilterModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_source;
    delete m_stack;
    delete m_store;
}

QStringList tst_ComponentFilterModel::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        ids << m_proxy->index(row, Col::Id).data().toString();
    return ids;
}

void tst_ComponentFilterModel::filtersByKind()
{
    m_proxy->setKindFilter(ComponentKind::Application);
    QCOMPARE(shownIds(), QStringList({"ledger-app", "ldap"}));
    m_proxy->setKindFilter(ComponentKind::Storage);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setKindFilter(std::nullopt);
    QCOMPARE(m_proxy->rowCount(), 6);
}

void tst_ComponentFilterModel::filtersBySiteAndText()
{
    m_proxy->setSiteFilter(QStringLiteral("ams"));
    QCOMPARE(shownIds(), QStringList({"ldap", "win-ep-01"}));
    m_proxy->setSiteFilter(QStringLiteral("fra"));
    m_proxy->setSearchText(QStringLiteral("LEDGER"));
    QCOMPARE(shownIds(), QStringList({"pg-core", "ledger-app", "rhel-fra-01"}));
    m_proxy->setKindFilter(ComponentKind::Os);
    QCOMPARE(shownIds(), QStringList({"rhel-fra-01"}));
    m_proxy->setKindFilter(std::nullopt);
    m_proxy->setSiteFilter(std::nullopt);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 6);
}

void tst_ComponentFilterModel::searchCoversIdNameProductOwner_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("id") << QStringLiteral("ep-01") << QStringList({"win-ep-01"});
    QTest::newRow("name") << QStringLiteral("teller") << QStringList({"win-ep-01"});
    QTest::newRow("product") << QStringLiteral("openjdk") << QStringList({"jvm"});
    QTest::newRow("owner") << QStringLiteral("dba team") << QStringList({"pg-core"});
    QTest::newRow("version is not searched") << QStringLiteral("12.20") << QStringList();
}

void tst_ComponentFilterModel::searchCoversIdNameProductOwner()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_proxy->setSearchText(text);
    QCOMPARE(shownIds(), ids);
}

void tst_ComponentFilterModel::sortsVersionsAsVersions()
{
    m_proxy->sort(Col::Version, Qt::AscendingOrder);
    // As text, "11.0.22" would come before "2.4.57" and "2016" before "4.2".
    QCOMPARE(shownIds(),
             QStringList({"ldap", "ledger-app", "rhel-fra-01", "jvm", "pg-core", "win-ep-01"}));
    m_proxy->sort(Col::Version, Qt::DescendingOrder);
    QCOMPARE(shownIds().first(), QStringLiteral("win-ep-01"));
}

void tst_ComponentFilterModel::sortsTargetsWithNoneFirst()
{
    m_proxy->sort(Col::Target, Qt::AscendingOrder);
    QCOMPARE(shownIds(),
             QStringList({"ldap", "ledger-app", "rhel-fra-01", "pg-core", "jvm", "win-ep-01"}));
    m_proxy->sort(Col::Criticality, Qt::AscendingOrder);
    QCOMPARE(shownIds().first(), QStringLiteral("win-ep-01")); // low
    const QStringList critical = shownIds().mid(4);
    QVERIFY(critical.contains(QStringLiteral("pg-core")));
    QVERIFY(critical.contains(QStringLiteral("ledger-app")));
}

void tst_ComponentFilterModel::editsMoveRowsInAndOut()
{
    m_proxy->setKindFilter(ComponentKind::Application);
    m_proxy->sort(Col::Version, Qt::AscendingOrder);
    QCOMPARE(shownIds(), QStringList({"ldap", "ledger-app"}));
    // Edited through the proxy: the row sorts to its new place...
    const QModelIndex ldapVersion = m_proxy->index(0, Col::Version);
    QVERIFY(m_proxy->setData(ldapVersion, QStringLiteral("10.0")));
    QCOMPARE(shownIds(), QStringList({"ledger-app", "ldap"}));
    // ...and leaves the view when it no longer matches the filter.
    QVERIFY(m_proxy->setData(m_proxy->index(0, Col::Kind), QStringLiteral("database")));
    QCOMPARE(shownIds(), QStringList({"ldap"}));
    m_stack->undo();
    QCOMPARE(shownIds(), QStringList({"ledger-app", "ldap"}));
    m_stack->undo();
    QCOMPARE(shownIds(), QStringList({"ldap", "ledger-app"}));
}

void tst_ComponentFilterModel::insertsAndRemovesWhileFiltered()
{
    m_proxy->setSiteFilter(QStringLiteral("ams"));
    m_stack->push(
        new AddComponentCommand(m_store,
                                test::component("ams-db", "Archive DB", ComponentKind::Database,
                                                "postgresql", "14.1", nullptr, "ams"),
                                0));
    m_stack->push(new AddComponentCommand(m_store, test::component("fra-fw", "Firewall",
                                                                   ComponentKind::Network, "fortios",
                                                                   "7.0.12", "7.2.8", "fra")));
    QCOMPARE(shownIds(), QStringList({"ams-db", "ldap", "win-ep-01"}));
    m_stack->push(
        new RemoveComponentsCommand(m_store, {QStringLiteral("ldap"), QStringLiteral("pg-core")}));
    QCOMPARE(shownIds(), QStringList({"ams-db", "win-ep-01"}));
    m_stack->setIndex(0);
    QCOMPARE(shownIds(), QStringList({"ldap", "win-ep-01"}));
}

void tst_ComponentFilterModel::resetKeepsFilter()
{
    m_proxy->setKindFilter(ComponentKind::Endpoint);
    m_store->reset(Estate());
    QCOMPARE(m_proxy->rowCount(), 0);
    m_store->reset(test::smallEstate());
    QCOMPARE(shownIds(), QStringList({"win-ep-01"}));
}

QTEST_GUILESS_MAIN(tst_ComponentFilterModel)
#include "tst_componentfiltermodel.moc"
