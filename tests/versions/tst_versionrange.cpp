// SPDX-License-Identifier: GPL-3.0-or-later
#include "versions/VersionRange.h"

#include <QTest>

using planner::Version;
using planner::VersionRange;

class tst_VersionRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contains_data();
    void contains();
    void rejects_data();
    void rejects();
    void matchesAll();
};

void tst_VersionRange::contains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("inside");

    QTest::newRow("and: inside") << ">=11 <15"
                                 << "14.13" << true;
    QTest::newRow("and: upper bound excluded") << ">=11 <15"
                                               << "15.0" << false;
    QTest::newRow("and: lower bound included") << ">=11 <15"
                                               << "11" << true;
    QTest::newRow("and: below") << ">=11 <15"
                                << "10.23" << false;
    QTest::newRow("and: pre-release of bound") << ">=11 <15"
                                               << "15.0rc1" << true;
    QTest::newRow("gt") << ">12"
                        << "12.0.1" << true;
    QTest::newRow("gt equal") << ">12"
                              << "12.0" << false;
    QTest::newRow("le") << "<=12.20"
                        << "12.20" << true;
    QTest::newRow("eq ignores trailing zero") << "=11.2"
                                              << "11.2.0" << true;
    QTest::newRow("eq other") << "=11.2"
                              << "11.2.0.4" << false;
    QTest::newRow("x prefix") << "4.x"
                              << "4.2" << true;
    QTest::newRow("x prefix upper") << "4.x"
                                    << "5.0" << false;
    QTest::newRow("star prefix") << "4.*"
                                 << "4.99.1" << true;
    QTest::newRow("nested x") << "4.2.x"
                              << "4.3" << false;
    QTest::newRow("bare prefix") << "12"
                                 << "12.20" << true;
    QTest::newRow("bare prefix other") << "12"
                                       << "13.0" << false;
    QTest::newRow("bare two parts") << "7.9"
                                    << "7.9.2009" << true;
    QTest::newRow("caret") << "^5.1"
                           << "5.9" << true;
    QTest::newRow("caret below") << "^5.1"
                                 << "5.0" << false;
    QTest::newRow("caret next major") << "^5.1"
                                      << "6.0" << false;
    QTest::newRow("tilde") << "~5.1"
                           << "5.1.9" << true;
    QTest::newRow("tilde next minor") << "~5.1"
                                      << "5.2" << false;
    QTest::newRow("or first") << ">=11 <13 || >=14"
                              << "12" << true;
    QTest::newRow("or second") << ">=11 <13 || >=14"
                               << "16.6" << true;
    QTest::newRow("or gap") << ">=11 <13 || >=14"
                            << "13.2" << false;
    QTest::newRow("star all") << "*"
                              << "0.0.1" << true;
    QTest::newRow("empty all") << ""
                               << "123" << true;
    QTest::newRow("x all") << "x"
                           << "1" << true;
    QTest::newRow("sql server words") << ">=2019 CU18"
                                      << "2019 CU20" << true;
    QTest::newRow("sql server words below") << ">=2019 CU18"
                                            << "2019 CU5" << false;
    QTest::newRow("sql server words and") << ">=2017 <2019 CU5"
                                          << "2019 CU4" << true;
    QTest::newRow("operator apart") << ">= 12 < 14"
                                    << "13" << true;
    QTest::newRow("oracle letters") << ">=12c <21c"
                                    << "19c" << true;
    QTest::newRow("oracle letters bare") << "19c"
                                         << "19c" << true;
    QTest::newRow("debian") << ">=1:2.3-4"
                            << "1:2.3-10" << true;
    QTest::newRow("rc against release") << "<16"
                                        << "16.0rc1" << true;
}

void tst_VersionRange::contains()
{
    QFETCH(QString, range);
    QFETCH(QString, version);
    QFETCH(bool, inside);
    QString error;
    const auto r = VersionRange::parse(range, &error);
    QVERIFY2(r, qPrintable(error));
    const auto v = Version::parse(version, &error);
    QVERIFY2(v, qPrintable(error));
    QCOMPARE(r->contains(*v), inside);
}

void tst_VersionRange::rejects_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("double operator") << ">=1 <<2"
                                     << "'<<2'";
    QTest::newRow("dangling operator") << ">=1 <"
                                       << "operator '<' has no version";
    QTest::newRow("empty alternative") << ">=1 ||"
                                       << "empty alternative";
    QTest::newRow("bad char") << ">=1.2/3"
                              << "unexpected character '/'";
    QTest::newRow("inner star") << "4.*.1"
                                << "wildcard may only stand at the end";
    QTest::newRow("caret word") << "^abc"
                                << "must start with a number";
}

void tst_VersionRange::rejects()
{
    QFETCH(QString, range);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!VersionRange::parse(range, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void tst_VersionRange::matchesAll()
{
    QVERIFY(VersionRange::parse(u"*")->matchesAll());
    QVERIFY(VersionRange::parse(u"")->matchesAll());
    QVERIFY(VersionRange::parse(u">=1 || *")->matchesAll());
    QVERIFY(!VersionRange::parse(u">=1")->matchesAll());
    QCOMPARE(VersionRange().text(), QStringLiteral("*"));
    QCOMPARE(VersionRange::parse(u" >=11 <15 ")->text(), QStringLiteral(">=11 <15"));
}

QTEST_GUILESS_MAIN(tst_VersionRange)
#include "tst_versionrange.moc"
