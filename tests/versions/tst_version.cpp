// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions/Version.h"

#include <QTest>

using planner::Version;

class tst_Version : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data();
    void compare();
    void rejects_data();
    void rejects();
    void preRelease();
    void bumped();
};

void tst_Version::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of compare(a, b)

    QTest::newRow("numeric not lexical") << "10.0"
                                         << "9.9" << 1;
    QTest::newRow("missing part is zero") << "11.2"
                                          << "11.2.0" << 0;
    QTest::newRow("oracle 11.2.0.4") << "11.2.0.4"
                                     << "11.2" << 1;
    QTest::newRow("sql server CU") << "2019 CU18"
                                   << "2019 CU5" << 1;
    QTest::newRow("sql server CU case") << "2019 cu18"
                                        << "2019 CU18" << 0;
    QTest::newRow("centos 7.9.2009") << "7.9.2009"
                                     << "7.9" << 1;
    QTest::newRow("rc before release") << "16.0rc1"
                                       << "16.0" << -1;
    QTest::newRow("rc before release, short") << "16rc1"
                                              << "16" << -1;
    QTest::newRow("rc2 after rc1") << "16.0rc2"
                                   << "16.0rc1" << 1;
    QTest::newRow("beta before rc") << "5.0-beta2"
                                    << "5.0-rc1" << -1;
    QTest::newRow("alpha before beta") << "5.0alpha"
                                       << "5.0beta" << -1;
    QTest::newRow("dev before alpha") << "5.0.dev1"
                                      << "5.0.alpha1" << -1;
    QTest::newRow("preview before rc") << "8.0-preview.7"
                                       << "8.0-rc.1" << -1;
    QTest::newRow("pre-release after previous release") << "16.0rc1"
                                                        << "15.8" << 1;
    QTest::newRow("oracle 12c < 19c") << "12c"
                                      << "19c" << -1;
    QTest::newRow("letter suffix after number") << "1.1.1k"
                                                << "1.1.1" << 1;
    QTest::newRow("letter suffix order") << "1.1.1w"
                                         << "1.1.1k" << 1;
    QTest::newRow("debian epoch") << "1:2.3-4"
                                  << "1:2.3-3" << 1;
    QTest::newRow("debian epoch dominates") << "2:1.0-1"
                                            << "1:9.9-9" << 1;
    QTest::newRow("separators are equal") << "1_2+3~4"
                                          << "1.2.3.4" << 0;
    QTest::newRow("leading zeros") << "2023.04"
                                   << "2023.4" << 0;
    QTest::newRow("windows build") << "10.0.20348"
                                   << "10.0.17763" << 1;
    QTest::newRow("java 11.0.21+9") << "11.0.21+9"
                                    << "11.0.21" << 1;
    QTest::newRow("firmware 16.1.3.2") << "16.1.3.2"
                                       << "16.1.4" << -1;
    QTest::newRow("big numbers") << "20240101123456"
                                 << "20231231235959" << 1;
    QTest::newRow("spaces trimmed") << "  4.2 "
                                    << "4.2" << 0;
}

void tst_Version::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QString error;
    const auto va = Version::parse(a, &error);
    QVERIFY2(va, qPrintable(error));
    const auto vb = Version::parse(b, &error);
    QVERIFY2(vb, qPrintable(error));
    const int got = Version::compare(*va, *vb);
    QCOMPARE((got > 0) - (got < 0), expected);
    const int back = Version::compare(*vb, *va);
    QCOMPARE((back > 0) - (back < 0), -expected); // antisymmetric
}

void tst_Version::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("only separators") << "..-"
                                     << "no digits or letters";
    QTest::newRow("slash") << "1.2/3"
                           << "unexpected character '/' at position 4";
    QTest::newRow("operator") << ">=1.2"
                              << "unexpected character '>'";
    QTest::newRow("star") << "1.*"
                          << "unexpected character '*'";
    QTest::newRow("too long") << "1234567890123456789012"
                              << "too long";
    QTest::newRow("non-ascii digit") << QString::fromUtf8("1.\u0663") << "unexpected character";
}

void tst_Version::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!Version::parse(text, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void tst_Version::preRelease()
{
    QVERIFY(Version::parse(u"16.0rc1")->isPreRelease());
    QVERIFY(Version::parse(u"5.0-BETA")->isPreRelease());
    QVERIFY(!Version::parse(u"12c")->isPreRelease());
    QVERIFY(!Version::parse(u"2019 CU18")->isPreRelease());
    QCOMPARE(Version::parse(u" 2019 CU18 ")->text(), QStringLiteral("2019 CU18"));
}

void tst_Version::bumped()
{
    QCOMPARE(Version::parse(u"4.2.1")->bumped(1)->text(), QStringLiteral("5"));
    QCOMPARE(Version::parse(u"4.2.1")->bumped(2)->text(), QStringLiteral("4.3"));
    QCOMPARE(Version::parse(u"4")->bumped(2)->text(), QStringLiteral("4.1"));
    QVERIFY(!Version::parse(u"12c")->bumped(2)); // a word cannot be incremented
}

QTEST_GUILESS_MAIN(tst_Version)
#include "tst_version.moc"
