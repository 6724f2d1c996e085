// SPDX-License-Identifier: GPL-3.0-or-later
// The sample estate shipped with the application must show meaningful conflicts out of the box.
#include "compat/Compatibility.h"
#include "exchange/EstateJson.h"

#include <QFile>
#include <QTest>

using namespace planner;

class tst_SampleEstate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void expectedConflicts_data();
    void expectedConflicts();
    void steppingStoneIsNoConflict();
    void everyConflictIsExplained();

private:
    QList<Conflict> m_conflicts;
};

void tst_SampleEstate::initTestCase()
{
    QFile file(QStringLiteral(UPLAN_RESOURCES_DIR "/sample-estate.json"));
    if (!file.exists())
        QSKIP("resources/sample-estate.json is not there yet");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto estate = readEstateJson(file.readAll());
    QVERIFY2(estate, qPrintable(estate ? QString() : estate.error().text()));
    m_conflicts = checkCompatibility(*estate);
}

void tst_SampleEstate::expectedConflicts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("zabbix on a too old database")
        << "unsatisfied-requirement:current:zabbix-fra,zabbix-db:zabbix 6.0.x"
        << "error"
        << "zabbix-fra 6.0.30 requires postgresql >=13 <17";
    QTest::newRow("postgresql 12 out of support")
        << "end-of-support:current:pg-ledger"
        << "warning"
        << "whose support (cycle 12) ended on 2024-11-21 (endoflife.date)";
    QTest::newRow("switch firmware drifts across sites") << "site-drift:current:cisco-ios-xe"
                                                         << "warning"
                                                         << "branch runs 17.3.8";
    QTest::newRow("load balancer upgrade whose restore was never tested")
        << "irreversible-without-restore:target:lb-dus"
        << "error"
        << "was never tested";
    QTest::newRow("load balancer restore tested long ago") << "untested-backup:target:lb-fra"
                                                           << "error"
                                                           << "679 days before the plan starts";
    QTest::newRow("HSM firmware the catalog does not know")
        << "no-upgrade-path:target:hsm-fra"
        << "warning"
        << "The catalog lists no releases of thales-luna";
    QTest::newRow("ledger and its API released in lockstep")
        << "unsatisfied-requirement:intermediate:ledger-app,ledger-api"
        << "error"
        << "so they must move together";
}

void tst_SampleEstate::expectedConflicts()
{
    QFETCH(QString, key);
    QFETCH(QString, severity);
    QFETCH(QString, phrase);
    const auto it = std::find_if(m_conflicts.cbegin(), m_conflicts.cend(),
                                 [&key](const Conflict &c) { return c.key == key; });
    QVERIFY2(it != m_conflicts.cend(), qPrintable(key));
    QCOMPARE(severityName(it->severity), severity);
    QVERIFY2(it->message.contains(phrase), qPrintable(it->message));
}

// The ledger needs PostgreSQL below 15 at 4.x and 13 or later at 5.0: the stepping stones
// 13 and 14 make an order possible, so the check must not call it impossible.
void tst_SampleEstate::steppingStoneIsNoConflict()
{
    for (const Conflict &c : m_conflicts)
        QVERIFY2(!(c.state == Conflict::State::Intermediate
                   && c.components.contains(QStringLiteral("pg-ledger"))),
                 qPrintable(c.message));
}

void tst_SampleEstate::everyConflictIsExplained()
{
    QVERIFY(m_conflicts.size() >= 10);
    QSet<QString> types;
    for (const Conflict &c : m_conflicts) {
        QVERIFY(!c.message.isEmpty());
        types.insert(c.type);
    }
    QVERIFY(types.size() >= 6);
}

QTEST_GUILESS_MAIN(tst_SampleEstate)
#include "tst_sampleestate.moc"
