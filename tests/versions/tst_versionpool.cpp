// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions/VersionPool.h"

#include <QTest>

using planner::Version;
using planner::VersionPool;
using planner::VersionRange;

class tst_VersionPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void copiesShare();
    void equalTextsShareOneValue();
    void answersAsParse_data();
    void answersAsParse();
    void errorsAsParse();
    void strings();
    void recentStrings();
};

// A copy is the same value, not a new one: what makes 100,000 components cheap.
void tst_VersionPool::copiesShare()
{
    const Version v = *Version::parse(u"12.20");
    const Version copy = v;
    QVERIFY(copy.sharesDataWith(v));
    QVERIFY(!Version::parse(u"12.20")->sharesDataWith(v)); // parsed twice: equal, not shared
    QCOMPARE(*Version::parse(u"12.20"), v);
    QVERIFY(Version().isNull());
    QCOMPARE(Version().text(), QString());
    QVERIFY(Version().parts().empty());
    QCOMPARE(Version::compare(Version(), *Version::parse(u"0")), 0); // null counts as zero
}

void tst_VersionPool::equalTextsShareOneValue()
{
    VersionPool pool;
    const Version a = *pool.version(QStringLiteral("2019 CU18"));
    const Version b = *pool.version(QStringLiteral("2019 CU18"));
    QVERIFY(a.sharesDataWith(b));
    QVERIFY(!a.sharesDataWith(*pool.version(QStringLiteral("2019 CU19"))));
    const VersionRange r = *pool.range(QStringLiteral(">=11 <15"));
    const VersionRange s = *pool.range(QStringLiteral(">=11 <15"));
    QCOMPARE(r, s);
    QCOMPARE(&r.alternatives(), &s.alternatives()); // one parsed range behind both
}

void tst_VersionPool::answersAsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "12.20";
    QTest::newRow("padded") << "  11.2.0.4 ";
    QTest::newRow("word") << "2019 CU18";
    QTest::newRow("pre-release") << "16.0rc1";
}

void tst_VersionPool::answersAsParse()
{
    QFETCH(QString, text);
    VersionPool pool;
    for (int round = 0; round < 2; ++round) { // parsed, then found in the pool
        const Version pooled = *pool.version(text);
        const Version parsed = *Version::parse(text);
        QCOMPARE(pooled.text(), parsed.text());
        QCOMPARE(pooled.parts(), parsed.parts());
        QCOMPARE(pooled.isPreRelease(), parsed.isPreRelease());
    }
    const QString range = QStringLiteral(">=") + text.trimmed();
    for (int round = 0; round < 2; ++round) {
        const VersionRange pooled = *pool.range(range);
        QCOMPARE(pooled.text(), VersionRange::parse(range)->text());
        QVERIFY(pooled.contains(*Version::parse(text)));
    }
}

void tst_VersionPool::errorsAsParse()
{
    VersionPool pool;
    for (int round = 0; round < 2; ++round) { // a failure is not remembered as a value
        QString pooledError;
        QString parsedError;
        QVERIFY(!pool.version(QStringLiteral("12.2!"), &pooledError));
        QVERIFY(!Version::parse(u"12.2!", &parsedError));
        QCOMPARE(pooledError, parsedError);
        QVERIFY(!pool.range(QStringLiteral(">=>"), &pooledError));
        QVERIFY(!VersionRange::parse(u">=>", &parsedError));
        QCOMPARE(pooledError, parsedError);
    }
}

void tst_VersionPool::strings()
{
    VersionPool pool;
    const QString first = pool.string(QStringLiteral("postgresql"));
    const QString again = pool.string(QString::fromLatin1("postgresql"));
    QCOMPARE(again, QStringLiteral("postgresql"));
    QCOMPARE(again.constData(), first.constData()); // the characters are stored once
    QVERIFY(pool.string(QString()).isEmpty());
    QCOMPARE(pool.string(QStringLiteral("mysql")), QStringLiteral("mysql"));
}

void tst_VersionPool::recentStrings()
{
    VersionPool pool;
    const QString hub = pool.recentString(QStringLiteral("core-switch-1"));
    QCOMPARE(pool.recentString(QString::fromLatin1("core-switch-1")).constData(), hub.constData());
    // Any number of distinct texts: each comes back equal, whether it is still remembered or not.
    for (int i = 0; i < 200000; ++i) {
        const QString text = QStringLiteral("c%1").arg(i);
        QCOMPARE(pool.recentString(text), text);
    }
    QCOMPARE(pool.recentString(QStringLiteral("core-switch-1")), QStringLiteral("core-switch-1"));
    QVERIFY(pool.recentString(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_VersionPool)
#include "tst_versionpool.moc"
