// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"
#include "catalog/Lifecycle.h"

#include <QFile>
#include <QTest>

using namespace planner;

class tst_Lifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bundledDataLoads();
    void cycleFor_data();
    void cycleFor();
    void userSupportOverrides();
    void badData_data();
    void badData();
    void licenceShipped();
};

void tst_Lifecycle::bundledDataLoads()
{
    const Lifecycle &data = Lifecycle::bundled();
    QVERIFY(data.productCount() > 400);
    QVERIFY(data.product(QStringLiteral("postgresql")));
    QVERIFY(data.product(QStringLiteral("Windows Server"))); // ids are matched leniently
    QVERIFY(!data.product(QStringLiteral("ledger")));
    QCOMPARE(&Lifecycle::bundled(), &data); // read once
}

void tst_Lifecycle::cycleFor_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("cycle"); // empty: no cycle
    QTest::addColumn<QDate>("eol");
    QTest::addColumn<bool>("ended"); // "eol": true without a date

    QTest::newRow("postgresql 12 ended 2024-11-21") << "postgresql"
                                                    << "12.20"
                                                    << "12" << QDate(2024, 11, 21) << false;
    QTest::newRow("postgresql 16") << "postgresql"
                                   << "16.6"
                                   << "16" << QDate(2028, 11, 9) << false;
    QTest::newRow("rhel 8.10 is cycle 8") << "rhel"
                                          << "8.10"
                                          << "8" << QDate(2029, 5, 31) << false;
    QTest::newRow("rhel 8.6 is cycle 8") << "rhel"
                                         << "8.6"
                                         << "8" << QDate(2029, 5, 31) << false;
    QTest::newRow("windows-server 2016") << "windows-server"
                                         << "2016"
                                         << "2016" << QDate(2027, 1, 12) << false;
    QTest::newRow("oracle 11.2.0.4 is cycle 11.2") << "oracle-database"
                                                   << "11.2.0.4"
                                                   << "11.2" << QDate(2015, 1, 31) << false;
    QTest::newRow("sql server 15.0 build") << "mssqlserver"
                                           << "15.0.4385.2"
                                           << "15.0" << QDate(2030, 1, 8) << false;
    QTest::newRow("veeam 9.0 ended without a date") << "veeam-backup-and-replication"
                                                    << "9.0.0.1715"
                                                    << "9.0" << QDate() << true;
    QTest::newRow("tomcat 10.1 no end yet") << "tomcat"
                                            << "10.1.30"
                                            << "10.1" << QDate() << false;
    QTest::newRow("unknown cycle") << "postgresql"
                                   << "99.1"
                                   << "" << QDate() << false;
    QTest::newRow("unknown product") << "ledger"
                                     << "4.2"
                                     << "" << QDate() << false;
}

void tst_Lifecycle::cycleFor()
{
    QFETCH(QString, product);
    QFETCH(QString, version);
    QFETCH(QString, cycle);
    QFETCH(QDate, eol);
    QFETCH(bool, ended);
    const LifecycleCycle *found = Lifecycle::bundled().cycleFor(product, *Version::parse(version));
    if (cycle.isEmpty()) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(found->cycle, cycle);
    QCOMPARE(found->eol, eol);
    QCOMPARE(found->eolReached, ended);
    QVERIFY(found->releaseDate.isValid());

    const auto status = supportStatus(product, *Version::parse(version), Catalog(),
                                      Lifecycle::bundled());
    QVERIFY(status);
    QCOMPARE(status->source, SupportStatus::Source::Lifecycle);
    QCOMPARE(status->ends, eol);
    QCOMPARE(status->endedBy(QDate(2027, 1, 9)),
             ended || (eol.isValid() && eol <= QDate(2027, 1, 9)));
}

void tst_Lifecycle::userSupportOverrides()
{
    CatalogEntry entry;
    entry.product = QStringLiteral("postgresql");
    entry.support = {{QStringLiteral("12"), QDate(2027, 11, 30)},
                     {QStringLiteral("12.20"), QDate(2028, 1, 31)}};
    const Catalog catalog({entry});
    // The longest matching cycle of the user's wins over endoflife.date.
    auto status = supportStatus(QStringLiteral("postgresql"),
                                *Version::parse(QStringLiteral("12.20")), catalog,
                                Lifecycle::bundled());
    QVERIFY(status);
    QCOMPARE(status->source, SupportStatus::Source::Catalog);
    QCOMPARE(status->ends, QDate(2028, 1, 31));
    QVERIFY(!status->endedBy(QDate(2027, 1, 9)));
    status = supportStatus(QStringLiteral("postgresql"), *Version::parse(QStringLiteral("12.19")),
                           catalog, Lifecycle::bundled());
    QCOMPARE(status->ends, QDate(2027, 11, 30));
    // Other cycles keep the lifecycle data.
    status = supportStatus(QStringLiteral("postgresql"), *Version::parse(QStringLiteral("13.16")),
                           catalog, Lifecycle::bundled());
    QCOMPARE(status->source, SupportStatus::Source::Lifecycle);
    QCOMPARE(status->ends, QDate(2025, 11, 13));
    // A product only the user knows.
    entry.product = QStringLiteral("ledger");
    entry.support = {{QStringLiteral("4"), QDate(2026, 12, 31)}};
    status = supportStatus(QStringLiteral("ledger"), *Version::parse(QStringLiteral("4.2")),
                           Catalog({entry}), Lifecycle::bundled());
    QVERIFY(status && status->endedBy(QDate(2027, 1, 9)));
}

void tst_Lifecycle::badData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("not json") << QByteArray("{\"products\": [") << "lifecycle data";
    QTest::newRow("no id") << QByteArray(R"({"products":[{"releases":[]}]})") << "products[0]";
    QTest::newRow("bad date") << QByteArray(
        R"({"products":[{"id":"x","releases":[{"cycle":"1","eol":"2024-13-01"}]}]})")
                              << "products[0].releases[0]";
    QTest::newRow("bad cycle") << QByteArray(
        R"({"products":[{"id":"x","releases":[{"cycle":"","eol":false}]}]})")
                               << "products[0].releases[0]";
}

void tst_Lifecycle::badData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const auto read = Lifecycle::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().where, where);
    QVERIFY(!read.error().what.isEmpty());
}

void tst_Lifecycle::licenceShipped()
{
    QFile licence(QStringLiteral(":/lifecycle/LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QVERIFY(licence.readAll().contains("endoflife.date contributors"));
    QFile notice(QStringLiteral(":/lifecycle/NOTICE"));
    QVERIFY(notice.open(QIODevice::ReadOnly));
    QVERIFY(notice.readAll().contains("MIT"));
}

QTEST_GUILESS_MAIN(tst_Lifecycle)
#include "tst_lifecycle.moc"
