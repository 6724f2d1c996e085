// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"

#include <QTest>

using namespace planner;

namespace {

Version v(const char *text)
{
    return *Version::parse(QString::fromLatin1(text));
}

QList<Version> versions(std::initializer_list<const char *> texts)
{
    QList<Version> list;
    for (const char *t : texts)
        list.append(v(t));
    return list;
}

QStringList texts(const std::vector<Version> &list)
{
    QStringList result;
    for (const Version &x : list)
        result << x.text();
    return result;
}

} // namespace

class tst_Catalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergesEntriesByProduct();
    void rulesFlattened();
    void path_data();
    void path();
    void cycleMatches_data();
    void cycleMatches();
};

void tst_Catalog::mergesEntriesByProduct()
{
    QList<CatalogEntry> entries;
    entries.append(
        {QStringLiteral("postgresql"), versions({"16.6", "12.20", "14.13"}), {}, {}, {}, {}});
    entries.append({QStringLiteral("gitlab"),
                    versions({"15.11.13", "16.7.10"}),
                    versions({"16.3.9"}),
                    {},
                    {},
                    {}});
    entries.append({QStringLiteral("postgresql"),
                    versions({"13.16", "12.20.0"}),
                    {},
                    {},
                    {},
                    {{QStringLiteral("12"), QDate(2026, 11, 12)}}});
    const Catalog catalog(entries);

    QCOMPARE(int(catalog.products().size()), 2);
    const CatalogProduct *pg = catalog.product(QStringLiteral("postgresql"));
    QVERIFY(pg);
    // Sorted, with "12.20" and "12.20.0" counted once.
    QCOMPARE(texts(pg->releases), QStringList({"12.20", "13.16", "14.13", "16.6"}));
    QCOMPARE(pg->support.size(), 1);
    QVERIFY(pg->lists(v("14.13")));
    QVERIFY(!pg->lists(v("15.8")));

    // A stop is a release even when the entry does not list it.
    const CatalogProduct *gitlab = catalog.product(QStringLiteral("gitlab"));
    QCOMPARE(texts(gitlab->releases), QStringList({"15.11.13", "16.3.9", "16.7.10"}));
    QVERIFY(catalog.knowsReleases(QStringLiteral("gitlab")));
    QVERIFY(!catalog.knowsReleases(QStringLiteral("ledger")));
    QVERIFY(!catalog.product(QStringLiteral("ledger")));
}

void tst_Catalog::rulesFlattened()
{
    QList<CatalogEntry> entries;
    CatalogEntry rule;
    rule.product = QStringLiteral("ledger");
    rule.when = VersionRange::parse(QStringLiteral(">=5"));
    rule.requirements = {{QStringLiteral("postgresql"),
                          *VersionRange::parse(QStringLiteral(">=13 <17"))},
                         {QStringLiteral("tomcat"),
                          *VersionRange::parse(QStringLiteral(">=10.1"))}};
    entries.append({QStringLiteral("ledger"), versions({"4.2", "5.0"}), {}, {}, {}, {}});
    entries.append(rule);
    const Catalog catalog(entries);

    QCOMPARE(int(catalog.rules().size()), 2);
    const CatalogRule &first = catalog.rules()[0];
    QCOMPARE(first.requiredProduct, QStringLiteral("postgresql"));
    QCOMPARE(first.range.text(), QStringLiteral(">=13 <17"));
    QCOMPARE(first.entry, 1);
    QCOMPARE(first.subject(), QStringLiteral("ledger >=5"));
    QCOMPARE(catalog.product(QStringLiteral("ledger"))->rules, std::vector<int>({0, 1}));
}

void tst_Catalog::path_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QStringList>("stops");

    QTest::newRow("stepping stones")
        << "12.20"
        << "16.6" << QStringList{"12.20", "13.16", "14.13", "16.6"} << QStringList{"14.13"};
    QTest::newRow("from between releases")
        << "13.2"
        << "16.6" << QStringList{"13.2", "13.16", "14.13", "16.6"} << QStringList{"14.13"};
    QTest::newRow("target not listed")
        << "12.20"
        << "14.0" << QStringList{"12.20", "13.16", "14.0"} << QStringList{};
    QTest::newRow("next release") << "13.16"
                                  << "14.13" << QStringList{"13.16", "14.13"} << QStringList{};
    QTest::newRow("no move") << "14.13"
                             << "14.13" << QStringList{"14.13"} << QStringList{};
    QTest::newRow("downgrade goes straight")
        << "16.6"
        << "12.20" << QStringList{"16.6", "12.20"} << QStringList{};
}

void tst_Catalog::path()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, path);
    QFETCH(QStringList, stops);
    QList<CatalogEntry> entries;
    entries.append({QStringLiteral("postgresql"),
                    versions({"12.20", "13.16", "14.13", "16.6"}),
                    versions({"14.13"}),
                    {},
                    {},
                    {}});
    const Catalog catalog(entries);
    const CatalogProduct *pg = catalog.product(QStringLiteral("postgresql"));
    const Version a = *Version::parse(from);
    const Version b = *Version::parse(to);
    QCOMPARE(texts(pg->path(a, b)), path);
    QCOMPARE(texts(pg->stopsBetween(a, b)), stops);
}

void tst_Catalog::cycleMatches_data()
{
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("matches");

    QTest::newRow("major of minor") << "12"
                                    << "12.20" << true;
    QTest::newRow("other major") << "12"
                                 << "13.0" << false;
    QTest::newRow("number prefix is not a part prefix") << "1"
                                                        << "12.20" << false;
    QTest::newRow("two parts of four") << "11.2"
                                       << "11.2.0.4" << true;
    QTest::newRow("year") << "2016"
                          << "2016" << true;
    QTest::newRow("rhel 8.10") << "8"
                               << "8.10" << true;
    QTest::newRow("missing zero part") << "13.0"
                                       << "13" << true;
    QTest::newRow("missing non-zero part") << "8.10"
                                           << "8" << false;
    QTest::newRow("word part") << "13.0-sp3"
                               << "13.0.6300.2" << false;
    QTest::newRow("word part equal") << "11-24h2-w"
                                     << "11 24h2 w" << true;
}

void tst_Catalog::cycleMatches()
{
    QFETCH(QString, cycle);
    QFETCH(QString, version);
    QFETCH(bool, matches);
    QCOMPARE(planner::cycleMatches(*Version::parse(cycle), *Version::parse(version)), matches);
}

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
